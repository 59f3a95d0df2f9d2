package io.remontada.importer.format;

/**
 * One goal as a source writes it.
 *
 * @param minute    the clock minute, 1 to 120; a goal at 90+3 has minute 90
 * @param stoppage  the added minute (3 for 90+3), or null in the normal minutes
 * @param scorer    as written
 * @param countsFor the side the goal counts for: an own goal counts for the scorer's opponent
 */
public record SourceGoal(int minute, Integer stoppage, String scorer, boolean penalty, boolean ownGoal, Side countsFor) {

    public enum Side { HOME, AWAY }
}
