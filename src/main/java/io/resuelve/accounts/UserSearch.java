package io.resuelve.accounts;

/**
 * A search of people for the admin list: all criteria optional.
 *
 * @param text    part of the name or e-mail
 * @param role    only this role
 * @param enabled only enabled ({@code true}) or disabled ({@code false}) people
 * @param page    zero-based page
 * @param size    page size, 1 to 100
 */
public record UserSearch(String text, Role role, Boolean enabled, int page, int size) {
}
