package io.remontada.importer;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.remontada.common.error.BadUserInputException;
import io.remontada.importer.format.FootballTxtParser;

/**
 * One match file to import: its format, the name errors cite, and its text. A Football.TXT file
 * holds one competition and season, which its openfootball path names ("2018-19/cl.txt") or the
 * caller gives. A file describes the record as of a day: every match before it has its result, none
 * after it has one. A file given to a running deployment is as of the day it is imported; the
 * bundle's Football.TXT files are as of the day they were taken.
 */
public record SourceText(SourceFormat format, String name, String competition, String season, String text, LocalDate asOf) {

    private static final Pattern OPENFOOTBALL_PATH = Pattern.compile(".*?(\\d{4}-\\d{2})/(cl|clq|el|elq|conf|confq)\\.txt");

    public SourceText {
        if (format == SourceFormat.FOOTBALL_TXT && (competition == null || season == null || !FootballTxtParser.reads(competition, season))) {
            throw new BadUserInputException(name + ": a Football.TXT file needs its competition (UCL, UEL, UECL) and season (2026-27)");
        }
    }

    /** A file as of today. */
    public SourceText(SourceFormat format, String name, String competition, String season, String text) {
        this(format, name, competition, season, text, LocalDate.now());
    }

    /** A file of the given format; a Football.TXT file given neither competition nor season takes them from its openfootball path. */
    public static SourceText of(SourceFormat format, String name, String competition, String season, String text) {
        return format == SourceFormat.FOOTBALL_TXT && competition == null && season == null
                ? footballTxt(name, text)
                : new SourceText(format, name, competition, season, text);
    }

    /** A Football.TXT file named the openfootball way, as of today. */
    public static SourceText footballTxt(String path, String text) {
        return footballTxt(path, text, LocalDate.now());
    }

    /** A Football.TXT file named the openfootball way: the folder is the season, the file the competition. */
    public static SourceText footballTxt(String path, String text, LocalDate asOf) {
        Matcher m = OPENFOOTBALL_PATH.matcher(path);
        if (!m.matches()) {
            throw new BadUserInputException(path + ": not an openfootball path like 2018-19/cl.txt: give competition and season");
        }
        String competition = switch (m.group(2)) {
            case "cl", "clq" -> "UCL";
            case "el", "elq" -> "UEL";
            default -> "UECL";
        };
        return new SourceText(SourceFormat.FOOTBALL_TXT, path, competition, m.group(1), text, asOf);
    }
}
