package io.eventwire.platform;

/** The application's roles (CONTRACT §2); the business layer checks them as the REST and console layers do. */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final String CLIENT = "client";

    private Roles() {
    }
}
