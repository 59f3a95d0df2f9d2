package io.remontada.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.error.BadUserInputException;
import io.remontada.common.error.ClientSafe;
import io.remontada.common.error.UnauthenticatedException;
import io.remontada.importer.format.SourceFormatException;
import io.vertx.ext.web.RoutingContext;

/**
 * The admin operation that imports a newer openfootball season, or a user's own file, into a
 * running deployment. Protected by a bearer token from the environment; with no token configured
 * the operation is off.
 */
@GraphQLApi
@ClientSafe
public class ImportGraphQLApi {

    private final ImportService imports;
    private final RoutingContext request;
    private final Optional<String> adminToken;

    ImportGraphQLApi(ImportService imports, RoutingContext request,
            @ConfigProperty(name = "remontada.admin.token") Optional<String> adminToken) {
        this.imports = imports;
        this.request = request;
        this.adminToken = adminToken;
    }

    @Mutation
    @NonNull
    @Description("Imports one match file in one transaction: the report says what was read, inserted, merged and in conflict. "
            + "A bad file is refused with its file:line and changes nothing; importing the same file again changes nothing. "
            + "Needs the header Authorization: Bearer <REMONTADA_ADMIN_TOKEN>.")
    public ImportReport importMatches(@NonNull ImportInput input) {
        authenticate();
        SourceText source = input.format() == SourceFormat.FOOTBALL_TXT && input.competition() == null && input.season() == null
                ? SourceText.footballTxt(input.fileName(), input.content())
                : new SourceText(input.format(), input.fileName(), input.competition(), input.season(), input.content());
        try {
            return imports.importFiles(List.of(source));
        } catch (SourceFormatException e) {
            throw new BadUserInputException(e.getMessage());
        }
    }

    private void authenticate() {
        String expected = adminToken.filter(t -> !t.isBlank()).orElseThrow(
                () -> new UnauthenticatedException("admin operations are off on this deployment: set REMONTADA_ADMIN_TOKEN to enable them"));
        String header = request.request().getHeader("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthenticatedException("this operation needs the header Authorization: Bearer <admin token>");
        }
    }
}
