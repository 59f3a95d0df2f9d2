package io.remontada.importer.format;

import java.util.List;

/**
 * The played matches of one source file.
 *
 * @param unplayedFixtures fixtures listed without a result (not yet played, or cancelled); they are not in {@code matches}
 */
public record ParsedFile(String file, List<SourceMatch> matches, int unplayedFixtures) {

    public ParsedFile {
        matches = List.copyOf(matches);
    }
}
