package dev.khabar.bench;

import dev.khabar.understand.entities.FoundEntity;
import dev.khabar.understand.entities.GazetteerEntityExtractor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores the extractor against gold tokens: exact token-range and type match (the CoNLL measure).
 * Each document's tokens are joined by spaces, sentences by line breaks; a predicted span covers the
 * tokens it overlaps. Adjectives and metonyms are not names in any of the gold sets, so they are
 * left out of the predictions scored.
 */
final class NerEvaluation {
    static final List<String> TYPES = List.of("PERSON", "ORG", "LOC");
    private final Map<String, int[]> counts = new HashMap<>(); // type → {tp, fp, fn}

    private record Entity(int first, int last, String type) {
    }

    void add(NerCorpora.Document doc, GazetteerEntityExtractor extractor) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (List<NerCorpora.Token> sentence : doc.sentences()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            for (int i = 0; i < sentence.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(sentence.get(i).word());
                spans.add(new int[]{start, text.length()});
                tags.add(sentence.get(i).tag());
            }
        }
        Set<Entity> gold = gold(tags);
        Set<Entity> predicted = new HashSet<>();
        for (FoundEntity f : extractor.find(text.toString())) {
            if (f.how() == FoundEntity.How.ADJECTIVE || f.how() == FoundEntity.How.METONYM) {
                continue;
            }
            int first = -1, last = -1;
            for (int t = 0; t < spans.size(); t++) {
                if (spans.get(t)[1] > f.start() && spans.get(t)[0] < f.end()) {
                    if (first < 0) {
                        first = t;
                    }
                    last = t;
                }
            }
            if (first >= 0) {
                predicted.add(new Entity(first, last, f.type()));
            }
        }
        for (Entity p : predicted) {
            counts.computeIfAbsent(p.type(), k -> new int[3])[gold.contains(p) ? 0 : 1]++;
        }
        for (Entity g : gold) {
            if (!predicted.contains(g)) {
                counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
            }
        }
    }

    private static Set<Entity> gold(List<String> tags) {
        Set<Entity> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = type != null && tag.equals("I-" + type);
            if (!continues && type != null) {
                out.add(new Entity(start, i - 1, type));
                type = null;
            }
            if (!continues && !tag.equals("O")) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }

    /** {precision, recall, f1} for one type, or over all types when {@code type} is null. */
    double[] score(String type) {
        int tp = 0, fp = 0, fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                tp += e.getValue()[0];
                fp += e.getValue()[1];
                fn += e.getValue()[2];
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[]{p, r, f, tp + fn};
    }
}
