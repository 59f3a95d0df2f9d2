package io.remontada.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reviewed explanations for ties whose computed outcome differs from what a source states
 * ({@code data/clubs/known-disagreements.tsv}). The import report prints the explanation beside
 * the disagreement; one without an explanation is counted as unexplained.
 */
final class KnownDisagreements {

    private final Map<String, String> explanations = new HashMap<>();

    /** @param rows tab-separated rows: season, round, club A, club B (host of the first leg), explanation */
    KnownDisagreements(List<String[]> rows) {
        for (String[] row : rows) {
            explanations.put(key(row[0], row[1], row[2], row[3]), row[4]);
        }
    }

    String explain(String season, String round, String clubA, String clubB) {
        String explanation = explanations.get(key(season, round, clubA, clubB));
        return explanation != null ? explanation : explanations.get(key(season, round, clubB, clubA));
    }

    private static String key(String season, String round, String clubA, String clubB) {
        return season + "|" + round + "|" + clubA + "|" + clubB;
    }
}
