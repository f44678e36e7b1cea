package dev.khabar.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.NotFoundException;
import dev.khabar.ingest.ArticleIdentity;
import dev.khabar.ingest.RawInputReader;
import dev.khabar.ingest.UrlCanonicalizer;
import dev.khabar.model.Feed;
import dev.khabar.store.FeedStore;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Managing feeds through the API. The id comes from the canonical feed URL, so adding the same feed
 * twice returns the one already there. A URL naming a blocked address literally is refused at once;
 * host names are checked again at every fetch, after DNS.
 */
public final class FeedService {
    private static final Set<String> FIELDS = Set.of("url", "title");
    private final FeedStore feeds;
    private final UrlCanonicalizer urls;
    private final ObjectMapper json;
    private final AddressPolicy addresses;
    private final Clock clock;

    public FeedService(FeedStore feeds, UrlCanonicalizer urls, ObjectMapper json, AddressPolicy addresses, Clock clock) {
        this.feeds = feeds;
        this.urls = urls;
        this.json = json;
        this.addresses = addresses;
        this.clock = clock;
    }

    public record Created(Feed feed, boolean created) {
    }

    public Created create(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(RawInputReader.utf8(body == null ? new byte[0] : body));
        } catch (IOException e) {
            throw new InvalidInputException("invalid_json", "The body is not valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("invalid_json", "The body must be a JSON object.");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("unknown_field", "Unknown field; allowed: url, title.");
            }
        });
        JsonNode url = node.get("url");
        if (url == null || !url.isTextual() || url.asText().isBlank()) {
            throw new InvalidInputException("missing_url", "Field 'url' is required.");
        }
        String canonical = urls.canonicalize(url.asText());
        String host = URI.create(canonical).getHost();
        if (isLiteralAddress(host)) {
            try {
                if (!addresses.allows(InetAddress.getByName(host.replace("[", "").replace("]", "")))) {
                    throw new InvalidInputException("blocked_url", "Feeds on private or reserved addresses are not fetched.");
                }
            } catch (java.net.UnknownHostException e) {
                throw new InvalidInputException("invalid_url", "The url is not a valid absolute http(s) URL.");
            }
        }
        JsonNode title = node.get("title");
        if (title != null && !title.isNull() && (!title.isTextual() || title.asText().length() > 300)) {
            throw new InvalidInputException("invalid_field", "Field 'title' must be a string of at most 300 characters.");
        }
        Feed feed = Feed.create(idFor(canonical), url.asText().strip(), title == null || title.isNull() ? null : title.asText(),
                Instant.now(clock).toString());
        if (feeds.createIfAbsent(feed)) {
            return new Created(feed, true);
        }
        return new Created(feeds.get(feed.id()).orElse(feed), false);
    }

    public List<Feed> list() {
        return feeds.list();
    }

    public void delete(String id) {
        if (!ArticleIdentity.isWellFormed(id) || !feeds.delete(id)) {
            throw new NotFoundException("feed_not_found", "No feed with that id.");
        }
    }

    static String idFor(String canonicalUrl) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("feed\n" + canonicalUrl).getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static boolean isLiteralAddress(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }
}
