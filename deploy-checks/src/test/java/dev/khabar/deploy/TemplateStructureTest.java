package dev.khabar.deploy;

import dev.khabar.aws.AppConfig;
import dev.khabar.aws.LocalResources;
import dev.khabar.aws.S3ArticleArchive;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.khabar.deploy.SamTemplate.list;
import static dev.khabar.deploy.SamTemplate.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml against the code it deploys: modules, environment, table shape, policies, bucket. */
class TemplateStructureTest {
    /** Archive prefixes the issue-5 doors will write (inbox files moved or rejected); not in the code yet. */
    private static final Set<String> PLANNED_PREFIXES = Set.of("inbox/", "processed/", "rejected/");
    private static final Set<String> WRITE_ACTIONS = Set.of("s3:PutObject", "s3:DeleteObject", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem", "es:ESHttpPut", "es:ESHttpDelete",
            "es:ESHttpPatch");
    private final SamTemplate template = SamTemplate.load(Repo.template());
    private final Map<String, DeployedFunctions.Function> functions = DeployedFunctions.of(template);

    TemplateStructureTest() throws IOException {
    }

    @Test
    void shouldDeployEveryFunctionModuleAndNameTheMissingOnesAsPending() throws IOException {
        Set<String> deployedModules = functions.values().stream().map(DeployedFunctions.Function::module)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> modules = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Repo.root().resolve("functions"))) {
            dirs.filter(d -> Files.exists(d.resolve("pom.xml")))
                    .forEach(d -> modules.add("functions/" + d.getFileName()));
        }
        Set<String> undeployed = new TreeSet<>(modules);
        undeployed.removeAll(deployedModules);
        assertEquals(Set.of(), undeployed, "function modules no template.yaml function deploys");
        List<String> problems = new ArrayList<>();
        functions.values().forEach(f -> {
            boolean pending = DeployedFunctions.PENDING.containsKey(f.name());
            if (!f.built() && !pending) {
                problems.add(f.name() + " deploys " + f.module() + ", which does not exist");
            }
            if (f.built() && pending) {
                problems.add(f.name() + ": " + f.module() + " exists now; take it off DeployedFunctions.PENDING");
            }
        });
        assertEquals(List.of(), problems);
        assertTrue(functions.keySet().containsAll(DeployedFunctions.PENDING.keySet()), "pending functions are in the template");
    }

    @Test
    void shouldRunEveryFunctionOnJava17Arm64WithSnapStartOnALiveAliasAndJsonLogs() {
        for (String f : functions.keySet()) {
            assertEquals("java17", template.functionProperty(f, "Runtime"), f);
            assertEquals(List.of("arm64"), template.functionProperty(f, "Architectures"), f);
            assertEquals("PublishedVersions", map(template.functionProperty(f, "SnapStart")).get("ApplyOn"), f);
            assertEquals("live", template.functionProperty(f, "AutoPublishAlias"), f);
            assertEquals("JSON", map(template.functionProperty(f, "LoggingConfig")).get("LogFormat"), f);
            assertNotNull(template.functionProperty(f, "MemorySize"), f);
            assertNotNull(template.functionProperty(f, "Timeout"), f);
        }
    }

    @Test
    void shouldSendFailedAsynchronousInvocationsToTheDeadLetterQueue() {
        List<String> missing = new ArrayList<>();
        for (String f : functions.keySet()) {
            boolean hasAsyncEvents = map(template.properties(f).get("Events")).values().stream()
                    .map(e -> map(e).get("Type")).anyMatch(t -> Set.of("S3", "Schedule", "ScheduleV2", "SNS", "EventBridgeRule").contains(t));
            if (hasAsyncEvents || DeployedFunctions.ASYNCHRONOUS.contains(f)) {
                Map<String, Object> onFailure = map(map(map(template.properties(f).get("EventInvokeConfig"))
                        .get("DestinationConfig")).get("OnFailure"));
                if (!"SQS".equals(onFailure.get("Type"))
                        || !Map.of("Fn::GetAtt", List.of("DeadLetterQueue", "Arn")).equals(onFailure.get("Destination"))) {
                    missing.add(f);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("AWS::SQS::Queue", template.resource("DeadLetterQueue").get("Type"));
    }

    @Test
    void shouldSetEveryEnvironmentVariableTheConfigurationRequires() {
        for (String f : functions.keySet()) {
            Map<String, String> env = new HashMap<>();
            template.environment(f).forEach((k, v) -> env.put(k, "set-by-template"));
            // AppConfig.from is what each handler's no-argument constructor runs first on Lambda.
            AppConfig.from(env);
            Map<String, Object> vars = template.environment(f);
            assertEquals(map(template.properties("ArchiveBucket")).get("BucketName"), vars.get("KHABAR_BUCKET"), f);
            assertEquals(Map.of("Ref", "Table"), vars.get("KHABAR_TABLE"), f);
            assertEquals(Map.of("Ref", "IndexAlias"), vars.get("KHABAR_INDEX"), f);
        }
    }

    @Test
    void shouldCreateTheTableWithExactlyTheKeysAndIndexesTheCodeCreatesLocally() {
        CreateTableRequest local = tableLocalResourcesCreates();
        Map<String, Object> table = template.properties("Table");
        assertEquals("PAY_PER_REQUEST", table.get("BillingMode"));
        assertEquals(Boolean.TRUE, map(table.get("PointInTimeRecoverySpecification")).get("PointInTimeRecoveryEnabled"));
        assertEquals(local.attributeDefinitions().stream().map(a -> a.attributeName() + ":" + a.attributeTypeAsString())
                        .collect(Collectors.toSet()),
                list(table.get("AttributeDefinitions")).stream().map(a -> map(a).get("AttributeName") + ":" + map(a).get("AttributeType"))
                        .collect(Collectors.toSet()));
        assertEquals(keys(local.keySchema()), keysOf(table.get("KeySchema")));
        Map<String, String> localIndexes = new TreeMap<>();
        for (GlobalSecondaryIndex g : local.globalSecondaryIndexes()) {
            localIndexes.put(g.indexName(), keys(g.keySchema()) + " " + g.projection().projectionTypeAsString());
        }
        Map<String, String> templateIndexes = new TreeMap<>();
        for (Object g : list(table.get("GlobalSecondaryIndexes"))) {
            templateIndexes.put(String.valueOf(map(g).get("IndexName")),
                    keysOf(map(g).get("KeySchema")) + " " + map(map(g).get("Projection")).get("ProjectionType"));
        }
        assertEquals(localIndexes, templateIndexes);
    }

    @Test
    void shouldGrantEachFunctionOnlyTheResourcesItIsConfiguredToUse() {
        Object bucket = map(template.properties("ArchiveBucket")).get("BucketName");
        String bucketName = String.valueOf(map(bucket).get("Fn::Sub"));
        Set<String> prefixes = new TreeSet<>(PLANNED_PREFIXES);
        prefixes.add(prefix(S3ArticleArchive.rawKey("0123456789abcdef")));
        prefixes.add(prefix(S3ArticleArchive.enrichedKey("0123456789abcdef")));
        List<String> problems = new ArrayList<>();
        for (String f : functions.keySet()) {
            Map<String, Object> env = template.environment(f);
            for (Map<String, Object> s : template.policyStatements(f)) {
                String sid = f + "/" + s.get("Sid");
                List<String> actions = list(s.get("Action")).stream().map(String::valueOf).toList();
                if (!"Allow".equals(s.get("Effect"))) {
                    problems.add(sid + " is not an Allow statement");
                }
                for (String action : actions) {
                    if (action.contains("*")) {
                        problems.add(sid + " grants a wildcard action " + action);
                    }
                }
                for (Object resource : list(s.get("Resource"))) {
                    String kind = kind(resource, bucketName, prefixes);
                    String service = kind.substring(0, kind.indexOf(':'));
                    actions.stream().filter(a -> !a.startsWith(service + ":"))
                            .forEach(a -> problems.add(sid + " grants " + a + " on a " + kind + " resource"));
                    switch (kind) {
                        case "s3:bucket", "s3:object" -> {
                            if (!env.containsKey("KHABAR_BUCKET")) {
                                problems.add(sid + " names the bucket but the function is not given KHABAR_BUCKET");
                            }
                        }
                        case "dynamodb:table" -> {
                            if (!env.containsKey("KHABAR_TABLE")) {
                                problems.add(sid + " names the table but the function is not given KHABAR_TABLE");
                            }
                        }
                        case "es:domain" -> {
                            if (!env.containsKey("KHABAR_OPENSEARCH_ENDPOINT")) {
                                problems.add(sid + " names the domain but the function is not given KHABAR_OPENSEARCH_ENDPOINT");
                            }
                        }
                        case "lambda:reindex" -> {
                            if (!env.containsKey("KHABAR_REINDEX_FUNCTION")) {
                                problems.add(sid + " may invoke the reindex function but is not given KHABAR_REINDEX_FUNCTION");
                            }
                        }
                        case "sqs:deadletters" -> {
                            if (!map(template.properties(f).get("EventInvokeConfig")).containsKey("DestinationConfig")) {
                                problems.add(sid + " may send to the dead-letter queue but has no on-failure destination");
                            }
                        }
                        default -> problems.add(sid + " names an unrecognised resource " + resource);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldGiveFunctionsThatOnlyServeReadsNoWriteAction() throws IOException {
        OpenApiRoutes api = new OpenApiRoutes(Repo.openApi());
        Map<String, Set<String>> methodsByFunction = new LinkedHashMap<>();
        api.operations().forEach((key, op) -> methodsByFunction
                .computeIfAbsent(OpenApiRoutes.function(op), k -> new TreeSet<>()).add(key.substring(0, key.indexOf(' '))));
        List<String> readOnly = new ArrayList<>();
        methodsByFunction.forEach((f, methods) -> {
            if (methods.equals(Set.of("GET")) && map(template.properties(f).get("Events")).isEmpty()) {
                readOnly.add(f);
            }
        });
        assertTrue(readOnly.contains("SearchApiFunction"), "the search function serves reads only: " + readOnly);
        for (String f : readOnly) {
            for (Map<String, Object> s : template.policyStatements(f)) {
                for (Object a : list(s.get("Action"))) {
                    assertTrue(!WRITE_ACTIONS.contains(String.valueOf(a)), f + " only reads but is granted " + a);
                }
            }
        }
    }

    @Test
    void shouldKeepTheArchiveBucketVersionedEncryptedPrivateAndTlsOnly() {
        Map<String, Object> bucket = template.properties("ArchiveBucket");
        assertEquals("Enabled", map(bucket.get("VersioningConfiguration")).get("Status"));
        assertTrue(!list(map(bucket.get("BucketEncryption")).get("ServerSideEncryptionConfiguration")).isEmpty());
        Map<String, Object> block = map(bucket.get("PublicAccessBlockConfiguration"));
        for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertEquals(Boolean.TRUE, block.get(k), k);
        }
        assertTrue(list(map(bucket.get("LifecycleConfiguration")).get("Rules")).stream()
                .anyMatch(r -> "raw/".equals(map(r).get("Prefix")) && !list(map(r).get("Transitions")).isEmpty()),
                "a lifecycle rule moves raw/ objects to cheaper storage");
        Map<String, Object> policy = template.properties("ArchiveBucketPolicy");
        assertEquals(Map.of("Ref", "ArchiveBucket"), policy.get("Bucket"));
        assertTrue(list(map(policy.get("PolicyDocument")).get("Statement")).stream().map(SamTemplate::map)
                .anyMatch(s -> "Deny".equals(s.get("Effect")) && "false".equals(String.valueOf(
                        map(map(s.get("Condition")).get("Bool")).get("aws:SecureTransport")))
                        && list(s.get("Resource")).size() == 2), "TLS-only policy on the bucket and its objects");
    }

    @Test
    void shouldTriggerTheInboxFunctionOnlyForObjectsUnderInbox() {
        Map<String, Object> event = map(map(template.properties("InboxFunction").get("Events")).get("Inbox"));
        assertEquals("S3", event.get("Type"));
        Map<String, Object> props = map(event.get("Properties"));
        assertEquals(Map.of("Ref", "ArchiveBucket"), props.get("Bucket"));
        List<Object> rules = list(map(map(props.get("Filter")).get("S3Key")).get("Rules"));
        assertEquals(List.of(Map.of("Name", "prefix", "Value", "inbox/")), rules);
    }

    @Test
    void shouldAlarmOnEveryFunctionsErrorsAndOnTheDeadLetterQueue() {
        Set<String> alarmed = new TreeSet<>();
        Set<String> queues = new TreeSet<>();
        for (String a : template.ofType("AWS::CloudWatch::Alarm")) {
            Map<String, Object> p = template.properties(a);
            for (Object d : list(p.get("Dimensions"))) {
                Object value = map(d).get("Value");
                if ("Errors".equals(p.get("MetricName"))) {
                    alarmed.add(String.valueOf(map(value).get("Ref")));
                }
                if ("QueueName".equals(map(d).get("Name"))) {
                    queues.add(String.valueOf(list(map(value).get("Fn::GetAtt")).get(0)));
                }
            }
        }
        assertEquals(functions.keySet().stream().collect(Collectors.toCollection(TreeSet::new)), alarmed);
        assertEquals(Set.of("DeadLetterQueue"), queues);
    }

    private static String prefix(String key) {
        return key.substring(0, key.indexOf('/') + 1);
    }

    /** "s3:object", "dynamodb:table" ...: what a policy resource names, checked against what exists. */
    private static String kind(Object resource, String bucketName, Set<String> prefixes) {
        Map<String, Object> r = map(resource);
        if (r.containsKey("Fn::GetAtt")) {
            List<Object> att = list(r.get("Fn::GetAtt"));
            if (att.equals(List.of("Table", "Arn"))) {
                return "dynamodb:table";
            }
            if (att.equals(List.of("DeadLetterQueue", "Arn"))) {
                return "sqs:deadletters";
            }
        }
        if ("ReindexFunction.Alias".equals(r.get("Ref"))) {
            return "lambda:reindex";
        }
        String sub = String.valueOf(r.get("Fn::Sub"));
        if (sub.equals("${Table.Arn}/index/*")) {
            return "dynamodb:table";
        }
        String s3 = "arn:${AWS::Partition}:s3:::" + bucketName;
        if (sub.equals(s3)) {
            return "s3:bucket";
        }
        if (sub.startsWith(s3 + "/") && sub.endsWith("*")) {
            String prefix = sub.substring(s3.length() + 1, sub.length() - 1);
            return prefixes.contains(prefix) ? "s3:object" : "s3:unknown prefix " + prefix;
        }
        if (sub.equals("arn:${AWS::Partition}:es:${AWS::Region}:${AWS::AccountId}:domain/${OpenSearchDomainName}/*")) {
            return "es:domain";
        }
        return "unknown:" + resource;
    }

    private static String keys(List<KeySchemaElement> schema) {
        return schema.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).collect(Collectors.joining(","));
    }

    private static String keysOf(Object schema) {
        return list(schema).stream().map(k -> map(k).get("AttributeName") + ":" + map(k).get("KeyType"))
                .collect(Collectors.joining(","));
    }

    /** Runs LocalResources.ensureTable against a recording client: the request is the code's own table shape. */
    @SuppressWarnings("unchecked")
    private static CreateTableRequest tableLocalResourcesCreates() {
        CreateTableRequest[] captured = new CreateTableRequest[1];
        DynamoDbClient recorder = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[]{DynamoDbClient.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "describeTable" -> throw ResourceNotFoundException.builder().message("absent").build();
                    case "createTable" -> {
                        if (args[0] instanceof Consumer<?> c) {
                            CreateTableRequest.Builder b = CreateTableRequest.builder();
                            ((Consumer<CreateTableRequest.Builder>) c).accept(b);
                            captured[0] = b.build();
                        } else {
                            captured[0] = (CreateTableRequest) args[0];
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        new LocalResources(null, recorder).ensureTable("khabar");
        assertNotNull(captured[0], "LocalResources.ensureTable created a table");
        List<AttributeDefinition> unused = captured[0].attributeDefinitions();
        assertTrue(!unused.isEmpty());
        return captured[0];
    }
}
