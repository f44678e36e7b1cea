package dev.khabar.understand.entities;

import dev.khabar.model.EntityMention;
import dev.khabar.model.Span;
import dev.khabar.understand.text.CliticStripper;
import dev.khabar.understand.text.KeyTable;
import dev.khabar.understand.text.Tokenizer;
import dev.khabar.understand.text.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Finds people, organisations and places: first every gazetteer name (longest match, Arabic and
 * Hebrew prefixes cut, adjectives reduced to their country), then names the gazetteer does not know
 * from their context (a title before a person, an organisation word, a given name, a capitalised run
 * in Latin script), then surnames alone once the full name was seen. Capitals in a sentence with a
 * political word also count for their state. Thread-safe: all state is per call.
 */
public final class GazetteerEntityExtractor implements EntityExtractor {
    private static final int MAX_NAME_TOKENS = 3;
    private static final int MAX_ROLE_TOKENS = 4;

    private final Tokenizer tokenizer;
    private final CliticStripper clitics;
    private final GazetteerMatcher matcher;
    private final Gazetteer gazetteer;
    private final ContextLexicon lexicon;

    public GazetteerEntityExtractor(Tokenizer tokenizer, CliticStripper clitics, GazetteerMatcher matcher,
                                    Gazetteer gazetteer, ContextLexicon lexicon) {
        this.tokenizer = tokenizer;
        this.clitics = clitics;
        this.matcher = matcher;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    @Override
    public List<EntityMention> extract(String text, String language) {
        return merge(text, find(text));
    }

    /** Every mention found, in text order, before merging by entity. */
    public List<FoundEntity> find(String text) {
        Tokens t = tokenizer.tokenize(text);
        int n = t.size();
        List<FoundEntity> found = new ArrayList<>();
        boolean[] covered = new boolean[n];
        boolean[][] cues = new boolean[1][];
        for (int i = 0; i < n; ) {
            GazetteerMatcher.Match m = matcher.matchAt(t, i, false);
            if (m == null) {
                i++;
                continue;
            }
            if (partOfLongerName(t, m)) {
                // "Santa Fe Pacific", "Tel Aviv Stock Exchange": the place names something else.
                i = m.last() + 1;
                continue;
            }
            if (teamInScoreLine(t, m)) {
                addContext(t, m.first(), m.last(), "ORG", found, covered, 0.5, m.prefix());
                i = m.last() + 1;
                continue;
            }
            addGazetteerMatch(t, m, found, covered, cues);
            i = m.last() + 1;
        }
        for (int i = 0; i < n; i++) {
            if (!covered[i]) {
                i = contextAt(t, i, found, covered);
            }
        }
        surnames(t, found, covered);
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.how().compareTo(b.how()));
        return found;
    }

    private boolean partOfLongerName(Tokens t, GazetteerMatcher.Match m) {
        int next = m.last() + 1;
        if (t.caseless(m.first()) || next >= t.size() || t.breakBefore(next) || !"LOC".equals(m.name().type())
                || m.adjectival() || !t.upperInitial(next) || t.allUpper(next)) {
            return false;
        }
        String key = t.key(next);
        return !lexicon.isStop(key) && !lexicon.isTitleWord(key) && matcherStarts(t, next) == null;
    }

    private GazetteerMatcher.Match matcherStarts(Tokens t, int i) {
        return matcher.matchAt(t, i, false);
    }

    /** A city right before or after a score on a results line ("Barcelona 2 Real Madrid 1") is its team. */
    private boolean teamInScoreLine(Tokens t, GazetteerMatcher.Match m) {
        if (!"LOC".equals(m.name().type()) || m.adjectival() || gazetteer.rank(m.name().entity()) >= GazetteerLoader.COUNTRY_RANK) {
            return false;
        }
        int next = m.last() + 1;
        if (next >= t.size() || t.sentenceStart(next) || t.text().charAt(t.end(m.last())) != ' ') {
            return false;
        }
        String score = t.key(next);
        int after = t.end(next);
        // A score is a small number standing alone; "1996-12-06" after a dateline city is a date.
        return score.length() <= 3 && Character.isDigit(score.charAt(0)) && Character.isDigit(score.charAt(score.length() - 1))
                && (after >= t.text().length() || t.text().charAt(after) != '-' && t.text().charAt(after) != '/');
    }

