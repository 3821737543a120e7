package io.resuelve.kb;

import java.util.Set;

import io.resuelve.accounts.Actor;

/** Who may read an article: the one place the visibility rules are written down. */
final class ReadingRules {

    private ReadingRules() {
    }

    /**
     * Staff read everything, drafts included. Others read published articles only: public ones always, customer
     * ones when signed in, organisation ones when their organisation is listed, agent ones never.
     */
    static boolean mayRead(Actor actor, ArticleVisibility visibility, boolean published, Set<Long> organisationIds) {
        if (actor != null && actor.isStaff()) {
            return true;
        }
        if (!published) {
            return false;
        }
        switch (visibility) {
            case PUBLIC:
                return true;
            case CUSTOMERS:
                return actor != null;
            case ORGANIZATIONS:
                return actor != null && actor.organisationId() != null
                        && organisationIds.contains(actor.organisationId());
            default:
                return false;
        }
    }
}
