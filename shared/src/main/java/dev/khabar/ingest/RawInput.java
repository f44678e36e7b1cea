package dev.khabar.ingest;

/** The bytes exactly as a door received them, archived before anything else happens. */
public record RawInput(byte[] bytes, String contentType, String door) {
}
