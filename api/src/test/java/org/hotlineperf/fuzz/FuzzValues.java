package org.hotlineperf.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Hostile and ordinary values for arguments and variables, and their rendering as GraphQL literals and as JSON:
 * huge, negative and fractional numbers, invalid decimals and dates, very long strings, control characters, SQL
 * and script fragments, unknown enum values, deep nesting, and the right value of the wrong type.
 */
final class FuzzValues {

    /**
     * Writes every non-ASCII character as an escape, so that lone surrogates reach the server as sent, and nests
     * as deep as a case asks.
     */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
                    .build())
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** An enum value as a GraphQL literal (bare name); in JSON it is a string. */
    record EnumLiteral(String name) {
    }

    private static final List<Object> INTS = List.of(0, 1, -1, 20, 100, 101, -100, 2_147_483_647,
            new BigInteger("2147483648"), new BigInteger("-2147483649"), new BigInteger("99999999999999999999"),
            new BigInteger("-9223372036854775809"), 2015, 2020, 1899, 2201, 9999);

    private static final List<Object> FLOATS = List.of(1.5, -0.0, 1e308, -1e308, 4.9e-324, 0.1,
            new BigDecimal("1e400"), new BigDecimal("123456789012345678901234567890.5"));

    private static final List<String> STRINGS = List.of("", " ", "0", "1", "-1", "430000", "530124", "440700",
            "999999", "000000", "11010", "1101011", "1e10", "99999999999999999999", "淮南", "常德市", "null",
            "undefined", "NaN", "\u0000", "a\u0000b", "\u0001\u001f", "\r\n", "\t", "'; DROP TABLE project; --",
            "' OR '1'='1", "\" OR 1=1 --", "%", "_", "%_%", "\\", "\\x00", "😀", "\ud83d", "\udc00x", "\u202etxt",
            "\ufeff", "<script>alert(1)</script>", "${7*7}", "{{7*7}}", "../../etc/passwd", "%00", "%2e%2e%2f",
            "Y3Vyc29yOjE=", "djE6MQ", "djE6LTE", "djE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5", "djI6MQ", "!!!!", "====",
            "ZGVsZXRlIGZyb20gcmVwb3J0", "１２３", "١٢٣", "SELECT * FROM project", "select pg_sleep(10)");

    /** The strings most likely to get through to a database or a parser unchecked. */
    private static final List<String> HOSTILE_STRINGS = List.of("\u0000", "a\u0000b", "\ud83d", "\u0001\u001f",
            "'; DROP TABLE project; --", "' OR '1'='1", "%_%", "\\");

    private static final List<String> IDS = List.of("1", "2", "3", "0", "-1", "9223372036854775807",
            "9223372036854775808", "abc", "1.5", " 1", "1 ", "１", "0x10", "1e3", "", "00000000001");

    private static final List<Object> DECIMALS = List.of("1.23", "-57.08", "0", "610500.00", "0.00000000001",
            "1e999999", "1E-999999", "NaN", "Infinity", "-Infinity", "1.2.3", "--1", "+1", "0x1A", "١٢٣", "1,000.00",
            "9".repeat(1000), "-0", "00.5", ".5", "5.", " 1", 12, -7, 1.5, new BigInteger("9".repeat(40)));

    private static final List<String> DATES = List.of("2020-01-01", "2020-02-29", "2021-02-29", "2020-02-30",
            "2020-13-01", "0000-00-00", "9999-12-31", "20200101", "2020-1-1", "2020-01-01T00:00:00Z",
            "-2020-01-01", "+99999-01-01", "2020", "2020-09", "2020-00", "202", "");

    private static final List<String> ENUM_NOISE = List.of("GOSSIP", "province", "Province", "PROVINCE ",
            "__TYPENAME", "NULL", "TRUE", "X".repeat(300));

    private final SplittableRandom random;

    FuzzValues(SplittableRandom random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    Object anInt() {
        return chance(0.7) ? pick(INTS) : random.nextInt(-1000, 1000);
    }

    Object aFloat() {
        return pick(FLOATS);
    }

    String aString() {
        if (chance(0.12)) {
            return longString();
        }
        return chance(0.2) ? pick(HOSTILE_STRINGS) : pick(STRINGS);
    }

    String anId() {
        return chance(0.8) ? pick(IDS) : aString();
    }

    Object aDecimal() {
        return pick(DECIMALS);
    }

    String aDate() {
        return pick(DATES);
    }

    String enumNoise() {
        return pick(ENUM_NOISE);
    }

    /** A long string: repeated text, Chinese, or a run of one character, from 256 to 200,000 characters. */
    String longString() {
        int length = pick(List.of(256, 1_000, 8_192, 65_536, 200_000));
        String unit = pick(List.of("a", "淮", "%", "'", "\\\\", "9", "\u0000"));
        return unit.repeat(length / unit.length());
    }

    /** A value of no particular type: what a confused or hostile client sends instead of the right one. */
    Object wild(int depth) {
        return switch (random.nextInt(depth > 3 ? 8 : 10)) {
            case 0 -> anInt();
            case 1 -> aFloat();
            case 2 -> aString();
            case 3 -> random.nextBoolean();
            case 4 -> null;
            case 5 -> new EnumLiteral(enumNoise());
            case 6 -> aDecimal();
            case 7 -> aDate();
            case 8 -> nestedList(pick(List.of(2, 10, 60)));
            default -> nestedObject(pick(List.of(2, 10, 60)));
        };
    }

    static List<Object> nestedList(int depth) {
        List<Object> inner = new ArrayList<>(List.of(1));
        for (int level = 1; level < depth; level++) {
            inner = new ArrayList<>(List.of(inner));
        }
        return inner;
    }

    static Map<String, Object> nestedObject(int depth) {
        Map<String, Object> inner = new LinkedHashMap<>(Map.of("regionCode", "430000"));
        for (int level = 1; level < depth; level++) {
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put("filter", inner);
            inner = outer;
        }
        return inner;
    }

    /** The value as a GraphQL literal. */
    static String literal(Object value) {
        return switch (value) {
            case null -> "null";
            case EnumLiteral literal -> literal.name().isEmpty() ? "\"\"" : literal.name().replaceAll("[^A-Za-z0-9_]", "_");
            case String text -> quoted(text);
            case Double number when number.isNaN() || number.isInfinite() -> "1e99999";
            case Number number -> number instanceof BigDecimal exact ? exact.toString() : number.toString();
            case Boolean flag -> flag.toString();
            case List<?> list -> "[" + String.join(", ", list.stream().map(FuzzValues::literal).toList()) + "]";
            case Map<?, ?> map -> "{" + String.join(", ", map.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + literal(entry.getValue())).toList()) + "}";
            default -> quoted(value.toString());
        };
    }

    /** The value as it appears in a variables object. */
    static Object json(Object value) {
        return switch (value) {
            case EnumLiteral literal -> literal.name();
            case List<?> list -> list.stream().map(FuzzValues::json).toList();
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> copy.put(key, json(item)));
                yield copy;
            }
            case null, default -> value;
        };
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
