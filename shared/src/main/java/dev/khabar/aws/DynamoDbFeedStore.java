package dev.khabar.aws;

import static dev.khabar.aws.DynamoAttributes.n;
import static dev.khabar.aws.DynamoAttributes.num;
import static dev.khabar.aws.DynamoAttributes.putIfPresent;
import static dev.khabar.aws.DynamoAttributes.s;
import static dev.khabar.aws.DynamoAttributes.str;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.Feed;
import dev.khabar.store.FeedStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds live in the articles table under their own prefix: {@code pk=F#id, sk=F} for the feed and its
 * state, {@code pk=F#id, sk=I#hash} for each item already taken, so deleting a feed is one partition.
 */
public final class DynamoDbFeedStore implements FeedStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoItems items;

    public DynamoDbFeedStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.items = new DynamoItems(dynamo, table);
    }

    private static String pk(String id) {
        return "F#" + id;
    }

    @Override
    public boolean createIfAbsent(Feed feed) {
        return items.putIfAbsent(toItem(feed));
    }

    @Override
    public Optional<Feed> get(String id) {
        return items.getConsistent(key(id, "F")).map(DynamoDbFeedStore::toFeed);
    }

    @Override
    public List<Feed> list() {
        try {
            List<Feed> feeds = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = dynamo.scan(b -> b.tableName(table).exclusiveStartKey(from)
                        .filterExpression("sk = :f").expressionAttributeValues(Map.of(":f", s("F"))));
                page.items().forEach(item -> feeds.add(toFeed(item)));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
            feeds.sort(Comparator.comparing(Feed::createdAt).thenComparing(Feed::id));
            return feeds;
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public boolean delete(String id) {
        try {
            dynamo.deleteItem(b -> b.tableName(table).key(key(id, "F")).conditionExpression("attribute_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
        try {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s(pk(id)))).exclusiveStartKey(from));
                for (Map<String, AttributeValue> item : page.items()) {
                    dynamo.deleteItem(b -> b.tableName(table).key(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        } catch (SdkException e) {
            // The feed itself is gone; leftover item markers are harmless and go with the next delete.
        }
        return true;
    }

    @Override
    public void saveState(Feed feed) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(toItem(feed)).conditionExpression("attribute_exists(pk)"));
        } catch (ConditionalCheckFailedException e) {
            // Deleted while it ran: stays deleted.
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public boolean isSeen(String feedId, String itemKey) {
        try {
            GetItemResponse r = dynamo.getItem(b -> b.tableName(table).key(key(feedId, "I#" + hash(itemKey))));
            return r.hasItem() && !r.item().isEmpty();
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public void markSeen(String feedId, String itemKey) {
        Map<String, AttributeValue> item = new HashMap<>(key(feedId, "I#" + hash(itemKey)));
        try {
            dynamo.putItem(b -> b.tableName(table).item(item));
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    private static Map<String, AttributeValue> key(String id, String sk) {
        return Map.of("pk", s(pk(id)), "sk", s(sk));
    }

    private static Map<String, AttributeValue> toItem(Feed f) {
        Map<String, AttributeValue> item = new HashMap<>(key(f.id(), "F"));
        putIfPresent(item, "id", f.id());
        putIfPresent(item, "url", f.url());
        putIfPresent(item, "title", f.title());
        putIfPresent(item, "createdAt", f.createdAt());
        putIfPresent(item, "etag", f.etag());
        putIfPresent(item, "lastModified", f.lastModified());
        putIfPresent(item, "lastRunAt", f.lastRunAt());
        putIfPresent(item, "lastStatus", f.lastStatus());
        putIfPresent(item, "lastError", f.lastError());
        item.put("runs", n(f.runs()));
        item.put("itemsSeen", n(f.itemsSeen()));
        item.put("articlesCreated", n(f.articlesCreated()));
        item.put("errors", n(f.errors()));
        return item;
    }

    private static Feed toFeed(Map<String, AttributeValue> i) {
        return new Feed(str(i, "id"), str(i, "url"), str(i, "title"), str(i, "createdAt"), str(i, "etag"),
                str(i, "lastModified"), str(i, "lastRunAt"), str(i, "lastStatus"), str(i, "lastError"), num(i, "runs"),
                num(i, "itemsSeen"), num(i, "articlesCreated"), num(i, "errors"));
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
