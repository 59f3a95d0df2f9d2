package io.remontada.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the jar, or the native executable when that was built) run as a process,
 * as an operator runs it: with environment variables, in a folder, and judged by what it prints and
 * its exit code.
 */
final class PackagedApp {

    record Run(int exitCode, String output) {
    }

    private PackagedApp() {
    }

    /**
     * @param env its environment, on top of this one's without any datasource setting
     * @param dir the folder it runs in
     */
    static Run run(Map<String, String> env, Path dir, String... args) {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // read while it runs, so a full pipe never blocks it
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            reader.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("still running after 5 minutes: " + command);
            }
            reader.join();
            return new Run(process.exitValue(), output.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What Quarkus built, as it recorded it in target/quarkus-artifact.properties. */
    private static List<String> launcher() {
        Path target = Path.of("target").toAbsolutePath();
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(target.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no packaged application: run mvn package first", e);
        }
        Path path = target.resolve(artifact.getProperty("path"));
        if ("native".equals(artifact.getProperty("type"))) {
            return List.of(path.toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-jar", path.toString());
    }
}
