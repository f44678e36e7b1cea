package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Real Arabic news for tests and benchmarks that need volume, read in place from ../shared/data (evaluation only:
 * never copied into the repository), as the JSON bodies POST /articles takes.
 */
public final class SaudiNewsNet {
    private SaudiNewsNet() {
    }

    /** @param sharedData the read-only shared/data folder beside the checkout */
    public static List<ObjectNode> articles(ObjectMapper json, Path sharedData, int wanted) throws IOException {
        Path dir = sharedData.resolve("news-ar-saudinewsnet");
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; out.size() < wanted && (e = in.getNextEntry()) != null; ) {
                    for (JsonNode a : json.readTree(new NonClosing(in))) {
                        if (out.size() >= wanted) {
                            break;
                        }
                        if (a.path("content").asText().isBlank()) {
                            continue;
                        }
                        ObjectNode article = json.createObjectNode();
                        article.put("title", a.path("title").asText());
                        article.put("body", a.path("content").asText());
                        article.put("url", a.path("url").asText());
                        article.put("source", a.path("source").asText());
                        article.put("published", a.path("date_extracted").asText().replace(' ', 'T'));
                        out.add(article);
                    }
                }
            }
            if (out.size() >= wanted) {
                break;
            }
        }
        return out;
    }

    /** Jackson closes what it reads; the zip stream must stay open for the next entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
