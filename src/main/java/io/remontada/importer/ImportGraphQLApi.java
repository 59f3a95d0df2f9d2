package io.remontada.importer;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.error.BadUserInputException;
import io.remontada.common.error.ClientSafe;
import io.remontada.common.security.Roles;
import io.remontada.importer.format.SourceFormatException;

/**
 * The admin operation that imports a newer openfootball season, or a user's own file, into a
 * running deployment. Only an admin may: a JWT with the group {@code admin}, or the static admin
 * token (see {@code AdminTokenIdentityProvider}); with neither configured nobody is.
 */
@GraphQLApi
@ClientSafe
public class ImportGraphQLApi {

    private final ImportService imports;

    ImportGraphQLApi(ImportService imports) {
        this.imports = imports;
    }

    @Mutation
    @NonNull
    @RolesAllowed(Roles.ADMIN)
    @Description("Imports one match file in one transaction: the report says what was read, inserted, merged and in conflict. "
            + "A bad file is refused with its file:line and changes nothing; importing the same file again changes nothing. "
            + "Needs the header Authorization: Bearer <token>: a JWT with the group admin, or REMONTADA_ADMIN_TOKEN.")
    public ImportReport importMatches(@NonNull ImportInput input) {
        SourceText source = SourceText.of(input.format(), input.fileName(), input.competition(), input.season(), input.content());
        try {
            return imports.importFiles(List.of(source));
        } catch (SourceFormatException e) {
            throw new BadUserInputException(e.getMessage());
        }
    }
}
