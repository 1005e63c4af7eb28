package org.hotlineperf.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generates hostile requests, deterministically from a seed: case {@code n} of seed {@code s} is always the same
 * request, so a failure can be replayed alone. Documents are built from the live schema (every query and mutation
 * field, with arguments of the right type, the wrong type, or hostile values), plus deep nesting, alias floods,
 * broken syntax, introspection, malformed JSON bodies, odd methods, media types and paths, the CSV/XLSX export,
 * and byte-level malformed HTTP.
 */
final class FuzzGenerator {

    /** Test-only fields that fail, block or sleep on purpose. */
    private static final Set<String> EXCLUDED_FIELDS = Set.of("failingQuery", "heldQuery", "slowField",
            "slowStatement");

    private static final List<String> EXPORTS = List.of("unit-costs", "budget-execution", "score-comparison",
            "indicator-comparison", "trend", "deductions", "UNIT-COSTS", "", "..", "%2e%2e", "x".repeat(300));

    private static final List<String> TOKENS = List.of("{", "}", "(", ")", "[", "]", ":", ",", "!", "$", "@",
            "...", "=", "|", "&", "\"", "\"\"\"", "#", "query", "mutation", "subscription", "fragment", "on", "true",
            "false", "null", "projects", "regions", "analytics", "edges", "node", "id", "first", "1", "-1", "1.5e3",
            "\"str\"", "__typename", "__schema", "\\u0000", "\n");

    private final GraphQLSchema schema;
    private final long seed;
    private final List<ObjectNode> documents;
    /** A bearer token allowed to write, so that mutations get past authorisation to their validation. */
    private final String writerToken;
    private final List<Target> targets;

    /** One argument, or one field inside an input object argument, reached through a path of fields. */
    private record Target(List<GraphQLFieldDefinition> path, GraphQLArgument argument, List<String> inputPath,
                          GraphQLInputType type) {
    }

    /**
     * @param documents import documents (the seed reports) that mutations taking a JSON document start from
     */
    FuzzGenerator(GraphQLSchema schema, long seed, List<ObjectNode> documents, String writerToken) {
        this.schema = schema;
        this.seed = seed;
        this.documents = documents;
        this.writerToken = writerToken;
        this.targets = new ArrayList<>();
        collectTargets(schema.getQueryType(), new ArrayList<>(), 0);
        if (schema.getMutationType() != null) {
            collectTargets(schema.getMutationType(), new ArrayList<>(), 0);
        }
    }

