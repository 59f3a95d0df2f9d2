package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request is wrong: an argument out of range, a malformed cursor, an unknown value. */
@ErrorCode(BadUserInputException.CODE)
public class BadUserInputException extends ApiException {

    public static final String CODE = "BAD_USER_INPUT";

    public BadUserInputException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
