package io.remontada.match;

import java.util.regex.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.error.BadUserInputException;

@Name("Season")
public record Season(@NonNull @Description("Like \"2018-19\"") String name) {

    private static final Pattern NAME = Pattern.compile("\\d{4}-\\d{2}");

    /** The season that starts in this year: 1955 is "1955-56", 1999 is "1999-00". */
    public static String nameOf(int startYear) {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "-0" : "-") + next;
    }

    public static int startYear(String name) {
        return Integer.parseInt(name.substring(0, 4));
    }

    /** Validates a season argument of a filter; null stays null. */
    public static String argument(String argument, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (!NAME.matcher(trimmed).matches() || !nameOf(startYear(trimmed)).equals(trimmed)) {
            throw new BadUserInputException(argument + " must name a season like \"2018-19\", was \"" + value + "\"");
        }
        return trimmed;
    }
}