    /** Every argument (and every field of an input object argument) reachable within three levels of a root. */
    private void collectTargets(GraphQLFieldsContainer type, List<GraphQLFieldDefinition> path, int depth) {
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            if (EXCLUDED_FIELDS.contains(field.getName())) {
                continue;
            }
            List<GraphQLFieldDefinition> fieldPath = new ArrayList<>(path);
            fieldPath.add(field);
            for (GraphQLArgument argument : field.getArguments()) {
                collectInputs(fieldPath, argument, argument.getType(), List.of());
            }
            if (depth < 2 && GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLFieldsContainer next
                    && path.stream().noneMatch(step -> GraphQLTypeUtil.unwrapAll(step.getType()) == next)) {
                collectTargets(next, fieldPath, depth + 1);
            }
        }
    }

    private void collectInputs(List<GraphQLFieldDefinition> path, GraphQLArgument argument, GraphQLInputType type,
                               List<String> inputPath) {
        if (GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLInputObjectType object && inputPath.size() < 2) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                List<String> deeper = new ArrayList<>(inputPath);
                deeper.add(field.getName());
                collectInputs(path, argument, field.getType(), deeper);
            }
        } else {
            targets.add(new Target(List.copyOf(path), argument, inputPath, type));
        }
    }

    FuzzCase generate(int index) {
        Generation generation = new Generation(new FuzzValues(new SplittableRandom(seed * 1_000_003L + index)));
        return generation.next().numbered(index);
    }

    /** The state of one case: its random source and, for a document, its variables. */
    private final class Generation {

        private final FuzzValues values;
        private final Map<String, Object> variables = new LinkedHashMap<>();
        private final List<String> declarations = new ArrayList<>();
        private int maxDepth;

        Generation(FuzzValues values) {
            this.values = values;
        }

        FuzzCase next() {
            boolean hasMutations = schema.getMutationType() != null;
            int roll = values.below(100);
            if (roll < 20) {
                return operation("schema-query", schema.getQueryType(), "query");
            }
            if (roll < 30) {
                return sweep();
            }
            if (roll < 38) {
                return hasMutations ? operation("schema-mutation", schema.getMutationType(), "mutation")
                        : operation("schema-query", schema.getQueryType(), "query");
            }
            if (roll < 44) {
                return hasImport() ? importDocument() : deep();
            }
            if (roll < 49) {
                return deep();
            }
            if (roll < 52) {
                return aliases();
            }
            if (roll < 60) {
                return syntax();
            }
            if (roll < 63) {
                return introspection();
            }
            if (roll < 76) {
                return malformedBody();
            }
            if (roll < 87) {
                return transport();
            }
            if (roll < 95) {
                return export();
            }
            return rawHttp();
        }

        private boolean hasImport() {
            return schema.getMutationType() != null
                    && schema.getMutationType().getFieldDefinition("importEvaluationReport") != null;
        }

        /**
         * An import of a seed report under a fuzz key, broken in up to four places or intact; half of them dry
         * runs, which must write nothing even when the document is valid.
         */
        private FuzzCase importDocument() {
            boolean dryRun = values.chance(0.5);
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("document", document());
            variables.put("dryRun", dryRun);
            return graphQl(dryRun ? "dry-run" : "import", "importEvaluationReport",
                    "mutation($document: JSON!, $dryRun: Boolean) { importEvaluationReport(document: $document, "
                            + "dryRun: $dryRun) { reportKey outcome dryRun report { id key } } }", variables, !dryRun);
        }

        /**
         * One argument (or input field) given a hostile value while every other required argument gets a plain
         * one, so that each argument meets NUL characters, huge numbers and the like even in a short run.
         */
        private FuzzCase sweep() {
            Target target = values.pick(targets);
            Object hostile = hostile(GraphQLTypeUtil.unwrapAll(target.type()));
            StringBuilder document = new StringBuilder();
            List<GraphQLFieldDefinition> path = target.path();
            boolean asVariable = values.chance(0.5);
            String rootKeyword = schema.getMutationType() != null
                    && schema.getMutationType().getFieldDefinitions().contains(path.getFirst()) ? "mutation" : "query";
            for (GraphQLFieldDefinition field : path) {
                document.append("{ ").append(field.getName());
                List<String> arguments = new ArrayList<>();
                for (GraphQLArgument argument : field.getArguments()) {
                    if (field == path.getLast() && argument == target.argument()) {
                        Object value = nestInto(target.inputPath(), hostile);
                        if (asVariable) {
                            declarations.add("$hostile: " + GraphQLTypeUtil.simplePrint(argument.getType()));
                            variables.put("hostile", FuzzValues.json(value));
                            arguments.add(argument.getName() + ": $hostile");
                        } else {
                            arguments.add(argument.getName() + ": " + FuzzValues.literal(value));
                        }
                    } else if (GraphQLTypeUtil.isNonNull(argument.getType())) {
                        arguments.add(argument.getName() + ": " + FuzzValues.literal(plain(argument.getType())));
                    }
                }
                if (!arguments.isEmpty()) {
                    document.append('(').append(String.join(", ", arguments)).append(')');
                }
                document.append(' ');
            }
            if (GraphQLTypeUtil.unwrapAll(path.getLast().getType()) instanceof GraphQLFieldsContainer) {
                document.append("{ __typename } ");
            }
            document.append("} ".repeat(path.size()));
            String header = declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")";
            String label = path.stream().map(GraphQLFieldDefinition::getName).reduce((a, b) -> a + "." + b)
                    .orElse("") + "(" + target.argument().getName()
                    + (target.inputPath().isEmpty() ? "" : "." + String.join(".", target.inputPath())) + ")";
            return graphQl("sweep", label, rootKeyword + header + " " + document, variables.isEmpty() ? null
                    : variables, rootKeyword.equals("mutation"));
        }

        private Object nestInto(List<String> inputPath, Object value) {
            Object nested = value;
            for (int i = inputPath.size() - 1; i >= 0; i--) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put(inputPath.get(i), nested);
                nested = object;
            }
            return nested;
        }

        private Object hostile(GraphQLType type) {
            if (type instanceof GraphQLEnumType) {
                return values.chance(0.5) ? new FuzzValues.EnumLiteral(values.enumNoise()) : values.aString();
            }
            if (type instanceof GraphQLInputObjectType) {
                return values.wild(0);
            }
            String name = type instanceof GraphQLScalarType scalar ? scalar.getName() : "";
            return switch (name) {
                case "Int", "Float" -> values.pick(List.<Object>of(new BigInteger("2147483648"), -1, 0,
                        2_147_483_647, -2_147_483_648, new BigInteger("99999999999999999999"), 1.5,
                        "12"));
                case "Decimal" -> values.aDecimal();
                case "Date", "PartialDate" -> values.aDate();
                case "Boolean" -> values.pick(List.<Object>of("yes", 1, "true"));
                case "JSON" -> document();
                default -> values.pick(List.of("\u0000", "a\u0000b", values.longString(),
                        "'; DROP TABLE project; --", "\ud83d", "", "%", "\\", " ", "-1",
                        "99999999999999999999", "djE6LTE", "淮南"));
            };
        }

        private Object plain(GraphQLInputType type) {
            GraphQLType named = GraphQLTypeUtil.unwrapAll(type);
            if (named instanceof GraphQLEnumType enumType) {
                return new FuzzValues.EnumLiteral(enumType.getValues().getFirst().getName());
            }
            if (named instanceof GraphQLInputObjectType object) {
                Map<String, Object> fields = new LinkedHashMap<>();
                object.getFieldDefinitions().stream().filter(field -> GraphQLTypeUtil.isNonNull(field.getType()))
                        .forEach(field -> fields.put(field.getName(), plain(field.getType())));
                return fields;
            }
            Object value = switch (named instanceof GraphQLScalarType scalar ? scalar.getName() : "") {
                case "Int", "Float" -> 1;
                case "ID" -> "1";
                case "Boolean" -> false;
                case "Decimal" -> "1.00";
                case "Date" -> "2020-01-01";
                case "PartialDate" -> "2020";
                case "JSON" -> document();
                default -> "CONNECTION_RATE";
            };
            return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) ? List.of(value) : value;
        }

        private FuzzCase operation(String kind, GraphQLObjectType root, String keyword) {
            maxDepth = values.chance(0.1) ? 10 + values.below(20) : 1 + values.below(6);
            String selection = selection(root, 0, true);
            String header = declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")";
            String document = keyword + (values.chance(0.3) ? " Fuzz" : "") + header + " " + selection;
            return graphQl(kind, root.getName(), document, variables.isEmpty() ? null : variables,
                    keyword.equals("mutation"));
        }

        private String selection(GraphQLFieldsContainer type, int depth, boolean root) {
            List<GraphQLFieldDefinition> fields = type.getFieldDefinitions().stream()
                    .filter(field -> !EXCLUDED_FIELDS.contains(field.getName()))
                    .toList();
            StringBuilder out = new StringBuilder("{ ");
            int count = 1 + values.below(root ? 2 : Math.min(4, fields.size()));
            for (int i = 0; i < count; i++) {
                out.append(field(values.pick(fields), depth)).append(' ');
            }
            if (values.chance(0.05)) {
                out.append("__typename ");
            }
            if (values.chance(0.03)) {
                out.append(values.pick(List.of("unknownField ", "id(first: 1) ", "... on Nothing { id } ")));
            }
            return out.append('}').toString();
        }

        private String field(GraphQLFieldDefinition field, int depth) {
            StringBuilder out = new StringBuilder();
            if (values.chance(0.08)) {
                out.append("a").append(values.below(50)).append(": ");
            }
            out.append(field.getName());
            List<String> arguments = new ArrayList<>();
            for (GraphQLArgument argument : field.getArguments()) {
                boolean required = GraphQLTypeUtil.isNonNull(argument.getType());
                if ((required && values.chance(0.95)) || (!required && values.chance(0.55))) {
                    arguments.add(argument.getName() + ": " + argument(argument.getType()));
                }
            }
            if (values.chance(0.03)) {
                arguments.add("unknownArgument: 1");
            }
            if (!arguments.isEmpty()) {
                out.append('(').append(String.join(", ", arguments)).append(')');
            }
            GraphQLType named = GraphQLTypeUtil.unwrapAll(field.getType());
            if (named instanceof GraphQLFieldsContainer container) {
                if (depth >= maxDepth) {
                    out.append(values.chance(0.1) ? "" : " { __typename }");
                } else {
                    out.append(' ').append(selection(container, depth + 1, false));
                }
            } else if (values.chance(0.02)) {
                out.append(" { id }");
            }
            return out.toString();
        }

        /** An argument value: inline, or through a variable (sometimes declared with the wrong type). */
        private String argument(GraphQLInputType type) {
            Object value = value(type, 0);
            if (values.chance(0.45)) {
                String name = "v" + variables.size();
                String declared = values.chance(0.08) ? values.pick(List.of("Int", "String!", "[Int]", "Boolean",
                        "Unknown", "ID")) : GraphQLTypeUtil.simplePrint(type);
                declarations.add("$" + name + ": " + declared);
                if (!values.chance(0.05)) {
                    variables.put(name, FuzzValues.json(value));
                }
                return "$" + name;
            }
            return FuzzValues.literal(value);
        }

        private Object value(GraphQLInputType type, int depth) {
            if (values.chance(depth == 0 ? 0.15 : 0.08)) {
                return values.wild(depth);
            }
            if (type instanceof GraphQLNonNull nonNull) {
                return values.chance(0.04) ? null : value((GraphQLInputType) nonNull.getWrappedType(), depth);
            }
            if (type instanceof GraphQLList list) {
                GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
                if (values.chance(0.15)) {
                    return value(element, depth + 1);
                }
                List<Object> items = new ArrayList<>();
                int size = values.chance(0.05) ? 500 : values.below(4);
                for (int i = 0; i < size; i++) {
                    items.add(value(element, depth + 1));
                }
                return items;
            }
            if (type instanceof GraphQLEnumType enumType) {
                List<String> names = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
                if (values.chance(0.75)) {
                    return new FuzzValues.EnumLiteral(values.pick(names));
                }
                return values.chance(0.5) ? new FuzzValues.EnumLiteral(values.enumNoise()) : values.pick(names);
            }
            if (type instanceof GraphQLInputObjectType object) {
                Map<String, Object> fields = new LinkedHashMap<>();
                for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                    if (GraphQLTypeUtil.isNonNull(field.getType()) || values.chance(0.5)) {
                        fields.put(field.getName(), value(field.getType(), depth + 1));
                    }
                }
                if (values.chance(0.05)) {
                    fields.put("bogus", 1);
                }
                return fields;
            }
            if (type instanceof GraphQLScalarType scalar) {
                return scalar(scalar.getName());
            }
            return values.wild(depth);
        }

        private Object scalar(String name) {
            return switch (name) {
                case "Int" -> values.anInt();
                case "Float" -> values.chance(0.5) ? values.aFloat() : values.anInt();
                case "ID" -> values.anId();
                case "Boolean" -> values.chance(0.9) ? values.chance(0.5) : values.wild(0);
                case "Decimal" -> values.aDecimal();
                case "Date", "PartialDate" -> values.aDate();
                case "JSON" -> document();
                default -> values.aString();
            };
        }

        /** An import document: a seed report with a fuzz key, then broken in one to four places. */
        private Object document() {
            if (documents.isEmpty() || values.chance(0.1)) {
                return values.wild(0);
            }
            ObjectNode document = values.pick(documents).deepCopy();
            String key = "fuzz-" + seed + "-" + values.below(1_000_000);
            document.put("reportKey", key);
            if (document.get("project") instanceof ObjectNode project) {
                project.put("key", key);
            }
            int damage = values.chance(0.1) ? 0 : 1 + values.below(4);
            for (int i = 0; i < damage; i++) {
                new DocumentDamage(values).apply(document);
            }
            return FuzzValues.JSON.convertValue(document, Object.class);
        }

        private FuzzCase deep() {
            int depth = values.pick(List.of(5, 13, 40, 200, 1_000, 5_000));
            return switch (values.below(5)) {
                case 0 -> graphQl("deep", "children-" + depth,
                        "{ regions " + nest("children", depth) + " }", null, false);
                case 1 -> graphQl("deep", "parent-" + depth,
                        "{ regions(parentCode: \"430000\") " + nest("parent", depth) + " }", null, false);
                case 2 -> graphQl("deep", "list-literal-" + depth, "{ projects(filter: { regionCode: "
                        + "[".repeat(depth) + "1" + "]".repeat(depth) + " }) { totalCount } }", null, false);
                case 3 -> FuzzCase.http("deep", "variables-" + depth, "POST", "/graphql", "application/json",
                        Map.of(), "{\"query\":\"query($f: ProjectFilter) { projects(filter: $f) { totalCount } }\","
                        + "\"variables\":{\"f\":" + "{\"filter\":".repeat(depth) + "{\"regionCode\":\"430000\"}"
                        + "}".repeat(depth) + "}}", false);
                default -> graphQl("deep", "braces-" + depth, "{".repeat(depth) + " projects "
                        + "}".repeat(depth), null, false);
            };
        }

        private String nest(String field, int depth) {
            return ("{ " + field + " ").repeat(depth) + "{ code }" + " }".repeat(depth);
        }

        private FuzzCase aliases() {
            int count = values.pick(List.of(2, 30, 300, 3_000));
            String field = values.pick(List.of("__typename", "projects(first: 100) { edges { node { id "
                    + "budgetYears { expenditure } } } }", "analytics { scoreComparison { nodes { totalScore } } }",
                    "regions { children { code } }"));
            StringBuilder document = new StringBuilder("{ ");
            for (int i = 0; i < count; i++) {
                document.append('a').append(i).append(": ").append(field).append(' ');
            }
            return graphQl("aliases", count + "x", document.append('}').toString(), null, false);
        }

        private FuzzCase syntax() {
            if (values.chance(0.5)) {
                StringBuilder soup = new StringBuilder();
                int length = 1 + values.below(60);
                for (int i = 0; i < length; i++) {
                    soup.append(values.pick(TOKENS)).append(values.chance(0.7) ? " " : "");
                }
                return graphQl("syntax", "token-soup", soup.toString(), null, false);
            }
            String document = values.pick(List.of(
                    "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }",
                    "query Q { __typename } query Q { __typename }",
                    "{ __typename } { __typename }",
                    "query A { __typename } query B { __typename }",
                    "subscription { projects { totalCount } }",
                    "mutation { __typename }",
                    "{ projects @skip(if: \"yes\") { totalCount } }",
                    "{ projects @unknown { totalCount } }",
                    "{ projects @include { totalCount } }",
                    "query ($a: Int = \"x\") { projects(first: $a) { totalCount } }",
                    "query ($a: Unknown) { __typename }",
                    "query ($a: Int!) { projects(first: $a) { totalCount } }",
                    "{ projects(first: 1, first: 2) { totalCount } }",
                    "{ ...on Query { __typename } }",
                    "{ ...Missing }",
                    "\"\"\" unterminated",
                    "{ projects(filter: { nameContains: \"\\u12\" }) { totalCount } }",
                    "# only a comment",
                    "",
                    "   ",
                    "\ufeff{ __typename }",
                    "{ projects { totalCount } totalCount }",
                    "{ project(id: 1) { id } }",
                    "{ evaluation(id: \"1\") { indicators { children { children { children { children { name } } }"
                            + " } } } }",
                    "{ analytics { trend { value } } }",
                    "{ " + "f".repeat(70_000) + " }"));
            return graphQl("syntax", "template", document, null, false);
        }

        private FuzzCase introspection() {
            String document = values.pick(List.of(
                    "{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name }"
                            + " } } } } } } }",
                    "{ __type(name: \"Project\") { fields { name args { name type { name } } } } }",
                    "{ __type(name: " + FuzzValues.quoted(values.aString()) + ") { name } }",
                    "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } }"
                            + " } } } }",
                    "{ __schema { queryType { fields { type { ofType { ofType { ofType { ofType { ofType { ofType {"
                            + " ofType { ofType { name } } } } } } } } } } } }",
                    "{ __typename __schema { directives { name args { name defaultValue } } } }"));
            return graphQl("introspection", "template", document, null, false);
        }

        private FuzzCase malformedBody() {
            String valid = body("{ projects(first: 3) { totalCount edges { node { id } } } }", null);
            return switch (values.below(4)) {
                case 0 -> FuzzCase.http("malformed-body", "truncated", "POST", "/graphql", "application/json",
                        Map.of(), valid.substring(0, values.below(valid.length())), false);
                case 1 -> {
                    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 1 + values.below(4); i++) {
                        bytes[values.below(bytes.length)] = (byte) values.below(256);
                    }
                    yield FuzzCase.bytes("malformed-body", "flipped-bytes", "application/json", bytes);
                }
                case 2 -> {
                    byte[] bytes = new byte[values.pick(List.of(1, 16, 1_000, 100_000))];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) values.below(256);
                    }
                    yield FuzzCase.bytes("malformed-body", "random-bytes", "application/json", bytes);
                }
                default -> FuzzCase.http("malformed-body", "template", "POST", "/graphql", "application/json",
                        Map.of(), values.pick(List.of(
                                "", "null", "[]", "[{\"query\":\"{ __typename }\"}]", "\"{ __typename }\"", "42",
                                "{}", "{\"query\": null}", "{\"query\": 5}", "{\"query\": [\"{ __typename }\"]}",
                                "{\"query\": {\"a\": 1}}", "{\"query\":\"{ __typename }\",\"variables\":[]}",
                                "{\"query\":\"{ __typename }\",\"variables\":\"x\"}",
                                "{\"query\":\"{ __typename }\",\"variables\":5}",
                                "{\"query\":\"{ __typename }\",\"extensions\":5}",
                                "{\"query\":\"{ __typename }\",\"operationName\":{}}",
                                "{\"query\":\"{ __typename }\",\"operationName\":\"Nope\"}",
                                "{\"query\":\"{ __typename }\",\"query\":\"{ projects { totalCount } }\"}",
                                "{\"query\":\"{ __typename }\"", "{\"query\":'{ __typename }'}",
                                "{query:\"{ __typename }\"}", "{\"query\":\"{ __typename }\",}",
                                "{\"query\":\"{ __typename }\"} trailing", "{\"query\":\"\\ud800\"}",
                                "{\"query\":\"{ projects(first: $n) { totalCount } }\",\"variables\":{\"n\":NaN}}",
                                "\ufeff{\"query\":\"{ __typename }\"}",
                                "[".repeat(100_000) + "]".repeat(100_000),
                                "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000),
                                "{\"query\":\"{ __typename }\",\"variables\":{" + "\"k\":1,".repeat(100_000)
                                        + "\"k\":2}}")), false);
            };
        }

        private FuzzCase transport() {
            String document = "{ projects(first: 2) { totalCount } }";
            String valid = body(document, null);
            return switch (values.below(5)) {
                case 0 -> FuzzCase.http("transport", "method", values.pick(List.of("PUT", "DELETE", "PATCH",
                        "OPTIONS", "HEAD", "TRACE")), "/graphql", "application/json", Map.of(), valid, false);
                case 1 -> FuzzCase.http("transport", "content-type", "POST", "/graphql", values.pick(List.of(
                        "text/plain", "application/graphql", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/json; charset=latin1",
                        "application/json; charset=utf-16", "application/xml", "*/*", "application/json;;;",
                        "invalid")), Map.of(), values.chance(0.5) ? valid : "query=" + encode(document), false);
                case 2 -> FuzzCase.http("transport", "accept", "POST", "/graphql", "application/json",
                        Map.of("Accept", values.pick(List.of("text/html", "image/png", "*/*;q=0", "foo/bar",
                                "application/graphql-response+json;q=0", "application/graphql-response+json",
                                "application/json;charset=ascii", ""))), valid, false);
                case 3 -> FuzzCase.http("transport", "no-content-type", "POST", "/graphql", null, Map.of(), valid,
                        false);
                default -> {
                    String query = values.pick(List.of(document, "mutation { __typename }", "{ projects ",
                            "{ projects(first: 101) { totalCount } }", values.longString(), "{ __typename }"));
                    String operationName = values.aString();
                    String path = "/graphql?query=" + encode(query.length() > 20_000 ? query.substring(0, 20_000)
                            : query)
                            + (values.chance(0.4) ? "&variables=" + encode(values.pick(List.of("{oops", "[]",
                            "{\"f\":{\"regionCode\":\"x\"}}", "null", "1"))) : "")
                            + (values.chance(0.2) ? "&operationName=" + encode(operationName.substring(0,
                            Math.min(100, operationName.length()))) : "");
                    yield FuzzCase.http("transport", "get", "GET", path, null, Map.of("Accept",
                            "application/graphql-response+json"), null, false);
                }
            };
        }

        private FuzzCase export() {
            if (values.chance(0.15)) {
                return FuzzCase.http("path", "other", "GET", values.pick(List.of("/actuator/env",
                        "/actuator/heapdump", "/actuator/health/db", "/actuator/metrics/jvm.memory.used",
                        "/actuator/metrics/" + encode(values.aString()), "/graphiql?path=" + encode(values.aString()),
                        "/does-not-exist", "/graphql/", "/graphql;x=1", "/%2e%2e/%2e%2e/etc/passwd",
                        "/analytics/export/", "/analytics/export/unit-costs")), null, Map.of(), null, false);
            }
            String slug = values.pick(EXPORTS);
            String format = values.pick(List.of("csv", "xlsx", "pdf", "CSV", "", "csv.xlsx"));
            StringBuilder path = new StringBuilder("/analytics/export/").append(encode(slug)).append('.')
                    .append(encode(format)).append('?');
            for (String parameter : List.of("regionCode", "level", "fiscalYearFrom", "fiscalYearTo",
                    "evaluationKind", "code", "measure")) {
                if (values.chance(0.35)) {
                    Object value = values.chance(0.5) ? values.wild(3) : values.pick(List.of("430000", "PROVINCE",
                            "2020", "THIRD_PARTY", "CONNECTION_RATE", "COST_PER_CALL", "99999999999", "-1"));
                    String text = String.valueOf(FuzzValues.json(value));
                    path.append(parameter).append('=').append(encode(text.length() > 2_000
                            ? text.substring(0, 2_000) : text)).append('&');
                }
            }
            return FuzzCase.http("export", slug.length() > 30 ? "long-slug" : slug, "GET", path.toString(), null,
                    Map.of(), null, false);
        }

        private FuzzCase rawHttp() {
            String host = "Host: 127.0.0.1\r\n";
            String close = "Connection: close\r\n";
            String body = body("{ __typename }", null);
            String json = "Content-Type: application/json\r\n";
            Map<String, String> requests = new LinkedHashMap<>();
            requests.put("unencoded-braces", "GET /graphql?query={ __typename } HTTP/1.1\r\n" + host + close + "\r\n");
            requests.put("http-version", "GET /graphql HTTP/9.9\r\n" + host + close + "\r\n");
            requests.put("no-version", "GET\r\n\r\n");
            requests.put("blank-lines", "\r\n\r\n\r\n");
            requests.put("short-length", "POST /graphql HTTP/1.1\r\n" + host + json + "Content-Length: 2\r\n" + close
                    + "\r\n" + body);
            requests.put("bad-chunk", "POST /graphql HTTP/1.1\r\n" + host + json + "Transfer-Encoding: chunked\r\n"
                    + close + "\r\nZZ\r\n" + body + "\r\n0\r\n\r\n");
            requests.put("header-without-colon", "GET /graphql HTTP/1.1\r\n" + host + "X-Broken\r\n" + close + "\r\n");
            requests.put("huge-header", "GET /graphql HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(20_000) + "\r\n"
                    + close + "\r\n");
            requests.put("huge-uri", "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + close + "\r\n");
            requests.put("nul-in-path", "GET /graphql%00 HTTP/1.1\r\n" + host + close + "\r\n");
            requests.put("invalid-utf8-parameter", "GET /graphql?query=%ff%fe HTTP/1.1\r\n" + host + close + "\r\n");
            requests.put("negative-length", "POST /graphql HTTP/1.1\r\n" + host + json + "Content-Length: -5\r\n"
                    + close + "\r\n" + body);
            requests.put("two-lengths", "POST /graphql HTTP/1.1\r\n" + host + json + "Content-Length: "
                    + body.length() + "\r\nContent-Length: 1\r\n" + close + "\r\n" + body);
            requests.put("unknown-method", "BREW /graphql HTTP/1.1\r\n" + host + close + "\r\n");
            String label = values.pick(List.copyOf(requests.keySet()));
            return FuzzCase.raw("raw-http", label, requests.get(label));
        }

        /**
         * A GraphQL POST. A mutation (dry runs included) carries the writer's token in most cases, none or a forged
         * one in the others, so that both the write path's validation and the authorisation in front of it are
         * fuzzed.
         */
        private FuzzCase graphQl(String kind, String label, String document, Map<String, Object> variables,
                                 boolean mayWrite) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", values.chance(0.5) ? "application/graphql-response+json" : "application/json");
            if (document.stripLeading().startsWith("mutation")) {
                int roll = values.below(10);
                if (roll < 8) {
                    headers.put("Authorization", "Bearer " + writerToken);
                } else if (roll == 8) {
                    headers.put("Authorization", "Bearer " + values.pick(List.of("x.y.z", "",
                            writerToken.substring(0, writerToken.length() - 4) + "AAAA")));
                }
            }
            return FuzzCase.http(kind, label, "POST", "/graphql", "application/json", headers,
                    body(document, variables), mayWrite);
        }

        private static String body(String document, Map<String, Object> variables) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", document);
            if (variables != null) {
                body.put("variables", variables);
            }
            try {
                return FuzzValues.JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** One way of breaking an import document at a random place. */
    private record DocumentDamage(FuzzValues values) {

        void apply(ObjectNode document) {
            List<Function<Object, Object>> damages = List.of(
                    value -> null,
                    value -> values.wild(0),
                    value -> values.aDecimal(),
                    value -> values.longString(),
                    value -> values.anInt(),
                    value -> FuzzValues.nestedObject(values.pick(List.of(10, 200))),
                    value -> values.enumNoise());
            ObjectNode target = document;
            List<String> names = new ArrayList<>();
            target.fieldNames().forEachRemaining(names::add);
            for (int depth = 0; depth < 4 && !names.isEmpty(); depth++) {
                String name = values.pick(names);
                var child = target.get(name);
                if (child instanceof ObjectNode object && values.chance(0.6)) {
                    target = object;
                } else if (child != null && child.isArray() && !child.isEmpty() && values.chance(0.6)
                        && child.get(values.below(child.size())) instanceof ObjectNode element) {
                    target = element;
                } else {
                    if (values.chance(0.2)) {
                        target.remove(name);
                    } else {
                        target.set(name, FuzzValues.JSON.valueToTree(FuzzValues.json(
                                values.pick(damages).apply(child))));
                    }
                    return;
                }
                names = new ArrayList<>();
                target.fieldNames().forEachRemaining(names::add);
            }
        }
    }
}
