package io.remontada.importer.format;

import io.remontada.common.Score;
import io.remontada.importer.BundledData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parses the real source files the project bundles and checks facts known about them. */
class RealDataTest {

    private static final Path DATA = Path.of("src/main/resources/data");
    private static final Path OPENFOOTBALL = DATA.resolve("openfootball-champions-league");
    private static final LocalDate BUNDLE_AS_OF = new BundledData().footballTxtAsOf();
    private static final Pattern STATED_MATCHES = Pattern.compile("(?m)^# Matches\\s+(\\d+)");
    private static final Map<String, String> COMPETITION_BY_FILE = Map.of(
            "cl.txt", "UCL", "clq.txt", "UCL", "el.txt", "UEL", "elq.txt", "UEL", "conf.txt", "UECL",
            "confq.txt", "UECL");

    private static ParsedFile champs() {
        try (Reader in = Files.newBufferedReader(DATA.resolve("engsoccerdata/champs.csv"), StandardCharsets.UTF_8)) {
            return EngsoccerdataCsvParser.parse("engsoccerdata/champs.csv", LocalDate.now(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every openfootball file by "season/file" name, in name order. */
    private static Map<String, ParsedFile> openfootball() {
        Map<String, ParsedFile> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(OPENFOOTBALL)) {
            for (Path path : paths.filter(p -> COMPETITION_BY_FILE.containsKey(p.getFileName().toString())).toList()) {
                String season = path.getParent().getFileName().toString();
                String name = season + "/" + path.getFileName();
                try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    files.put(name, FootballTxtParser.parse(name,
                            COMPETITION_BY_FILE.get(path.getFileName().toString()), season, BUNDLE_AS_OF, in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static SourceMatch only(List<SourceMatch> matches, Predicate<SourceMatch> which) {
        List<SourceMatch> found = matches.stream().filter(which).toList();
        assertEquals(1, found.size(), "matches found: " + found);
        return found.get(0);
    }

    private static Predicate<SourceMatch> between(String home, String away, LocalDate date) {
        return m -> m.home().name().equals(home) && m.away().name().equals(away) && m.date().equals(date);
    }

    @Test
    void champsCsvHasEveryRow() {
        List<SourceMatch> matches = champs().matches();
        assertEquals(6556, matches.size());

        // engsoccerdata lists the winner of every final first; in Istanbul AC Milan were the designated home side.
        SourceMatch istanbul = only(matches, between("Liverpool", "AC Milan", LocalDate.of(2005, 5, 25)));
        assertEquals("2004-05", istanbul.season());
        assertEquals("Final", istanbul.round());
        assertEquals(RoundKind.FINAL, istanbul.roundKind());
        assertEquals(new Score(0, 3), istanbul.halfTime());
        assertEquals(new Score(3, 3), istanbul.fullTime());
        assertEquals(new Score(3, 3), istanbul.afterExtraTime());
        assertEquals(new Score(3, 2), istanbul.penalties());
        assertEquals("Liverpool", istanbul.statedTieWinner());

        SourceMatch milan = only(matches, m -> m.season().equals("2003-04") && m.round().equals("Quarter-finals")
                && m.home().name().equals("AC Milan"));
        assertEquals(new Score(4, 1), milan.fullTime());
        assertEquals(1, milan.leg());
        SourceMatch deportivo = only(matches, m -> m.season().equals("2003-04")
                && m.round().equals("Quarter-finals") && m.away().name().equals("AC Milan"));
        assertEquals(new Score(4, 0), deportivo.fullTime());
        assertEquals(2, deportivo.leg());

        assertEquals(2, matches.stream().filter(m -> "walkover".equals(m.statedDecision())).count());
        assertEquals(2, matches.stream().filter(m -> m.round().equals("Semi-finals") && m.leg() == null
                && !m.replay()).count());
        assertEquals(34, matches.stream().filter(SourceMatch::replay).count());
    }

    @Test
    void openfootballFilesAllParse() throws IOException {
        Map<String, ParsedFile> files = openfootball();
        assertEquals(30, files.size());
        StringBuilder table = new StringBuilder();
        int total = 0;
        int unplayed = 0;
        for (ParsedFile file : files.values()) {
            table.append(String.format("%-16s %4d matches, %d unplayed%n", file.file(), file.matches().size(),
                    file.unplayedFixtures()));
            assertEquals(statedMatchCount(file.file()), file.matches().size() + file.unplayedFixtures(), file.file());
            total += file.matches().size();
            unplayed += file.unplayedFixtures();
        }
        System.out.print(table);
        System.out.printf("openfootball total: %d matches, %d unplayed fixtures%n", total, unplayed);
        assertEquals(4243, total);
        assertEquals(3, unplayed);
        assertEquals(2, files.get("2021-22/el.txt").unplayedFixtures());
        assertEquals(1, files.get("2025-26/cl.txt").unplayedFixtures());
    }

    /** The count in the file's own "# Matches  125" header line, which includes unplayed fixtures. */
    private static int statedMatchCount(String file) throws IOException {
        Matcher header = STATED_MATCHES.matcher(Files.readString(OPENFOOTBALL.resolve(file)));
        assertTrue(header.find(), "no # Matches line in " + file);
        return Integer.parseInt(header.group(1));
    }

    @Test
    void knownTiesHaveTheirLegs() {
        Map<String, ParsedFile> files = openfootball();
        List<SourceMatch> cl2019 = files.get("2018-19/cl.txt").matches();
        SourceMatch barcelona = only(cl2019, between("FC Barcelona", "Liverpool FC", LocalDate.of(2019, 5, 1)));
        assertEquals(new Score(3, 0), barcelona.fullTime());
        assertEquals("Semi-finals", barcelona.round());
        assertEquals(1, barcelona.leg());
        SourceMatch anfield = only(cl2019, between("Liverpool FC", "FC Barcelona", LocalDate.of(2019, 5, 7)));
        assertEquals(new Score(4, 0), anfield.fullTime());
        assertEquals(2, anfield.leg());

        List<SourceMatch> cl2021 = files.get("2020-21/cl.txt").matches();
        SourceMatch madrid = only(cl2021, m -> m.round().equals("Quarter-finals")
                && m.home().name().startsWith("Real Madrid") && m.away().name().startsWith("Liverpool"));
        assertEquals(new Score(3, 1), madrid.fullTime());
        assertEquals(1, madrid.leg());
        SourceMatch liverpool = only(cl2021, m -> m.round().equals("Quarter-finals")
                && m.home().name().startsWith("Liverpool") && m.away().name().startsWith("Real Madrid"));
        assertEquals(new Score(0, 0), liverpool.fullTime());
        assertEquals(2, liverpool.leg());

        List<SourceMatch> cl2020 = files.get("2019-20/cl.txt").matches();
        assertTrue(cl2020.stream().filter(m -> m.round().equals("Quarter-finals")
                || m.round().equals("Semi-finals")).allMatch(m -> m.leg() == null));
        SourceMatch lisbon = only(cl2020, m -> m.round().equals("Final"));
        assertEquals(LocalDate.of(2020, 8, 23), lisbon.date());
        assertNull(lisbon.leg());

        List<SourceMatch> cl2025 = files.get("2024-25/cl.txt").matches();
        assertTrue(cl2025.stream().filter(m -> m.round().equals("Knockout play-offs"))
                .allMatch(m -> m.leg() != null));
        assertEquals(16, cl2025.stream().filter(m -> m.round().equals("Knockout play-offs")).count());
    }

    @Test
    void theFinalsGiveTheKnownWinners() {
        Map<String, ParsedFile> files = openfootball();
        SourceMatch kyiv = only(files.get("2017-18/cl.txt").matches(), m -> m.round().equals("Final"));
        assertTrue(kyiv.home().name().startsWith("Real Madrid"));
        assertEquals(new Score(3, 1), kyiv.fullTime());
        SourceMatch madrid = only(files.get("2018-19/cl.txt").matches(), m -> m.round().equals("Final"));
        assertEquals(new SourceClub("Liverpool FC", "ENG"), madrid.away());
        assertEquals(new Score(0, 2), madrid.fullTime());
    }

    /**
     * 2011-12 to 2015-16 and the 2016-17 and 2017-18 finals are in both sources. Club names differ, so each match
     * is compared by season, date, round, leg and scores; this proves both parsers name the same real round alike.
     * Finals are compared without home and away, as engsoccerdata lists the winner first.
     */
    @Test
    void bothSourcesAgreeWhereTheyOverlap() {
        Map<String, ParsedFile> openfootball = openfootball();
        Map<String, List<SourceMatch>> csvBySeason = new TreeMap<>();
        champs().matches().stream().filter(m -> m.season().compareTo("2011-12") >= 0)
                .forEach(m -> csvBySeason.computeIfAbsent(m.season(), s -> new ArrayList<>()).add(m));
        List<String> differences = new ArrayList<>();
        List<String> finalsListedTheOtherWayRound = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, List<SourceMatch>> season : csvBySeason.entrySet()) {
            boolean finalOnly = season.getValue().size() == 1;
            List<SourceMatch> txt = openfootball.get(season.getKey() + "/cl.txt").matches().stream()
                    .filter(m -> !finalOnly || m.roundKind() == RoundKind.FINAL).toList();
            List<SourceMatch> csv = season.getValue().stream()
                    .filter(m -> !m.round().endsWith("qualifying round") && !m.round().equals(Rounds.PLAY_OFF_ROUND))
                    .toList();
            List<String> onlyCsv = new ArrayList<>(csv.stream().map(RealDataTest::key).toList());
            List<String> onlyTxt = new ArrayList<>();
            for (SourceMatch m : txt) {
                if (!onlyCsv.remove(key(m))) {
                    onlyTxt.add(key(m));
                }
            }
            compared += txt.size();
            onlyCsv.forEach(k -> differences.add("only engsoccerdata: " + k));
            onlyTxt.forEach(k -> differences.add("only openfootball: " + k));
            txt.stream().filter(m -> m.roundKind() == RoundKind.FINAL).forEach(f -> csv.stream()
                    .filter(c -> c.roundKind() == RoundKind.FINAL && !c.home().name().equals(f.home().name()))
                    .forEach(c -> finalsListedTheOtherWayRound.add(season.getKey())));
        }
        differences.forEach(System.out::println);
        assertEquals(List.of(), differences);
        assertEquals(5 * 125 + 2, compared);
        assertEquals(List.of("2011-12", "2012-13", "2014-15", "2016-17"), finalsListedTheOtherWayRound);
    }

    private static String key(SourceMatch m) {
        String asWritten = key(m, m.halfTime(), m.fullTime(), m.afterExtraTime(), m.penalties());
        if (m.roundKind() != RoundKind.FINAL) {
            return asWritten;
        }
        String swapped = key(m, swap(m.halfTime()), m.fullTime().swapped(), swap(m.afterExtraTime()),
                swap(m.penalties()));
        return asWritten.compareTo(swapped) <= 0 ? asWritten : swapped;
    }

    private static Score swap(Score score) {
        return score == null ? null : score.swapped();
    }

    private static String key(SourceMatch m, Score halfTime, Score fullTime, Score afterExtraTime, Score penalties) {
        return String.join(" | ", m.season(), m.date().toString(), m.round(), m.roundKind().name(),
                String.valueOf(m.leg()), String.valueOf(halfTime), String.valueOf(fullTime),
                String.valueOf(afterExtraTime), String.valueOf(penalties));
    }

    @Test
    void theBundledClubRegisterParses() throws IOException {
        Path clubs = DATA.resolve("openfootball-clubs");
        int total = 0;
        try (Stream<Path> paths = Files.walk(clubs)) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(".clubs.txt")).toList()) {
                try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    total += ClubRegisterParser.parse(clubs.relativize(path).toString(), "XXX", in).size();
                }
            }
        }
        // the European files and the other countries whose clubs play in UEFA competitions (Israel, Kazakhstan)
        assertEquals(2663, total);
    }
}
