package io.resuelve.kb;

import java.time.Instant;

/** What an administrator writes for a banner; {@code endsAt} may be {@code null} for "until removed". */
public record BannerInput(String title, String body, BannerSeverity severity, Instant startsAt, Instant endsAt) {
}
