package dev.khabar.understand.dates;

import java.util.Optional;

/** Reads a published date from a dateline or metadata value in any supported language and script. */
public interface DatelineParser {

    Optional<PublishedDate> parse(String dateline, String language);
}
