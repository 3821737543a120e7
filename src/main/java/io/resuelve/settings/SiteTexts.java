package io.resuelve.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.resuelve.accounts.Actor;
import io.resuelve.shared.ForbiddenException;
import io.resuelve.shared.InvalidInputException;
import io.resuelve.shared.Language;
import io.resuelve.shared.AdminChangeRecorded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Texts customers read that admins may reword, per language. The defaults live in the message bundles
 * ({@code contact.<channel>.text}); an admin's version replaces them for that language.
 */
@Service
@Transactional(readOnly = true)
public class SiteTexts {

    /** Seed 000, part III: chat for urgent matters, ticket for moderate ones, e-mail for the rest. */
    public static final List<String> CONTACT_CHANNELS = List.of("chat", "ticket", "email");
    static final int MAX_LENGTH = 2000;

    private final SiteTextRepository texts;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteTexts(SiteTextRepository texts, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.texts = texts;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public List<ContactChannel> contactGuidance(Locale locale) {
        Language language = Language.fromTag(locale.toLanguageTag());
        Map<String, String> custom = new LinkedHashMap<>();
        texts.findByLanguage(language).forEach(t -> custom.put(t.textKey(), t.body()));
        List<ContactChannel> channels = new ArrayList<>();
        for (String channel : CONTACT_CHANNELS) {
            String key = "contact." + channel + ".text";
            String text = custom.getOrDefault(key, messages.getMessage(key, null, language.locale()));
            channels.add(new ContactChannel(channel,
                    messages.getMessage("contact." + channel + ".title", null, language.locale()), text,
                    custom.containsKey(key)));
        }
        return channels;
    }

    /** An admin rewords one channel's text in one language; a blank text restores the default. */
    @Transactional
    public void changeContactText(String channel, Language language, String text, Actor by) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        if (!CONTACT_CHANNELS.contains(channel)) {
            throw new InvalidInputException("channel", "error.parameter.invalid", "channel");
        }
        if (text != null && text.strip().length() > MAX_LENGTH) {
            throw new InvalidInputException(channel, "error.contactText.tooLong", MAX_LENGTH);
        }
        String key = "contact." + channel + ".text";
        String before = texts.findByTextKeyAndLanguage(key, language).map(SiteText::body).orElse(null);
        String after = text == null || text.isBlank()
                || text.strip().equals(messages.getMessage(key, null, language.locale())) ? null : text.strip();
        var audit = AdminChangeRecorded.of(by.userId(), by.email(), "contactText.changed", "CONTACT_TEXT",
                channel + "/" + language.tag(), channel + " (" + language.tag() + ")").change("text", before, after);
        if (audit.changed()) {
            events.publishEvent(audit.build());
        }
        // A text left as the default stays the default, so that it follows later improvements of the bundles.
        if (text == null || text.isBlank()
                || text.strip().equals(messages.getMessage(key, null, language.locale()))) {
            texts.findByTextKeyAndLanguage(key, language).ifPresent(texts::delete);
            return;
        }
        SiteText siteText = texts.findByTextKeyAndLanguage(key, language)
                .orElseGet(() -> new SiteText(key, language));
        siteText.change(text.strip(), by.userId(), clock.instant());
        texts.save(siteText);
    }

    /**
     * An admin rewords the texts of one language at once, channel by channel as in
     * {@link #changeContactText}; channels not in the map keep their text. All or nothing.
     */
    @Transactional
    public void changeContactTexts(Language language, Map<String, String> textsByChannel, Actor by) {
        textsByChannel.forEach((channel, text) -> changeContactText(channel, language, text, by));
    }
}
