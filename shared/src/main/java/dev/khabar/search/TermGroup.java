package dev.khabar.search;

import java.util.List;

/**
 * Alternatives of which any may match: one word or phrase as typed, or several joined by OR, with
 * their translations. An alternative with a space is a phrase and must match as a sequence.
 */
public record TermGroup(List<String> alternatives, List<Expansion> expansions) {

    public TermGroup {
        alternatives = List.copyOf(alternatives);
        expansions = List.copyOf(expansions);
    }
}
