package io.remontada.common.graphql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import graphql.ErrorType;
import graphql.ExecutionResult;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Executes a request the gate let through, on the gate's worker thread, and writes its answer.
 *
 * <p>Quarkus's GraphQL route did this before: it read the body a second time into a JSON-P tree, moved the request to
 * another worker thread, and wrote the answer through SmallRye's {@code ExecutionResponse}, which copies the whole
 * answer into a JSON-P tree before printing it (a fifth of the CPU of a season's matches, {@code benchmarks/README.md}).
 * Here the request the gate has read is executed at once, and an answer without errors is streamed from
 * graphql-java's result to bytes. Answers with errors are still written by SmallRye, so that their errors keep the
 * shape SmallRye gives them (codes, extensions, locations).
 */
@ApplicationScoped
class QueryExecution {

    private static final Logger LOG = Logger.getLogger(QueryExecution.class);
    /** Characters beyond the BMP written as UTF-8, as JSON-P writes them, not as escaped surrogate pairs. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    /** Looked up once: {@code jakarta.json.Json} asks the service loader for a provider on every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    /** Set on an exchange whose answer carries errors: the gate sends it with {@code Cache-Control: no-store}. */
    static final String HAS_ERRORS = "remontada.graphql.has-errors";
    /** Set by the gate on a query whose answer {@link AnswerCache} may keep. */
    static final String CACHE_KEY = "remontada.graphql.cache-key";

    private final Instance<ExecutionService> executionService;
    private final CurrentVertxRequest currentRequest;
    private final CurrentIdentityAssociation identity;
    private final AnswerCache answers;

    QueryExecution(Instance<ExecutionService> executionService, CurrentVertxRequest currentRequest, CurrentIdentityAssociation identity,
            AnswerCache answers) {
        this.executionService = executionService;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.answers = answers;
    }

    /** Runs the operation and ends the response with its answer, in a request context of its own. */
    void execute(RoutingContext ctx, String query, String operationName, Map<String, Object> variables) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            currentRequest.setCurrent(ctx);
            // resolved by the gate when the request has credentials; otherwise only if an operation asks for a role
            if (ctx.user() instanceof QuarkusHttpUser user) {
                identity.setIdentity(user.getSecurityIdentity());
            } else {
                identity.setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
            }
            executionService.get().executeSync(input(query, operationName, variables), quarkusContext(ctx, requestContext), new Answer(ctx));
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.terminate();
        }
    }

    /**
     * What Quarkus's GraphQL route puts in the execution's context, and its field fetchers read: that the query runs
     * blocking (the whole of it on this thread), the request context to resume, and the headers (for the locale).
     */
    private static Map<String, Object> quarkusContext(RoutingContext ctx, ManagedContext requestContext) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : ctx.request().headers().names()) {
            headers.put(name, ctx.request().headers().getAll(name));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("runBlocking", true);
        context.put("httpHeaders", headers);
        context.put("state", requestContext.getState());
        return context;
    }

    private static JsonObject input(String query, String operationName, Map<String, Object> variables) {
        JsonObjectBuilder input = JSON_P.createObjectBuilder().add("query", query).add("variables", JSON_P.createObjectBuilder(variables));
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        return input.build();
    }

    /** Writes SmallRye's result to the exchange: 200 with the answer, or 500 for an execution graphql-java aborted. */
    private final class Answer implements ExecutionResponseWriter {

        private final RoutingContext ctx;

        Answer(RoutingContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (result.isDataPresent() && result.getErrors().stream().anyMatch(e -> e.getErrorType() == ErrorType.ExecutionAborted)) {
                LOG.errorf("execution aborted: %s", result.getErrors());
                ctx.response().setStatusCode(500).end();
                return;
            }
            Buffer body;
            if (result.getErrors().isEmpty()) {
                body = answerWithoutErrors(response);
                String cacheKey = ctx.get(CACHE_KEY);
                if (cacheKey != null) {
                    answers.put(cacheKey, body.toString());
                }
            } else {
                ctx.put(HAS_ERRORS, true);
                body = Buffer.buffer(response.getExecutionResultAsString());
            }
            if (!ctx.response().closed()) {
                ctx.response().setStatusCode(200).end(body);
            }
        }

        @Override
        public void fail(Throwable failure) {
            ctx.fail(failure);
        }
    }

    /** The body of an answer without errors, as SmallRye writes it (it writes types graphql-java's scalars do not give through JSON-B). */
    static Buffer answerWithoutErrors(ExecutionResponse response) {
        try {
            return streamed(response.getExecutionResult().getData());
        } catch (UnwrittenType e) {
            return Buffer.buffer(response.getExecutionResultAsString());
        }
    }

    /** {@code {"data": ...}} written as SmallRye's JSON-P tree prints it: nulls kept, numbers as JSON-P prints them. */
    static Buffer streamed(Object data) {
        ByteBuf bytes = Unpooled.buffer(4096);
        try (JsonGenerator out = JSON.createGenerator((OutputStream) new ByteBufOutputStream(bytes))) {
            out.writeStartObject();
            out.writeFieldName("data");
            write(out, data);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return Buffer.buffer(bytes);
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            out.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                out.writeFieldName((String) field.getKey());
                write(out, field.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Double number) {
            out.writeNumber(BigDecimal.valueOf(number));
        } else if (value instanceof BigDecimal number) {
            out.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else {
            throw new UnwrittenType();
        }
    }

    /** A value of a type {@link #streamed} does not write. */
    static final class UnwrittenType extends RuntimeException {
        UnwrittenType() {
            super(null, null, false, false);
        }
    }
}
