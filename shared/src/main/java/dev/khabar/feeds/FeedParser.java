package dev.khabar.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.InvalidInputException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed. XML is read with DTDs and external entities
 * off, and a document that declares a DTD at all is refused: feeds never need one, and refusing it
 * closes XXE and entity-expansion (billion laughs) attacks whatever the parser would have done.
 */
public final class FeedParser {
    private final ObjectMapper json;
    private final XMLInputFactory xml;

    public FeedParser(ObjectMapper json) {
        this.json = json;
        // The JDK's own StAX implementation, whatever else is on the classpath.
        this.xml = XMLInputFactory.newDefaultFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public List<FeedItem> parse(byte[] bytes) {
        int start = 0;
        while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r'
                || bytes[start] == '\t' || (bytes[start] & 0xFF) == 0xEF || (bytes[start] & 0xFF) == 0xBB || (bytes[start] & 0xFF) == 0xBF)) {
            start++;
        }
        if (start < bytes.length && bytes[start] == '{') {
            return jsonFeed(bytes);
        }
        return xmlFeed(bytes);
    }

    private List<FeedItem> jsonFeed(byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidInputException("invalid_feed", "The feed is not valid JSON.");
        }
        if (!root.path("version").asText().contains("jsonfeed.org")) {
            throw new InvalidInputException("invalid_feed", "A JSON feed must declare a jsonfeed.org version.");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String url = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            String summary = text(item, "content_text") != null ? text(item, "content_text") : text(item, "summary");
            items.add(new FeedItem(text(item, "id"), url, text(item, "title"), text(item, "date_published"), summary));
        }
        return items;
    }

    private List<FeedItem> xmlFeed(byte[] bytes) {
        List<FeedItem> items = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = xml.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean sawRoot = false;
            Entry entry = null;
            String field = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new InvalidInputException("feed_has_dtd",
                            "The feed declares a DTD; feeds are read without DTDs or entities.");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InvalidInputException("invalid_feed",
                            "The feed uses an undeclared entity.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName().toLowerCase(Locale.ROOT);
                        if (!sawRoot) {
                            sawRoot = true;
                            if (!name.equals("rss") && !name.equals("feed") && !name.equals("rdf")) {
                                throw new InvalidInputException("invalid_feed", "Not an RSS, Atom or JSON feed.");
                            }
                        } else if (name.equals("item") || name.equals("entry")) {
                            entry = new Entry();
                        } else if (entry != null) {
                            if (name.equals("link") && r.getAttributeValue(null, "href") != null) {
                                String rel = r.getAttributeValue(null, "rel");
                                if ((rel == null || rel.equals("alternate")) && entry.link == null) {
                                    entry.link = r.getAttributeValue(null, "href").strip();
                                }
                            }
                            field = name;
                            text.setLength(0);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (field != null) {
                            text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = r.getLocalName().toLowerCase(Locale.ROOT);
                        if (entry != null && (name.equals("item") || name.equals("entry"))) {
                            items.add(entry.toItem());
                            entry = null;
                        } else if (entry != null && name.equals(field)) {
                            entry.set(name, text.toString().strip());
                            field = null;
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!sawRoot) {
                throw new InvalidInputException("invalid_feed", "The feed is empty.");
            }
            return items;
        } catch (XMLStreamException e) {
            throw new InvalidInputException("invalid_feed", "The feed is not well-formed XML.");
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK's parser can fail on malformed DTDs with a runtime exception of its own (a missing
            // message resource, found by fuzzing): still a malformed feed, not our failure.
            throw new InvalidInputException("invalid_feed", "The feed is not well-formed XML.");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // Nothing left to release that matters.
                }
            }
        }
    }

    /** The fields of one RSS item or Atom entry as they stream past. */
    private static final class Entry {
        String guid;
        String link;
        String title;
        String published;
        String summary;

        void set(String name, String value) {
            if (value.isEmpty()) {
                return;
            }
            switch (name) {
                case "guid", "id" -> guid = guid == null ? value : guid;
                case "link" -> link = link == null ? value : link;
                case "title" -> title = title == null ? value : title;
                case "pubdate", "published", "date", "issued" -> published = value;
                case "updated", "modified" -> published = published == null ? value : published;
                case "encoded", "content" -> summary = value;
                case "description", "summary" -> summary = summary == null ? value : summary;
                default -> {
                }
            }
        }

        FeedItem toItem() {
            return new FeedItem(guid, link, title, published, summary);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }
}
