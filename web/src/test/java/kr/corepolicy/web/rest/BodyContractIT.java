package kr.corepolicy.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import kr.corepolicy.web.rest.json.ApiDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every JSON body the API accepts, walked from its published description (so a new body or field is covered
 * without being listed here): each number gets 2^31, 2^63, 2^64+5, -1, 1.5, 1e309 and a string wherever the
 * description says the value is not allowed, each enum a name that does not exist; every one must be a 400
 * naming that field, and nothing may be stored. The description itself must describe every component of
 * every body record, with the range of every number and the values of every enum.
 */
@ExtendWith(SharedServer.class)
class BodyContractIT {

    private static final String PASSWORD = "demo1234";
    private static final List<String> BAD_NUMBERS = List.of("2147483648", "9223372036854775808",
            "18446744073709551621", "-1", "1.5", "1e309", "\"12\"");

    private final URL base = SharedServer.url();

    private JsonObject schemas;

    @Test
    void everyNumberAndEnumOfEveryBodyIsRefusedOutOfRangeWithItsFieldAndNothingIsStored() {
        ApiClient api = new ApiClient(base);
        JsonObject description = description(api);
        schemas = description.getJsonObject("components").getJsonObject("schemas");
        long lastAudit = lastAuditId(api);
        Map<String, String> ids = ids(api);
        int refusals = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : description.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = op.getValue().asJsonObject();
                if (!operation.containsKey("requestBody")) {
                    continue;
                }
                JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
                JsonObject schema = resolve(content.getJsonObject("application/json").getJsonObject("schema"));
                String url = fill(path.getKey(), ids);
                List<Leaf> leaves = new ArrayList<>();
                leaves(schema, new ArrayList<>(), leaves);
                for (Leaf leaf : leaves) {
                    for (String bad : badValues(leaf.schema())) {
                        String body = build(leaf.path(), 0, Json.createReader(new StringReader(bad)).readValue())
                                .toString();
                        Reply reply = api.send(api.request(url, "admin", PASSWORD)
                                .method(op.getKey().toUpperCase(), HttpRequest.BodyPublishers.ofString(body))
                                .header("Content-Type", "application/json"));
                        refusals++;
                        String field = reply.status() == 400 && reply.contentType().contains("problem")
                                ? reply.json().getString("field", null) : null;
                        if (!name(leaf.path()).equals(field)) {
                            wrong.add(op.getKey().toUpperCase() + " " + url + " " + body + " -> " + reply);
                        }
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + refusals + " answers wrong:\n" + String.join("\n", wrong));
        assertTrue(refusals > 100, "the walk reached the numbers and enums of the bodies: " + refusals);
        Reply after = api.get("api/audit?after=" + lastAudit + "&max=500", "admin", PASSWORD);
        assertEquals(200, after.status(), after.toString());
        List<String> changes = new ArrayList<>();
        JsonArray entries = Json.createReader(new StringReader(after.body())).readArray();
        for (JsonValue entry : entries) {
            String action = entry.asJsonObject().getString("action");
            if (!action.startsWith("SIGN_IN")) {
                changes.add(entry.toString());
            }
        }
        assertTrue(changes.isEmpty(), "nothing was stored: " + changes);
    }

    @Test
    void theDescriptionDescribesEveryComponentOfEveryBodyWithItsRangeOrValues() throws Exception {
        JsonObject description = description(new ApiClient(base));
        schemas = description.getJsonObject("components").getJsonObject("schemas");
        int bodies = 0;
        for (Map.Entry<String, Method> entry : new TreeMap<>(methods()).entrySet()) {
            Class<?> body = ApiDescription.bodyType(entry.getValue());
            if (body == null) {
                continue;
            }
            bodies++;
            String[] verbPath = entry.getKey().split(" ", 2);
            JsonObject operation = description.getJsonObject("paths").getJsonObject(verbPath[1])
                    .getJsonObject(verbPath[0].toLowerCase());
            assertNotNull(operation, entry.getKey() + " is described");
            JsonObject schema = resolve(operation.getJsonObject("requestBody").getJsonObject("content")
                    .getJsonObject("application/json").getJsonObject("schema"));
            checkDescribed(body, schema, entry.getKey());
            for (String code : List.of("400", "401", "403", "500")) {
                assertTrue(operation.getJsonObject("responses").containsKey(code), entry.getKey() + " answers " + code);
            }
        }
        assertTrue(bodies >= 9, "found the bodies of the API: " + bodies);
    }

    private void checkDescribed(Class<?> record, JsonObject schema, String where) {
        JsonObject properties = schema.getJsonObject("properties");
        assertNotNull(properties, where + ": " + record.getSimpleName() + " has its properties described");
        for (RecordComponent c : record.getRecordComponents()) {
            String at = where + " " + record.getSimpleName() + "." + c.getName();
            assertTrue(properties.containsKey(c.getName()), at + " is described");
            checkValue(c.getGenericType(), properties.getJsonObject(c.getName()), at);
        }
    }

    private void checkValue(Type type, JsonObject described, String at) {
        JsonObject schema = resolve(described);
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            checkDescribed(raw, schema, at);
        } else if (Collection.class.isAssignableFrom(raw)) {
            assertEquals("array", schema.getString("type"), at);
            checkValue(((ParameterizedType) type).getActualTypeArguments()[0], schema.getJsonObject("items"), at + "[]");
        } else if (Map.class.isAssignableFrom(raw)) {
            assertEquals("object", schema.getString("type"), at);
            checkValue(((ParameterizedType) type).getActualTypeArguments()[1],
                    schema.getJsonObject("additionalProperties"), at + "[]");
        } else if (raw.isEnum()) {
            assertEquals(raw.getEnumConstants().length, schema.getJsonArray("enum").size(), at + " lists its values");
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            assertTrue(List.of("integer", "number").contains(schema.getString("type")), at + ": " + schema);
            assertTrue(schema.containsKey("minimum") && schema.containsKey("maximum"), at + " has its range: " + schema);
        } else {
            assertTrue(schema.containsKey("type") && !"object".equals(schema.getString("type")), at + ": " + schema);
        }
    }

