package dev.khabar.model;

import java.util.List;

/**
 * One entity an article is about. {@code id} is a Wikidata QID where one exists, else a local id
 * ({@code L:...}) so unknown names are still searchable and facetable.
 */
public record EntityMention(String id, String type, String label, List<String> surfaces, List<Span> spans,
                            int count, double confidence) {
}
