package dev.khabar.understand;

/** Names the language of a text as a BCP-47 primary tag (ar, fa, ur, he, tr, en ...), or "und". */
public interface LanguageDetector {

    String detect(String text);
}
