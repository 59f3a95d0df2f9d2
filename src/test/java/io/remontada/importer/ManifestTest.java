package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The manifest lists exactly the match and goal files the bundle holds: a file left out of it would never be imported,
 * since a class-path folder cannot be listed inside a jar.
 */
class ManifestTest {

    private static final Path DATA = Path.of("src/main/resources/data");

    @Test
    void everyMatchAndGoalFileOfTheBundleIsInTheManifestAndNothingElse() throws IOException {
        Set<String> bundled = new TreeSet<>();
        for (String folder : new String[] {"openfootball-champions-league", "openfootball-goals", "openfootball-history", "engsoccerdata"}) {
            try (Stream<Path> files = Files.walk(DATA.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".csv"))
                        .filter(f -> !f.getFileName().toString().equals("GPL-2.txt"))
                        .forEach(f -> bundled.add(DATA.relativize(f).toString().replace('\\', '/')));
            }
        }
        Set<String> listed = Files.readAllLines(DATA.resolve("manifest.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("football-txt-as-of\t"))
                .map(line -> line.split("\t")[1])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(bundled, listed);
    }
}
