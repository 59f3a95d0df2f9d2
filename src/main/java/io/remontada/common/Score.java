package io.remontada.common;

/** A score from the home side's point of view: goals of the home club, then of the away club. */
public record Score(int home, int away) {

    public Score {
        if (home < 0 || away < 0) {
            throw new IllegalArgumentException("a score cannot be negative: " + home + "-" + away);
        }
    }

    /** Parses "3-1"; surrounding spaces are ignored. */
    public static Score parse(String text) {
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a score: '" + text + "'");
        }
        try {
            return new Score(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a score: '" + text + "'");
        }
    }

    public Score swapped() {
        return new Score(away, home);
    }

    @Override
    public String toString() {
        return home + "-" + away;
    }
}
