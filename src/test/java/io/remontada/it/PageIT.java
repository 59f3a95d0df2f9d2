package io.remontada.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The page at {@code /} in a real headless Chromium, against the packaged app ({@code src/test/node/page.mjs}):
 * the shared link, the form, the address bar, the story of a tie, GraphiQL, axe-core, phone width, no console
 * error and no request to another host. Screenshots of desktop and phone go to {@code target/screenshots}.
 *
 * <p>It needs Node, playwright-core and axe-core from npm, and the system's Chromium: Maven runs it in the
 * {@code node-clients} profile, active once {@code npm ci} has filled {@code src/test/node/node_modules}
 * ({@code .ci/run} does, and installs Chromium when it is missing).
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresForPackagedApp.class)
class PageIT {

    @TestHTTPResource("/")
    URI page;

    @Test
    void aPersonAsksInARealBrowser() throws IOException, InterruptedException {
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Process node = new ProcessBuilder("node", "page.mjs", page.toString(), screenshots.toString())
                .directory(new File("src/test/node")).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        System.out.println(output);
        assertEquals(true, finished, "node page.mjs did not finish: " + output);
        assertEquals(0, node.exitValue(), output);
    }
}
