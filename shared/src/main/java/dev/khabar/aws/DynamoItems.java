package dev.khabar.aws;

import dev.khabar.errors.DependencyUnavailableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

import java.util.Map;
import java.util.Optional;

/**
 * The two item operations every store in the table needs: a put that creates only (retries and races
 * make one item) and a consistent read; an unreachable table becomes a 503 the caller can retry.
 */
final class DynamoItems {
    private final DynamoDbClient dynamo;
    private final String table;

    DynamoItems(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** @return true if this call created the item, false if one with the same key existed */
    boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }

    Optional<Map<String, AttributeValue>> getConsistent(Map<String, AttributeValue> key) {
        try {
            GetItemResponse response = dynamo.getItem(b -> b.tableName(table).consistentRead(true).key(key));
            return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
        } catch (SdkException e) {
            throw new DependencyUnavailableException("records", e);
        }
    }
}
