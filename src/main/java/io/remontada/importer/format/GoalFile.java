package io.remontada.importer.format;

import java.util.List;

/**
 * The matches of one goal file whose goal minutes it gives completely.
 *
 * @param competition "UCL" style code of the competition the file covers
 * @param untimed     matches the file lists with goals but without a goal line: their minutes stay unknown
 * @param read        every match the file lists with a score, timed or not, in file order
 * @param unplayed    fixtures the file lists without a score
 */
public record GoalFile(String file, String competition, String season, List<GoalFileMatch> matches, int untimed,
        List<GoalFileMatch> read, int unplayed) {

    public GoalFile {
        matches = List.copyOf(matches);
        read = List.copyOf(read);
    }
}
