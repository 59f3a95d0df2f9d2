package io.remontada.importer.format;

import java.util.List;

/**
 * The matches of one goal file whose goal minutes it gives completely.
 *
 * @param competition "UCL" style code of the competition the file covers
 * @param untimed     matches the file lists with goals but without a goal line: their minutes stay unknown
 */
public record GoalFile(String file, String competition, String season, List<GoalFileMatch> matches, int untimed) {

    public GoalFile {
        matches = List.copyOf(matches);
    }
}
