package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request is larger than this service answers; the message names the limit. */
@ErrorCode(LimitExceededException.CODE)
public class LimitExceededException extends ApiException {

    public static final String CODE = "LIMIT_EXCEEDED";

    public LimitExceededException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
