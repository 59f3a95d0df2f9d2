package io.remontada.common;

import io.remontada.common.error.BadUserInputException;

/** GraphQL IDs are strings to clients and numbers in the database; this is the one place they cross. */
public final class Ids {

    private Ids() {
    }

    public static Long parse(String argument, String id) {
        if (id == null) {
            return null;
        }
        try {
            long value = Long.parseLong(id.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with the argument's name
        }
        throw new BadUserInputException(argument + " is not an ID of this API: '" + abbreviate(id) + "'");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
