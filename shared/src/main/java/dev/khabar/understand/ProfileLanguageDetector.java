package dev.khabar.understand;

import dev.khabar.understand.text.ArabicNormalizer;
import dev.khabar.understand.text.KeyTable;
import dev.khabar.understand.text.WordLists;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Script first, then function-word profiles for languages that share a script: Arabic vs Persian vs
 * Urdu (helped by the letters only Persian or Urdu use), and English, French, German, Spanish and
 * Turkish (helped by letters only one of them uses). Reads only the first few thousand characters:
 * an article's language shows long before that. Immutable and thread-safe once built.
 */
public final class ProfileLanguageDetector implements LanguageDetector {
    private static final int SAMPLE = 2500;
    private static final List<String> ARABIC_SCRIPT = List.of("ar", "fa", "ur");
    private static final List<String> LATIN_SCRIPT = List.of("en", "fr", "de", "es", "tr");

    /** word key → bit set of the languages (index into {@link #languages}) it is a function word of */
    private final KeyTable<Integer> profile;
    private final List<String> languages;

    public ProfileLanguageDetector(Map<String, List<String>> functionWords) {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        this.languages = List.copyOf(functionWords.keySet());
        Map<String, Integer> words = new HashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            for (String w : functionWords.get(languages.get(l))) {
                words.merge(normalizer.key(w), 1 << l, (a, b) -> a | b);
            }
        }
        this.profile = new KeyTable<>(words);
    }

    /** The profiles kept in {@code understand/language-profiles.tsv}. */
    public static ProfileLanguageDetector fromResources() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (String[] row : WordLists.rows("/understand/language-profiles.tsv")) {
            words.put(row[0], List.of(row[1].trim().split(" +")));
        }
        return new ProfileLanguageDetector(words);
    }

    @Override
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        int limit = Math.min(text.length(), SAMPLE);
        int arabic = 0, hebrew = 0, cyrillic = 0, latin = 0, greek = 0, devanagari = 0, han = 0, kana = 0, hangul = 0;
        int persianLetters = 0, urduLetters = 0, ukrainianLetters = 0;
        int[] latinLetters = new int[LATIN_SCRIPT.size()];
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    latin++;
                }
                continue;
            }
            if (c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFC) {
                arabic++;
                switch (c) {
                    case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک' -> persianLetters++;
                    case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ', 'ھ' -> urduLetters++;
                    default -> {
                    }
                }
            } else if (c >= 0x0590 && c <= 0x05FF) {
                hebrew++;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic++;
                if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                    ukrainianLetters++;
                }
            } else if (c >= 0x00C0 && c <= 0x024F) {
                latin++;
                countLatinLetter(c, latinLetters);
            } else if (c >= 0x0370 && c <= 0x03FF) {
                greek++;
            } else if (c >= 0x0900 && c <= 0x097F) {
                devanagari++;
            } else if (c >= 0x3040 && c <= 0x30FF) {
                kana++;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                han++;
            } else if (c >= 0xAC00 && c <= 0xD7AF) {
                hangul++;
            }
        }
        int max = Math.max(Math.max(Math.max(arabic, hebrew), Math.max(cyrillic, latin)),
                Math.max(Math.max(greek, devanagari), Math.max(han + kana, hangul)));
        if (max == 0) {
            return "und";
        }
        if (max == arabic) {
            return arabicScript(text, limit, arabic, persianLetters, urduLetters);
        }
        if (max == latin) {
            return latinScript(text, limit, latinLetters);
        }
        if (max == hebrew) {
            return "he";
        }
        if (max == cyrillic) {
            return ukrainianLetters * 100 > cyrillic ? "uk" : "ru";
        }
        if (max == greek) {
            return "el";
        }
        if (max == devanagari) {
            return "hi";
        }
        if (max == hangul) {
            return "ko";
        }
        return kana > 0 ? "ja" : "zh";
    }

    private String arabicScript(String text, int limit, int letters, int persianLetters, int urduLetters) {
        int[] hits = hits(text, limit, ARABIC_SCRIPT);
        double ar = hits[0];
        // Letters Arabic never uses are strong evidence; scale them to compete with word hits.
        double fa = hits[1] + 40.0 * persianLetters / letters * Math.max(1, hits[0] + hits[1] + hits[2]) / 4;
        double ur = hits[2] + 80.0 * urduLetters / letters * Math.max(1, hits[0] + hits[1] + hits[2]) / 4;
        if (ur > fa && ur > ar) {
            return "ur";
        }
        return fa > ar ? "fa" : "ar";
    }

    private String latinScript(String text, int limit, int[] letters) {
        int[] hits = hits(text, limit, LATIN_SCRIPT);
        int best = -1;
        double bestScore = 0;
        for (int l = 0; l < hits.length; l++) {
            double score = hits[l] + 0.5 * letters[l];
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        // Latin text with no function word at all (scores, tables, headlines): English is the likeliest.
        return best < 0 ? "en" : LATIN_SCRIPT.get(best);
    }

    private static void countLatinLetter(char c, int[] letters) {
        switch (c) {
            case 'ı', 'ğ', 'ş', 'İ', 'Ğ', 'Ş' -> letters[4] += 2;
            case 'ß', 'ä', 'Ä' -> letters[2]++;
            case 'ñ', 'Ñ', 'á', 'í', 'ó', 'ú' -> letters[3]++;
            case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'œ', 'ë', 'î', 'ô', 'â' -> letters[1]++;
            case 'ö', 'ü', 'Ö', 'Ü' -> {
                letters[2]++;
                letters[4]++;
            }
            default -> {
            }
        }
    }

    /** Function-word hits per candidate language over the sample's words. */
    private int[] hits(String text, int limit, List<String> candidates) {
        int[] bits = new int[candidates.size()];
        for (int k = 0; k < candidates.size(); k++) {
            int idx = languages.indexOf(candidates.get(k));
            bits[k] = idx < 0 ? 0 : 1 << idx;
        }
        int[] hits = new int[candidates.size()];
        // Fold the sample's words into one buffer and probe the profile with regions of it: no string per word.
        char[] folded = new char[limit];
        int[] bounds = new int[limit + 2];
        int size = 0;
        int words = 0;
        int wordStart = 0;
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || c == 0x200C) {
                char f = ArabicNormalizer.fold(c);
                if (f != 0) {
                    folded[size++] = f;
                }
                continue;
            }
            if (size > wordStart) {
                bounds[words++] = wordStart;
                bounds[words++] = size;
                wordStart = size;
            }
        }
        String sample = new String(folded, 0, size);
        for (int w = 0; w < words; w += 2) {
            Integer mask = profile.get(sample, bounds[w], bounds[w + 1]);
            if (mask != null) {
                for (int k = 0; k < bits.length; k++) {
                    if ((mask & bits[k]) != 0) {
                        hits[k]++;
                    }
                }
            }
        }
        return hits;
    }
}
