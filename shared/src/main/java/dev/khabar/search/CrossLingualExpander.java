package dev.khabar.search;

import dev.khabar.search.lexicon.ArabicKeys;
import dev.khabar.search.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates one query term into the archive's other languages with the bilingual lexicon: a few
 * top-ranked translations per language (the dictionary's own order), Turkish reaching Arabic through
 * English. Function words are not expanded: their translations match everything.
 */
public final class CrossLingualExpander {
    static final int PER_LANGUAGE = 3;
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "with", "and", "or", "but", "as",
            "is", "are", "was", "were", "be", "been", "did", "do", "does", "has", "have", "had", "it", "its", "this",
            "that", "these", "those", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "not",
            "many", "much", "into", "than", "then", "there", "their", "they", "he", "she", "his", "her", "we", "you",
            "can", "could", "would", "should", "will", "about", "after", "before", "during", "over", "under",
            "bir", "ve", "ile", "bu", "şu", "o", "da", "de", "mi", "mı", "mu", "mü", "ne", "için", "gibi", "kadar",
            "hangi", "nedir", "kim", "kimdir", "nasıl", "neden", "nerede", "ne zaman", "olan", "olarak", "ise", "kaç",
            "kaçıncı", "nereye", "hangisi", "neydi", "kimin", "neyi", "neye", "nelerdir", "adı", "mıdır", "midir",
            "في", "من", "على", "إلى", "الى", "عن", "مع", "ما", "ماذا", "متى", "أين", "كيف", "هل", "هو", "هي", "التي",
            "الذي", "الذين", "أي", "كم", "لماذا", "و", "أو", "ثم", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك");
    private final Lexicon lexicon;

    public CrossLingualExpander(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static boolean isStopword(String word) {
        return STOPWORDS.contains(Lexicon.latinKey(word)) || STOPWORDS.contains(word);
    }

    /** The language a single typed word is most likely in, among those the lexicon covers. */
    public String languageOf(String word) {
        if (ArabicKeys.isArabic(word)) {
            return "ar";
        }
        if (word.chars().anyMatch(c -> "çğıöşüÇĞİÖŞÜ".indexOf(c) >= 0) || (!lexicon.knows(word, "en") && lexicon.knows(word, "tr"))) {
            return "tr";
        }
        return "en";
    }

    public List<Expansion> expand(String word) {
        List<Expansion> out = new ArrayList<>();
        if (isStopword(word) || word.chars().allMatch(Character::isDigit)) {
            return out;
        }
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        switch (languageOf(word)) {
            case "ar" -> {
                byLanguage.put("en", lexicon.translate(word, "ar", "en", PER_LANGUAGE));
                List<String> tr = new ArrayList<>();
                for (String en : byLanguage.get("en").subList(0, Math.min(1, byLanguage.get("en").size()))) {
                    tr.addAll(lexicon.translate(en, "en", "tr", 2));
                }
                byLanguage.put("tr", tr);
            }
            case "tr" -> {
                List<String> en = lexicon.translate(word, "tr", "en", PER_LANGUAGE);
                byLanguage.put("en", en);
                List<String> ar = new ArrayList<>();
                for (String e : en) {
                    for (String a : lexicon.translate(e, "en", "ar", 2)) {
                        if (ar.size() < PER_LANGUAGE && !ar.contains(a)) {
                            ar.add(a);
                        }
                    }
                }
                byLanguage.put("ar", ar);
            }
            default -> {
                byLanguage.put("ar", lexicon.translate(word, "en", "ar", PER_LANGUAGE));
                byLanguage.put("tr", lexicon.translate(word, "en", "tr", 2));
            }
        }
        byLanguage.forEach((lang, texts) -> {
            for (String t : texts) {
                if (!t.equalsIgnoreCase(word)) {
                    out.add(new Expansion(word, lang, t, forms(t, lang)));
                }
            }
        });
        return out;
    }

    static List<String> forms(String text, String language) {
        List<String> forms = new ArrayList<>(List.of(text));
        if (language.equals("ar") && text.indexOf(' ') < 0) {
            String bare = text.startsWith("ال") && text.length() > 4 ? text.substring(2) : text;
            if (bare.endsWith("ة") && bare.length() > 3) {
                forms.add(bare.substring(0, bare.length() - 1) + "ت");
            }
        }
        return forms;
    }
}
