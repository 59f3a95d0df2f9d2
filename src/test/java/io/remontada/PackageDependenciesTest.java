package io.remontada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages' arrows point one way: a package that imports another is never imported back, directly or through
 * others, so each can be read without the ones above it. The comeback rules stay plain Java: they see nothing but
 * {@code common}.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/remontada");
    private static final Pattern REFERENCE = Pattern.compile("\\bio\\.remontada\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    @Test
    void theRulesSeeOnlyCommon() {
        assertEquals(Set.of("common"), dependencies().get("rules").stream().map(p -> p.split("\\.")[0]).collect(Collectors.toSet()));
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        Map<String, Set<String>> dependencies = dependencies();
        for (String start : dependencies.keySet()) {
            List<String> path = cycleFrom(start, start, dependencies, new ArrayList<>(List.of(start)));
            assertTrue(path.isEmpty(), "a cycle: " + String.join(" -> ", path));
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> dependencies, List<String> path) {
        for (String next : dependencies.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return path;
            }
            if (!path.contains(next)) {
                path.add(next);
                if (!cycleFrom(start, next, dependencies, path).isEmpty()) {
                    return path;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    /** Each package and the others its sources name. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path folder = SOURCES.relativize(file).getParent();
                if (folder == null) {
                    continue;
                }
                String from = folder.toString().replace(folder.getFileSystem().getSeparator(), ".");
                Set<String> to = dependencies.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file).replaceFirst("(?m)^package .*$", ""));
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        to.add(reference.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }
}
