package io.resuelve.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.resuelve.forms.QualityText.Lexicon;

/**
 * One ticket's text looked at through one language's vocabulary: each method answers one rule's question. Pure: no
 * I/O, no clock, so every rule can be tested with a sentence.
 */
final class QualityAnalysis {

    private static final Pattern REPEATED_MARKS = Pattern.compile("[!¡]{2,}|[?¿]{2,}|[!?¡¿]{3,}");
    private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_WORD = Pattern.compile("(^|[.!?¡¿:;\\n]\\s*|\\s)(\\p{Lu}\\p{Ll}{2,})");
    private static final Set<String> MARKERS = Set.of("zzref", "zzprod", "zzvague");

    private final QualityRequest request;
    private final Function<String, Lexicon> vocabulary;
    private final Set<String> filler;
    private final Set<String> acronyms;
    private final Set<String> labels;
    private final String subject;
    private final String description;
    private final String both;

    QualityAnalysis(QualityRequest request, Function<String, Lexicon> vocabulary, Set<String> filler,
            Set<String> acronyms, Set<String> labels) {
        this.request = request;
        this.vocabulary = vocabulary;
        this.filler = filler;
        this.acronyms = acronyms;
        this.labels = labels;
        this.subject = QualityText.fold(request.subject());
        this.description = QualityText.fold(request.details().isBlank() ? request.description()
                : request.description() + "\n" + request.details());
        this.both = subject + "\n" + description;
    }

    /** The subject's words that say something: neither filler, nor vague words, product names or references. */
    List<String> informativeSubjectWords() {
        String marked = vocabulary.apply("reference").replaceIn(subject, "zzref");
        marked = vocabulary.apply("products").replaceIn(marked, "zzprod");
        marked = vocabulary.apply("vague").replaceIn(marked, "zzvague");
        return QualityText.words(marked).stream().filter(w -> !filler.contains(w) && !MARKERS.contains(w)).toList();
    }

    /** "No funciona", "Error Janis", "Janis caído", "Urgente", "Viene de #FIZ-45678", "¡URGENTE! Todo está roto!". */
    boolean vagueSubject() {
        return informativeSubjectWords().isEmpty();
    }

    /** One informative word in a subject of at most two words: "Facturas", "Problema con facturas". */
    boolean shortSubject() {
        List<String> informative = informativeSubjectWords();
        long meaningful = QualityText.words(subject).stream().filter(w -> !filler.contains(w)).count();
        return informative.size() == 1 && meaningful <= 2;
    }

    /** A word of four letters or more in capitals (not an acronym) in the subject, two in the description. */
    boolean shouting() {
        if (capitalWords(request.subject()) >= 1 || capitalWords(request.description()) >= 2) {
            return true;
        }
        String text = QualityText.withoutQuotes(request.description());
        int letters = 0;
        int upper = 0;
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 20 && upper * 10 > letters * 6;
    }

    /** Runs of marks: "!!!", "¿????", "¡!!!". */
    boolean repeatedMarks() {
        return REPEATED_MARKS.matcher(request.subject()).find() || REPEATED_MARKS.matcher(request.description()).find();
    }

    /**
     * The aspects of "what / where / when" the ticket does not tell. Incidents (and any text that reports something
     * broken, whatever section it was filed under) need two of the three; other requests need to say what they are
     * about. A description of fewer than six words misses all of them.
     */
    List<String> missingContext(boolean incidentType) {
        boolean incident = incidentType || vocabulary.apply("trouble").foundIn(both);
        List<String> aspects = incident ? List.of("what", "where", "when") : List.of("what", "where");
        if (QualityText.words(description).size() < 6) {
            return aspects;
        }
        List<String> missing = new ArrayList<>();
        // a case number says nothing by itself: "Ver caso 45678" tells neither what nor where
        String text = vocabulary.apply("reference").replaceIn(both, "zzref");
        boolean what = vocabulary.apply("what").foundIn(text);
        boolean where = vocabulary.apply("where").foundIn(text) || vocabulary.apply("products").foundIn(text)
                || namesSomething(request.subject() + "\n" + request.description());
        boolean when = vocabulary.apply("when").foundIn(text);
        if (!what) {
            missing.add("what");
        }
        if (!where) {
            missing.add("where");
        }
        if (incident && !when) {
            missing.add("when");
        }
        if (!incident) {
            return what ? List.of() : missing;
        }
        return aspects.size() - missing.size() >= 2 ? List.of() : missing;
    }

    /** Steps, expected and actual result of a defect that the description does not tell. */
    List<String> missingReproduction() {
        List<String> missing = new ArrayList<>();
        if (!vocabulary.apply("steps").foundIn(description)) {
            missing.add("steps");
        }
        if (!vocabulary.apply("expected").foundIn(description)) {
            missing.add("expected");
        }
        if (!vocabulary.apply("actual").foundIn(description)) {
            missing.add("actual");
        }
        return missing;
    }

    /** No file, no quoted message, no error code, no mention of a screenshot. */
    boolean lacksEvidence() {
        return request.attachments() == 0 && !vocabulary.apply("evidence").foundIn(both);
    }

    /** "Viene de #FIZ-45678" with fewer than eight words of its own about the case. */
    boolean referenceWithoutContext() {
        Lexicon references = vocabulary.apply("reference");
        if (!references.foundIn(both)) {
            return false;
        }
        String rest = references.replaceIn(description, "zzref");
        rest = vocabulary.apply("vague").replaceIn(rest, "zzvague");
        long own = QualityText.words(rest).stream().filter(w -> !filler.contains(w) && !MARKERS.contains(w)).count();
        return own < 8;
    }

    boolean urgent() {
        return vocabulary.apply("urgency").foundIn(both);
    }

    boolean lacksImpact() {
        return !vocabulary.apply("impact").foundIn(description);
    }

    boolean lacksPurpose() {
        return !vocabulary.apply("purpose").foundIn(description);
    }

    /** Words in capitals, leaving out acronyms and labels named as such ("el botón GUARDAR"). */
    private int capitalWords(String text) {
        int count = 0;
        String previous = "";
        Matcher words = LETTER_WORD.matcher(QualityText.withoutQuotes(text));
        while (words.find()) {
            String word = words.group();
            String folded = QualityText.fold(word);
            if (word.length() >= 4 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase())
                    && !acronyms.contains(folded.toUpperCase()) && !labels.contains(previous)) {
                count++;
            }
            previous = folded;
        }
        return count;
    }

    /** A capitalised word inside a sentence is a name: of a person, a screen, a branch ("Ivanova Maria", "Salidas"). */
    private static boolean namesSomething(String text) {
        Matcher words = SENTENCE_WORD.matcher(text);
        while (words.find()) {
            String before = words.group(1);
            if (before.equals(" ") || before.equals("\t")) {
                return true;
            }
        }
        return false;
    }
}
