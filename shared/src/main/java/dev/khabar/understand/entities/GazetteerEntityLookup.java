package dev.khabar.understand.entities;

import dev.khabar.understand.text.ArabicNormalizer;
import dev.khabar.understand.text.Tokenizer;
import dev.khabar.understand.text.Tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link EntityLookup} over the same gazetteer and matcher as the extractor, so a query's entities
 * get the ids articles were indexed with. Queries are matched without regard to case, and a
 * person's surname alone (Rubio, روبيو) names the person. Immutable and thread-safe.
 */
public final class GazetteerEntityLookup implements EntityLookup {
    private final Tokenizer tokenizer;
    private final ArabicNormalizer normalizer;
    private final Gazetteer gazetteer;
    private final GazetteerMatcher matcher;
    private final Map<String, Integer> surnames;

    public GazetteerEntityLookup(Tokenizer tokenizer, ArabicNormalizer normalizer, Gazetteer gazetteer,
                                 GazetteerMatcher matcher, ContextLexicon lexicon) {
        this.tokenizer = tokenizer;
        this.normalizer = normalizer;
        this.gazetteer = gazetteer;
        this.matcher = matcher;
        this.surnames = surnamesOf(gazetteer, tokenizer, lexicon);
    }

    private static Map<String, Integer> surnamesOf(Gazetteer gazetteer, Tokenizer tokenizer, ContextLexicon lexicon) {
        Map<String, Integer> out = new HashMap<>();
        for (int e = 0; e < gazetteer.size(); e++) {
            EntityInfo info = gazetteer.entity(e);
            if (!"PERSON".equals(info.type())) {
                continue;
            }
            List<String> names = new ArrayList<>(info.labels().values());
            names.add(info.label());
            for (String name : names) {
                Tokens t = tokenizer.tokenize(name);
                if (t.size() >= 2) {
                    String last = t.key(t.size() - 1);
                    if (!lexicon.isStop(last) && !lexicon.isParticle(last) && last.length() > 2) {
                        out.putIfAbsent(last, e);
                    }
                }
            }
        }
        return Map.copyOf(out);
    }

    @Override
    public List<QueryEntity> findIn(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Tokens t = tokenizer.tokenize(query);
        List<QueryEntity> out = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            GazetteerMatcher.Match m = matcher.matchAt(t, i, true);
            if (m != null) {
                int start = m.prefix() == 0 ? t.start(i) : t.originalOffset(i, m.prefix());
                out.add(new QueryEntity(gazetteer.entity(m.name().entity()), query.substring(start, t.end(m.last())),
                        start, t.end(m.last())));
                i = m.last() + 1;
                continue;
            }
            Integer person = surnames.get(t.key(i));
            if (person != null) {
                out.add(new QueryEntity(gazetteer.entity(person), t.surface(i), t.start(i), t.end(i)));
            }
            i++;
        }
        return out;
    }

    @Override
    public Optional<EntityInfo> byId(String id) {
        int i = gazetteer.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(gazetteer.entity(i));
    }

    @Override
    public List<EntityInfo> byPrefix(String prefix, int limit) {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        List<Integer> hits = new ArrayList<>(gazetteer.withKeyPrefix(normalizer.key(prefix.strip()), limit));
        hits.sort(Comparator.comparingInt(gazetteer::rank).reversed());
        List<EntityInfo> out = new ArrayList<>(Math.min(limit, hits.size()));
        for (int i = 0; i < hits.size() && out.size() < limit; i++) {
            out.add(gazetteer.entity(hits.get(i)));
        }
        return out;
    }
}
