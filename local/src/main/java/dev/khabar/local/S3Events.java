package dev.khabar.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds S3 notification events exactly as S3 sends them (keys URL-encoded, spaces as '+'), from
 * fields or from a saved event such as {@code events/s3-inbox-put.json}.
 */
public final class S3Events {
    private S3Events() {
    }

    public static S3Event objectCreated(String bucket, String key, long size) {
        return new S3Event(List.of(record(bucket, URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"),
                size, Instant.now().toString())));
    }

    /** Reads a saved event; its keys stay encoded, as the handler receives them. */
    public static S3Event read(Path file, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(Files.readAllBytes(file));
        List<S3EventNotification.S3EventNotificationRecord> records = new ArrayList<>();
        for (JsonNode r : root.path("Records")) {
            JsonNode s3 = r.path("s3");
            records.add(record(s3.path("bucket").path("name").asText(), s3.path("object").path("key").asText(),
                    s3.path("object").path("size").asLong(), r.path("eventTime").asText()));
        }
        return new S3Event(records);
    }

    private static S3EventNotification.S3EventNotificationRecord record(String bucket, String encodedKey, long size,
                                                                         String time) {
        S3EventNotification.S3BucketEntity bucketEntity = new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("local"), "arn:aws:s3:::" + bucket);
        S3EventNotification.S3ObjectEntity object = new S3EventNotification.S3ObjectEntity(encodedKey, size, null, null, null);
        S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("khabar-inbox", bucketEntity, object, "1.0");
        return new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3", time, "2.1",
                new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("local", "local"), s3,
                new S3EventNotification.UserIdentityEntity("local"));
    }
}