    private void addGazetteerMatch(Tokens t, GazetteerMatcher.Match m, List<FoundEntity> found, boolean[] covered,
                                   boolean[][] cues) {
        int entity = m.name().entity();
        EntityInfo info = gazetteer.entity(entity);
        int start = m.prefix() == 0 ? t.start(m.first()) : t.originalOffset(m.first(), m.prefix());
        int end = t.end(m.last());
        FoundEntity.How how = m.adjectival() ? FoundEntity.How.ADJECTIVE : FoundEntity.How.NAME;
        double confidence = m.adjectival() ? 0.7 : m.name().length() > 1 ? 0.95 : 0.9;
        found.add(new FoundEntity(info.id(), info.type(), info.label(), start, end, m.first(), m.last(), how, confidence));
        for (int k = m.first(); k <= m.last(); k++) {
            covered[k] = true;
        }
        int state = gazetteer.metonymOf(entity);
        if (state >= 0 && !m.adjectival() && politicalSentence(t, m.first(), cues)) {
            EntityInfo s = gazetteer.entity(state);
            found.add(new FoundEntity(s.id(), s.type(), s.label(), start, end, m.first(), m.last(), FoundEntity.How.METONYM, 0.6));
        }
    }

    /**
     * Whether the sentence of token {@code i} holds a political cue word. Sentences are scanned once
     * per text (a long article may name its capital dozens of times).
     */
    private boolean politicalSentence(Tokens t, int i, boolean[][] cues) {
        if (cues[0] == null) {
            cues[0] = cueSentences(t);
        }
        return cues[0][i];
    }

    private boolean[] cueSentences(Tokens t) {
        boolean[] out = new boolean[t.size()];
        int from = 0;
        for (int k = 0; k <= t.size(); k++) {
            if (k == t.size() || k > from && t.sentenceStart(k)) {
                boolean cue = false;
                for (int m = from; m < k && !cue; m++) {
                    String key = t.key(m);
                    cue = lexicon.isCue(key) || key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')
                            && lexicon.isCue(key, 1);
                }
                java.util.Arrays.fill(out, from, k, cue);
                from = k;
            }
        }
        return out;
    }

    /** Tries the context rules at token {@code i}; returns the last token it consumed. */
    private int contextAt(Tokens t, int i, List<FoundEntity> found, boolean[] covered) {
        return t.caseless(i) ? caselessContext(t, i, found, covered) : casedContext(t, i, found, covered);
    }

