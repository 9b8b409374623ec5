package io.eventwire.security;

/** Role names; Payara maps each group of the same name to its role. */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final String CLIENT = "client";

    private Roles() {
    }
}
