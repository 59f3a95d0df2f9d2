package io.remontada.coverage;

import java.util.List;

import io.remontada.match.Stage;

/**
 * What the record holds of one competition season, measured against the catalogue for the stages a
 * question covers.
 *
 * @param held       the record's matches of those stages
 * @param catalogued whether the catalogue has a row for the season (without one nothing can be shown whole)
 * @param missing    stages with fewer matches in the record than were played, or none where the number is not known
 * @param unverified stages the record holds whose number of matches the catalogue does not know
 */
public record SpanState(SpanKey key, HeldMatches held, boolean catalogued, List<Stage> missing, List<Stage> unverified) {

    public boolean complete() {
        return catalogued && missing.isEmpty() && unverified.isEmpty();
    }
}
