package dev.khabar.understand.dates;

import dev.khabar.model.DateMention;

import java.time.LocalDate;
import java.util.List;

/** Finds the dates a text mentions; relative ones are resolved against {@code reference} when known. */
public interface DateMentionExtractor {

    List<DateMention> extract(String text, String language, LocalDate reference);
}
