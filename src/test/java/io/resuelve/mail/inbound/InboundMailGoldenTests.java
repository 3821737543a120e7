package io.resuelve.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code src/test/resources/mail/inbound/<name>.eml} parses to what its {@code <name>.expected.json} pins:
 * subject, sender, new text and attachment names always; the other keys when present.
 */
class InboundMailGoldenTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final InboundMailParser parser = new InboundMailParser();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".eml"))
                    .map(name -> name.substring(0, name.length() - 4)).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFortyFixturesEachWithItsExpectation() throws Exception {
        List<String> names = fixtures().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        for (String name : names) {
            assertThat(directory().resolve(name + ".expected.json")).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesAsExpected(String name) throws Exception {
        ParsedMail mail = parser.parse(Files.readAllBytes(directory().resolve(name + ".eml")));
        JsonNode expected = JSON.readTree(Files.readString(directory().resolve(name + ".expected.json")));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(mail.subject()).as("subject").isEqualTo(expected.get("subject").asString());
        soft.assertThat(mail.from()).as("from").isEqualTo(address(expected.get("from")));
        soft.assertThat(mail.newText()).as("newText").isEqualTo(expected.get("newText").asString());
        soft.assertThat(mail.attachments()).extracting(ParsedAttachment::filename).as("attachments")
                .containsExactlyElementsOf(strings(expected.get("attachments")));
        optional(soft, mail, expected);
        html(soft, mail, expected);
        soft.assertAll();
    }

    private static void optional(SoftAssertions soft, ParsedMail mail, JsonNode expected) {
        if (expected.has("date")) {
            JsonNode date = expected.get("date");
            soft.assertThat(mail.date()).as("date").isEqualTo(date.isNull() ? null : Instant.parse(date.asString()));
        }
        text(soft, expected, "messageId", mail.messageId());
        text(soft, expected, "inReplyTo", mail.inReplyTo());
        text(soft, expected, "quotedText", mail.quotedText());
        if (expected.has("references")) {
            soft.assertThat(mail.references()).as("references").isEqualTo(strings(expected.get("references")));
        }
        addresses(soft, expected, "to", mail.to());
        addresses(soft, expected, "cc", mail.cc());
        addresses(soft, expected, "replyTo", mail.replyTo());
        if (expected.has("forwarded")) {
            soft.assertThat(mail.forwarded()).as("forwarded").isEqualTo(expected.get("forwarded").asBoolean());
        }
        if (expected.has("truncated")) {
            soft.assertThat(mail.truncated()).as("truncated").isEqualTo(expected.get("truncated").asBoolean());
        }
        for (String part : strings(expected.get("quotedTextContains"))) {
            soft.assertThat(mail.quotedText()).as("quotedText").contains(part);
        }
        for (String part : strings(expected.get("textContains"))) {
            soft.assertThat(mail.textBody()).as("textBody").contains(part);
        }
        if (expected.has("delivery")) {
            JsonNode d = expected.get("delivery");
            soft.assertThat(mail.delivery()).as("delivery").isEqualTo(new DeliveryHeaders(nullable(d, "autoSubmitted"),
                    nullable(d, "precedence"), nullable(d, "autoResponseSuppress"), nullable(d, "returnPath"),
                    nullable(d, "contentType"), nullable(d, "reportType")));
        }
        if (expected.has("inlineCount")) {
            soft.assertThat(mail.attachments()).filteredOn(ParsedAttachment::inline).as("inline")
                    .hasSize(expected.get("inlineCount").asInt());
        }
        if (expected.has("attachmentDetails")) {
            for (JsonNode detail : expected.get("attachmentDetails")) {
                ParsedAttachment attachment = mail.attachments().stream()
                        .filter(a -> a.filename().equals(detail.get("filename").asString())).findFirst().orElseThrow();
                soft.assertThat(attachment.contentType()).isEqualTo(detail.get("contentType").asString());
                soft.assertThat(attachment.inline()).isEqualTo(detail.get("inline").asBoolean());
                soft.assertThat(attachment.contentId()).isEqualTo(nullable(detail, "contentId"));
                if (detail.has("size")) {
                    soft.assertThat(attachment.size()).isEqualTo(detail.get("size").asInt());
                }
            }
        }
    }

    private static void html(SoftAssertions soft, ParsedMail mail, JsonNode expected) {
        for (String part : strings(expected.get("htmlContains"))) {
            soft.assertThat(mail.htmlBody()).as("htmlBody").contains(part);
        }
        for (String part : strings(expected.get("htmlNotContains"))) {
            soft.assertThat(mail.htmlBody()).as("htmlBody").doesNotContainIgnoringCase(part);
        }
        if (expected.has("htmlLinkCount")) {
            soft.assertThat(Jsoup.parseBodyFragment(mail.htmlBody()).select("a[href]")).as("links")
                    .hasSize(expected.get("htmlLinkCount").asInt());
        }
        if (expected.has("maxHtmlDepth")) {
            int deepest = 0;
            for (Element element : Jsoup.parseBodyFragment(mail.htmlBody()).getAllElements()) {
                deepest = Math.max(deepest, element.parents().size());
            }
            soft.assertThat(deepest).as("html depth").isLessThanOrEqualTo(expected.get("maxHtmlDepth").asInt());
        }
    }

    private static void text(SoftAssertions soft, JsonNode expected, String key, String actual) {
        if (expected.has(key)) {
            soft.assertThat(actual).as(key).isEqualTo(nullable(expected, key));
        }
    }

    private static void addresses(SoftAssertions soft, JsonNode expected, String key, List<MailAddress> actual) {
        if (expected.has(key)) {
            List<MailAddress> wanted = new ArrayList<>();
            expected.get(key).forEach(node -> wanted.add(address(node)));
            soft.assertThat(actual).as(key).isEqualTo(wanted);
        }
    }

    private static MailAddress address(JsonNode node) {
        return node == null || node.isNull() ? null
                : new MailAddress(node.get("address").asString(), node.get("name").asString());
    }

    private static String nullable(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asString()));
        }
        return values;
    }

    private static Path directory() throws URISyntaxException {
        return Path.of(InboundMailGoldenTests.class.getResource("/mail/inbound").toURI());
    }
}
