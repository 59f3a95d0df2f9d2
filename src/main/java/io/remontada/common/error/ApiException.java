package io.remontada.common.error;

/**
 * A failure a client caused or must know about, with a message written for client developers.
 *
 * <p>Its message reaches the client as is; anything else thrown while answering becomes an
 * {@code INTERNAL} error with no details (see {@code ErrorCodes}).
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    /** The value of {@code extensions.code}. */
    public abstract String code();
}
