package io.resuelve.web;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;

import io.resuelve.accounts.ResuelvePrincipal;
import io.resuelve.shared.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Which language and time zone a page speaks. The REST API follows {@code Accept-Language} only. Pages follow, in
 * order: the language the person picked with the switcher (a cookie), the signed-in person's profile, the
 * browser's {@code Accept-Language}, Spanish. Times are shown in the profile's time zone, or the help desk's
 * default for visitors.
 */
class ResuelveLocaleResolver implements LocaleContextResolver {

    static final String COOKIE = "resuelve_lang";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Bogota");

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        ResuelvePrincipal principal = principal();
        ZoneId zone = principal == null ? DEFAULT_ZONE : principal.zone();
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), TimeZone.getTimeZone(zone));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/api/")) {
            Language chosen = chosen(request);
            if (chosen != null) {
                return chosen.locale();
            }
            ResuelvePrincipal principal = principal();
            if (principal != null) {
                return principal.language().locale();
            }
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            for (Language language : Language.values()) {
                if (language.tag().equals(locale.getLanguage())) {
                    return language.locale();
                }
            }
        }
        return Language.DEFAULT.locale();
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        if (context == null || context.getLocale() == null || response == null) {
            return;
        }
        Language language = Language.fromTag(context.getLocale().toLanguageTag());
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, language.tag()).path("/")
                .maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build().toString());
        request.setAttribute(COOKIE, language);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        setLocaleContext(request, response, locale == null ? null : () -> locale);
    }

    private static Language chosen(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Language language) {
            return language;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.fromTag(cookie.getValue());
                }
            }
        }
        return null;
    }

    private static ResuelvePrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ResuelvePrincipal principal
                ? principal
                : null;
    }
}
