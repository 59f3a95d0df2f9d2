package io.remontada.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.remontada.common.NameKey;
import io.remontada.importer.format.ClubRegisterParser;
import io.remontada.importer.format.GoalFile;
import io.remontada.importer.format.GoalFileParser;
import io.remontada.importer.format.LineCorrection;
import io.remontada.importer.format.RegisterClub;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;

/**
 * The data the application ships with, read from the class path ({@code src/main/resources/data}):
 * the match files and goal files listed in {@code manifest.txt}, the club register and the reviewed
 * files that resolve clubs, correct goal lines and explain disagreements, and the curated facts. A
 * class-path folder cannot be listed inside a jar, hence the manifest.
 */
@ApplicationScoped
public class BundledData {

    static final String ROOT = "/data/";
    private static final String GOAL_FILE = "football-txt-goals";
    private static final String FOOTBALL_TXT_AS_OF = "football-txt-as-of";
    private static final String GOAL_CORRECTIONS = "openfootball-goals/corrections.tsv";
    private static final String CLUB_ALIASES = "clubs/club-aliases.tsv";
    /** openfootball's older files that overlap the record: read to check it, never to add to it. */
    private static final String HISTORY_CHECK = "football-txt-check";
    /** openfootball's older files that hold what the record lacks: their matches the record lacks are added. */
    private static final String HISTORY_FILL = "football-txt-history";
    private static final String HISTORY_CLUBS = "openfootball-history/clubs.tsv";
    /** Named as openfootball named them: the folder is the season, cl/cup files the European Cup and Champions League, el files the Europa League. */
    private static final Pattern HISTORY_FILE_PATH = Pattern.compile("openfootball-history/(\\d{4}-\\d{2})/((?:cl|cup|el)[a-z0-9_]*)\\.txt");
    /** The goal files are Champions League files named by season, as openfootball named them: 2015-16/cl.txt, 2015-16/cl_finals.txt. */
    private static final Pattern GOAL_FILE_PATH = Pattern.compile("openfootball-goals/(\\d{4}-\\d{2})/cl(?:_finals)?\\.txt");

    /**
     * A file of openfootball's history read against the record ({@link CrossCheck}).
     *
     * @param fills whether it fills a hole of the record (its matches the record lacks are added) or only checks it
     */
    record HistorySource(String path, String competition, String season, boolean fills, String text) {
    }

    /** Every history file of the bundle, in import order: those that check the record, and those that fill its holes. */
    List<HistorySource> historySources() {
        List<HistorySource> sources = new ArrayList<>();
        for (String[] row : rows("manifest.txt", 2)) {
            if (row[0].equals(HISTORY_CHECK) || row[0].equals(HISTORY_FILL)) {
                Matcher path = HISTORY_FILE_PATH.matcher(row[1]);
                if (!path.matches()) {
                    throw new IllegalStateException("manifest.txt: not a history file path like openfootball-history/2018-19/cl_quali.txt: " + row[1]);
                }
                sources.add(new HistorySource(row[1], path.group(2).startsWith("el") ? "UEL" : "UCL", path.group(1), row[0].equals(HISTORY_FILL),
                        text(row[1])));
            }
        }
        return sources;
    }

    /** Every club name the history files use, which they write without an association: the club it names, with its association. */
    Map<String, SourceClub> historyClubs() {
        Map<String, SourceClub> clubs = new HashMap<>();
        rows(HISTORY_CLUBS, 4).stream().skip(1).forEach(row -> clubs.put(row[0], new SourceClub(row[2].isEmpty() ? row[0] : row[2], row[1])));
        return clubs;
    }

    /** The reviewed explanations of where the history files and the record disagree. */
    List<Map.Entry<SourceLocation, String[]>> crossCheckExplanations() {
        return rowsWithLocations(CrossCheck.EXPLANATIONS, 6).stream().skip(1).toList();
    }

    /** Every match file of the bundle, in import order. */
    public List<SourceText> matchSources() {
        LocalDate footballTxtAsOf = footballTxtAsOf();
        List<SourceText> sources = new ArrayList<>();
        for (String[] row : rows("manifest.txt", 2)) {
            String path = row[1];
            switch (row[0]) {
                case "engsoccerdata" -> sources.add(new SourceText(SourceFormat.ENGSOCCERDATA_CSV, path, null, null, text(path)));
                case "football-txt" -> sources.add(SourceText.footballTxt(path, text(path), footballTxtAsOf));
                case GOAL_FILE, FOOTBALL_TXT_AS_OF, HISTORY_CHECK, HISTORY_FILL -> { }
                default -> throw new IllegalStateException("manifest.txt: unknown format " + row[0]);
            }
        }
        return sources;
    }

    /** The day the bundle's Football.TXT files were taken from openfootball: their fixtures without a result lie on or after it. */
    public LocalDate footballTxtAsOf() {
        return rows("manifest.txt", 2).stream().filter(row -> row[0].equals(FOOTBALL_TXT_AS_OF)).map(row -> LocalDate.parse(row[1]))
                .findFirst().orElseThrow(() -> new IllegalStateException("manifest.txt: no " + FOOTBALL_TXT_AS_OF + " row"));
    }

