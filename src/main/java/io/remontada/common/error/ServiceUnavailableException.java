package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The service cannot answer now: its database is down, restarting, refusing connections or every connection is busy,
 * or it is running as many queries as it may and the query waited its turn too long.
 */
@ErrorCode(ServiceUnavailableException.CODE)
public class ServiceUnavailableException extends ApiException {

    public static final String CODE = "SERVICE_UNAVAILABLE";

    public ServiceUnavailableException() {
        super("the database is unavailable; try again later");
    }

    public ServiceUnavailableException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
