package io.resuelve.kb;

/** What an article is for; the portal groups and labels articles by it. */
public enum ArticleKind {
    /** How a product works, its features and updates. */
    PRODUCT_INFO,
    /** Regulations that apply to a product in a country. */
    REGULATORY,
    /** Step-by-step guides for customers and end users. */
    HOW_TO,
    /** Quick fixes for common errors. */
    SELF_HELP,
    /** How to use the support portal itself. */
    PORTAL_GUIDE
}
