package io.remontada.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The clients people use, from Node, against the packaged app: graphql-request over POST and GET,
 * Apollo Client with its persisted-query link, and the graphql-http audit of the GraphQL-over-HTTP
 * specification ({@code src/test/node/clients.mjs}).
 *
 * <p>It needs Node and the clients from npm, which a machine with only a JDK lacks: Maven runs it in
 * the {@code node-clients} profile, active once {@code npm ci} has filled {@code src/test/node/node_modules}
 * (CI does).
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresForPackagedApp.class)
class NodeClientsIT {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void realClientsGetWhatTheyExpect() throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "clients.mjs", graphql.toString())
                .directory(new java.io.File("src/test/node")).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean finished = node.waitFor(2, TimeUnit.MINUTES);
        System.out.println(output);
        assertEquals(true, finished, "node clients.mjs did not finish: " + output);
        assertEquals(0, node.exitValue(), output);
    }
}
