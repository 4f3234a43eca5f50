package org.explainer.render.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a parsed JSON value against the subset of JSON Schema that explainer.schema.json uses
 * (type, const, enum, pattern, minimum, properties, required, additionalProperties: false, items,
 * and local $ref), collecting every violation with its JSON path. Written by hand: no network,
 * no validator library.
 */
final class TestSchema {

    private final Map<String, Object> root;
    private final List<String> errors = new ArrayList<>();

    private TestSchema(Map<String, Object> root) {
        this.root = root;
    }

    static List<String> validate(Object value, Map<String, Object> schema) {
        TestSchema t = new TestSchema(schema);
        t.check(value, schema, "$");
        return t.errors;
    }

    private void check(Object v, Map<String, Object> schema, String path) {
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            if (!ref.startsWith("#/$defs/")) throw new IllegalArgumentException("unsupported $ref " + ref);
            Map<String, Object> defs = TestJson.object(root.get("$defs"));
            check(v, TestJson.object(defs.get(ref.substring("#/$defs/".length()))), path);
            return;
        }
        for (String key : schema.keySet()) {
            if (!List.of("type", "const", "enum", "pattern", "minimum", "properties", "required",
                    "additionalProperties", "items", "description", "format", "title", "$schema", "$defs").contains(key)) {
                throw new IllegalArgumentException("unsupported schema keyword " + key);
            }
        }
        if (schema.containsKey("type") && !typeMatches(v, schema.get("type"))) {
            errors.add(path + ": expected " + schema.get("type") + ", found " + v);
            return;
        }
        if (schema.containsKey("const") && !schema.get("const").equals(v)) errors.add(path + ": expected " + schema.get("const"));
        if (schema.containsKey("enum") && !TestJson.list(schema.get("enum")).contains(v)) errors.add(path + ": " + v + " not in enum");
        if (schema.containsKey("pattern") && v instanceof String s && !Pattern.compile((String) schema.get("pattern")).matcher(s).find()) {
            errors.add(path + ": '" + s + "' does not match " + schema.get("pattern"));
        }
        if (schema.containsKey("minimum") && v instanceof Long n && n < (Long) schema.get("minimum")) errors.add(path + ": below minimum");
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> props = schema.containsKey("properties") ? TestJson.object(schema.get("properties")) : Map.of();
            if (schema.containsKey("required")) {
                for (Object r : TestJson.list(schema.get("required"))) {
                    if (!map.containsKey(r)) errors.add(path + ": missing '" + r + "'");
                }
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = (String) e.getKey();
                if (props.containsKey(key)) check(e.getValue(), TestJson.object(props.get(key)), path + "." + key);
                else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) errors.add(path + ": unexpected '" + key + "'");
            }
        }
        if (v instanceof List<?> list && schema.containsKey("items")) {
            for (int i = 0; i < list.size(); i++) check(list.get(i), TestJson.object(schema.get("items")), path + "[" + i + "]");
        }
    }

    private static boolean typeMatches(Object v, Object type) {
        if (type instanceof List<?> types) return types.stream().anyMatch(t -> typeMatches(v, t));
        return switch ((String) type) {
            case "string" -> v instanceof String;
            case "integer" -> v instanceof Long;
            case "boolean" -> v instanceof Boolean;
            case "null" -> v == null;
            case "array" -> v instanceof List;
            case "object" -> v instanceof Map;
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }
}
