package io.remontada.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What an orchestrator and an operator see: probes that name the record, metrics per operation, refusals and imports. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessNamesTheRecordItServes() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'record' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'record' }.data.matches", greaterThan(10_000))
                // the bundled data, or a file another test imported since
                .body("checks.find { it.name == 'record' }.data.lastImport", notNullValue())
                .body("checks.find { it.name == 'record' }.data.version", matchesPattern("[0-9a-f]{12}|files"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsTimeEachOperationAndCountRefusalsByLimit() {
        given().contentType(ContentType.JSON).body(Map.of("query", "query OperationsTestCompetitions { competitions { code } }"))
                .post("/graphql").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("query", "{ clubs(first: 1) { edges { node { ties(first: 1) { edges { node { legs { tie "
                + "{ legs { tie { legs { tie { id } } } } } } } } } } } } }")).post("/graphql");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("remontada_graphql_operation_seconds_count{operation=\"OperationsTestCompetitions\",outcome=\"ok\",type=\"query\"}"))
                .body(matchesPattern("(?s).*remontada_graphql_refusals_total\\{code=\"LIMIT_EXCEEDED\",limit=\"depth\"} [1-9].*"))
                .body(matchesPattern("(?s).*remontada_import_matches_total\\{outcome=\"inserted\"} [1-9][0-9]{4}.*"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"));
    }
}
