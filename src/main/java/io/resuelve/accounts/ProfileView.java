package io.resuelve.accounts;

/**
 * A person's own profile as their profile page shows it.
 *
 * @param user         the person
 * @param photoVersion changes whenever the photo does (for cache-busting links); {@code null} without a photo
 */
public record ProfileView(UserView user, String photoVersion) {

    public boolean hasPhoto() {
        return photoVersion != null;
    }
}
