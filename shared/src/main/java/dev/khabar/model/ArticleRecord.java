package dev.khabar.model;

/** The DynamoDB record of an archived article: small metadata only, the body lives in S3. */
public record ArticleRecord(String id, String url, String title, String language, String published,
                            String source, String contentHash, String extractorVersion, IndexState indexState,
                            String ingestedAt, String duplicateOf) {

    public ArticleRecord withIndexState(IndexState state) {
        return new ArticleRecord(id, url, title, language, published, source, contentHash, extractorVersion, state,
                ingestedAt, duplicateOf);
    }
}
