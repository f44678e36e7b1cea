package dev.khabar.search;

import java.util.List;

/**
 * A translation of a query term, searched in the archive's other languages below the term itself.
 * {@code forms} are what is sent to the language's analysed fields: the dictionary form and, for
 * Arabic, the construct form real articles use ({@code السفارة} → {@code سفارت} as in {@code سفارتها}).
 */
public record Expansion(String term, String language, String text, List<String> forms) {

    public Expansion {
        forms = List.copyOf(forms);
    }
}
