package dev.khabar.understand;

/**
 * Decides the language from the dominant script and a few script-specific letters. Arabic-script
 * languages are split by letters that only Persian or Urdu use.
 */
public final class ScriptLanguageDetector implements LanguageDetector {

    @Override
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        int arabic = 0, hebrew = 0, cyrillic = 0, latin = 0, persianOnly = 0, urduOnly = 0, turkishOnly = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case ARABIC -> {
                    arabic++;
                    if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی' || c == 'ک') {
                        persianOnly++;
                    }
                    if (c == 'ٹ' || c == 'ڈ' || c == 'ڑ' || c == 'ں' || c == 'ے' || c == 'ہ') {
                        urduOnly++;
                    }
                }
                case HEBREW -> hebrew++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> {
                    latin++;
                    if (c == 'ı' || c == 'ğ' || c == 'ş' || c == 'İ' || c == 'Ş' || c == 'Ğ') {
                        turkishOnly++;
                    }
                }
                default -> {
                }
            }
        }
        int max = Math.max(Math.max(arabic, hebrew), Math.max(cyrillic, latin));
        if (max == 0) {
            return "und";
        }
        if (max == arabic) {
            if (urduOnly > 3 && urduOnly * 50 > arabic / 10) {
                return "ur";
            }
            if (persianOnly * 100 > arabic) {
                return "fa";
            }
            return "ar";
        }
        if (max == hebrew) {
            return "he";
        }
        if (max == cyrillic) {
            return "ru";
        }
        return turkishOnly * 200 > latin ? "tr" : "en";
    }
}
