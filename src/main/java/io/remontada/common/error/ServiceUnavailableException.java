package io.remontada.common.error;

import io.smallrye.graphql.api.ErrorCode;

/** The service has no working connection to its database: down, restarting, refusing connections, or every connection busy. */
@ErrorCode(ServiceUnavailableException.CODE)
public class ServiceUnavailableException extends ApiException {

    public static final String CODE = "SERVICE_UNAVAILABLE";

    public ServiceUnavailableException() {
        super("the database is unavailable; try again later");
    }

    @Override
    public String code() {
        return CODE;
    }
}
