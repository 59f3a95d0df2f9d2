package io.remontada.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The page for people at {@code /}, as far as a JDK can see it: served as HTML with the form the issue
 * names, everything it loads served by the app itself, within the weight budget. What it does in a
 * browser is {@code PageIT}'s part ({@code src/test/node/page.mjs}), which needs Node and Chromium.
 */
@QuarkusTest
class PageTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '\\./([^']+)'");
    private static final int BUDGET_BYTES = 300 * 1024;

    @Test
    void slashAnswersTheQuestionForm() {
        given().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<input id=\"club\" name=\"club\""))
                .body(containsString("<input id=\"deficit\" name=\"deficit\""))
                .body(containsString("<select id=\"scope\" name=\"scope\">"))
                .body(containsString("<option value=\"FIRST_LEG\">after the first leg</option>"))
                .body(containsString("<option value=\"TIE\">at any point of a tie</option>"))
                .body(containsString("<option value=\"MATCH\">within a match</option>"))
                .body(containsString("data-testid=\"verdict\""))
                .body(containsString("data-testid=\"evidence\""))
                .body(containsString("data-testid=\"base-rates\""));
    }

    /**
     * Follows every file the page loads (its links and scripts, and the modules they import): each is a
     * path on this app, served, and all of them together stay under 300 KB once compressed.
     */
    @Test
    void everythingThePageLoadsComesFromTheAppWithinTheBudget() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toLoad = new ArrayDeque<>();
        toLoad.add("/");
        long compressed = 0;
        while (!toLoad.isEmpty()) {
            String path = toLoad.poll();
            if (!seen.add(path)) {
                continue;
            }
            byte[] body = given().get(path).then().statusCode(200).extract().asByteArray();
            compressed += gzipped(body);
            String text = new String(body, StandardCharsets.UTF_8);
            if (path.equals("/")) {
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    String target = reference.group(1);
                    assertTrue(target.startsWith("/") && !target.startsWith("//"), "the page loads " + target + " from elsewhere");
                    // the page's own files, not the API and GraphiQL it links to
                    if (target.startsWith("/page/")) {
                        toLoad.add(target);
                    }
                }
            } else if (path.endsWith(".js")) {
                Matcher imported = IMPORT.matcher(text);
                while (imported.find()) {
                    toLoad.add(path.substring(0, path.lastIndexOf('/') + 1) + imported.group(1));
                }
            }
        }
        assertTrue(seen.contains("/page/app.js") && seen.contains("/page/page.css"), "followed: " + seen);
        assertTrue(compressed < BUDGET_BYTES, "the page weighs " + compressed + " bytes compressed");
    }

    private static long gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