    /** A number or enum somewhere in a body, by its path of property names and list positions. */
    private record Leaf(List<Object> path, JsonObject schema) {
    }

    private void leaves(JsonObject schema, List<Object> path, List<Leaf> found) {
        String type = schema.getString("type", "");
        if ("object".equals(type) && schema.containsKey("properties")) {
            for (Map.Entry<String, JsonValue> p : schema.getJsonObject("properties").entrySet()) {
                List<Object> next = new ArrayList<>(path);
                next.add(p.getKey());
                leaves(resolve(p.getValue().asJsonObject()), next, found);
            }
        } else if ("object".equals(type) && schema.containsKey("additionalProperties")) {
            List<Object> next = new ArrayList<>(path);
            next.add("2024");
            leaves(resolve(schema.getJsonObject("additionalProperties")), next, found);
        } else if ("array".equals(type)) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            leaves(resolve(schema.getJsonObject("items")), next, found);
        } else if ("integer".equals(type) || "number".equals(type) || schema.containsKey("enum")) {
            found.add(new Leaf(path, schema));
        }
    }

    /** The values the description itself says are not allowed for this leaf. */
    private static List<String> badValues(JsonObject schema) {
        if (schema.containsKey("enum")) {
            return List.of("\"NO_SUCH_VALUE\"", "7");
        }
        boolean whole = "integer".equals(schema.getString("type"));
        BigDecimal min = schema.containsKey("minimum") ? schema.getJsonNumber("minimum").bigDecimalValue() : null;
        BigDecimal max = schema.containsKey("maximum") ? schema.getJsonNumber("maximum").bigDecimalValue() : null;
        List<String> bad = new ArrayList<>();
        for (String v : BAD_NUMBERS) {
            if (v.startsWith("\"")) {
                bad.add(v);
                continue;
            }
            BigDecimal n = new BigDecimal(v);
            if ((whole && n.stripTrailingZeros().scale() > 0) || (min != null && n.compareTo(min) < 0)
                    || (max != null && n.compareTo(max) > 0)) {
                bad.add(v);
            }
        }
        return bad;
    }

    private static JsonValue build(List<Object> path, int at, JsonValue leaf) {
        if (at == path.size()) {
            return leaf;
        }
        Object step = path.get(at);
        if (step instanceof Integer) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            array.add(build(path, at + 1, leaf));
            return array.build();
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        object.add((String) step, build(path, at + 1, leaf));
        return object.build();
    }

    /** The field as the problem names it: funds[0].requestedWon, kpis[0].targets[2024]. */
    private static String name(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean key = step instanceof Integer || (i > 0 && "2024".equals(step));
            if (key) {
                s.append('[').append(step).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(step);
            }
        }
        return s.toString();
    }

    private JsonObject resolve(JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonObject description(ApiClient api) {
        // Payara answers /openapi at the server's root, beside the application.
        URI root = api.uri("").resolve("/openapi");
        Reply reply = api.send(HttpRequest.newBuilder(root).header("Accept", "application/json").GET());
        assertEquals(200, reply.status(), reply.toString());
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject();
        }
    }

    private static Map<String, Method> methods() throws Exception {
        Method all = ApiDescription.class.getDeclaredMethod("methods");
        all.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, Method> found = (Map<String, Method>) all.invoke(null);
        return found;
    }

    private static long lastAuditId(ApiClient api) {
        Reply reply = api.get("api/audit?max=1", "admin", PASSWORD);
        assertEquals(200, reply.status(), reply.toString());
        JsonArray entries = Json.createReader(new StringReader(reply.body())).readArray();
        return entries.isEmpty() ? 0 : entries.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Real things to send the bodies to, so that a body let through would really change something. */
    private static Map<String, String> ids(ApiClient api) {
        Map<String, String> ids = new TreeMap<>();
        ids.put("tasks", first(api, "api/tasks?size=1"));
        ids.put("reports", first(api, "api/reports?size=1"));
        ids.put("periods", first(api, "api/periods"));
        return ids;
    }

    private static String first(ApiClient api, String path) {
        Reply reply = api.get(path, "admin", PASSWORD);
        JsonValue json = Json.createReader(new StringReader(reply.body())).readValue();
        JsonArray items = json instanceof JsonArray a ? a : json.asJsonObject().getJsonArray("items");
        return items == null || items.isEmpty() ? "1" : items.getJsonObject(0).get("id").toString();
    }

    private static String fill(String template, Map<String, String> ids) {
        String resource = template.replaceAll("^/api/([^/]+).*", "$1");
        return template.replaceFirst("^/", "").replace("{id}", ids.getOrDefault(resource, "1"))
                .replace("{type}", "PROGRESS_REPORT").replace("{attachment}", "1");
    }
}
