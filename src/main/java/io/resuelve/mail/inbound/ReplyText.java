package io.resuelve.mail.inbound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits the plain text of a reply into what the sender wrote and the quoted rest ("copias de copias"), in Spanish,
 * English and Portuguese. The text is cut at the first of: a Resuelve reply marker ({@link ReplyMarkers}), an
 * attribution line ("El lun, 3 feb 2025 a las 10:00, Ana &lt;ana@x&gt; escribió:", also wrapped over up to three
 * lines), an "-----Mensaje original-----" line, an Outlook "De: / Enviado: / Para: / Asunto:" block, a signature
 * ("-- " or a mobile "Enviado desde mi iPhone"), or a {@code >}-quoted line. Lines of separators just above the cut go
 * with it.
 * <p>
 * <b>Inline replies.</b> When answers are interleaved with {@code >} lines, each quoted block that is directly followed
 * by an answer is kept, with its {@code >}, above that answer as context; quoted blocks nothing answers (usually the
 * tail of the history), the attribution line and a signature below the last answer form the quoted rest.
 * <p>
 * A forwarded message (a forward header before any quote, or a forwarding subject) is left whole: the forwarded
 * content is the message. When cutting would leave nothing, the whole text is the new text.
 */
final class ReplyText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FORWARD = Pattern.compile("^(?:-{2,}\\s*(?:forwarded message|mensaje reenviado|"
            + "mensagem encaminhada|mensaje original reenviado)\\s*-{2,}|(?:begin forwarded message|inicio del mensaje "
            + "reenviado|comienzo del mensaje reenviado|início da mensagem encaminhada|inicio da mensagem encaminhada)"
            + "\\s*:)$", FLAGS);
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("^\\s*(?:fwd?|rv|enc|tr)\\s*:", FLAGS);
    private static final Pattern ORIGINAL = Pattern.compile(
            "^-{2,}\\s*(?:original message|mensaje original|mensagem original)\\s*-{2,}$", FLAGS);
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(?:on|el|em)\\s(?=.*\\d).{4,400}\\s(?:wrote|escribió|escreveu)\\s?:$", FLAGS);
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(?:on|el|em)\\s", FLAGS);
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile("^(?:enviado desde mi (?:iphone|ipad|android|"
            + "móvil|movil|celular|smartphone|samsung.*|huawei.*)|sent from my (?:iphone|ipad|android.*|mobile.*|"
            + "samsung.*|huawei.*|blackberry.*)|enviado do meu (?:iphone|ipad|android.*|celular|smartphone|samsung.*)"
            + "|(?:get|obtener|obter o|obter|descargar) outlook (?:for|para) (?:ios|android)|sent from outlook for "
            + "(?:ios|android)|enviado desde outlook para (?:ios|android))\\.?(?:\\s*[<\\[][^>\\]]*[>\\]])?$", FLAGS);
    private static final Pattern LABEL = Pattern.compile(
            "^\\*{0,2}(from|de|sent|enviado el|enviado|enviada em|enviada|date|fecha|data|to|para|subject|asunto|"
                    + "assunto)\\*{0,2}\\s?:.*$", FLAGS);
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s_\\-=*~]*$");
    private static final List<String> MARKER_PHRASES = List.of("responda por encima de esta línea",
            "reply above this line", "responda acima desta linha");

    private enum Cut { MARKER, ORIGINAL, ATTRIBUTION, HEADER_BLOCK, SIGNATURE, QUOTE }

    private ReplyText() {
    }

    /** Splits normalised {@code text}; a {@code forwarded} text (known from its subject) is returned whole. */
    static ReplySplit split(String text, boolean forwarded) {
        if (forwarded) {
            return new ReplySplit(text, "", true);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (FORWARD.matcher(line).matches()) {
                return new ReplySplit(text, "", true);
            }
            Cut cut = cutAt(lines, i);
            if (cut != null) {
                return divide(text, lines, i, cut);
            }
        }
        return new ReplySplit(text, "", false);
    }

    /** Whether the first non-blank line of {@code text} introduces a forwarded message. */
    static boolean startsWithForward(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                return FORWARD.matcher(line.strip()).matches();
            }
        }
        return false;
    }

    /** Whether {@code subject} says the mail forwards another one ("Fwd:", "RV:", "Enc:" …). */
    static boolean isForwardSubject(String subject) {
        return subject != null && FORWARD_SUBJECT.matcher(subject).find();
    }

    private static Cut cutAt(String[] lines, int i) {
        String line = lines[i].strip();
        String lower = line.toLowerCase(Locale.ROOT);
        if (MARKER_PHRASES.stream().anyMatch(lower::contains)) {
            return Cut.MARKER;
        }
        if (line.startsWith(">")) {
            return Cut.QUOTE;
        }
        if (ORIGINAL.matcher(line).matches()) {
            return Cut.ORIGINAL;
        }
        if (attributionLines(lines, i) > 0) {
            return Cut.ATTRIBUTION;
        }
        if (headerBlock(lines, i)) {
            return Cut.HEADER_BLOCK;
        }
        if (line.equals("--") || MOBILE_SIGNATURE.matcher(line).matches()) {
            return Cut.SIGNATURE;
        }
        return null;
    }

    /** How many lines (1–3) the attribution starting at {@code i} spans; 0 when none starts there. */
    private static int attributionLines(String[] lines, int i) {
        if (!ATTRIBUTION_START.matcher(lines[i].strip()).find()) {
            return 0;
        }
        StringBuilder joined = new StringBuilder(lines[i].strip());
        for (int n = 1; n <= 3 && i + n <= lines.length; n++) {
            if (joined.length() <= 450 && ATTRIBUTION.matcher(joined).matches()) {
                return n;
            }
            if (i + n == lines.length || lines[i + n].isBlank() || lines[i + n].strip().startsWith(">")) {
                return 0;
            }
            joined.append(' ').append(lines[i + n].strip());
        }
        return 0;
    }

    /** Whether an Outlook header block (From, then Sent/Date and Subject within eight lines) starts at {@code i}. */
    private static boolean headerBlock(String[] lines, int i) {
        if (!"from".equals(label(lines[i])) && !"de".equals(label(lines[i]))) {
            return false;
        }
        boolean sent = false;
        boolean subject = false;
        for (int j = i + 1; j < Math.min(lines.length, i + 9); j++) {
            String label = label(lines[j]);
            sent |= label != null && label.matches("sent|enviado el|enviado|enviada em|enviada|date|fecha|data");
            subject |= label != null && label.matches("subject|asunto|assunto");
        }
        return sent && subject;
    }

    private static String label(String line) {
        var m = LABEL.matcher(line.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static ReplySplit divide(String text, String[] lines, int at, Cut cut) {
        if (cut == Cut.ATTRIBUTION || cut == Cut.QUOTE) {
            int firstQuote = cut == Cut.QUOTE ? at : at + attributionLines(lines, at);
            while (firstQuote < lines.length && lines[firstQuote].isBlank()) {
                firstQuote++;
            }
            ReplySplit inline = InlineReply.split(lines, at, firstQuote);
            if (inline != null) {
                return inline;
            }
        }
        int end = at;
        while (end > 0 && SEPARATOR.matcher(lines[end - 1]).matches()) {
            end--;
        }
        String newText = String.join("\n", Arrays.copyOfRange(lines, 0, end)).strip();
        if (newText.isEmpty()) {
            return new ReplySplit(text, "", false);
        }
        return new ReplySplit(newText, String.join("\n", Arrays.copyOfRange(lines, end, lines.length)).strip(),
                false);
    }

    /** Answers interleaved with {@code >} lines; see the class comment for the rule. */
    private static final class InlineReply {

        private InlineReply() {
        }

        static ReplySplit split(String[] lines, int at, int firstQuote) {
            if (firstQuote >= lines.length || !lines[firstQuote].strip().startsWith(">")) {
                return null;
            }
            List<String> kept = new ArrayList<>(Arrays.asList(lines).subList(0, at));
            List<String> rest = new ArrayList<>(Arrays.asList(lines).subList(at, firstQuote));
            List<String> pendingQuote = new ArrayList<>();
            boolean answered = false;
            int j = firstQuote;
            for (; j < lines.length; j++) {
                String line = lines[j].strip();
                if (line.startsWith(">") || (line.isEmpty() && !pendingQuote.isEmpty())) {
                    pendingQuote.add(lines[j]);
                } else if (line.equals("--") || MOBILE_SIGNATURE.matcher(line).matches()) {
                    break;
                } else if (line.isEmpty()) {
                    kept.add(lines[j]);
                } else {
                    kept.addAll(pendingQuote);
                    pendingQuote.clear();
                    kept.add(lines[j]);
                    answered = true;
                }
            }
            if (!answered) {
                return null;
            }
            rest.addAll(pendingQuote);
            rest.addAll(Arrays.asList(lines).subList(j, lines.length));
            return new ReplySplit(String.join("\n", kept).strip(), String.join("\n", rest).strip(), false);
        }
    }
}
