package org.hotlineperf.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.JSONB;

/**
 * The {@code JSON} scalar: any JSON value, given inline or as a variable, reaching the application as a Jackson
 * tree; stored JSON (a {@link JSONB} column) is returned as the JSON value it holds.
 */
final class JsonScalar {

    static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("JSON")
            .coercing(new JsonCoercing())
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonScalar() {
    }

    private static final class JsonCoercing implements Coercing<JsonNode, Object> {

        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            try {
                JsonNode tree = switch (value) {
                    case JsonNode node -> node;
                    case JSONB stored -> MAPPER.readTree(stored.data());
                    default -> throw new CoercingSerializeException("JSON cannot represent " + value.getClass());
                };
                return MAPPER.convertValue(tree, Object.class);
            } catch (JsonProcessingException unreadable) {
                throw new CoercingSerializeException("stored JSON is unreadable", unreadable);
            }
        }

        @Override
        public JsonNode parseValue(Object input, GraphQLContext context, Locale locale) {
            return MAPPER.valueToTree(input);
        }

        /** A variable's value as a literal, as the query limits normalise an operation. */
        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return switch (input) {
                case null -> NullValue.of();
                case Map<?, ?> map -> ObjectValue.newObjectValue().objectFields(map.entrySet().stream()
                        .map(entry -> new ObjectField(String.valueOf(entry.getKey()),
                                valueToLiteral(entry.getValue(), context, locale)))
                        .toList()).build();
                case List<?> list -> ArrayValue.newArrayValue()
                        .values(list.stream().<Value>map(item -> valueToLiteral(item, context, locale)).toList())
                        .build();
                case String text -> StringValue.of(text);
                case Boolean bool -> BooleanValue.of(bool);
                case Integer number -> IntValue.of(number);
                case Long number -> new IntValue(BigInteger.valueOf(number));
                case BigInteger number -> new IntValue(number);
                case Number number -> new FloatValue(new BigDecimal(number.toString()));
                default -> throw new CoercingParseValueException("JSON cannot hold " + input.getClass());
            };
        }

        @Override
        public JsonNode parseLiteral(Value<?> literal, CoercedVariables variables, GraphQLContext context,
                                     Locale locale) {
            return MAPPER.valueToTree(plain(literal, variables));
        }

        private static Object plain(Value<?> literal, CoercedVariables variables) {
            return switch (literal) {
                case ObjectValue object -> {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    for (ObjectField field : object.getObjectFields()) {
                        fields.put(field.getName(), plain(field.getValue(), variables));
                    }
                    yield fields;
                }
                case ArrayValue array -> array.getValues().stream().map(item -> plain(item, variables)).toList();
                case StringValue text -> text.getValue();
                case IntValue number -> number.getValue();
                case FloatValue number -> number.getValue();
                case BooleanValue bool -> bool.isValue();
                case NullValue ignored -> null;
                case VariableReference variable -> variables.get(variable.getName());
                default -> throw new CoercingParseLiteralException("JSON cannot hold " + literal.getClass().getSimpleName());
            };
        }
    }
}
