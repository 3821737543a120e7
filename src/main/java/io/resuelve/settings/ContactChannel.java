package io.resuelve.settings;

/**
 * One way to reach support, as the "¿Cómo contactarnos?" block shows it.
 *
 * @param key    the channel: chat, ticket or email
 * @param title  its heading
 * @param text   the guidance shown: an admin's wording, or the bundled default
 * @param custom whether {@code text} is an admin's wording
 */
public record ContactChannel(String key, String title, String text, boolean custom) {
}
