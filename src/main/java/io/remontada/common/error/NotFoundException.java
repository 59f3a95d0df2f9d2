package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** Something the request names does not exist. */
@ErrorCode(NotFoundException.CODE)
public class NotFoundException extends ApiException {

    public static final String CODE = "NOT_FOUND";

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
