package dev.khabar.aws;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.store.InboxFiles;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Inbox, processed and rejected files in the archive bucket. */
public final class S3InboxFiles implements InboxFiles {
    private final S3Client s3;
    private final String bucket;

    public S3InboxFiles(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * Copies the object to a temporary file first: ingesting a large file takes longer than S3 keeps
     * an idle connection open, and a broken stream midway would restart the whole file. The copy
     * lives in the function's ephemeral storage, not its memory, and goes when the stream closes.
     */
    @Override
    public InputStream open(String key) {
        Path copy = null;
        try {
            copy = Files.createTempFile("khabar-inbox-", ".part");
            Files.delete(copy);
            Path target = copy;
            s3.getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toFile(target));
            return Files.newInputStream(target, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (NoSuchKeyException e) {
            deleteQuietly(copy);
            return null;
        } catch (SdkException e) {
            deleteQuietly(copy);
            throw new DependencyUnavailableException("archive", e);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A leftover temp file is cleaned with the container.
            }
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }

    @Override
    public void move(String from, String to) {
        try {
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(from).destinationBucket(bucket).destinationKey(to));
            s3.deleteObject(b -> b.bucket(bucket).key(from));
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }

    @Override
    public List<String> list(String prefix, int max) {
        try {
            List<String> keys = new ArrayList<>();
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                keys.add(o.key());
                if (keys.size() >= max) {
                    break;
                }
            }
            return keys;
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }

    @Override
    public byte[] readIfPresent(String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw new DependencyUnavailableException("archive", e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("archive", e);
        }
    }
}
