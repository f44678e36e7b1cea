package dev.khabar.understand.entities;

import java.util.Map;

/** A canonical entity: id (Wikidata QID where one exists), type, English label and labels per language. */
public record EntityInfo(String id, String type, String label, Map<String, String> labels) {
}