    private int caselessContext(Tokens t, int i, List<FoundEntity> found, boolean[] covered) {
        String key = t.key(i);
        int conjunction = hasConjunction(key) ? 1 : 0;
        if (!lexicon.isTrigger(key, 0) && (conjunction == 0 || !lexicon.isTrigger(key, 1))) {
            return i;
        }
        int from = 0;
        int title = lexicon.titleAt(t, i, 0);
        if (title == 0 && conjunction > 0) {
            title = lexicon.titleAt(t, i, 1);
        }
        if (title > 0) {
            int j = i + title;
            for (int skipped = 0; j < t.size() && skipped < MAX_ROLE_TOKENS
                    && (covered[j] || lexicon.isRole(t.key(j))) && (j == i + title || !t.breakBefore(j)); skipped++) {
                j++;
            }
            int end = readCaselessName(t, j, covered, false);
            if (end > j) {
                addContext(t, j, end - 1, "PERSON", found, covered, 0.6);
                return end - 1;
            }
            return i;
        }
        int head = lexicon.orgHeadAt(t, i, 0);
        if (head == 0 && conjunction > 0) {
            head = lexicon.orgHeadAt(t, i, 1);
            from = 1;
        }
        if (head > 0) {
            int end = readOrgRest(t, i + head, covered);
            if (end > i + head) {
                addContext(t, i, end - 1, "ORG", found, covered, 0.5, from);
                return end - 1;
            }
            return i + head - 1;
        }
        if (lexicon.isSaid(key) && i + 1 < t.size() && !covered[i + 1] && !t.breakBefore(i + 1) && t.caseless(i + 1)
                && !definiteNoun(t.key(i + 1)) && !t.key(i + 1).startsWith("وال") && !lexicon.isTitleWord(t.key(i + 1))
                && lexicon.orgHeadAt(t, i + 1, 0) == 0 && t.key(i + 1).length() >= 3) {
            int end = readCaselessName(t, i + 1, covered, false);
            if (end > i + 1) {
                addContext(t, i + 1, end - 1, "PERSON", found, covered, 0.4);
                return end - 1;
            }
        }
        // على folds to علي: the preposition is not the name.
        boolean preposition = t.text().charAt(t.end(i) - 1) == 'ى';
        boolean given = !preposition && lexicon.isGiven(key, 0);
        if (given || !preposition && conjunction > 0 && lexicon.isGiven(key, 1)) {
            int end = readCaselessName(t, i, covered, true);
            if (end - i >= 2) {
                addContext(t, i, end - 1, "PERSON", found, covered, 0.5, given ? 0 : 1);
                return end - 1;
            }
        }
        return i;
    }

    private static boolean hasConjunction(String key) {
        char c = key.charAt(0);
        return key.length() > 3 && (c == 'و' || c == 'ف' || c == 'ו');
    }

    /** End (exclusive) of the person name starting at {@code j} in a caseless script. */
    private int readCaselessName(Tokens t, int j, boolean[] covered, boolean startsWithGiven) {
        int k = j;
        int words = 0;
        while (k < t.size() && words < MAX_NAME_TOKENS) {
            if (covered[k] || k > j && t.breakBefore(k) || !t.caseless(k)) {
                break;
            }
            String key = t.key(k);
            if (lexicon.isStop(key) || lexicon.isTitleWord(key) || lexicon.isRole(key) || Character.isDigit(key.charAt(0))
                    || key.length() < 2) {
                break;
            }
            boolean afterParticle = k > j && lexicon.isParticle(t.key(k - 1));
            if (k > j && !lexicon.isGiven(key) && !afterParticle && looksLikeVerb(key)) {
                break;
            }
            if (k == j && (definiteNoun(key) || lexicon.orgHeadAt(t, k, 0) > 0 || key.startsWith("وال"))) {
                // After a title, الأعلى or لجنة is the rest of an office, not a name.
                break;
            }
            boolean surnameAfterGiven = k == j + 1 && startsWithGiven;
            if (k > j && !afterParticle && definiteNoun(key) && !surnameAfterGiven) {
                // السيسي, المالكي are surnames; الفضاء, السيارات after a name are not.
                break;
            }
            k++;
            if (lexicon.isParticle(key) && k < t.size() && !t.breakBefore(k) && !covered[k]) {
                k++;
            }
            words++;
        }
        return k;
    }

    private boolean definiteNoun(String key) {
        return (key.startsWith("ال") && !key.endsWith("ي") || key.startsWith("لل")) && !lexicon.isParticle(key);
    }

    /** Arabic imperfect verbs (يقول، تقول) often follow a name; a name rarely starts that way unless it is a given name. */
    private static boolean looksLikeVerb(String key) {
        char c = key.charAt(0);
        return key.length() >= 4 && (c == 'ي' || c == 'ت') || key.length() >= 4 && (key.startsWith("وي") || key.startsWith("وت"))
                || key.length() >= 5 && (key.startsWith("ست") || key.startsWith("سي"));
    }

