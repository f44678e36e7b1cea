package dev.khabar.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GETs feeds and pages from the open web, safely: http(s) only, every hop's host resolved and checked
 * against the {@link AddressPolicy} before connecting (redirects are followed by hand for that
 * reason, and bounded), bodies capped, timeouts short, one request per host per interval.
 */
public final class SafeFetcher {
    private final HttpClient http;
    private final FetchPolicy policy;
    private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();

    public SafeFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .build();
    }

    /** What came back: 304 means the validators matched and there is no body. */
    public record Result(int status, URI finalUrl, byte[] body, String contentType, String etag, String lastModified) {
    }

    public Result get(String url, String etag, String lastModified, int maxBytes) {
        URI uri = parse(url);
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            check(uri);
            pace(uri.getHost());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(policy.requestTimeout())
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            if (hop == 0 && etag != null) {
                request.header("If-None-Match", etag);
            }
            if (hop == 0 && lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            HttpResponse<InputStream> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new FetchException("timeout", "The server did not answer in time.", true);
            } catch (IOException e) {
                throw new FetchException("unreachable", "The server could not be reached.", true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", "Interrupted.", true);
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                discard(response);
                String location = response.headers().firstValue("location").orElseThrow(
                        () -> new FetchException("bad_redirect", "A redirect without a Location.", false));
                try {
                    uri = parse(uri.resolve(location.strip()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("bad_redirect", "The redirect's Location is not a valid URL.", false);
                }
                continue;
            }
            if (status == 304) {
                discard(response);
                return new Result(304, uri, new byte[0], null, etag, lastModified);
            }
            if (status >= 400) {
                discard(response);
                throw new FetchException("http_" + status, "The server answered " + status + ".", status >= 500 || status == 429);
            }
            byte[] body = read(response, maxBytes);
            return new Result(status, uri, body, response.headers().firstValue("content-type").orElse(null),
                    response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
        }
        throw new FetchException("too_many_redirects", "More than " + policy.maxRedirects() + " redirects.", false);
    }

    private URI parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("blocked_scheme", "Only http and https URLs are fetched.", false);
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw new FetchException("invalid_url", "The URL has no host or carries credentials.", false);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("invalid_url", "The URL is not valid.", false);
        }
    }

    /** Resolves the host and refuses it if any address it resolves to is not public. */
    private void check(URI uri) {
        parse(uri.toString());
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException("unknown_host", "The host name does not resolve.", true);
        }
        for (InetAddress a : addresses) {
            if (!policy.addresses().allows(a)) {
                throw new FetchException("blocked_address", "The host resolves to a private or reserved address.", false);
            }
        }
    }

    private void pace(String host) {
        long interval = policy.perHostInterval().toMillis();
        if (interval <= 0) {
            return;
        }
        String key = host.toLowerCase(Locale.ROOT);
        long wait;
        synchronized (nextAllowed) {
            long now = System.currentTimeMillis();
            long at = Math.max(now, nextAllowed.getOrDefault(key, 0L));
            nextAllowed.put(key, at + interval);
            wait = at - now;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", "Interrupted.", true);
            }
        }
    }

    private static byte[] read(HttpResponse<InputStream> response, int maxBytes) {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > maxBytes) {
                throw new FetchException("too_large", "The response is larger than " + maxBytes + " bytes.", false);
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new FetchException("too_large", "The response is larger than " + maxBytes + " bytes.", false);
            }
            return body;
        } catch (IOException e) {
            throw new FetchException("unreachable", "The connection broke while reading.", true);
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.readNBytes(64 * 1024);
        } catch (IOException ignored) {
            // Only draining so the connection can be reused.
        }
    }
}
