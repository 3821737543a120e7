package io.resuelve.accounts;

import io.resuelve.shared.Language;

/**
 * What a person may change about themselves on their profile (seed 002 "Perfil del usuario").
 *
 * @param name     display name, required, at most 200 characters
 * @param jobTitle "Cargo", optional, at most 200 characters
 * @param phone    optional, at most 50 characters
 * @param language the language of pages and mail
 * @param timeZone a {@link java.time.ZoneId} id such as {@code America/Bogota}
 */
public record ProfileUpdate(String name, String jobTitle, String phone, Language language, String timeZone) {

    /** The form as it stands for this person now. */
    public static ProfileUpdate of(UserView user) {
        return new ProfileUpdate(user.name(), user.jobTitle(), user.phone(), user.language(), user.timeZone());
    }
}
