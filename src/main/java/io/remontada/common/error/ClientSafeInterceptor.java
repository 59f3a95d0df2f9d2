package io.remontada.common.error;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

/**
 * Turns anything a resolver throws, other than the API's own coded exceptions, into an
 * {@link InternalException}: the stack trace goes to the log under a reference, the client gets
 * {@code INTERNAL} and that reference. Without it, SmallRye would derive the error code from the
 * exception's class name, which tells a client what we run. A database that could not answer is no
 * bug: the client gets {@code TIMEOUT} or {@code SERVICE_UNAVAILABLE} and the log one warning line
 * (see {@link DatabaseOutage}).
 */
@ClientSafe
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ClientSafeInterceptor {

    private static final Logger LOG = Logger.getLogger(ClientSafeInterceptor.class);

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (ApiException expected) {
            throw expected;
        } catch (RuntimeException unexpected) {
            Optional<DatabaseOutage> outage = DatabaseOutage.of(unexpected);
            if (outage.isPresent()) {
                ApiException clientError = outage.get().clientError();
                LOG.warnf("GraphQL resolver %s answered %s: %s", invocation.getMethod().getName(), clientError.code(), outage.get().detail());
                throw clientError;
            }
            String reference = UUID.randomUUID().toString();
            LOG.errorf(unexpected, "GraphQL resolver %s failed (reference %s)", invocation.getMethod().getName(), reference);
            throw new InternalException(reference);
        }
    }
}
