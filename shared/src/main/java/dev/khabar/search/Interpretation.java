package dev.khabar.search;

import java.util.List;
import java.util.Map;

/**
 * How the free text was read, returned so users can see and override it: the date ranges and
 * entities recognised, and each term's translations by language.
 */
public record Interpretation(String text, List<DateRange> dates, List<EntityRef> entities,
                             Map<String, Map<String, List<String>>> expansions) {

    public record DateRange(String text, String from, String to, String field) {
    }

    public record EntityRef(String id, String type, String label, String text) {
    }
}