    /**
     * The goal files of the bundle (their origin is in openfootball-goals/SOURCES.md), each read with the reviewed
     * corrections of {@code openfootball-goals/corrections.tsv} (file, line, as written, read as, reason).
     */
    public List<GoalFile> goalFiles() {
        Map<String, List<LineCorrection>> corrections = new HashMap<>();
        List<String[]> correctionRows = rows(GOAL_CORRECTIONS, 5);
        for (int i = 1; i < correctionRows.size(); i++) {
            String[] row = correctionRows.get(i);
            corrections.computeIfAbsent(row[0], file -> new ArrayList<>()).add(new LineCorrection(Integer.parseInt(row[1]), row[2], row[3],
                    new SourceLocation(GOAL_CORRECTIONS, i + 1)));
        }
        List<GoalFile> files = new ArrayList<>();
        for (String[] row : rows("manifest.txt", 2)) {
            if (row[0].equals(GOAL_FILE)) {
                Matcher path = GOAL_FILE_PATH.matcher(row[1]);
                if (!path.matches()) {
                    throw new IllegalStateException("manifest.txt: not a goal file path like openfootball-goals/2015-16/cl.txt: " + row[1]);
                }
                List<LineCorrection> own = corrections.remove(row[1]);
                files.add(GoalFileParser.parse(row[1], "UCL", path.group(1), new StringReader(text(row[1])), own == null ? List.of() : own));
            }
        }
        if (!corrections.isEmpty()) {
            Map.Entry<String, List<LineCorrection>> stray = corrections.entrySet().iterator().next();
            throw new SourceFormatException(stray.getValue().get(0).reviewedAt(), "no goal file " + stray.getKey() + " in manifest.txt");
        }
        return files;
    }

    public CuratedFacts curatedFacts() {
        String path = "curated/facts.txt";
        return CuratedFactsParser.parse(path, new StringReader(text(path)));
    }

    public Map<String, String> competitions() {
        Map<String, String> names = new LinkedHashMap<>();
        rows("competitions.tsv", 2).stream().skip(1).forEach(row -> names.put(row[0], row[1]));
        return names;
    }

    /** The reviewed corrections of the bundled sources ({@code corrections/errata.tsv}). */
    Errata errata() {
        return new Errata(rowsWithLocations(Errata.PATH, 7).stream().skip(1).toList());
    }

    /** A resolver that knows the register, with the corrections of its rows that {@code errata} holds, and the reviewed mapping files. */
    ClubResolver clubResolver(Errata errata) {
        List<RegisterClub> register = new ArrayList<>();
        for (String[] country : rows("clubs/countries.tsv", 4).stream().skip(1).toList()) {
            String path = "openfootball-clubs/" + country[3];
            register.addAll(ClubRegisterParser.parse(path, country[1], new StringReader(text(path))));
        }
        register = errata.applyToRegister(register);
        List<ClubResolver.Mapping> mappings = new ArrayList<>();
        List<String[]> mappingRows = rows("clubs/club-names.tsv", 4);
        for (int i = 1; i < mappingRows.size(); i++) {
            String[] row = mappingRows.get(i);
            mappings.add(new ClubResolver.Mapping(row[0], row[1], row[2], new SourceLocation("clubs/club-names.tsv", i + 1)));
        }
        Set<String> forcedNew = new HashSet<>();
        rows("clubs/club-names-force-new.tsv", 3).stream().skip(1).forEach(row -> forcedNew.add(row[1] + "|" + NameKey.of(row[0])));
        List<ClubResolver.Alias> aliases = new ArrayList<>();
        List<String[]> aliasRows = rows(CLUB_ALIASES, 4);
        for (int i = 1; i < aliasRows.size(); i++) {
            String[] row = aliasRows.get(i);
            aliases.add(new ClubResolver.Alias(row[0], row[1], row[2], new SourceLocation(CLUB_ALIASES, i + 1)));
        }
        return new ClubResolver(register, mappings, forcedNew, aliases);
    }

    KnownDisagreements knownDisagreements() {
        return new KnownDisagreements(rows("clubs/known-disagreements.tsv", 5).stream().skip(1).toList());
    }

    /** A digest of everything the bundled import reads: a database that holds it needs no second import. */
    public String checksum() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>(List.of("manifest.txt", "competitions.tsv", "clubs/countries.tsv", "clubs/club-names.tsv",
                    "clubs/club-names-force-new.tsv", CLUB_ALIASES, "clubs/known-disagreements.tsv", "curated/facts.txt", GOAL_CORRECTIONS,
                    Errata.PATH, HISTORY_CLUBS, CrossCheck.EXPLANATIONS));
            rows("manifest.txt", 2).stream().filter(row -> !row[0].equals(FOOTBALL_TXT_AS_OF)).forEach(row -> files.add(row[1]));
            rows("clubs/countries.tsv", 4).stream().skip(1).forEach(row -> files.add("openfootball-clubs/" + row[3]));
            for (String file : files) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(text(file).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tab-separated rows of a bundled file, comments and blank lines left out, each with exactly {@code columns} fields. */
    private List<String[]> rows(String path, int columns) {
        return rowsWithLocations(path, columns).stream().map(Map.Entry::getValue).toList();
    }

    /** {@link #rows}, each with the line it is on. */
    private List<Map.Entry<SourceLocation, String[]>> rowsWithLocations(String path, int columns) {
        List<Map.Entry<SourceLocation, String[]>> rows = new ArrayList<>();
        String[] lines = text(path).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || lines[i].startsWith("#")) {
                continue;
            }
            String[] row = lines[i].split("\t", -1);
            if (row.length != columns) {
                throw new SourceFormatException(new SourceLocation(path, i + 1), "expected " + columns + " tab-separated fields, found " + row.length);
            }
            rows.add(Map.entry(new SourceLocation(path, i + 1), row));
        }
        return rows;
    }

    static String text(String path) {
        try (InputStream in = BundledData.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
