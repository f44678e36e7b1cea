package dev.khabar.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.model.ArticleInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The article inside a saved or fetched page: title, canonical URL, published date and language from
 * the page's metadata (JSON-LD first, then Open Graph and other meta tags), and the main text from the
 * block that carries the most paragraph text once navigation, asides and scripts are gone.
 */
public final class HtmlArticleExtractor {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle");
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .related, .comments, .advert, .ad, .newsletter, .breadcrumb, .tags";
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private final ObjectMapper json;

    public HtmlArticleExtractor(ObjectMapper json) {
        this.json = json;
    }

    /** @param pageUrl where the page came from, used when the page names no canonical URL; may be null */
    public ArticleInput extract(String html, String pageUrl) {
        Document doc = pageUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, pageUrl);
        JsonNode ld = articleJsonLd(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                doc.title().isBlank() ? null : doc.title(), firstText(doc, "h1"));
        String canonical = first(absolute(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), urlOf(ld), pageUrl);
        String published = first(text(ld, "datePublished"), meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"), meta(doc, "DC.date.issued"),
                attr(doc, "time[datetime]", "datetime"), text(ld, "dateCreated"));
        String language = languageOf(doc);
        String source = first(meta(doc, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"));
        String body = mainText(doc);
        if ((body == null || body.isBlank()) && ld != null) {
            body = text(ld, "articleBody");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("no_article_text", "The page has no article text we could find.");
        }
        return new ArticleInput(title == null ? null : title.strip(), body, canonical, published, language, source);
    }

    private String mainText(Document doc) {
        Element root = doc.body();
        if (root == null) {
            return null;
        }
        root = root.clone();
        root.select(BOILERPLATE).remove();
        Element best = firstNonEmpty(root, "[itemprop=articleBody]", "article", "main", "[role=main]");
        if (best == null || paragraphChars(best) == 0) {
            best = densest(root);
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : best.select("p, h2, h3")) {
            String t = p.text().strip();
            // Short paragraphs are mostly bylines, captions and "read more" links; subheadings stay.
            if (!t.isEmpty() && (p.tagName().startsWith("h") || t.length() >= MIN_PARAGRAPH_CHARS)) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            String all = best.text().strip();
            return all.isEmpty() ? null : all;
        }
        return String.join("\n\n", paragraphs);
    }

    private static Element firstNonEmpty(Element root, String... selectors) {
        for (String selector : selectors) {
            Elements found = root.select(selector);
            Element richest = null;
            for (Element e : found) {
                if (richest == null || paragraphChars(e) > paragraphChars(richest)) {
                    richest = e;
                }
            }
            if (richest != null && paragraphChars(richest) > 0) {
                return richest;
            }
        }
        return null;
    }

    /** The element whose direct paragraph children hold the most text: the story, not the page around it. */
    private static Element densest(Element root) {
        Element best = root;
        int bestScore = 0;
        for (Element p : root.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int score = 0;
            for (Element child : parent.children()) {
                if (child.tagName().equals("p") && child.text().length() >= MIN_PARAGRAPH_CHARS) {
                    score += child.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = parent;
            }
        }
        return best;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private JsonNode articleJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(json.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException ignored) {
                // Broken JSON-LD is common; the meta tags still answer.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        JsonNode type = node.path("@type");
        if (type.isTextual() && ARTICLE_TYPES.contains(type.asText())) {
            return node;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return node;
                }
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static String urlOf(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode main = ld.path("mainEntityOfPage");
        return first(text(ld, "url"), main.isTextual() ? main.asText() : text(main, "@id"));
    }

    private static String languageOf(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").strip();
        if (lang.isEmpty()) {
            lang = meta(doc, "og:locale") == null ? "" : meta(doc, "og:locale");
        }
        if (lang.isEmpty()) {
            return null;
        }
        // "ar_SA" or "en-GB" → the primary language subtag the validator accepts.
        String primary = lang.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        String content = e.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static String absolute(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String url = e.absUrl(attribute);
        if (url.isEmpty()) {
            url = e.attr(attribute).strip();
        }
        return url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    private static String firstText(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null || e.text().isBlank() ? null : e.text();
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
