package io.remontada.common.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import graphql.GraphQLContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import graphql.GraphQLException;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.remontada.common.error.BadUserInputException;
import io.remontada.common.error.LimitExceededException;
import io.remontada.common.error.PersistedQueryNotFoundException;
import io.remontada.common.error.ServiceUnavailableException;
import io.remontada.common.security.Roles;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks every request to {@code /graphql} before SmallRye GraphQL executes it, and refuses the bad
 * ones with a GraphQL-over-HTTP error response (status 4xx, {@code errors[].extensions.code}):
 * bodies that are not GraphQL requests, syntax and validation errors, variables of the wrong type,
 * mutations over GET, and requests past the size, token, depth or cost limits.
 *
 * <p>It exists because those failures otherwise surface from the engine with a 200 status and no
 * code, and because limits must stop an expensive query before any resolver touches the database.
 * Requests that pass are answered from the answer cache, or take their turn ({@link RunningQueries})
 * and are executed as read here ({@link QueryExecution}); other methods (OPTIONS) go on to SmallRye's route.
 */
@ApplicationScoped
public class GraphQLRequestGate {

    private static final Logger LOG = Logger.getLogger(GraphQLRequestGate.class);
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private static final int VALID_DOCUMENTS_KEPT = 1000;
    private static final int TIMED_OPERATIONS = 200;
    /** Set on each request by {@link #identify}: whether it carries an admin's credentials. */
    private static final String ADMIN = "remontada.admin";

    private final RequestLimits limits;
    private final Instance<GraphQLSchema> schema;
    private final Map<String, ValidDocument> validDocuments = new java.util.concurrent.ConcurrentHashMap<>();
    private final PersistedQueries persistedQueries = new PersistedQueries();
    private final MeterRegistry registry;
    private final AnswerCache answers;
    private final RunningQueries running;
    private final QueryExecution execution;
    /** Operation names seen in timers: clients choose them, so their number is capped and the rest count as "other". */
    private final Set<String> timedOperations = ConcurrentHashMap.newKeySet();

    GraphQLRequestGate(RequestLimits limits, Instance<GraphQLSchema> schema, MeterRegistry registry, AnswerCache answers,
            RunningQueries running, QueryExecution execution) {
        this.running = running;
        this.execution = execution;
        this.registry = registry;
        this.answers = answers;
        this.limits = limits;
        this.schema = schema;
    }

