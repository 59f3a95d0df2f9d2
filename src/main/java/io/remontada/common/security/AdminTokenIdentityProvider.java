package io.remontada.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The static admin token of small installations ({@code REMONTADA_ADMIN_TOKEN}), which spares them
 * running a token issuer: a bearer token equal to it is an identity with the role {@code admin}, the
 * role a JWT gets from its groups. This is the only place the token is compared.
 *
 * <p>It is asked before the JWT validator, which would refuse the token as a malformed JWT; any other
 * token, or every token when none is configured, goes on to that validator.
 */
@ApplicationScoped
public class AdminTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The JWT validator has the default priority; higher is asked first. */
    private static final int BEFORE_JWT = IdentityProvider.SYSTEM_FIRST + 10;

    private final Optional<byte[]> token;

    AdminTokenIdentityProvider(@ConfigProperty(name = "remontada.admin.token") Optional<String> token) {
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return BEFORE_JWT;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        byte[] given = request.getToken().getToken().getBytes(StandardCharsets.UTF_8);
        // MessageDigest.isEqual takes the same time wherever the first difference lies
        if (token.isEmpty() || !MessageDigest.isEqual(token.get(), given)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("admin-token"))
                .addCredential(request.getToken())
                .addRole(Roles.ADMIN)
                .build());
    }
}
