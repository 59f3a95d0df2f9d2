package io.remontada.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.remontada.support.GraphQL;

/**
 * With an OTLP endpoint configured and the SDK switched on, the packaged application exports a trace
 * of each request with a span for every JDBC statement it ran.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresForPackagedApp.class)
@WithTestResource(OtlpCollector.class)
class TracesIT {

    OtlpCollector collector;

    @Test
    void aQueryIsTracedDownToItsSqlStatements() throws InterruptedException {
        GraphQL.post("clubs-search", "search", "Liverpol", "first", 1).statusCode(200);
        // the request's span, and the span of the statement only a club search runs (ranking names by trigram similarity)
        Predicate<String> traced = spans -> spans.contains("POST /graphql") && spans.contains("word_similarity(");
        long deadline = System.currentTimeMillis() + 20_000;
        while (!traced.test(collector.received()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(traced.test(collector.received()), "spans received: " + collector.received().length() + " bytes");
    }
}
