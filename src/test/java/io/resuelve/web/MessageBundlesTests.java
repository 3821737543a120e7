package io.resuelve.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three languages and the default bundle stay in sync, key for key, for every bundle family. */
class MessageBundlesTests {

    /** Each family has a Spanish bundle, English and Portuguese ones, and a default that repeats the Spanish. */
    private static final String[] FAMILIES = { "messages", "mail", "profile", "queues", "workspace", "macros",
            "notifications", "admin", "kb", "forms", "coach", "search" };

    @ParameterizedTest
    @MethodSource("bundles")
    void everyBundleHasExactlyTheSpanishKeys(String family, String bundle) throws IOException {
        Set<String> spanish = load(family + "_es").stringPropertyNames();
        Set<String> other = load(bundle).stringPropertyNames();
        Set<String> missing = new TreeSet<>(spanish);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(spanish);
        assertThat(missing).as("keys missing from " + bundle).isEmpty();
        assertThat(extra).as("keys only in " + bundle).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("families")
    void theDefaultBundleIsSpanish(String family) throws IOException {
        Properties spanish = load(family + "_es");
        Properties fallback = load(family);
        for (String key : spanish.stringPropertyNames()) {
            assertThat(fallback.getProperty(key)).as(key).isEqualTo(spanish.getProperty(key));
        }
    }

    static Stream<Arguments> bundles() {
        return Stream.of(FAMILIES).flatMap(family -> Stream.of(family + "_en", family + "_pt", family)
                .map(bundle -> Arguments.of(family, bundle)));
    }

    static Stream<String> families() {
        return Stream.of(FAMILIES);
    }

    /** In texts with arguments MessageFormat reads a lone apostrophe as a quote and drops what follows it. */
    @Test
    void textsWithArgumentsHaveNoLoneApostrophe() throws IOException {
        for (String family : FAMILIES) {
            for (String bundle : new String[] { family, family + "_es", family + "_en", family + "_pt" }) {
                Properties messages = load(bundle);
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    if (text.matches("(?s).*\\{\\d.*")) {
                        assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                        assertThat(new MessageFormat(text).getFormatsByArgumentIndex()).as(bundle + " " + key)
                                .isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void everyStatusHasAnAgentAndACustomerLabelInEachLanguage() throws IOException {
        for (String bundle : new String[] { "messages_es", "messages_en", "messages_pt" }) {
            Properties messages = load(bundle);
            for (io.resuelve.tickets.TicketStatus status : io.resuelve.tickets.TicketStatus.values()) {
                assertThat(messages.getProperty(status.agentLabelKey())).as(bundle + " " + status).isNotBlank();
                assertThat(messages.getProperty(status.customerLabelKey())).as(bundle + " " + status).isNotBlank();
            }
        }
        assertThat(load("messages_es").getProperty("ticket.status.PENDING_CUSTOMER.agent"))
                .isEqualTo("Preguntas al cliente");
        assertThat(load("messages_es").getProperty("ticket.status.RESOLVED.customer"))
                .isEqualTo("A la espera de confirmación");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTests.class.getResourceAsStream("/messages/" + name + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
