package io.remontada.common.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import io.remontada.common.paging.PageRequest;

/**
 * The depth, the most nodes and the resolver selections of one operation, computed from the document
 * before execution.
 *
 * <p>Nodes count every field once for each row it may be resolved for: a connection multiplies what
 * is under it by its {@code first} (20 when not given), a plain list by the most rows it can hold
 * ({@link #LIST_BOUNDS}: a tie has at most three legs), other lists by a fixed fan-out. So the node
 * limit reads as "at most N objects and values in the answer". Resolver selections count every
 * selection of a field that runs a resolver (an object, or a field with arguments) once, however many
 * rows it serves, because batching makes it one database statement: a thousand aliases of one field
 * are a thousand statements, refused on that count however few nodes each returns. Introspection
 * fields cost nothing and do not count toward depth.
 *
 * <p>A selection's nodes grow in step with the rows it is resolved for ({@code rows * perRow}), so
 * each fragment is measured once per type it is spread on and reused wherever it is spread: the walk
 * takes time in proportion to the document's size, however its fragments spread one another.
 * graphql-java's own complexity calculator walks every path through every fragment instead, which a
 * document of fragments that spread each other twice makes exponential.
 */
final class QueryCost {

    record Result(int depth, long nodes, long resolvers) {
    }

    /** A selection's depth, its nodes per row it is resolved for, and its resolver selections. */
    private record Measure(int depth, long perRow, long resolvers) {
        static final Measure NONE = new Measure(0, 0, 0);
    }

    /**
     * The most rows a plain list field can hold, where the record bounds it; other lists count the
     * configured fan-out. A match's goals: the most in one European match is 18 (Benfica 18-0 Stade
     * Dudelange, 1965), and a test keeps the record within this bound.
     */
    static final Map<String, Integer> LIST_BOUNDS = Map.ofEntries(
            Map.entry("Tie.legs", 3),
            Map.entry("Match.goals", 20),
            Map.entry("Verdict.occasions", 100),
            Map.entry("DeficitRecord.examples", 10),
            Map.entry("Query.competitions", 3),
            Map.entry("CoverageSpan.missing", 13),
            Map.entry("CoverageSpan.unverified", 13));

    /** Past this, a cost only needs to be known to be too high; it keeps the arithmetic from overflowing. */
    private static final long CEILING = Long.MAX_VALUE / 4;

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int listFanOut;
    private final Map<String, Measure> measuredFragments = new HashMap<>();

    private final BiConsumer<Field, GraphQLFieldDefinition> onField;

    /** @param onField sees every field of the operation with its definition, for checks that need both */
    QueryCost(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, int listFanOut,
            BiConsumer<Field, GraphQLFieldDefinition> onField) {
        this.onField = onField;
        this.fragments = fragments;
        this.variables = variables;
        this.listFanOut = listFanOut;
    }

    Result measure(SelectionSet selections, GraphQLFieldsContainer type) {
        Measure measure = walk(selections, type);
        return new Result(measure.depth(), measure.perRow(), measure.resolvers());
    }

    private Measure walk(SelectionSet selections, GraphQLFieldsContainer type) {
        int depth = 0;
        long perRow = 0;
        long resolvers = 0;
        if (selections == null) {
            return Measure.NONE;
        }
        for (Selection<?> selection : selections.getSelections()) {
            Measure inner;
            if (selection instanceof Field field) {
                inner = field(field, type);
            } else if (selection instanceof InlineFragment inline) {
                inner = walk(inline.getSelectionSet(), type);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                inner = fragment(fragments.get(spread.getName()), type);
            } else {
                continue;
            }
            depth = Math.max(depth, inner.depth());
            perRow = add(perRow, inner.perRow());
            resolvers = add(resolvers, inner.resolvers());
        }
        return new Measure(depth, perRow, resolvers);
    }

    private Measure fragment(FragmentDefinition fragment, GraphQLFieldsContainer type) {
        String key = fragment.getName() + " on " + type.getName();
        Measure known = measuredFragments.get(key);
        if (known == null) {
            // a fragment that spreads itself is refused by validation before any cost is measured; this only ends the walk
            measuredFragments.put(key, Measure.NONE);
            known = walk(fragment.getSelectionSet(), type);
            measuredFragments.put(key, known);
        }
        return known;
    }

    private Measure field(Field field, GraphQLFieldsContainer type) {
        if (field.getName().startsWith("__")) {
            return Measure.NONE;
        }
        GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
        if (definition == null) {
            return new Measure(1, 1, 0);
        }
        onField.accept(field, definition);
        GraphQLOutputType fieldType = definition.getType();
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(fieldType);
        long fanOut = fanOut(field, fieldType, unwrapped, type);
        boolean resolved = unwrapped instanceof GraphQLFieldsContainer || !definition.getArguments().isEmpty();
        Measure children = unwrapped instanceof GraphQLFieldsContainer container ? walk(field.getSelectionSet(), container) : Measure.NONE;
        return new Measure(children.depth() + 1, add(1, multiply(fanOut, children.perRow())),
                add(resolved ? 1 : 0, children.resolvers()));
    }

    private static long add(long a, long b) {
        return Math.min(CEILING, a + b);
    }

    private static long multiply(long a, long b) {
        return b != 0 && a > CEILING / b ? CEILING : Math.min(CEILING, a * b);
    }

    private long fanOut(Field field, GraphQLOutputType type, GraphQLType unwrapped, GraphQLFieldsContainer parent) {
        if (GraphQLTypeUtil.simplePrint(unwrapped).endsWith("Connection")) {
            return first(field);
        }
        if (parent.getName().endsWith("Connection")) {
            // a connection's edges are the rows its first already counted
            return 1;
        }
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList
                ? LIST_BOUNDS.getOrDefault(parent.getName() + "." + field.getName(), listFanOut) : 1;
    }

    private long first(Field field) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals("first")) {
                Object value = argument.getValue() instanceof VariableReference ref ? variables.get(ref.getName())
                        : argument.getValue() instanceof IntValue literal ? literal.getValue() : null;
                if (value instanceof Number number) {
                    return Math.max(1, number.longValue());
                }
            }
        }
        return PageRequest.DEFAULT_SIZE;
    }
}
