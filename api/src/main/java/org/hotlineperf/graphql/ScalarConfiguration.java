package org.hotlineperf.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hotlineperf.calendar.PartialDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The custom scalars of the schema: {@code Decimal} (exact numbers as JSON strings, so money never passes
 * through a binary float), {@code Date} and {@code PartialDate} (a date at the precision a report states),
 * {@code DateTime} (an instant with its offset) and {@code JSON} (a JSON value such as an import document); and
 * {@link FloatScalar}, the built-in {@code Float} with a direct path for exact ratios.
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,10})?");
    private static final Pattern PARTIAL_DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring
                .scalar(scalar("Decimal", ScalarConfiguration::serializeDecimal, ScalarConfiguration::parseDecimal,
                        "a decimal number as a string, e.g. \"610500.00\" or \"-57.08\""))
                .scalar(scalar("Date", ScalarConfiguration::serializeDate, ScalarConfiguration::parseDate,
                        "an ISO 8601 date, e.g. \"2020-12-31\""))
                .scalar(scalar("PartialDate", ScalarConfiguration::serializePartialDate,
                        ScalarConfiguration::parsePartialDate,
                        "an ISO 8601 date as \"2021\", \"2021-08\" or \"2021-08-15\""))
                .scalar(scalar("DateTime", ScalarConfiguration::serializeDateTime, ScalarConfiguration::parseDateTime,
                        "an ISO 8601 date and time with offset, e.g. \"2026-11-21T09:30:00+08:00\""))
                .scalar(JsonScalar.TYPE)
                // Replacing a built-in scalar is refused in strict mode, so strict mode is lifted for this one.
                .strictMode(false)
                .scalar(FloatScalar.TYPE)
                .strictMode(true);
    }

    private static String serializeDateTime(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toString();
        }
        throw new CoercingSerializeException("DateTime cannot represent " + value.getClass());
    }

    private static OffsetDateTime parseDateTime(Object input) {
        try {
            return input instanceof String text ? OffsetDateTime.parse(text) : null;
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    /** Money keeps its two decimals; figures stored with more decimals lose only trailing zeros. */
    static String serializeDecimal(Object value) {
        BigDecimal decimal = switch (value) {
            case BigDecimal exact -> exact;
            case Integer number -> BigDecimal.valueOf(number);
            case Long number -> BigDecimal.valueOf(number);
            case BigInteger number -> new BigDecimal(number);
            default -> throw new CoercingSerializeException("Decimal cannot represent " + value.getClass());
        };
        if (decimal.scale() > 2) {
            decimal = decimal.stripTrailingZeros();
            if (decimal.scale() < 0) {
                decimal = decimal.setScale(0);
            }
        }
        return decimal.toPlainString();
    }

    private static BigDecimal parseDecimal(Object input) {
        return switch (input) {
            case String text when DECIMAL.matcher(text).matches() -> new BigDecimal(text);
            case Integer number -> BigDecimal.valueOf(number);
            case Long number -> BigDecimal.valueOf(number);
            case BigInteger number when number.bitLength() < 64 -> new BigDecimal(number);
            default -> null;
        };
    }

    private static String serializeDate(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        throw new CoercingSerializeException("Date cannot represent " + value.getClass());
    }

    private static LocalDate parseDate(Object input) {
        try {
            return input instanceof String text ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static String serializePartialDate(Object value) {
        if (value instanceof PartialDate date) {
            return date.toString();
        }
        throw new CoercingSerializeException("PartialDate cannot represent " + value.getClass());
    }

    private static PartialDate parsePartialDate(Object input) {
        if (!(input instanceof String text) || !PARTIAL_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return switch (text.length()) {
                case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), PartialDate.Precision.YEAR);
                case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), PartialDate.Precision.MONTH);
                default -> new PartialDate(LocalDate.parse(text), PartialDate.Precision.DAY);
            };
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /**
     * A scalar whose inputs (variables and literals) go through {@code parse}, which returns null for anything
     * it does not accept; the error then says what was expected.
     */
    private static GraphQLScalarType scalar(String name, Function<Object, String> serialize,
                                            Function<Object, ?> parse, String expected) {
        return GraphQLScalarType.newScalar()
                .name(name)
                .coercing(new Coercing<Object, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        return serialize.apply(value);
                    }

                    @Override
                    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                        Object parsed = parse.apply(input);
                        if (parsed == null) {
                            throw new CoercingParseValueException(name + " must be " + expected);
                        }
                        return parsed;
                    }

                    /** The canonical text of a variable's value, as the query limits normalise an operation. */
                    @Override
                    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                        Object parsed = parse.apply(input);
                        if (parsed == null) {
                            throw new CoercingParseValueException(name + " must be " + expected);
                        }
                        return StringValue.of(serialize.apply(parsed));
                    }

                    @Override
                    public Object parseLiteral(Value<?> literal, CoercedVariables variables, GraphQLContext context,
                                               Locale locale) {
                        Object parsed = switch (literal) {
                            case StringValue text -> parse.apply(text.getValue());
                            case IntValue number -> parse.apply(number.getValue());
                            default -> null;
                        };
                        if (parsed == null) {
                            throw new CoercingParseLiteralException(name + " must be " + expected);
                        }
                        return parsed;
                    }
                })
                .build();
    }
}
