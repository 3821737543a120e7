package io.resuelve.kb;

/** Who may read a published article. Drafts are for staff only, whatever their visibility. */
public enum ArticleVisibility {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in person. */
    CUSTOMERS,
    /** Signed-in customers of the organisations listed on the article, and staff. */
    ORGANIZATIONS,
    /** Staff only. */
    AGENTS
}
