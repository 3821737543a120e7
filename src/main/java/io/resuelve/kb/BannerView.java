package io.resuelve.kb;

import java.time.Instant;

/** A banner and whether it is showing now. */
public record BannerView(Long id, String title, String body, BannerSeverity severity, Instant startsAt,
        Instant endsAt, boolean active) {
}
