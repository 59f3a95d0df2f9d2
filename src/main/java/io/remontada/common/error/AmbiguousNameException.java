package io.remontada.common.error;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.smallrye.graphql.api.ErrorCode;

/**
 * A name that fits more than one club. Answering any one of them would be a guess, so the error
 * lists them all in {@code extensions.candidates} (id, name, country) for the client to choose from.
 *
 * <p>It is a graphql-java {@link GraphQLError} only to carry those extensions: SmallRye GraphQL copies
 * the extensions of such an exception into the error it answers, keeping the keys listed in
 * {@code quarkus.smallrye-graphql.error-extension-fields}. An {@code ErrorExtensionProvider} would
 * instead add its key, as null, to every error of every kind.
 */
@ErrorCode(BadUserInputException.CODE)
public class AmbiguousNameException extends BadUserInputException implements GraphQLError {

    public record Candidate(String id, String name, String country) {
    }

    private final transient List<Candidate> candidates;

    public AmbiguousNameException(String message, List<Candidate> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    @Override
    public Map<String, Object> getExtensions() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Candidate candidate : candidates) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("id", candidate.id()).add("name", candidate.name());
            if (candidate.country() == null) {
                entry.addNull("country");
            } else {
                entry.add("country", candidate.country());
            }
            list.add(entry);
        }
        // a JSON-P value, since SmallRye writes any other value but a map as its toString()
        return Map.of("candidates", list.build());
    }

    /** None of its own: the error's locations and path are those of the field whose resolver threw. */
    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
