package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request's credentials are valid but do not carry the role the operation needs. */
@ErrorCode(ForbiddenException.CODE)
public class ForbiddenException extends ApiException {

    public static final String CODE = "FORBIDDEN";

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
