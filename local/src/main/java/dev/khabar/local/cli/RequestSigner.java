package dev.khabar.local.cli;

import java.net.URI;
import java.util.Map;

/** Adds authentication headers to a request before it is sent. */
public interface RequestSigner {
    /** @return the headers to add (never host or content-length, which the HTTP client sets) */
    Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body);

    RequestSigner NONE = (method, uri, headers, body) -> Map.of();
}
