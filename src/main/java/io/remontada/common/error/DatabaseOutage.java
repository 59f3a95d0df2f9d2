package io.remontada.common.error;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A failure that says the database could not answer, told apart from a bug: the client gets a coded
 * error it can retry on and the log a one-line warning, since the fault is neither the client's nor
 * the code's. Recognised by the SQL state PostgreSQL or the driver gives, wherever it sits in the
 * chain of causes Hibernate and the pool wrap it in.
 *
 * @param clientError what the client is told
 * @param detail      what the database or driver said, for the log
 */
record DatabaseOutage(ApiException clientError, String detail) {

    /** query_canceled: a statement that ran past statement_timeout, as the API never cancels its own. */
    private static final String QUERY_CANCELED = "57014";
    /** The connection_exception class: the connection broke or could not be made. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections: a server stopping, crashed, starting or full. */
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    /** The pool lent no connection within its acquisition timeout; Agroal says so only in its message, with no SQL state. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    static Optional<DatabaseOutage> of(Throwable failure) {
        List<Throwable> chain = Causes.chain(failure);
        for (Throwable cause : chain) {
            // the driver gave up on a database that said nothing for its socket timeout
            if (cause instanceof SocketTimeoutException) {
                return Optional.of(new DatabaseOutage(new TimeoutException(), chain.get(chain.size() - 1).getMessage()));
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (QUERY_CANCELED.equals(state)) {
                    return Optional.of(new DatabaseOutage(new TimeoutException(), sql.getMessage()));
                }
                if (state != null && (state.startsWith(CONNECTION_EXCEPTION) || SERVER_UNAVAILABLE.contains(state))
                        || state == null && sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT)) {
                    return Optional.of(new DatabaseOutage(new ServiceUnavailableException(), sql.getMessage()));
                }
            }
        }
        return Optional.empty();
    }

}
