package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** Something broke on our side. The client sees only this message and a reference to find the log entry by. */
@ErrorCode(InternalException.CODE)
public class InternalException extends ApiException {

    public static final String CODE = "INTERNAL";

    public InternalException(String reference) {
        super("internal error (reference " + reference + "); the service logged the details");
    }

    @Override
    public String code() {
        return CODE;
    }
}
