package io.remontada.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Who may import, one caller per role: nobody without a token, a token signed by another key, a valid
 * token without the group admin, and an admin's JWT (the static token's admin is {@link ImportGraphQLApiTest}'s).
 * The test issuer's public key is {@code src/test/resources/jwt}, named by the %test configuration.
 */
@QuarkusTest
class AdminAccessTest {

    private static final String ISSUER = "https://issuer.remontada.test";
    /** A real season file of the bundle: importing it again changes nothing, whoever runs first. */
    private static final String SEASON = "2018-19/cl.txt";

    private static ValidatableResponse importSeason(String bearer, String padding) throws IOException {
        String content = Files.readString(Path.of("src/main/resources/data/openfootball-champions-league", SEASON));
        var request = given().contentType(ContentType.JSON);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.body(Map.of("query", GraphQL.read("import-matches") + padding, "variables",
                Map.of("input", Map.of("format", "FOOTBALL_TXT", "fileName", SEASON, "content", content))))
                .post("/graphql").then();
    }

    private static String token(PrivateKey key, Set<String> groups) {
        return Jwt.issuer(ISSUER).subject("someone@remontada.test").groups(groups).expiresIn(300).sign(key);
    }

    private static PrivateKey issuerKey() throws GeneralSecurityException, IOException {
        return KeyUtils.readPrivateKey("jwt/test-issuer-private.pem");
    }

    @Test
    void withoutATokenItIsUnauthenticated() throws IOException {
        importSeason(null, "").statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("data", nullValue());
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() throws Exception {
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        importSeason(token(stranger, Set.of("admin")), "").statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("not valid"))
                .body("data", nullValue());
    }

    @Test
    void aValidTokenWithoutTheAdminGroupIsForbidden() throws Exception {
        importSeason(token(issuerKey(), Set.of("reader")), "").statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("admin"))
                .body("data", nullValue());
    }

    @Test
    void anAdminsTokenImports() throws Exception {
        importSeason(token(issuerKey(), Set.of("admin")), "").statusCode(200)
                .body("errors", nullValue())
                .body("data.importMatches.files", equalTo(1))
                .body("data.importMatches.matchesRead", greaterThan(100))
                .body("data.importMatches.inserted", equalTo(0));
    }

    /** The gate asks the security layer who is an admin, so a JWT admin gets the admin's body limit, and nobody else does. */
    @Test
    void onlyAnAdminsTokenMaySendMoreThanThePublicBodyLimit() throws Exception {
        String overThePublicLimit = " ".repeat(110_000);
        importSeason(token(issuerKey(), Set.of("admin")), overThePublicLimit).statusCode(200)
                .body("errors", nullValue())
                .body("data.importMatches.inserted", equalTo(0));
        importSeason(token(issuerKey(), Set.of("reader")), overThePublicLimit).statusCode(413)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    /** Credentials are checked only where an operation needs them: a stale token does not stop a public query. */
    @Test
    void aQueryWithABadTokenStillAnswers() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-a-token")
                .body(Map.of("query", "{ competitions { code } }")).post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.competitions[0].code", equalTo("UCL"));
    }
}
