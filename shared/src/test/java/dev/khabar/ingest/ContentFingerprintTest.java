package dev.khabar.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ContentFingerprintTest {
    private final ContentFingerprint fingerprint = new ContentFingerprint();

    @Test
    void shouldIgnoreDiacriticsTatweelSpacingAndPunctuation() {
        String a = fingerprint.of("مصر وتركيا", "وُزِعَ أن مكتب وزير الخارجية الأمريكي، ماركو روبيو، أرسل مذكرة.");
        String b = fingerprint.of("مصر  وتركيا", "وزع أن مكتـــب وزير الخارجية الأمريكي ماركو روبيو أرسل مذكرة");
        assertEquals(a, b);
    }

    @Test
    void shouldFoldCaseAndCompatibilityForms() {
        assertEquals(fingerprint.of("Ankara Talks", "Officials met ON Tuesday."),
                fingerprint.of("ankara talks", "Officials met on Tuesday"));
    }

    @Test
    void shouldDifferWhenTheWordsDiffer() {
        assertNotEquals(fingerprint.of("Ankara talks", "Officials met on Tuesday."),
                fingerprint.of("Ankara talks", "Officials met on Wednesday."));
    }
}
