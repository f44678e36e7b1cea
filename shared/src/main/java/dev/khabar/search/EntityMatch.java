package dev.khabar.search;

import java.util.List;

/** An entity recognised in the query: its id, type and the labels by which untagged articles name it. */
public record EntityMatch(String id, String type, String label, String matchedText, List<String> labels) {

    public EntityMatch {
        labels = List.copyOf(labels);
    }
}
