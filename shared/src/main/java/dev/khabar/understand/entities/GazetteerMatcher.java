package dev.khabar.understand.entities;

import dev.khabar.understand.text.AdjectiveForms;
import dev.khabar.understand.text.CliticStripper;
import dev.khabar.understand.text.Tokens;

import java.util.List;

/**
 * Finds the gazetteer name that starts at a token: the longest one, trying the token as written and
 * with its Arabic or Hebrew prefixes cut, then (when no name fits) as an inflected adjective of a
 * country. Shared by the extractor (case matters in text) and the query lookup (it does not).
 * Stateless and thread-safe.
 */
public final class GazetteerMatcher {
    private final Gazetteer gazetteer;
    private final CliticStripper clitics;
    private final AdjectiveForms adjectives;

    public GazetteerMatcher(Gazetteer gazetteer, CliticStripper clitics, AdjectiveForms adjectives) {
        this.gazetteer = gazetteer;
        this.clitics = clitics;
        this.adjectives = adjectives;
    }

    /** A name found over tokens [first, last]; {@code prefix} key characters of the first token are clitics. */
    public record Match(Gazetteer.Name name, int first, int last, int prefix, boolean demonym) {

        /** A demonym or adjective: an adjective name, or a bare name read with an article (الروس). */
        public boolean adjectival() {
            return demonym || name.adjective();
        }
    }

    /** @return the best match starting at token {@code i}, or null */
    public Match matchAt(Tokens t, int i, boolean ignoreCase) {
        String key = t.key(i);
        Match best = namesAt(t, i, key, 0, 0, false, null, ignoreCase);
        List<CliticStripper.Reading> readings = t.caseless(i) ? clitics.readings(key) : List.of();
        for (CliticStripper.Reading r : readings) {
            best = namesAt(t, i, r.base(), r.from(), r.prefixLength(), r.article(), best, ignoreCase);
        }
        if (best != null) {
            return best;
        }
        best = adjectiveAt(t, i, key, 0, 0, ignoreCase);
        for (int k = 0; best == null && k < readings.size(); k++) {
            CliticStripper.Reading r = readings.get(k);
            best = adjectiveAt(t, i, r.base(), r.from(), r.prefixLength(), ignoreCase);
        }
        return best;
    }

    private Match namesAt(Tokens t, int i, String key, int from, int prefix, boolean article, Match best,
                          boolean ignoreCase) {
        Gazetteer.Name[] names = gazetteer.namesStartingWith(key, from, key.length());
        if (names == null) {
            return best;
        }
        for (Gazetteer.Name name : names) {
            int last = i + name.length() - 1;
            if (best != null && name.length() < best.last() - best.first() + 1 || last >= t.size()) {
                continue;
            }
            if (!fits(t, i, name, ignoreCase)) {
                continue;
            }
            if (best == null || name.length() > best.last() - best.first() + 1
                    || gazetteer.rank(name.entity()) > gazetteer.rank(best.name().entity())
                    || best.name().adjective() && !name.adjective()) {
                best = new Match(name, i, last, prefix, article && name.length() == 1);
            }
        }
        return best;
    }

    private boolean fits(Tokens t, int i, Gazetteer.Name name, boolean ignoreCase) {
        String[] keys = name.keys();
        for (int k = 1; k < keys.length; k++) {
            if (t.breakBefore(i + k) || !keys[k].equals(t.key(i + k))) {
                return false;
            }
        }
        if (ignoreCase) {
            return true;
        }
        if (name.cased() && !t.upperInitial(i)) {
            return false;
        }
        if (name.acronym()) {
            for (int k = 0; k < keys.length; k++) {
                if (!t.allUpper(i + k)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Match adjectiveAt(Tokens t, int i, String key, int from, int prefix, boolean ignoreCase) {
        int ending = adjectives.endingLength(key, from);
        if (ending == 0) {
            return null;
        }
        Gazetteer.Name[] names = gazetteer.namesStartingWith(key, from, key.length() - ending);
        if (names == null) {
            return null;
        }
        for (Gazetteer.Name name : names) {
            if (name.adjective() && name.length() == 1 && (ignoreCase || !name.cased() || t.upperInitial(i))) {
                return new Match(name, i, i, prefix, true);
            }
        }
        return null;
    }

}
