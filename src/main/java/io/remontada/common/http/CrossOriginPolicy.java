package io.remontada.common.http;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Which web pages may call the API from a browser. With {@code *} (the default: the record is public and
 * nothing is tied to a cookie) every page may, and the answer says {@code *} rather than echoing the
 * page's origin, so one cached answer serves all. With a list, only those origins are named back, and
 * every answer varies by {@code Origin} so a shared cache never hands one origin's answer to another.
 * Credentials are never allowed: the only credential is the admin's bearer token, which a page does not send.
 */
@ApplicationScoped
public class CrossOriginPolicy {

    private static final String ANY = "*";

    private final boolean anyOrigin;
    private final Set<String> origins;

    CrossOriginPolicy(@ConfigProperty(name = "remontada.cors.origins") List<String> origins) {
        this.anyOrigin = origins.contains(ANY);
        this.origins = Set.copyOf(origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
    }

    void install(@Observes Router router) {
        router.route().order(-30).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (!anyOrigin) {
            ctx.response().headers().add("Vary", "Origin");
        }
        boolean allowed = origin != null && (anyOrigin || origins.contains(origin));
        if (allowed) {
            ctx.response().putHeader("Access-Control-Allow-Origin", anyOrigin ? ANY : origin);
        }
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS && ctx.request().getHeader("Access-Control-Request-Method") != null;
        if (!preflight) {
            ctx.next();
            return;
        }
        if (allowed) {
            String headers = ctx.request().getHeader("Access-Control-Request-Headers");
            ctx.response().putHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS").putHeader("Access-Control-Max-Age", "86400");
            if (headers != null) {
                ctx.response().putHeader("Access-Control-Allow-Headers", headers);
            }
        }
        ctx.response().setStatusCode(204).end();
    }
}
