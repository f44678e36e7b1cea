package dev.khabar.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/** Reading and writing plain DynamoDB attributes, shared by the stores that keep items in the table. */
final class DynamoAttributes {
    private DynamoAttributes() {
    }

    static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }

    static AttributeValue n(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    /** Null values are left out: DynamoDB has no empty strings in keys and we store no nulls. */
    static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? 0 : Long.parseLong(v.n());
    }
}
