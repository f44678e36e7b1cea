package dev.khabar.understand.entities;

import dev.khabar.model.EntityMention;

import java.util.List;

/** Finds the people, organisations and places a text is about, linked to canonical ids. */
public interface EntityExtractor {

    /**
     * @param text     the article text as analysed: title, a blank line, body (spans are offsets into it)
     * @param language the detected language
     */
    List<EntityMention> extract(String text, String language);
}
