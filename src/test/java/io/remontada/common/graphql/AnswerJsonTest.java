package io.remontada.common.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResultImpl;
import io.remontada.comeback.Answer;
import io.smallrye.graphql.execution.ExecutionResponse;

/** Answers streamed by {@link QueryExecution} read exactly as SmallRye's own writer prints them. */
class AnswerJsonTest {

    private static ExecutionResponse responseWith(Object data) {
        return new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    @Test
    void everyValueGraphqlJavaGivesIsWrittenAsSmallRyeWritesIt() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "quote \" backslash \\ tab \t newline \n control \u0001 accent é emoji \uD83D\uDE00 slash / end");
        data.put("int", 42);
        data.put("negative", -7);
        data.put("long", 1L << 40);
        data.put("rate", 0.07299843014128729);
        data.put("whole", 1.0);
        data.put("small", 1e-7);
        data.put("large", 1e21);
        data.put("decimal", new BigDecimal("12.50"));
        data.put("yes", true);
        data.put("no", false);
        data.put("none", null);
        data.put("answer", Answer.UNKNOWN);
        List<Object> mixed = new ArrayList<>(List.of(1, "two", List.of(), Map.of()));
        mixed.add(null);
        data.put("list", mixed);
        data.put("nested", Map.of("edges", List.of(Map.of("node", Map.of("name", "Liverpool FC", "goals", List.of(90, 93))))));
        ExecutionResponse response = responseWith(Map.of("club", data));

        assertEquals(response.getExecutionResultAsString(), QueryExecution.streamed(response.getExecutionResult().getData()).toString());
    }

    @Test
    void aTypeNoScalarGivesIsLeftToSmallRye() {
        Map<String, Object> data = Map.of("date", LocalDate.of(2019, 5, 7));
        assertThrows(QueryExecution.UnwrittenType.class, () -> QueryExecution.streamed(data));

        ExecutionResponse response = responseWith(data);
        assertEquals(response.getExecutionResultAsString(), QueryExecution.answerWithoutErrors(response).toString());
    }
}
