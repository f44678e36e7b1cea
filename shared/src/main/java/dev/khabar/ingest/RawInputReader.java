package dev.khabar.ingest;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.UnsupportedMediaTypeException;
import dev.khabar.model.ArticleInput;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one article from bytes of a known kind (JSON, the raw text format, an HTML page), the same way
 * for every door and again at re-extraction time, from the raw bytes the archive kept.
 */
public final class RawInputReader {
    private final ArticleRequestReader json;
    private final RawTextParser rawText;
    private final HtmlArticleExtractor html;

    public RawInputReader(ArticleRequestReader json, RawTextParser rawText, HtmlArticleExtractor html) {
        this.json = json;
        this.rawText = rawText;
        this.html = html;
    }

    /** @param pageUrl for HTML: the URL it was fetched from, if known */
    public ArticleInput read(byte[] bytes, String contentType, String pageUrl) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String text = utf8(bytes);
        return switch (type) {
            case "application/json", "" -> json.fromJson(text);
            case "text/plain", "text/markdown" -> rawText.parse(text);
            case "text/html", "application/xhtml+xml" -> html.extract(text, pageUrl);
            default -> throw new UnsupportedMediaTypeException(type);
        };
    }

    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("invalid_encoding", "The text is not valid UTF-8.");
        }
    }
}
