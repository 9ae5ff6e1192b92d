package kr.corepolicy.web.rest.json;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.corepolicy.service.shared.Paging;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The description of the API, made from its resource classes (Payara's own scan is off: it says
 * {@code type: object} of every record, "Default Response" of every answer, and fails outright on Bean
 * Validation constraints of record components): each operation with its parameters, the schema of its body
 * and of its answer from {@link Schemas} with their ranges, and the problem answers it can give; path templates
 * without their regular expressions ({@code {id}}).
 */
public final class ApiDescription {

    static final String PROBLEM = "Problem";
    private static final String JSON = "application/json";

    private ApiDescription() {
    }

    public static void complete(OpenAPI openAPI) {
        Schemas schemas = new Schemas();
        Paths paths = OASFactory.createPaths();
        for (Map.Entry<String, Method> entry : new TreeMap<>(methods()).entrySet()) {
            String[] verbAndPath = entry.getKey().split(" ", 2);
            PathItem.HttpMethod verb = PathItem.HttpMethod.valueOf(verbAndPath[0]);
            Method method = entry.getValue();
            PathItem item = paths.getPathItem(verbAndPath[1]);
            if (item == null) {
                item = OASFactory.createPathItem();
                paths.addPathItem(verbAndPath[1], item);
            }
            String tag = method.getDeclaringClass().getSimpleName().replace("Resource", "");
            Operation op = OASFactory.createOperation().operationId(Character.toLowerCase(tag.charAt(0))
                    + tag.substring(1) + "." + method.getName()).tags(List.of(tag));
            org.eclipse.microprofile.openapi.annotations.Operation described = method.getAnnotation(
                    org.eclipse.microprofile.openapi.annotations.Operation.class);
            if (described != null && !described.description().isEmpty()) {
                op.setDescription(described.description());
            }
            parameters(op, method, schemas);
            describe(verb, op, method, schemas);
            item.setOperation(verb, op);
        }
        openAPI.setPaths(paths);
        openAPI.setInfo(OASFactory.createInfo().title("CorePolicy API").version("1").description(
                "핵심정책 추진관리 시스템 API. Bodies are JSON records read exactly: a number out of its range, a fraction"
                        + " where a whole number is meant, an unknown field or enum value is a 400 naming the field."
                        + " Errors are application/problem+json. Credentials: HTTP Basic (the password is hashed on"
                        + " every request), or a personal API token as `Authorization: Bearer cpt_…` (issued by"
                        + " POST /api/me/tokens or on the account page; looked up by its SHA-256, no password"
                        + " hash). A wrong, expired or revoked token gets the same 401 as a wrong password."));
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        Map<String, Schema> all = new LinkedHashMap<>(schemas.components());
        all.put(PROBLEM, problem());
        components.setSchemas(all);
        components.setSecuritySchemes(Map.of("basic", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic"), "token", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("cpt_ and 43 base64url characters")
                .description("A personal API token (GET/POST/DELETE /api/me/tokens). It cannot issue tokens.")));
        openAPI.setComponents(components);
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basic"),
                OASFactory.createSecurityRequirement().addScheme("token")));
    }

    private static void parameters(Operation op, Method method, Schemas schemas) {
        for (Parameter p : method.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (path == null && query == null) {
                continue;
            }
            String name = path != null ? path.value() : query.value();
            Schema schema;
            if (List.of("page", "size", "max").contains(name)) {
                schema = OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .minimum("page".equals(name) ? BigDecimal.ZERO : BigDecimal.ONE)
                        .maximum("page".equals(name) ? BigDecimal.valueOf(Paging.MAX_OFFSET) : null);
            } else {
                schema = schemas.of(p.getParameterizedType(), Bounds.NONE);
                if (p.getType() == long.class || p.getType() == Long.class) {
                    schema.minimum(BigDecimal.ONE).maximum(null);
                }
            }
            op.addParameter(OASFactory.createParameter().name(name)
                    .in(path != null ? In.PATH : In.QUERY).required(path != null ? Boolean.TRUE : null)
                    .schema(schema));
        }
    }

    /** "POST /api/reports/{id}/submit" → the resource method, for every resource class of the application. */
    static Map<String, Method> methods() {
        Map<String, Method> found = new HashMap<>();
        for (Class<?> type : ApiClasses.resources()) {
            String base = "/api/" + strip(type.getAnnotation(Path.class).value());
            for (Method m : type.getMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    found.put(verb + " " + template(sub == null ? base : base + "/" + strip(sub.value())), m);
                }
            }
        }
        return found;
    }

    /** The record a resource method reads from its body, or null. */
    public static Class<?> bodyType(Method method) {
        for (Parameter p : method.getParameters()) {
            if (p.getAnnotations().length == 0 && p.getType().isRecord()) {
                return p.getType();
            }
        }
        return null;
    }

    private static void describe(PathItem.HttpMethod verb, Operation op, Method method, Schemas schemas) {
        Class<?> body = bodyType(method);
        boolean hasBody = body != null;
        if (hasBody) {
            op.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                    .addMediaType(JSON, OASFactory.createMediaType().schema(schemas.of(body, Bounds.NONE)))));
        }
        boolean hasPathParameter = op.getParameters() != null
                && op.getParameters().stream().anyMatch(p -> p.getIn() == In.PATH);
        APIResponses responses = OASFactory.createAPIResponses();
        success(method, verb, responses, schemas);
        problem(responses, "400", "The request is wrong: the problem names the field or parameter (`field`).");
        problem(responses, "401", "Not signed in.");
        problem(responses, "403", "Signed in, but not allowed: refusals are audited.");
        if (hasPathParameter) {
            problem(responses, "404", "No such thing, or not one the caller may read.");
        }
        if (verb != PathItem.HttpMethod.GET) {
            problem(responses, "409", "Stale version (someone saved in between) or a duplicate.");
        }
        problem(responses, "500", "Unexpected: the problem carries a `reference` the server log also has.");
        op.setResponses(responses);
    }

    private static void success(Method method, PathItem.HttpMethod verb, APIResponses responses, Schemas schemas) {
        APIResponse declared = method.getAnnotation(APIResponse.class);
        String code = declared != null && !declared.responseCode().isEmpty() ? declared.responseCode()
                : method.getReturnType() == void.class ? "204" : "200";
        String description = declared != null && !declared.description().isEmpty() ? declared.description() : "OK";
        var response = OASFactory.createAPIResponse().description(description);
        Type answer = method.getGenericReturnType();
        Class<?> shown = null;
        if (declared != null && declared.content().length > 0) {
            shown = declared.content()[0].schema().implementation();
        }
        if (shown != null && shown != Void.class) {
            answer = shown;
        }
        if (answer != void.class && answer != Response.class && answer != Void.class) {
            String media = answer == InputStream.class ? "application/octet-stream" : JSON;
            response.content(OASFactory.createContent().addMediaType(media,
                    OASFactory.createMediaType().schema(schemas.of(answer, Bounds.NONE))));
        }
        responses.addAPIResponse(code, response);
    }

    private static void problem(APIResponses responses, String code, String description) {
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().type(SchemaType.STRING);
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("An RFC 9457 problem, in the caller's language (Accept-Language; Korean by default).")
                .addProperty("type", OASFactory.createSchema().type(SchemaType.STRING).example("about:blank"))
                .addProperty("title", OASFactory.createSchema().type(SchemaType.STRING).example("잘못된 요청"))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32").example(400))
                .addProperty("detail", OASFactory.createSchema().type(SchemaType.STRING)
                        .example("progressPercent: 0 이상 100 이하여야 합니다 (받은 값: 4294967336)."))
                .addProperty("code", OASFactory.createSchema().type(SchemaType.STRING).example("body.range")
                        .description("A stable key of the reason, for programs."))
                .addProperty("field", OASFactory.createSchema().type(SchemaType.STRING).example("progressPercent")
                        .description("The field or parameter at fault, as a path: funds[1].requestedWon."))
                .addProperty("reference", text.description("Only on 500: quote it to the administrator."))
                .required(List.of("type", "title", "status", "detail", "code"));
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a instanceof GET) {
                return "GET";
            }
            if (a instanceof POST) {
                return "POST";
            }
            if (a instanceof PUT) {
                return "PUT";
            }
            if (a instanceof DELETE) {
                return "DELETE";
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** {@code /api/reports/{id: \d+}} → {@code /api/reports/{id}}. */
    public static String template(String path) {
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
    }
}
