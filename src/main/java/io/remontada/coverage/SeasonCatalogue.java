package io.remontada.coverage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.remontada.match.Season;
import io.remontada.match.Stage;

/**
 * The competition seasons that were played, with the stages each had and how many matches each stage
 * held ({@code data/catalogue/competition-seasons.txt}). The record is measured against it: without
 * it, a season the record lacks would look like a season in which nothing happened.
 */
public final class SeasonCatalogue {

    /** One competition season: its stages in order, each with its number of matches, or null where not known. */
    public record Entry(String competition, String season, Map<Stage, Integer> matchesByStage) {
    }

    private final Map<String, Map<String, Entry>> byCompetition;

    private SeasonCatalogue(Map<String, Map<String, Entry>> byCompetition) {
        this.byCompetition = byCompetition;
    }

    /** @throws IllegalArgumentException naming {@code file:line} for a row that does not parse */
    public static SeasonCatalogue parse(String file, Reader text) {
        Map<String, Map<String, Entry>> byCompetition = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(text)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                Entry entry = parseRow(row, file + ":" + number);
                Entry before = byCompetition.computeIfAbsent(entry.competition(), c -> new LinkedHashMap<>()).put(entry.season(), entry);
                if (before != null) {
                    throw new IllegalArgumentException(file + ":" + number + ": " + entry.competition() + " " + entry.season() + " is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SeasonCatalogue(byCompetition);
    }

    private static Entry parseRow(String row, String where) {
        String[] fields = row.split("\\|", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException(where + ": expected 'competition | season | stages', was '" + row + "'");
        }
        String competition = fields[0].strip();
        String season = fields[1].strip();
        try {
            Season.argument("season", season);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        for (String part : fields[2].split(",")) {
            String[] stageAndCount = part.strip().split("\\s+");
            if (stageAndCount.length != 2) {
                throw new IllegalArgumentException(where + ": expected 'STAGE matches' or 'STAGE ?', was '" + part.strip() + "'");
            }
            Stage stage;
            try {
                stage = Stage.valueOf(stageAndCount[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown stage '" + stageAndCount[0] + "'");
            }
            Integer matches = stageAndCount[1].equals("?") ? null : Integer.valueOf(positive(stageAndCount[1], where));
            if (stages.containsKey(stage)) {
                throw new IllegalArgumentException(where + ": stage " + stage + " is listed twice");
            }
            stages.put(stage, matches);
        }
        return new Entry(competition, season, Collections.unmodifiableMap(stages));
    }

    private static int positive(String text, String where) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": a number of matches must be a positive whole number or '?', was '" + text + "'");
    }

    public List<String> competitions() {
        return List.copyOf(byCompetition.keySet());
    }

    /** The competition's first season, or null for a competition the catalogue does not know. */
    public String firstSeason(String competition) {
        Map<String, Entry> seasons = byCompetition.get(competition);
        return seasons == null ? null : seasons.keySet().stream().min(String::compareTo).orElseThrow();
    }

    /** The season, or null when the catalogue has no row for it. */
    public Entry entry(String competition, String season) {
        return byCompetition.getOrDefault(competition, Map.of()).get(season);
    }

    /** Every season of a known competition from its first up to {@code lastSeason}, rows or not. */
    public List<String> seasons(String competition, String lastSeason) {
        List<String> seasons = new ArrayList<>();
        String first = firstSeason(competition);
        if (first == null) {
            return seasons;
        }
        for (int year = Season.startYear(first); year <= Season.startYear(lastSeason); year++) {
            seasons.add(Season.nameOf(year));
        }
        return seasons;
    }
}
