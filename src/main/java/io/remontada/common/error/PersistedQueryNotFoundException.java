package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A persisted-query hash this replica has not been taught: the client's protocol answers it by
 * sending the query with its hash, so the message and code are the ones Apollo Client and urql look for.
 */
@ErrorCode(PersistedQueryNotFoundException.CODE)
public class PersistedQueryNotFoundException extends ApiException {

    public static final String CODE = "PERSISTED_QUERY_NOT_FOUND";

    public PersistedQueryNotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