    void install(@Observes Router router) {
        // two body readers: whoever is not the admin is cut at the public limit while the body streams in,
        // chunked or not, so an anonymous client can never make the server hold more than that
        BodyHandler publicBody = BodyHandler.create(false).setBodyLimit(limits.maxBodyBytes());
        BodyHandler adminBody = BodyHandler.create(false).setBodyLimit(limits.maxAdminBodyBytes());
        router.route("/graphql").order(-21).handler(this::identify);
        router.route("/graphql").order(-20).handler(this::checkSize);
        router.route("/graphql").order(-19).handler(ctx -> (bodyLimit(ctx) == limits.maxAdminBodyBytes() ? adminBody : publicBody).handle(ctx));
        router.route("/graphql").order(-18).blockingHandler(this::check, false);
        router.route("/graphql").order(-20).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, 413, new LimitExceededException("body size: at most " + bodyLimit(ctx) + " bytes"), "body-size", false);
            } else {
                ctx.next();
            }
        });
    }

    /**
     * Asks the security layer, before the body is read, whether the request comes from an admin. The
     * identity is resolved once per request: the {@code @RolesAllowed} check later gets the same answer,
     * or the same failure for a bad token, which this limit treats as anyone's.
     */
    private void identify(RoutingContext ctx) {
        // a bad token is the business of the operation that needs credentials, which answers UNAUTHENTICATED
        // as a GraphQL error; Quarkus's default would end the request here with a bare 401
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (request, failure) -> {
        });
        // credentials come only in the Authorization header (the admin token or a JWT): without one the caller is
        // anonymous, and resolving that through the security layer cost a twentieth of a small query's CPU
        Context context = Vertx.currentContext();
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            proceed(ctx, context, false);
            return;
        }
        // the body must wait for the answer: the body handler resumes the request
        if (!ctx.request().isEnded()) {
            ctx.request().pause();
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(
                identity -> proceed(ctx, context, identity != null && identity.hasRole(Roles.ADMIN)),
                failure -> proceed(ctx, context, false));
    }

    private static void proceed(RoutingContext ctx, Context context, boolean admin) {
        ctx.put(ADMIN, admin);
        if (Vertx.currentContext() == context) {
            ctx.next();
        } else {
            context.runOnContext(ignored -> ctx.next());
        }
    }

    /** The body limit of this request: an admin's import carries a whole file, anyone else's query is small. */
    private long bodyLimit(RoutingContext ctx) {
        return Boolean.TRUE.equals(ctx.get(ADMIN)) ? limits.maxAdminBodyBytes() : limits.maxBodyBytes();
    }

    private void checkSize(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            refuse(ctx, 415, new BadUserInputException("multipart bodies are not accepted: send application/json"), null, false);
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        long limit = bodyLimit(ctx);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            refuse(ctx, 413, new LimitExceededException("body size: at most " + limit + " bytes"), "body-size", false);
            return;
        }
        ctx.next();
    }

    private void check(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.next();
            return;
        }
        try {
            if (!acceptsJson(ctx)) {
                throw new Refusal(406, new BadUserInputException("answers are JSON: accept application/json or application/graphql-response+json"),
                        null, false);
            }
            if (ctx.body() != null && ctx.body().length() > bodyLimit(ctx)) {
                throw new Refusal(413, new LimitExceededException("body size: at most " + bodyLimit(ctx) + " bytes"), "body-size", false);
            }
            GraphQLRequest request = persisted(method == HttpMethod.GET ? fromQueryString(ctx) : fromBody(ctx));
            Checked checked = checkDocument(request, method == HttpMethod.GET);
            OperationDefinition operation = checked.operation();
            time(ctx, request, operation);
            String answerType = wantsGraphQLResponse(ctx) ? GRAPHQL_RESPONSE : JSON;
            String cacheKey = cacheKey(request, checked);
            ctx.addHeadersEndHandler(done -> {
                boolean answered = ctx.response().getStatusCode() == 200 || ctx.response().getStatusCode() == 304;
                if (answered) {
                    ctx.response().putHeader("Content-Type", answerType);
                }
                if (method == HttpMethod.GET) {
                    ctx.response().putHeader("Cache-Control",
                            answered && ctx.get(QueryExecution.HAS_ERRORS) == null ? "public, max-age=" + limits.getMaxAgeSeconds() : "no-store");
                }
                if (answered && cacheKey != null && ctx.get(QueryExecution.HAS_ERRORS) == null) {
                    ctx.response().putHeader("ETag", AnswerCache.etagOf(cacheKey));
                }
            });
            if (cacheKey != null && answerFromCache(ctx, cacheKey)) {
                return;
            }
            if (RunningQueries.needsNoTurn(operation, checked.cost())) {
                execute(ctx, request);
                return;
            }
            if (!running.enter()) {
                throw new Refusal(503, new ServiceUnavailableException("the server is answering as many queries as it can; try again shortly"),
                        "running-queries", true);
            }
            try {
                // a client that left while its query waited its turn would not read the answer
                if (!ctx.response().closed()) {
                    execute(ctx, request);
                }
            } finally {
                running.leave();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            refuse(ctx, 503, new ServiceUnavailableException("the server is stopping"), null, true);
        } catch (Refusal refusal) {
            registry.counter("remontada.graphql.refusals", "code", refusal.error.code(), "limit", refusal.limit == null ? "none" : refusal.limit)
                    .increment();
            refuse(ctx, refusal.status, refusal.error, refusal.limit, refusal.graphQLError);
        }
    }

    private void execute(RoutingContext ctx, GraphQLRequest request) {
        execution.execute(ctx, request.query(), request.operationName(), request.variables());
    }

    /** The answer cache's key for a query, or null for what it does not keep; a database that does not answer is said at once. */
    private String cacheKey(GraphQLRequest request, Checked checked) {
        if (checked.operation().getOperation() != OperationDefinition.Operation.QUERY || !answers.enabled()) {
            return null;
        }
        try {
            return answers.keyOf(checked.normalised(), String.valueOf(checked.operation().getName()), request.variables());
        } catch (io.remontada.common.error.ApiException databaseDown) {
            throw new Refusal(503, databaseDown, null, true);
        }
    }

    /**
     * Answers from the cache when it holds the answer (or the client's copy is current); else marks the
     * answer for keeping. A client that sends {@code Cache-Control: no-cache} asks, as HTTP has it, for
     * an answer computed afresh.
     */
    private boolean answerFromCache(RoutingContext ctx, String key) {
        String cacheControl = ctx.request().getHeader("Cache-Control");
        AnswerCache.Answer kept = cacheControl != null && cacheControl.contains("no-cache") ? null : answers.get(key);
        if (kept == null) {
            ctx.put(QueryExecution.CACHE_KEY, key);
            return false;
        }
        String clientCopy = ctx.request().getHeader("If-None-Match");
        if (clientCopy != null && clientCopy.contains(kept.etag())) {
            ctx.response().setStatusCode(304).end();
        } else {
            ctx.response().setStatusCode(200).end(kept.body());
        }
        return true;
    }

    /**
     * Times the request from here to its last byte, by operation: its name, or for an anonymous one the
     * start of its document's hash, so one slow query stands out among the others.
     */
    private void time(RoutingContext ctx, GraphQLRequest request, OperationDefinition operation) {
        String name = operation.getName() != null ? operation.getName() : "anonymous-" + PersistedQueries.sha256(request.query()).substring(0, 12);
        if (!timedOperations.contains(name)) {
            if (timedOperations.size() < TIMED_OPERATIONS) {
                timedOperations.add(name);
            } else {
                name = "other";
            }
        }
        String operationName = name;
        Timer.Sample sample = Timer.start(registry);
        ctx.addBodyEndHandler(done -> sample.stop(registry.timer("remontada.graphql.operation", "operation", operationName,
                "type", operation.getOperation().name().toLowerCase(Locale.ROOT),
                "outcome", ctx.response().getStatusCode() != 200 ? "refused" : ctx.get(QueryExecution.HAS_ERRORS) != null ? "errors" : "ok")));
    }

    private record GraphQLRequest(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {

        GraphQLRequest withQuery(String persisted) {
            return new GraphQLRequest(persisted, operationName, variables, extensions);
        }
    }

    private static GraphQLRequest fromQueryString(RoutingContext ctx) {
        return request(ctx.request().getParam("query"), ctx.request().getParam("operationName"),
                jsonParameter(ctx, "variables"), jsonParameter(ctx, "extensions"));
    }

    private static Map<String, Object> jsonParameter(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        try {
            return value == null || value.isBlank() ? Map.of() : new JsonObject(value).getMap();
        } catch (DecodeException | ClassCastException e) {
            throw Refusal.malformed(name + " must be a JSON object");
        }
    }

    private static GraphQLRequest fromBody(RoutingContext ctx) {
        String contentType = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
        String body = ctx.body().asString();
        if (contentType.startsWith("application/graphql")) {
            return request(body, null, Map.of(), Map.of());
        }
        if (!contentType.startsWith("application/json")) {
            throw new Refusal(415, new BadUserInputException("send a GraphQL request as application/json (or a query as application/graphql)"), null, false);
        }
        JsonObject json;
        try {
            Object parsed = body == null ? null : io.vertx.core.json.Json.decodeValue(body);
            if (!(parsed instanceof JsonObject object)) {
                throw Refusal.malformed("the body must be a JSON object with a string \"query\"");
            }
            json = object;
        } catch (DecodeException e) {
            throw Refusal.malformed("the body is not JSON: send {\"query\": \"...\", \"variables\": {...}}");
        }
        Object query = json.getValue("query");
        Object variables = json.getValue("variables");
        Object operationName = json.getValue("operationName");
        Object extensions = json.getValue("extensions");
        if ((query != null && !(query instanceof String)) || (variables != null && !(variables instanceof JsonObject))
                || (operationName != null && !(operationName instanceof String)) || (extensions != null && !(extensions instanceof JsonObject))) {
            throw Refusal.malformed("\"query\" and \"operationName\" must be strings, \"variables\" and \"extensions\" objects");
        }
        return request((String) query, (String) operationName, variables == null ? Map.of() : ((JsonObject) variables).getMap(),
                extensions == null ? Map.of() : ((JsonObject) extensions).getMap());
    }

    private static GraphQLRequest request(String query, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
        if ((query == null || query.isBlank()) && !extensions.containsKey("persistedQuery")) {
            throw Refusal.malformed("a GraphQL request needs a \"query\"");
        }
        return new GraphQLRequest(query == null || query.isBlank() ? null : query, operationName, variables, extensions);
    }

    /** The request with the query its persisted-query hash names, as if the client had sent it. */
    private GraphQLRequest persisted(GraphQLRequest request) {
        try {
            return request.withQuery(persistedQueries.resolve(request.query(), request.extensions()));
        } catch (PersistedQueries.Unusable e) {
            throw e.notFound ? new Refusal(200, new PersistedQueryNotFoundException(e.getMessage()), null, false)
                    : Refusal.badRequest(e.getMessage());
        }
    }

    /** A query text that passed validation: its document, and its compact print that keys the answer cache. */
    private record ValidDocument(Document document, String normalised) {
    }

    /**
     * The parsed document of a query text that passed validation: clients send the same few query
     * texts again and again, so each is parsed, validated and normalised once. Variables change nothing
     * here; they, the depth and the cost are checked on every request.
     */
    private ValidDocument validDocument(String query, GraphQLSchema graphQLSchema) {
        ValidDocument cached = validDocuments.get(query);
        if (cached != null) {
            return cached;
        }
        Document document = parse(query);
        checkFragments(document);
        List<ValidationError> invalid = new Validator().validateDocument(graphQLSchema, document, Locale.ENGLISH);
        if (!invalid.isEmpty()) {
            throw Refusal.badRequest(invalid.stream().map(ValidationError::getDescription).distinct().collect(Collectors.joining("; ")));
        }
        if (holdsNul(document)) {
            throw Refusal.badRequest(NUL_REFUSED);
        }
        if (validDocuments.size() >= VALID_DOCUMENTS_KEPT) {
            validDocuments.clear();
        }
        ValidDocument valid = new ValidDocument(document, AstPrinter.printAstCompact(document));
        validDocuments.put(query, valid);
        return valid;
    }

    /** Refuses, before validation, documents whose fragments would make validating them slow. */
    private void checkFragments(Document document) {
        int definitions = document.getDefinitionsOfType(FragmentDefinition.class).size();
        int[] spreads = {0};
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitFragmentSpread(FragmentSpread node, TraverserContext<Node> context) {
                spreads[0]++;
                return TraversalControl.CONTINUE;
            }
        }, document);
        if (definitions > limits.maxFragments() || spreads[0] > limits.maxFragments()) {
            throw Refusal.limit("fragments", "the document has " + definitions + " fragments and " + spreads[0]
                    + " fragment spreads; at most " + limits.maxFragments() + " of each");
        }
    }

    /**
     * PostgreSQL cannot store or compare the NUL character in text: a string holding one is the client's mistake, said
     * before any statement fails on it. The document's own strings are read once, when it is first validated; its
     * variables on every request.
     */
    private static final String NUL_REFUSED = "strings may not hold the NUL character (\\u0000)";

    private static boolean holdsNul(Document document) {
        boolean[] found = {false};
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
                found[0] |= node.getValue().indexOf('\u0000') >= 0;
                return TraversalControl.CONTINUE;
            }
        }, document);
        return found[0];
    }

    private static boolean holdsNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> holdsNul(e.getKey()) || holdsNul(e.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(GraphQLRequestGate::holdsNul);
        }
        return false;
    }

    /** The operation a request runs, what it may cost, and its document's compact print (the answer cache's key). */
    private record Checked(OperationDefinition operation, QueryCost.Result cost, String normalised) {
    }

    private Checked checkDocument(GraphQLRequest request, boolean overGet) {
        GraphQLSchema graphQLSchema = schema.get();
        ValidDocument valid = validDocument(request.query(), graphQLSchema);
        Document document = valid.document();
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = request.operationName() == null
                ? (operations.size() == 1 ? operations.get(0) : null)
                : operations.stream().filter(o -> request.operationName().equals(o.getName())).findFirst().orElse(null);
        if (operation == null) {
            throw Refusal.badRequest(request.operationName() == null
                    ? "the document holds several operations: name one with \"operationName\""
                    : "no operation named \"" + request.operationName() + "\" in the document");
        }
        if (overGet && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Refusal(405, new BadUserInputException("only queries may be sent over GET: send mutations with POST"), null, false);
        }
        if (holdsNul(request.variables())) {
            throw Refusal.badRequest(NUL_REFUSED);
        }
        VariableTypes types = new VariableTypes(graphQLSchema);
        String variableProblem = types.problem(operation.getVariableDefinitions(), request.variables());
        if (variableProblem != null) {
            throw Refusal.badRequest("variables: " + variableProblem);
        }
        try {
            ValuesResolver.coerceVariableValues(graphQLSchema, operation.getVariableDefinitions(), RawVariables.of(request.variables()),
                    GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (GraphQLException e) {
            throw Refusal.badRequest("variables: " + e.getMessage());
        }
        GraphQLFieldsContainer root = operation.getOperation() == OperationDefinition.Operation.MUTATION
                ? graphQLSchema.getMutationType() : graphQLSchema.getQueryType();
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        List<String> literalProblems = new java.util.ArrayList<>();
        QueryCost.Result measured = new QueryCost(fragments, request.variables(), limits.listFanOut(),
                (field, definition) -> {
                    String problem = types.literalProblem(field, definition);
                    if (problem != null) {
                        literalProblems.add(problem);
                    }
                }).measure(operation.getSelectionSet(), root);
        if (!literalProblems.isEmpty()) {
            throw Refusal.badRequest(literalProblems.get(0));
        }
        if (measured.depth() > limits.maxDepth()) {
            throw Refusal.limit("depth", "query depth " + measured.depth() + " is more than " + limits.maxDepth() + " levels");
        }
        if (measured.nodes() > limits.maxNodes()) {
            throw Refusal.limit("nodes", "the answer may hold " + measured.nodes() + " nodes, more than " + limits.maxNodes()
                    + " (each field counts once per row it may resolve for: lower first, or split the query)");
        }
        if (measured.resolvers() > limits.maxResolvers()) {
            throw Refusal.limit("resolvers", "the query selects " + measured.resolvers() + " fields that each run a database query, more than "
                    + limits.maxResolvers() + " (aliases count one each)");
        }
        return new Checked(operation, measured, valid.normalised());
    }

    private Document parse(String query) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(limits.maxTokens()));
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (ParseCancelledException e) {
            throw Refusal.limit("tokens", "the query has more than " + limits.maxTokens() + " tokens");
        } catch (InvalidSyntaxException e) {
            throw Refusal.badRequest("syntax error: " + e.getMessage());
        }
    }

    /**
     * The media type of the answer, as the GraphQL-over-HTTP specification asks: the GraphQL response
     * type to clients that accept it, plain JSON to the others (an Accept of {@code * / *}, none, or
     * {@code application/json}), whose older code reads any status but 200 as a failed transport.
     */
    static boolean wantsGraphQLResponse(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/graphql-response+json");
    }

    /** Whether the Accept header admits a JSON answer: it names no type, any type, or one of GraphQL's JSON types. */
    private static boolean acceptsJson(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        return accepted.isEmpty() || accepted.stream().map(MIMEHeader::rawValue).anyMatch(type -> type.startsWith("*/*")
                || type.startsWith("application/json") || type.startsWith("application/graphql-response+json")
                || type.startsWith("application/graphql+json"));
    }

    /** @param graphQLError whether the HTTP request was a well-formed GraphQL request that cannot run */
    private static void refuse(RoutingContext ctx, int status, io.remontada.common.error.ApiException error, String limit, boolean graphQLError) {
        JsonObject extensions = new JsonObject().put("code", error.code());
        if (limit != null) {
            extensions.put("limit", limit);
        }
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", error.getMessage())
                .put("extensions", extensions)));
        LOG.debugf("refused a GraphQL request (%d): %s", status, error.getMessage());
        boolean graphQLResponse = wantsGraphQLResponse(ctx);
        // a well-formed GraphQL request that cannot run is still answered with 200 in plain JSON
        int sent = !graphQLResponse && graphQLError ? 200 : status;
        ctx.response().setStatusCode(sent).putHeader("Content-Type", graphQLResponse ? GRAPHQL_RESPONSE : JSON)
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }

    /** Why a request is refused, as the HTTP status and the coded GraphQL error to answer with. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final io.remontada.common.error.ApiException error;
        final String limit;

        final boolean graphQLError;

        Refusal(int status, io.remontada.common.error.ApiException error, String limit, boolean graphQLError) {
            super(error.getMessage(), null, false, false);
            this.status = status;
            this.error = error;
            this.limit = limit;
            this.graphQLError = graphQLError;
        }

        /** The HTTP request is not a GraphQL request at all (no JSON, no query): 400 whatever the client accepts. */
        static Refusal malformed(String message) {
            return new Refusal(400, new BadUserInputException(message), null, false);
        }

        /** A GraphQL request that cannot run (syntax, validation, variables, limits): a GraphQL error. */
        static Refusal badRequest(String message) {
            return new Refusal(400, new BadUserInputException(message), null, true);
        }

        static Refusal limit(String limit, String message) {
            return new Refusal(400, new LimitExceededException(limit + ": " + message), limit, true);
        }
    }
}
