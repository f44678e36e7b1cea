package dev.khabar.functions.reindex;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.AwsClients;
import dev.khabar.errors.DependencyUnavailableException;
import dev.khabar.reindex.ReindexStarter;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;


/** Starts the reindex function asynchronously (its retries and dead-letter queue then apply). */
public final class LambdaReindexStarter implements ReindexStarter {
    private final LambdaClient lambda;
    private final String function;
    private final ObjectMapper json;

    public LambdaReindexStarter(LambdaClient lambda, String function, ObjectMapper json) {
        this.lambda = lambda;
        this.function = function;
        this.json = json;
    }

    static LambdaReindexStarter fromEnvironment(ObjectMapper json) {
        String function = System.getenv("KHABAR_REINDEX_FUNCTION");
        if (function == null || function.isBlank()) {
            throw new IllegalStateException("Missing environment variable KHABAR_REINDEX_FUNCTION");
        }
        return new LambdaReindexStarter(LambdaClient.builder().httpClient(AwsClients.httpClient()).build(), function, json);
    }

    @Override
    public void start(String mode) {
        SdkBytes payload = SdkBytes.fromUtf8String(json.createObjectNode().put("mode", mode).toString());
        try {
            lambda.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT).payload(payload));
        } catch (SdkException e) {
            throw new DependencyUnavailableException("reindex", e);
        }
    }
}
