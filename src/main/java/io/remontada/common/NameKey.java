package io.remontada.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a name: "FC Bayern München", "fc bayern munchen" and "FC Bayern-München" share one.
 *
 * <p>Lower case, accents and dots dropped, other punctuation folded to single spaces. Letters that Unicode does not
 * decompose into a base letter and an accent (ø, æ, ß, ł, ...) are spelled out the way English
 * sources write them, so "Brøndby" and "Brondby" meet. Used for clubs and people, by the importer
 * and by queries alike, so both sides of a lookup are folded the same way.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
    private static final String[][] SPELLED_OUT = {
        {"ø", "o"}, {"æ", "ae"}, {"ß", "ss"}, {"đ", "d"}, {"ł", "l"}, {"ı", "i"}, {"œ", "oe"}, {"þ", "th"}, {"ð", "d"}
    };

    private NameKey() {
    }

    public static String of(String name) {
        String folded = name.toLowerCase(Locale.ROOT);
        for (String[] pair : SPELLED_OUT) {
            folded = folded.replace(pair[0], pair[1]);
        }
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        // a dot abbreviates, it does not separate: "F.C." is "FC", "S.S. Lazio" is "SS Lazio"
        folded = folded.replace(".", "");
        return NON_ALNUM.matcher(folded).replaceAll(" ").trim();
    }
}
