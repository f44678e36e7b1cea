package dev.khabar.understand.entities;

/**
 * One place in the text where an entity is named, before mentions of the same entity are merged.
 * {@code firstToken}/{@code lastToken} index the tokens it covers; {@code how} says what found it.
 */
public record FoundEntity(String id, String type, String label, int start, int end, int firstToken, int lastToken,
                          How how, double confidence) {

    /** What found a mention: evaluation counts names, not adjectives or metonyms. */
    public enum How {
        /** a gazetteer name */
        NAME,
        /** a demonym or relational adjective pointing at its country */
        ADJECTIVE,
        /** a capital standing for its government in political text */
        METONYM,
        /** a name found from a title, an organisation word or a given name */
        CONTEXT,
        /** a surname alone, after the full name appeared */
        SURNAME
    }
}
