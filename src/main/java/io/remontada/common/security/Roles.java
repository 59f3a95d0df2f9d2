package io.remontada.common.security;

/** The roles operations require; a JWT carries them in its {@code groups} claim. */
public final class Roles {

    /** May change the record: import match files. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
