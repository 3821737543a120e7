package io.resuelve.web;

import io.resuelve.accounts.Actor;

/**
 * Who is looking at a page, for templates ({@code ${viewer.signedIn}}): every page gets one from
 * {@link ViewerAdvice}.
 */
public record Viewer(boolean signedIn, String name, Actor actor) {

    static final Viewer ANONYMOUS = new Viewer(false, null, null);

    public boolean admin() {
        return signedIn && actor.isAdmin();
    }

    public boolean staff() {
        return signedIn && actor.isStaff();
    }

    public boolean customer() {
        return signedIn && actor.isCustomer();
    }
}
