package dev.khabar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Readers for the gold NER corpora under ../shared/data (evaluation only, read in place), each
 * turned into documents of sentences of (token, coarse tag) with tags mapped to PERSON / ORG / LOC
 * (anything else becomes "O" for the evaluation; see {@link #NEWSFANE}).
 */
final class NerCorpora {
    private NerCorpora() {
    }

    /** A token with its BIO tag over the coarse types: B-PERSON, I-LOC, O ... */
    record Token(String word, String tag) {
    }

    record Document(List<List<Token>> sentences) {
    }

    /** NewsFANE fine classes → coarse types; classes not listed (works, facilities, products, groups) are O. */
    static final Map<String, String> NEWSFANE = Map.ofEntries(
            Map.entry("Politician", "PERSON"), Map.entry("Athlete", "PERSON"), Map.entry("Artist", "PERSON"),
            Map.entry("Other_PER", "PERSON"), Map.entry("Religious_PER", "PERSON"), Map.entry("Scientist", "PERSON"),
            Map.entry("Businessperson", "PERSON"), Map.entry("Lawyer", "PERSON"), Map.entry("Engineer", "PERSON"),
            Map.entry("Nation", "LOC"), Map.entry("Population-Center", "LOC"), Map.entry("State-or-Province", "LOC"),
            Map.entry("GPE-Cluster", "LOC"), Map.entry("Continent", "LOC"), Map.entry("Water-Body", "LOC"),
            Map.entry("Land-Region-Natural", "LOC"), Map.entry("County-or-District", "LOC"), Map.entry("Land", "LOC"),
            Map.entry("Non-Governmental", "ORG"), Map.entry("Sports", "ORG"), Map.entry("Government", "ORG"),
            Map.entry("Media", "ORG"), Map.entry("Commercial", "ORG"), Map.entry("Educational", "ORG"),
            Map.entry("Medical-Science", "ORG"), Map.entry("Entertainment", "ORG"), Map.entry("Religious_ORG", "ORG"),
            Map.entry("Police", "ORG"));

    /** ANERcorp: "token TAG" lines, no sentence breaks (a "." token ends one); PERS/LOC/ORG, MISC dropped. */
    static List<Document> anercorp(Path file) throws IOException {
        List<Token> all = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int sp = line.lastIndexOf(' ');
            if (sp <= 0) {
                continue;
            }
            all.add(new Token(line.substring(0, sp), coarse(line.substring(sp + 1), Map.of("PERS", "PERSON", "LOC", "LOC", "ORG", "ORG"))));
        }
        return chunk(splitSentences(all, "."), 20);
    }

    /** NewsFANE: "token\ttag", a blank line between sentences; fine classes mapped through {@link #NEWSFANE}. */
    static List<Document> newsFane(Path file) throws IOException {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.replace("\u200E", "").replace("\uFEFF", "");
            String[] cells = line.split("\t");
            if (cells.length < 2 || cells[0].isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(new Token(cells[0].strip(), coarse(cells[1].strip(), NEWSFANE)));
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return chunk(sentences, 20);
    }

    /** CoNLL-2003: "word POS chunk NER" (IOB1), -DOCSTART- between documents; MISC dropped. */
    static List<Document> conll(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-DOCSTART-")) {
                if (!sentences.isEmpty()) {
                    docs.add(new Document(sentences));
                    sentences = new ArrayList<>();
                }
                continue;
            }
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            String[] c = line.split(" ");
            current.add(new Token(c[0], coarse(c[3], Map.of("PER", "PERSON", "LOC", "LOC", "ORG", "ORG"))));
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        if (!sentences.isEmpty()) {
            docs.add(new Document(sentences));
        }
        return docs;
    }

    /** NEMO: "token TAG" (BIOES), blank line between sentences; PER, ORG, GPE and LOC (as LOC) kept. */
    static List<Document> nemo(Path file) throws IOException {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            int sp = line.lastIndexOf(' ');
            String tag = line.substring(sp + 1);
            String bio = tag.startsWith("S-") ? "B-" + tag.substring(2) : tag.startsWith("E-") ? "I-" + tag.substring(2) : tag;
            current.add(new Token(line.substring(0, sp), coarse(bio, Map.of("PER", "PERSON", "ORG", "ORG", "GPE", "LOC", "LOC", "LOC"))));
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return chunk(sentences, 20);
    }

    private static String coarse(String tag, Map<String, String> types) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = types.get(tag.substring(2));
        return type == null ? "O" : tag.charAt(0) + "-" + type;
    }

    private static List<List<Token>> splitSentences(List<Token> tokens, String end) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            current.add(t);
            if (t.word().equals(end)) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static List<Document> chunk(List<List<Token>> sentences, int perDocument) {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += perDocument) {
            docs.add(new Document(sentences.subList(i, Math.min(sentences.size(), i + perDocument))));
        }
        return docs;
    }
}
