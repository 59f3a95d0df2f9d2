package io.remontada.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.remontada.common.error.BadUserInputException;
import io.remontada.common.error.LimitExceededException;

/**
 * One validated page request: how many rows ({@code first}, 1..100, default 20) and the sort key
 * of the last row already seen ({@code after}), decoded from an opaque cursor.
 *
 * <p>Cursors carry the keyset of the row (its sort columns), not an offset, so deep pages cost the
 * same as the first at any size of data. They are tagged with the list they belong to, so a cursor
 * from one list cannot be replayed against another, and anything that does not decode is refused.
 *
 * <p>{@code counted} says whether the query selected the list's {@code totalCount}: counting every
 * row a filter matches can cost more than the page itself, so it is done only when asked for.
 */
public record PageRequest(String list, int first, List<String> afterKey, boolean counted) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String SEPARATOR = "\u001f";

    public static PageRequest of(String list, Integer first, String after, int keyArity, boolean counted) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1) {
            throw new BadUserInputException("first must be at least 1, was " + size);
        }
        if (size > MAX_SIZE) {
            throw new LimitExceededException("page size: first may be at most " + MAX_SIZE + ", was " + size + "; page on with after");
        }
        return new PageRequest(list, size, after == null ? null : decode(list, after, keyArity), counted);
    }

    public boolean hasAfter() {
        return afterKey != null;
    }

    /** Fetch one row more than the page holds: its presence says whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }

    public long afterLong(int index) {
        try {
            return Long.parseLong(afterKey.get(index));
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    public String afterString(int index) {
        return afterKey.get(index);
    }

    public java.time.LocalDate afterDate(int index) {
        try {
            return java.time.LocalDate.parse(afterKey.get(index));
        } catch (java.time.format.DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    static String encode(String list, List<?> key) {
        StringBuilder text = new StringBuilder(list);
        for (Object part : key) {
            text.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String list, String cursor, int keyArity) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidCursor();
        }
        List<String> parts = List.of(text.split(SEPARATOR, -1));
        if (parts.size() != keyArity + 1 || !parts.get(0).equals(list)) {
            throw invalidCursor();
        }
        return parts.subList(1, parts.size());
    }

    private static BadUserInputException invalidCursor() {
        return new BadUserInputException("after is not a cursor of this list: pass the endCursor or an edge cursor this list returned");
    }
}
