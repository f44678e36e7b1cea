package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.ingest.RawInput;
import dev.khabar.model.Article;
import dev.khabar.store.ArticleArchive;
import dev.khabar.store.HealthCheck;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;

/** S3 keys are spread by the id's first two hex digits, never by date, so no prefix runs hot. */
public final class S3ArticleArchive implements ArticleArchive, HealthCheck {
    private final S3Client s3;
    private final String bucket;
    private final ObjectMapper json;

    public S3ArticleArchive(S3Client s3, String bucket, ObjectMapper json) {
        this.s3 = s3;
        this.bucket = bucket;
        this.json = json;
    }

    public static String rawKey(String id) {
        return "raw/" + id.substring(0, 2) + "/" + id;
    }

    public static String enrichedKey(String id) {
        return "enriched/" + id.substring(0, 2) + "/" + id + ".json";
    }

    @Override
    public void putRaw(String id, byte[] bytes, String contentType) {
        put(rawKey(id), bytes, contentType == null ? "application/octet-stream" : contentType);
    }

    @Override
    public void putEnriched(Article article) {
        try {
            put(enrichedKey(article.id()), json.writeValueAsBytes(article), "application/json; charset=utf-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.security.MessageDigest md5() {
        try {
            return java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private void put(String key, byte[] bytes, String contentType) {
        try {
            String md5 = java.util.Base64.getEncoder().encodeToString(md5().digest(bytes));
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentMD5(md5), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }

    @Override
    public Optional<Article> getEnriched(String id) {
        try {
            byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(enrichedKey(id))).asByteArray();
            return Optional.of(json.readValue(bytes, Article.class));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new DependencyUnavailableException("archive", e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<RawInput> getRaw(String id) {
        try {
            ResponseBytes<GetObjectResponse> raw = s3.getObjectAsBytes(b -> b.bucket(bucket).key(rawKey(id)));
            return Optional.of(new RawInput(raw.asByteArray(), raw.response().contentType(), null));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new DependencyUnavailableException("archive", e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }

    @Override
    public void forEachEnrichedId(Consumer<String> action) {
        try {
            for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("enriched/")).contents()) {
                String key = object.key();
                if (key.endsWith(".json")) {
                    action.accept(key.substring(key.lastIndexOf('/') + 1, key.length() - ".json".length()));
                }
            }
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public boolean isUp() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }
}
