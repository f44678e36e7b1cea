package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.model.Article;
import dev.khabar.model.DateMention;
import dev.khabar.model.EntityMention;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Maps an article to its index document: folded text for every language, plus the text again in a
 * field analysed for its own language where OpenSearch has an analyzer for it.
 */
public final class ArticleDocuments {
    public static final Set<String> ANALYZED_LANGUAGES = Set.of("ar", "fa", "en", "tr", "he", "fr", "de", "es", "ru");
    private final ObjectMapper json;

    public ArticleDocuments(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode toDocument(Article a) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", a.id());
        doc.put("url", a.url());
        doc.put("source", a.source());
        doc.put("language", a.language());
        doc.put("published", a.published());
        doc.put("published_source", a.publishedSource());
        doc.put("content_hash", a.contentHash());
        doc.put("extractor_version", a.extractorVersion());
        doc.put("title", a.title());
        doc.put("body", a.body());
        String lang = a.language() == null ? "" : a.language().split("-")[0];
        if (ANALYZED_LANGUAGES.contains(lang)) {
            doc.put("title_" + lang, a.title());
            doc.put("body_" + lang, a.body());
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        ArrayNode entities = doc.putArray("entities");
        for (EntityMention e : a.entities()) {
            ids.add(e.id());
            if (e.label() != null) {
                labels.add(e.label());
            }
            entities.addObject().put("id", e.id()).put("type", e.type()).put("label", e.label()).put("count", e.count());
        }
        ids.forEach(doc.putArray("entity_ids")::add);
        labels.forEach(doc.putArray("entity_labels")::add);
        ArrayNode dates = doc.putArray("mentioned_dates");
        for (DateMention d : a.dates()) {
            if (d.start() != null && d.end() != null && d.start().compareTo(d.end()) <= 0) {
                dates.addObject().put("gte", d.start()).put("lte", d.end());
            }
        }
        return doc;
    }
}
