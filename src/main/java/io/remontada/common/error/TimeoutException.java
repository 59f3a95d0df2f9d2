package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The database did not answer in time: PostgreSQL cancelled a statement that ran past its timeout,
 * or the database fell silent. Nothing the client can fix but retrying later.
 */
@ErrorCode(TimeoutException.CODE)
public class TimeoutException extends ApiException {

    public static final String CODE = "TIMEOUT";

    public TimeoutException() {
        super("the database did not answer in time; try again later");
    }

    @Override
    public String code() {
        return CODE;
    }
}
