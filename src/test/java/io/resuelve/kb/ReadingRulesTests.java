package io.resuelve.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import io.resuelve.accounts.Actor;
import io.resuelve.accounts.Role;
import org.junit.jupiter.api.Test;

/** Who may read an article, for every visibility and for drafts. */
class ReadingRulesTests {

    private static final Actor ANONYMOUS = null;
    private static final Actor CUSTOMER_A = new Actor(10L, Role.CUSTOMER, 1L, "a@a.example");
    private static final Actor CUSTOMER_B = new Actor(20L, Role.CUSTOMER, 2L, "b@b.example");
    private static final Actor CUSTOMER_WITHOUT_ORGANISATION = new Actor(30L, Role.CUSTOMER, null, "c@c.example");
    private static final Actor AGENT = new Actor(40L, Role.AGENT, null, "agente@resuelve.local");
    private static final Actor ADMIN = new Actor(50L, Role.ADMIN, null, "admin@resuelve.local");

    private static boolean reads(Actor actor, ArticleVisibility visibility, boolean published, Set<Long> orgs) {
        return ReadingRules.mayRead(actor, visibility, published, orgs);
    }

    @Test
    void publicArticlesAreForEveryoneIncludingAnonymousVisitors() {
        for (Actor actor : new Actor[] { ANONYMOUS, CUSTOMER_A, CUSTOMER_WITHOUT_ORGANISATION, AGENT, ADMIN }) {
            assertThat(reads(actor, ArticleVisibility.PUBLIC, true, Set.of())).as(String.valueOf(actor)).isTrue();
        }
    }

    @Test
    void customerArticlesNeedASignedInPerson() {
        assertThat(reads(ANONYMOUS, ArticleVisibility.CUSTOMERS, true, Set.of())).isFalse();
        assertThat(reads(CUSTOMER_A, ArticleVisibility.CUSTOMERS, true, Set.of())).isTrue();
        assertThat(reads(CUSTOMER_WITHOUT_ORGANISATION, ArticleVisibility.CUSTOMERS, true, Set.of())).isTrue();
        assertThat(reads(AGENT, ArticleVisibility.CUSTOMERS, true, Set.of())).isTrue();
    }

    @Test
    void organisationArticlesAreOnlyForTheListedOrganisationsAndStaff() {
        Set<Long> onlyA = Set.of(1L);
        assertThat(reads(CUSTOMER_A, ArticleVisibility.ORGANIZATIONS, true, onlyA)).isTrue();
        assertThat(reads(CUSTOMER_B, ArticleVisibility.ORGANIZATIONS, true, onlyA)).isFalse();
        assertThat(reads(CUSTOMER_WITHOUT_ORGANISATION, ArticleVisibility.ORGANIZATIONS, true, onlyA)).isFalse();
        assertThat(reads(ANONYMOUS, ArticleVisibility.ORGANIZATIONS, true, onlyA)).isFalse();
        assertThat(reads(AGENT, ArticleVisibility.ORGANIZATIONS, true, onlyA)).isTrue();
        assertThat(reads(CUSTOMER_B, ArticleVisibility.ORGANIZATIONS, true, Set.of(1L, 2L))).isTrue();
    }

    @Test
    void agentArticlesAreForStaffOnly() {
        assertThat(reads(ANONYMOUS, ArticleVisibility.AGENTS, true, Set.of())).isFalse();
        assertThat(reads(CUSTOMER_A, ArticleVisibility.AGENTS, true, Set.of(1L))).isFalse();
        assertThat(reads(AGENT, ArticleVisibility.AGENTS, true, Set.of())).isTrue();
        assertThat(reads(ADMIN, ArticleVisibility.AGENTS, true, Set.of())).isTrue();
    }

    @Test
    void draftsAreForStaffOnlyWhateverTheirVisibility() {
        for (ArticleVisibility visibility : ArticleVisibility.values()) {
            assertThat(reads(ANONYMOUS, visibility, false, Set.of(1L))).as(visibility.name()).isFalse();
            assertThat(reads(CUSTOMER_A, visibility, false, Set.of(1L))).as(visibility.name()).isFalse();
            assertThat(reads(AGENT, visibility, false, Set.of(1L))).as(visibility.name()).isTrue();
        }
    }
}