    /** End (exclusive) of an organisation's name after its head word: a genitive chain of up to three words. */
    private int readOrgRest(Tokens t, int j, boolean[] covered) {
        int k = j;
        while (k < t.size() && k - j < 3 && !t.breakBefore(k)) {
            String key = t.key(k);
            if (lexicon.isStop(key) || Character.isDigit(key.charAt(0))) {
                break;
            }
            boolean definite = key.startsWith("ال") || key.startsWith("ה");
            boolean chainHead = k == j && k + 1 < t.size() && !t.breakBefore(k + 1)
                    && (t.key(k + 1).startsWith("ال") || t.key(k + 1).startsWith("ה"));
            if (!definite && !chainHead && !(covered[k] && k == j)) {
                break;
            }
            k++;
        }
        return k;
    }

    private int casedContext(Tokens t, int i, List<FoundEntity> found, boolean[] covered) {
        if (!t.upperInitial(i) || t.allUpper(i) && t.key(i).length() > 1) {
            return i;
        }
        int end = i;
        while (end < t.size() && !covered[end] && (end == i || !t.breakBefore(end)) && end - i < 7) {
            if (t.upperInitial(end) && !t.allUpper(end) && !Character.isDigit(t.key(end).charAt(0))) {
                end++;
            } else if (end > i && lexicon.isParticle(t.key(end)) && end + 1 < t.size() && t.upperInitial(end + 1)
                    && !t.breakBefore(end + 1)) {
                end++;
            } else {
                break;
            }
        }
        // Leading titles and portfolios (Foreign Minister, Dışişleri Bakanı) are context, not name.
        int start = i;
        int title = 0;
        while (start < end) {
            int len = lexicon.titleAt(t, start, 0);
            if (len > 0 && start + len <= end) {
                start += len;
                title += len;
            } else if (lexicon.isRole(t.key(start)) && start + 1 < end) {
                start++;
            } else {
                break;
            }
        }
        if (end - start > 5) {
            return end - 1;
        }
        if (end == start) {
            return Math.max(i, end - 1);
        }
        int orgHead = lexicon.orgHeadAt(t, start, 0);
        if (orgHead > 0 && start + orgHead < t.size() && t.upperInitial(start + orgHead)) {
            int stop = start + orgHead;
            while (stop < t.size() && !covered[stop] && t.upperInitial(stop) && !t.breakBefore(stop)) {
                stop++;
            }
            addContext(t, start, stop - 1, "ORG", found, covered, 0.5);
            return stop - 1;
        }
        if (lexicon.isOrgTail(t.key(end - 1)) && end - start >= 2 && !lexicon.isStop(t.key(start))) {
            addContext(t, start, end - 1, "ORG", found, covered, 0.5);
            return end - 1;
        }
        boolean afterTitle = title > 0 || titleBefore(t, start);
        boolean hasStop = false;
        for (int k = start; k < end; k++) {
            if (lexicon.isStop(t.key(k)) || lexicon.isTitleWord(t.key(k))) {
                hasStop = true;
            }
        }
        if (hasStop && !afterTitle) {
            return end - 1;
        }
        GazetteerMatcher.Match place = matcher.matchAt(t, start, false);
        if (!afterTitle && place != null && "LOC".equals(place.name().type()) && place.last() < end - 1) {
            // A place heading a longer capitalised name: a company, an exchange, a team.
            addContext(t, start, end - 1, "ORG", found, covered, 0.4);
            return end - 1;
        }
        if (afterTitle) {
            addContext(t, start, end - 1, "PERSON", found, covered, 0.6);
        } else if (end - start >= 2 && lexicon.isGiven(t.key(start))) {
            addContext(t, start, end - 1, "PERSON", found, covered, 0.55);
        } else if (end - start >= 2) {
            // A run of capitalised words nobody knows: in news these are mostly people.
            addContext(t, start, end - 1, "PERSON", found, covered, 0.35);
        }
        return end - 1;
    }

    private boolean titleBefore(Tokens t, int start) {
        for (int back = 1; back <= 3 && start - back >= 0; back++) {
            int b = start - back;
            if (lexicon.titleAt(t, b, 0) == back && !t.breakBefore(start)) {
                return true;
            }
            if (t.breakBefore(b + 1) && b + 1 < start) {
                return false;
            }
        }
        return false;
    }

