package uz.daftar.command.ai;

import com.fasterxml.jackson.databind.JsonNode;
import uz.daftar.command.outside.OutsideFailure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of an output's shape: renders itself as a strict structured-output JSON schema and checks an answer
 * against everything it says, string lengths included (which strict schemas cannot carry).
 */
sealed interface Shape {

    Map<String, Object> schema();

    void check(JsonNode value, String path);

    static Text text(int maxLength) {
        return new Text(maxLength, List.of());
    }

    static Text oneOf(List<String> values) {
        return new Text(Integer.MAX_VALUE, List.copyOf(values));
    }

    static Whole whole(int minimum, int maximum) {
        return new Whole(minimum, maximum);
    }

    static Many many(Shape item, int minItems, int maxItems) {
        return new Many(item, minItems, maxItems);
    }

    static Fields fields(Object... namesAndShapes) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            fields.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
        }
        return new Fields(fields);
    }

    static OutsideFailure malformed(String path, String problem) {
        return new OutsideFailure(OutsideFailure.Kind.MALFORMED_OUTPUT, "generated output " + path + " " + problem,
                null);
    }

    /** A non-blank string of at most {@code maxLength} characters, or one of {@code values} when they are given. */
    record Text(int maxLength, List<String> values) implements Shape {
        public Map<String, Object> schema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "string");
            if (!values.isEmpty()) {
                schema.put("enum", values);
            }
            return schema;
        }

        public void check(JsonNode value, String path) {
            if (value == null || !value.isTextual()) {
                throw malformed(path, "is not a string");
            }
            String text = value.textValue();
            if (text.isBlank()) {
                throw malformed(path, "is blank");
            }
            if (text.length() > maxLength) {
                throw malformed(path, "is longer than " + maxLength + " characters");
            }
            if (!values.isEmpty() && !values.contains(text)) {
                throw malformed(path, "is '" + text + "', not one of " + values);
            }
        }
    }

    record Whole(int minimum, int maximum) implements Shape {
        public Map<String, Object> schema() {
            return new LinkedHashMap<>(Map.of("type", "integer", "minimum", minimum, "maximum", maximum));
        }

        public void check(JsonNode value, String path) {
            if (value == null || !value.isIntegralNumber()) {
                throw malformed(path, "is not a whole number");
            }
            if (value.asLong() < minimum || value.asLong() > maximum) {
                throw malformed(path, "is outside " + minimum + ".." + maximum);
            }
        }
    }

    record Many(Shape item, int minItems, int maxItems) implements Shape {
        public Map<String, Object> schema() {
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "array");
            schema.put("items", item.schema());
            schema.put("minItems", minItems);
            schema.put("maxItems", maxItems);
            return schema;
        }

        public void check(JsonNode value, String path) {
            if (value == null || !value.isArray()) {
                throw malformed(path, "is not a list");
            }
            if (value.size() < minItems || value.size() > maxItems) {
                throw malformed(path, "has " + value.size() + " items, not " + minItems + ".." + maxItems);
            }
            for (int i = 0; i < value.size(); i++) {
                item.check(value.get(i), path + "[" + i + "]");
            }
        }
    }

    record Fields(Map<String, Shape> fields) implements Shape {
        public Map<String, Object> schema() {
            Map<String, Object> properties = new LinkedHashMap<>();
            fields.forEach((name, shape) -> properties.put(name, shape.schema()));
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            schema.put("properties", properties);
            schema.put("required", new ArrayList<>(fields.keySet()));
            schema.put("additionalProperties", false);
            return schema;
        }

        public void check(JsonNode value, String path) {
            if (value == null || !value.isObject()) {
                throw malformed(path, "is not an object");
            }
            value.fieldNames().forEachRemaining(name -> {
                if (!fields.containsKey(name)) {
                    throw malformed(path, "has an unexpected field '" + name + "'");
                }
            });
            fields.forEach((name, shape) -> {
                if (!value.has(name)) {
                    throw malformed(path, "lacks the required field '" + name + "'");
                }
                shape.check(value.get(name), path + "." + name);
            });
        }
    }
}
