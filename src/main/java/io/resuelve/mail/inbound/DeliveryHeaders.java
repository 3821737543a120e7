package io.resuelve.mail.inbound;

/**
 * The headers the loop, auto-reply and bounce filters decide on, each on one line, {@code null} when absent.
 *
 * @param autoSubmitted        {@code Auto-Submitted} (RFC 3834), e.g. {@code auto-replied}
 * @param precedence           {@code Precedence}, e.g. {@code bulk}, {@code list}, {@code junk}
 * @param autoResponseSuppress {@code X-Auto-Response-Suppress} (Exchange), e.g. {@code All}
 * @param returnPath           the address of {@code Return-Path} without angle brackets; empty for the null sender
 *                             {@code <>} that bounces carry
 * @param contentType          the lower-cased MIME type of the root part, e.g. {@code multipart/report}
 * @param reportType           the {@code report-type} parameter of a {@code multipart/report}, e.g.
 *                             {@code delivery-status}
 */
public record DeliveryHeaders(String autoSubmitted, String precedence, String autoResponseSuppress, String returnPath,
        String contentType, String reportType) {
}
