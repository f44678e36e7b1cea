package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.model.Article;
import dev.khabar.model.DateMention;
import dev.khabar.model.EntityMention;
import dev.khabar.search.OutletCountries;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Maps an article to its index document: folded text for every language, plus the text again in a
 * field analysed for its own language where OpenSearch has an analyzer for it.
 */
public final class ArticleDocuments {
    public static final Set<String> ANALYZED_LANGUAGES = Set.of("ar", "fa", "en", "tr", "he", "fr", "de", "es", "ru");
    private final ObjectMapper json;
    private final OutletCountries outlets;

    public ArticleDocuments(ObjectMapper json) {
        this(json, new OutletCountries());
    }

    public ArticleDocuments(ObjectMapper json, OutletCountries outlets) {
        this.json = json;
        this.outlets = outlets;
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
        addFacetFields(doc, a);
        labels.forEach(doc.putArray("entity_labels")::add);
        ArrayNode dates = doc.putArray("mentioned_dates");
        for (DateMention d : a.dates()) {
            if (d.start() != null && d.end() != null && d.start().compareTo(d.end()) <= 0) {
                dates.addObject().put("gte", d.start()).put("lte", d.end());
            }
        }
        return doc;
    }

    /** Keyword fields the search facets count: outlet domain and country, entities by type, countries covered. */
    private void addFacetFields(ObjectNode doc, Article a) {
        Optional<String> domain = OutletCountries.domainOf(a.url());
        domain.ifPresent(d -> doc.put("source_domain", d));
        domain.flatMap(outlets::countryOf).ifPresent(c -> doc.put("source_country", c));
        Set<String> people = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (EntityMention e : a.entities()) {
            String type = e.type() == null ? "" : e.type().toLowerCase(Locale.ROOT);
            switch (type) {
                case "person", "per", "people" -> people.add(e.id());
                case "organization", "organisation", "org" -> orgs.add(e.id());
                case "country" -> {
                    places.add(e.id());
                    countries.add(e.id());
                }
                case "place", "location", "loc", "gpe", "city" -> {
                    places.add(e.id());
                    if (outlets.label(e.id()).isPresent()) {
                        countries.add(e.id());
                    }
                }
                default -> { }
            }
        }
        people.forEach(doc.putArray("entity_people")::add);
        orgs.forEach(doc.putArray("entity_orgs")::add);
        places.forEach(doc.putArray("entity_places")::add);
        countries.forEach(doc.putArray("about_countries")::add);
    }
}
