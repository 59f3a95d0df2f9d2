package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The operation needs credentials that the request did not carry or that are wrong. */
@ErrorCode(UnauthenticatedException.CODE)
public class UnauthenticatedException extends ApiException {

    public static final String CODE = "UNAUTHENTICATED";

    public UnauthenticatedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
