package dev.khabar.search;

/**
 * One piece of what the user typed: a word or a quoted phrase, possibly excluded with a leading
 * {@code -}. Clauses sharing an {@code orGroup} were joined with {@code OR}; any one of them may match.
 */
public record QueryClause(Kind kind, String text, boolean excluded, int orGroup) {
    public enum Kind { WORD, PHRASE }
}
