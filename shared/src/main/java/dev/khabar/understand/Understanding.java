package dev.khabar.understand;

import dev.khabar.understand.entities.ContextLexicon;
import dev.khabar.understand.entities.Gazetteer;
import dev.khabar.understand.entities.GazetteerEntityExtractor;
import dev.khabar.understand.entities.GazetteerEntityLookup;
import dev.khabar.understand.entities.GazetteerLoader;
import dev.khabar.understand.entities.GazetteerMatcher;
import dev.khabar.understand.text.AdjectiveForms;
import dev.khabar.understand.text.ArabicNormalizer;
import dev.khabar.understand.text.CliticStripper;
import dev.khabar.understand.text.Tokenizer;

/**
 * The loaded language and entity models: built once per container (loading the gazetteer is paid at
 * every cold start) and shared by the analyzer and the query lookup.
 */
public record Understanding(LanguageDetector languages, GazetteerEntityExtractor entities,
                            GazetteerEntityLookup lookup, Gazetteer gazetteer) {

    /** Version recorded with every article: bump when extraction changes so archives can be re-extracted. */
    public static final String EXTRACTOR_VERSION = "entities-1+dates-2";

    public static Understanding load() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Tokenizer tokenizer = new Tokenizer(normalizer);
        ContextLexicon lexicon = ContextLexicon.fromResources(tokenizer);
        Gazetteer gazetteer = new GazetteerLoader(tokenizer, lexicon.stopWords()).load();
        CliticStripper clitics = new CliticStripper();
        GazetteerMatcher matcher = new GazetteerMatcher(gazetteer, clitics, new AdjectiveForms());
        return new Understanding(ProfileLanguageDetector.fromResources(),
                new GazetteerEntityExtractor(tokenizer, clitics, matcher, gazetteer, lexicon),
                new GazetteerEntityLookup(tokenizer, normalizer, gazetteer, matcher, lexicon), gazetteer);
    }
}
