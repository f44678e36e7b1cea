package dev.khabar.search;

import java.util.List;

/** Why a hit matched: entity ids, query terms in the language typed, and the translations that matched. */
public record Matched(List<String> entities, List<String> terms, List<String> expansions) {
}
