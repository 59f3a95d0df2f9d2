package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.match.Season;
import io.remontada.support.GraphQL;

/**
 * One real match is one match: the European Cup seasons served equal engsoccerdata's row counts,
 * including 2011-12 to 2015-16, where every openfootball match of the season merged into its
 * engsoccerdata twin instead of adding a second copy.
 */
@QuarkusTest
class SeasonCountsTest {

    @Test
    void everyEngsoccerdataSeasonThrough2015_16HasExactlyItsMatches() throws IOException {
        Map<String, Long> rowsPerSeason = Files.readAllLines(Path.of("src/main/resources/data/engsoccerdata/champs.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> Integer.parseInt(line.split(",")[1]))
                .filter(year -> year <= 2015)
                .collect(Collectors.groupingBy(Season::nameOf, TreeMap::new, Collectors.counting()));
        assertEquals(61, rowsPerSeason.size());
        Map<String, Long> served = new TreeMap<>();
        for (String season : rowsPerSeason.keySet()) {
            Integer total = GraphQL.post("season-count", "season", season).statusCode(200).extract().path("data.matches.totalCount");
            served.put(season, total.longValue());
        }
        assertEquals(rowsPerSeason, served);
    }
}
