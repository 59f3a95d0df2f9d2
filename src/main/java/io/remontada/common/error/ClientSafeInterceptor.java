package io.remontada.common.error;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns anything a resolver throws, other than the API's own coded exceptions, into an
 * {@link InternalException}: the stack trace goes to the log under a reference, the client gets
 * {@code INTERNAL} and that reference. Without it, SmallRye would derive the error code from the
 * exception's class name, which tells a client what we run. A database that could not answer is no
 * bug: the client gets {@code TIMEOUT} or {@code SERVICE_UNAVAILABLE} and the log one warning line
 * (see {@link DatabaseOutage}).
 *
 * <p>It runs before Quarkus's security checks ({@code @RolesAllowed}, priority 150), so that their
 * refusals reach the client as {@code UNAUTHENTICATED} and {@code FORBIDDEN} too.
 */
@ClientSafe
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ClientSafeInterceptor {

    private static final Logger LOG = Logger.getLogger(ClientSafeInterceptor.class);

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException failure) {
            throw clientSafe(failure, invocation.getMethod().getName());
        }
    }

    /**
     * What a client may see of a failure of {@code resolver}: the API's own coded exceptions as they
     * are, the security checks' refusals coded; a database that could not answer as {@code TIMEOUT} or
     * {@code SERVICE_UNAVAILABLE} with one warning line; anything else is logged under a reference and
     * becomes an {@link InternalException}.
     */
    public static ApiException clientSafe(RuntimeException failure, String resolver) {
        if (failure instanceof ApiException expected) {
            return expected;
        }
        if (failure instanceof UnauthorizedException) {
            return new UnauthenticatedException("this operation needs credentials: the header Authorization: Bearer <token>");
        }
        if (failure instanceof AuthenticationFailedException) {
            return new UnauthenticatedException("the bearer token is not valid here: neither the admin token nor an unexpired JWT "
                    + "from this deployment's issuer");
        }
        if (failure instanceof io.quarkus.security.ForbiddenException) {
            return new ForbiddenException("this operation needs the role admin, which the token does not carry");
        }
        Optional<DatabaseOutage> outage = DatabaseOutage.of(failure);
        if (outage.isPresent()) {
            ApiException clientError = outage.get().clientError();
            LOG.warnf("GraphQL resolver %s answered %s: %s", resolver, clientError.code(), outage.get().detail());
            return clientError;
        }
        String reference = UUID.randomUUID().toString();
        if (clientGone()) {
            LOG.debugf(failure, "GraphQL resolver %s stopped: its client went away (reference %s)", resolver, reference);
        } else {
            LOG.errorf(failure, "GraphQL resolver %s failed (reference %s)", resolver, reference);
        }
        return new InternalException(reference);
    }

    /**
     * Whether the client that asked has closed its connection: Quarkus then ends the request, and the
     * Hibernate session in it, while the query still runs, and what fails then is no bug (a load test
     * ends every round that way), nor is there anyone left to answer.
     */
    private static boolean clientGone() {
        if (!Arc.container().requestContext().isActive()) {
            return true;
        }
        RoutingContext exchange = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return exchange == null || exchange.response().closed();
    }
}
