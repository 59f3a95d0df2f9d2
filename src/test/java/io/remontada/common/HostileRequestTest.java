package io.remontada.common;

import static io.remontada.support.GraphQL.graphQLClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What a client without a token can send, and what it gets: a coded refusal, never a busy or bloated server. */
@QuarkusTest
class HostileRequestTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    private static ValidatableResponse post(String query, Map<String, Object> variables) {
        return graphQLClient().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables)).post("/graphql").then();
    }

    @Test
    void aChunkedBodyIsCutAtThePublicLimitWhileItStreamsIn() throws Exception {
        // the body never ends: only a server that stops at the public limit (100 KiB) can answer at all
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[16 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 16; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("HTTP/1.1 413 Request Entity Too Large", in.readLine());
            int length = 0;
            for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
                if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring("content-length:".length()).trim());
                }
            }
            char[] body = new char[length];
            for (int read = 0; read < length; ) {
                read += in.read(body, read, length - read);
            }
            assertTrue(new String(body).contains("\"code\":\"LIMIT_EXCEEDED\""), new String(body));
        }
    }

    @Test
    void multipartIsRefusedAndNothingIsStored() throws Exception {
        java.nio.file.Path uploads = java.nio.file.Path.of("file-uploads");
        long before = java.nio.file.Files.isDirectory(uploads) ? java.nio.file.Files.list(uploads).count() : 0;
        graphQLClient().multiPart("file", "matches.txt", "x".repeat(10_000).getBytes(StandardCharsets.UTF_8)).post("/graphql").then()
                .statusCode(415).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        long after = java.nio.file.Files.isDirectory(uploads) ? java.nio.file.Files.list(uploads).count() : 0;
        assertEquals(before, after, "a refused upload left a file in " + uploads.toAbsolutePath());
    }

    @Test
    void aLongChainOfFragmentsIsRefusedBeforeValidation() {
        StringBuilder query = new StringBuilder("{ competitions { ...F0 } }");
        for (int i = 0; i < 800; i++) {
            query.append(" fragment F").append(i).append(" on Competition { code ...F").append(i + 1).append(" }");
        }
        query.append(" fragment F800 on Competition { name }");
        post(query.toString(), Map.of()).statusCode(400)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("fragments"));
    }

    @Test
    void fragmentsThatSpreadEachOtherTwiceAreMeasuredOnceEach() {
        // 40 fragments, each spreading the next twice: 2^40 paths, 80 spreads. Measured once per fragment it answers at once.
        StringBuilder query = new StringBuilder("{ competitions { ...F0 } }");
        for (int i = 0; i < 40; i++) {
            query.append(" fragment F").append(i).append(" on Competition { code ...F").append(i + 1).append(" ...F").append(i + 1).append(" }");
        }
        query.append(" fragment F40 on Competition { name }");
        post(query.toString(), Map.of()).statusCode(400)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("nodes"));
    }

    @Test
    void aNulInAStringIsTheClientsMistake() {
        post("query($s: String) { quotes(filter: {search: $s}) { totalCount } }", Map.of("s", "a\u0000b")).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("NUL"));
        // the document's own strings are read when it is first validated: a refused document is not kept as valid
        for (int i = 0; i < 2; i++) {
            post("{ quotes(filter: {search: \"a\\u0000b\"}) { totalCount } }", Map.of()).statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void anAnswerWithErrorsIsNeverCached() {
        graphQLClient().queryParam("query", "{ club(id: \"not-a-number\") { name } }").get("/graphql").then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .header("Cache-Control", equalTo("no-store"));
        graphQLClient().queryParam("query", "{ competitionz { code } }").get("/graphql").then()
                .statusCode(400).header("Cache-Control", equalTo("no-store"));
        graphQLClient().queryParam("query", "{ competitions { code } }").get("/graphql").then()
                .statusCode(200).header("Cache-Control", startsWith("public, max-age="));
    }

    @Test
    void anyPageMayReadThePublicRecordButNoOriginIsEchoedOrCredentialed() {
        graphQLClient().header("Origin", "null").queryParam("query", "{ competitions { code } }").get("/graphql").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue());
        graphQLClient().header("Origin", "https://fans.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/graphql").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", equalTo("content-type"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    }
}
