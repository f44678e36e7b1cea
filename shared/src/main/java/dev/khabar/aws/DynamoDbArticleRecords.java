package dev.khabar.aws;

import static dev.khabar.aws.DynamoAttributes.putIfPresent;
import static dev.khabar.aws.DynamoAttributes.s;
import static dev.khabar.aws.DynamoAttributes.str;

import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.model.ArticleRecord;
import dev.khabar.model.IndexState;
import dev.khabar.store.ArticleRecords;
import dev.khabar.store.HealthCheck;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One table, keys by access path: {@code pk=A#id, sk=A} for an article; {@code pk=H#hash, sk=H}
 * claims a normalised text for the first article that carried it (dedup); GSI2 is sparse and holds only articles awaiting indexing, so the pending repair reads just those.
 */
public final class DynamoDbArticleRecords implements ArticleRecords, HealthCheck {
    public static final String GSI_PENDING = "gsi2";
    /** Longer than any ingest of one article can take, retries included. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(15);
    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoItems items;
    private final java.time.Clock clock;

    public DynamoDbArticleRecords(DynamoDbClient dynamo, String table) {
        this(dynamo, table, java.time.Clock.systemUTC());
    }

    public DynamoDbArticleRecords(DynamoDbClient dynamo, String table, java.time.Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.items = new DynamoItems(dynamo, table);
        this.clock = clock;
    }

    static String articleKey(String id) {
        return "A#" + id;
    }

    @Override
    public boolean putIfAbsent(ArticleRecord r) {
        return items.putIfAbsent(toItem(r));
    }

    private static Map<String, AttributeValue> toItem(ArticleRecord r) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", s(articleKey(r.id())));
        item.put("sk", s("A"));
        item.put("id", s(r.id()));
        putIfPresent(item, "url", r.url());
        putIfPresent(item, "title", r.title());
        putIfPresent(item, "language", r.language());
        putIfPresent(item, "published", r.published());
        putIfPresent(item, "source", r.source());
        putIfPresent(item, "contentHash", r.contentHash());
        putIfPresent(item, "extractorVersion", r.extractorVersion());
        putIfPresent(item, "ingestedAt", r.ingestedAt());
        putIfPresent(item, "duplicateOf", r.duplicateOf());
        item.put("indexState", s(r.indexState().name()));
        if (r.indexState() == IndexState.PENDING) {
            item.put("gsi2pk", s("PENDING"));
            item.put("gsi2sk", s(r.ingestedAt() + "#" + r.id()));
        }
        return item;
    }

    /**
     * One claim item per normalised text ({@code pk=H#hash}), written only if absent: the condition
     * makes "is this text new?" and "it is mine now" one atomic step in every container at once.
     */
    @Override
    public Optional<String> claimContent(String contentHash, String id) {
        Map<String, AttributeValue> key = Map.of("pk", s("H#" + contentHash), "sk", s("H"));
        Map<String, AttributeValue> claim = new HashMap<>(key);
        claim.put("id", s(id));
        claim.put("claimedAt", s(clock.instant().toString()));
        if (items.putIfAbsent(claim)) {
            return Optional.empty();
        }
        Map<String, AttributeValue> held = items.getConsistent(key).orElse(claim);
        String owner = str(held, "id");
        if (owner.equals(id) || items.getConsistent(Map.of("pk", s(articleKey(owner)), "sk", s("A"))).isPresent()) {
            return owner.equals(id) ? Optional.empty() : Optional.of(owner);
        }
        // The owner claimed the text but never recorded it (its ingest failed and was not retried):
        // after a grace period longer than any ingest, the claim passes to this article.
        java.time.Instant claimedAt = java.time.Instant.parse(str(held, "claimedAt"));
        if (claimedAt.plus(ABANDONED_AFTER).isAfter(clock.instant())) {
            return Optional.of(owner);
        }
        try {
            dynamo.putItem(b -> b.tableName(table).item(claim).conditionExpression("id = :owner")
                    .expressionAttributeValues(Map.of(":owner", s(owner))));
            return Optional.empty();
        } catch (ConditionalCheckFailedException lost) {
            return claimContent(contentHash, id);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    /**
     * The records were written by this caller moments ago and are put back whole with their new
     * state, 25 to a request, instead of one conditional update each: the index-state step was a
     * third of the table's requests during bulk ingest.
     */
    @Override
    public void markIndexed(Collection<ArticleRecord> created) {
        List<WriteRequest> writes = new ArrayList<>();
        for (ArticleRecord r : created) {
            writes.add(WriteRequest.builder().putRequest(p -> p.item(toItem(r.withIndexState(IndexState.INDEXED)))).build());
        }
        try {
            for (int start = 0; start < writes.size(); start += 25) {
                untilProcessed(Map.of(table, writes.subList(start, Math.min(writes.size(), start + 25))), asked -> {
                    BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(asked));
                    return response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException("records", e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public Optional<ArticleRecord> get(String id) {
        return items.getConsistent(Map.of("pk", s(articleKey(id)), "sk", s("A"))).map(DynamoDbArticleRecords::toRecord);
    }

    @Override
    public void updateIndexState(String id, IndexState state) {
        try {
            if (state != IndexState.PENDING) {
                dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", s(articleKey(id)), "sk", s("A")))
                        .updateExpression("SET indexState = :s REMOVE gsi2pk, gsi2sk")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":s", s(state.name()))));
            } else {
                dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", s(articleKey(id)), "sk", s("A")))
                        .updateExpression("SET indexState = :s, gsi2pk = :p, gsi2sk = ingestedAt")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":s", s(state.name()), ":p", s("PENDING"))));
            }
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("No record for article " + id, e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public Map<String, ArticleRecord> getAll(Collection<String> ids) {
        Map<String, ArticleRecord> found = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        try {
            for (int start = 0; start < all.size(); start += 100) {
                List<Map<String, AttributeValue>> keys = new ArrayList<>();
                for (String id : all.subList(start, Math.min(all.size(), start + 100))) {
                    keys.add(Map.of("pk", s(articleKey(id)), "sk", s("A")));
                }
                untilProcessed(Map.of(table, KeysAndAttributes.builder().keys(keys).consistentRead(true).build()), asked -> {
                    BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(asked));
                    response.responses().getOrDefault(table, List.of()).forEach(item -> found.put(str(item, "id"), toRecord(item)));
                    return response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                });
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException("records", e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public List<String> pendingIds(int limit) {
        try {
            List<String> ids = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = dynamo.query(b -> b.tableName(table).indexName(GSI_PENDING)
                        .keyConditionExpression("gsi2pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("PENDING")))
                        .exclusiveStartKey(from).limit(Math.min(limit - ids.size(), 1000)));
                page.items().forEach(item -> ids.add(str(item, "id")));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null && ids.size() < limit);
            return ids;
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public void forEach(Consumer<ArticleRecord> action) {
        try {
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = dynamo.scan(b -> b.tableName(table).exclusiveStartKey(from)
                        .filterExpression("sk = :a").expressionAttributeValues(Map.of(":a", s("A"))));
                page.items().forEach(item -> action.accept(toRecord(item)));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            } while (start != null);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    @Override
    public void updateExtraction(ArticleRecord r) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":v", s(r.extractorVersion()));
        StringBuilder set = new StringBuilder("SET extractorVersion = :v");
        List<String> remove = new ArrayList<>();
        for (Map.Entry<String, String> field : Map.of("#l", nullToEmpty(r.language()), "published", nullToEmpty(r.published()),
                "title", nullToEmpty(r.title())).entrySet()) {
            String placeholder = ":" + field.getKey().replace("#", "");
            if (field.getValue().isEmpty()) {
                remove.add(field.getKey());
            } else {
                set.append(", ").append(field.getKey()).append(" = ").append(placeholder);
                values.put(placeholder, s(field.getValue()));
            }
        }
        String expression = set + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove));
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("pk", s(articleKey(r.id())), "sk", s("A")))
                    .updateExpression(expression)
                    .expressionAttributeNames(Map.of("#l", "language"))
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException e) {
            throw new IllegalStateException("No record for article " + r.id(), e);
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    /**
     * Sends a batch request again with whatever the table left unprocessed (it throttles by returning
     * part of a batch), backing off, until nothing is left; a table that keeps refusing is a 503.
     */
    private static <T> void untilProcessed(Map<String, T> request, java.util.function.Function<Map<String, T>, Map<String, T>> send)
            throws InterruptedException {
        for (int attempt = 0; !request.isEmpty(); attempt++) {
            request = send.apply(request);
            if (!request.isEmpty()) {
                if (attempt >= 8) {
                    throw new DependencyUnavailableException("records", null);
                }
                Thread.sleep(20L << attempt);
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static ArticleRecord toRecord(Map<String, AttributeValue> item) {
        return new ArticleRecord(str(item, "id"), str(item, "url"), str(item, "title"), str(item, "language"),
                str(item, "published"), str(item, "source"), str(item, "contentHash"), str(item, "extractorVersion"),
                IndexState.valueOf(str(item, "indexState")), str(item, "ingestedAt"), str(item, "duplicateOf"));
    }

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public boolean isUp() {
        try {
            dynamo.describeTable(b -> b.tableName(table));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }
}