    private void addContext(Tokens t, int first, int last, String type, List<FoundEntity> found, boolean[] covered,
                            double confidence) {
        addContext(t, first, last, type, found, covered, confidence, 0);
    }

    private void addContext(Tokens t, int first, int last, String type, List<FoundEntity> found, boolean[] covered,
                            double confidence, int prefix) {
        StringBuilder key = new StringBuilder();
        for (int k = first; k <= last; k++) {
            String part = k == first && prefix > 0 ? t.key(k).substring(prefix) : t.key(k);
            key.append(k == first ? "" : " ").append(part);
        }
        int start = prefix == 0 ? t.start(first) : t.originalOffset(first, prefix);
        String label = t.text().substring(start, t.end(last));
        found.add(new FoundEntity("L:" + type + ":" + key, type, label, start, t.end(last), first, last,
                FoundEntity.How.CONTEXT, confidence));
        for (int k = first; k <= last; k++) {
            covered[k] = true;
        }
    }

    /** Surnames alone count for a person whose full name the text already gave. */
    private void surnames(Tokens t, List<FoundEntity> found, boolean[] covered) {
        Map<String, FoundEntity> bySurname = new HashMap<>();
        for (FoundEntity f : found) {
            if ("PERSON".equals(f.type()) && f.lastToken() > f.firstToken() && f.confidence() >= 0.55) {
                String key = t.key(f.lastToken());
                if (!lexicon.isStop(key) && !lexicon.isParticle(key) && key.length() >= 3 && !definiteNoun(key)
                        && !lexicon.isGiven(key) && !lexicon.isTitleWord(key) && !lexicon.isRole(key)) {
                    bySurname.putIfAbsent(key, f);
                }
            }
        }
        if (bySurname.isEmpty()) {
            return;
        }
        // Every uncovered token and its readings are looked up, and almost all miss: probe regions, cut nothing.
        KeyTable<FoundEntity> surnames = new KeyTable<>(bySurname);
        for (int i = 0; i < t.size(); i++) {
            if (covered[i]) {
                continue;
            }
            String key = t.key(i);
            FoundEntity person = surnames.get(key);
            int prefix = 0;
            if (person == null && t.caseless(i)) {
                for (CliticStripper.Reading r : clitics.readings(key)) {
                    person = surnames.get(r.base(), r.from(), r.base().length());
                    if (person != null) {
                        prefix = r.prefixLength();
                        break;
                    }
                }
            }
            if (person == null || !t.caseless(i) && !t.upperInitial(i)) {
                continue;
            }
            int start = prefix == 0 ? t.start(i) : t.originalOffset(i, prefix);
            found.add(new FoundEntity(person.id(), person.type(), person.label(), start, t.end(i), i, i,
                    FoundEntity.How.SURNAME, Math.min(person.confidence(), 0.8)));
            covered[i] = true;
        }
    }

    /** One mention per entity, in order of first appearance, with every surface and span. */
    static List<EntityMention> merge(String text, List<FoundEntity> found) {
        Map<String, List<FoundEntity>> byId = new LinkedHashMap<>();
        for (FoundEntity f : found) {
            byId.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(f);
        }
        List<EntityMention> out = new ArrayList<>(byId.size());
        return mergeInto(text, out, byId);
    }

    private static List<EntityMention> mergeInto(String text, List<EntityMention> out, Map<String, List<FoundEntity>> byId) {
        for (List<FoundEntity> group : byId.values()) {
            FoundEntity first = group.get(0);
            LinkedHashSet<String> surfaces = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>(group.size());
            double confidence = 0;
            for (FoundEntity f : group) {
                spans.add(new Span(f.start(), f.end()));
                surfaces.add(text.substring(f.start(), f.end()));
                confidence = Math.max(confidence, f.confidence());
            }
            out.add(new EntityMention(first.id(), first.type(), first.label(), List.copyOf(surfaces), spans,
                    group.size(), confidence));
        }
        return out;
    }
}
