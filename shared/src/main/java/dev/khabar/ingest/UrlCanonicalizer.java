package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The same story reached through a tracking link, an AMP page or with a trailing slash must get the
 * same id, so URLs are reduced to one canonical form before hashing.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "ref", "ref_src", "cmpid", "ocid", "smid", "_ga", "yclid", "amp", "outputtype", "spm");
    private static final int MAX_URL = 2048;

    public String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL) {
            throw new InvalidInputException("invalid_url", "The url is longer than " + MAX_URL + " characters.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("invalid_url", "The url is not a valid absolute http(s) URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidInputException("invalid_url", "The url is not a valid absolute http(s) URL.");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        while ((host.startsWith("amp.") || host.startsWith("www.")) && host.length() > 4) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        path = path.replaceAll("/+", "/");
        // Strip AMP suffixes and trailing slashes until none is left, so canonical forms are fixed points.
        for (String before = null; !path.equals(before); ) {
            before = path;
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.endsWith("/amp")) {
                path = path.substring(0, path.length() - 4);
            } else if (path.endsWith(".amp")) {
                path = path.substring(0, path.length() - 4);
            }
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (name.startsWith("utm_") || TRACKING.contains(name)) {
                    continue;
                }
                kept.add(pair);
            }
        }
        kept.sort(String::compareTo);
        // Scheme is folded to https: the same page served over both must not become two articles.
        StringBuilder out = new StringBuilder("https://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!kept.isEmpty()) {
            out.append('?').append(String.join("&", kept));
        }
        return out.toString();
    }
}
