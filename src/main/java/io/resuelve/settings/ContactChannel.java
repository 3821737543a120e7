package io.resuelve.settings;

/** One way to reach support, as the "¿Cómo contactarnos?" block shows it. */
public record ContactChannel(String key, String title, String text) {
}
