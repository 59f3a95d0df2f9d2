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
 * The depth and the worst-case cost of one operation, computed from the document before execution.
 *
 * <p>Cost counts every field once for each row it may be resolved for: a connection multiplies
 * what is under it by its {@code first} (20 when not given), a plain list by a fixed fan-out. So
 * {@code clubs(first: 100) { edges { node { ties(first: 100) ... } } } } costs ten thousand times
 * its innermost field, and a thousand aliases of one field cost a thousand: both are caught here,
 * before a single query runs. A field that runs a resolver (an object or a field with arguments)
 * also costs a fixed weight once, however many rows it serves, because batching makes it one
 * database statement: so a thousand aliases of one batched field are a thousand statements, and
 * cost accordingly. Introspection fields cost nothing and do not count toward depth.
 *
 * <p>A selection's cost grows in step with the rows it is resolved for ({@code rows * perRow + fixed}),
 * so each fragment is measured once per type it is spread on and reused wherever it is spread: the
 * walk takes time in proportion to the document's size, however its fragments spread one another.
 */
final class QueryCost {

    record Result(int depth, long cost) {
    }

    /** A selection's depth and its cost for {@code rows} rows: {@code rows * perRow + fixed}. */
    private record Measure(int depth, long perRow, long fixed) {
        static final Measure NONE = new Measure(0, 0, 0);
    }

    /** Past this, a cost only needs to be known to be too high; it keeps the arithmetic from overflowing. */
    private static final long CEILING = Long.MAX_VALUE / 4;

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int listFanOut;
    private final int resolverWeight;
    private final Map<String, Measure> measuredFragments = new HashMap<>();

    private final BiConsumer<Field, GraphQLFieldDefinition> onField;

    /** @param onField sees every field of the operation with its definition, for checks that need both */
    QueryCost(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, int listFanOut, int resolverWeight,
            BiConsumer<Field, GraphQLFieldDefinition> onField) {
        this.onField = onField;
        this.fragments = fragments;
        this.variables = variables;
        this.listFanOut = listFanOut;
        this.resolverWeight = resolverWeight;
    }

    Result measure(SelectionSet selections, GraphQLFieldsContainer type) {
        Measure measure = walk(selections, type);
        return new Result(measure.depth(), add(measure.perRow(), measure.fixed()));
    }

    private Measure walk(SelectionSet selections, GraphQLFieldsContainer type) {
        int depth = 0;
        long perRow = 0;
        long fixed = 0;
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
            fixed = add(fixed, inner.fixed());
        }
        return new Measure(depth, perRow, fixed);
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
                add(resolved ? resolverWeight : 0, children.fixed()));
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
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList ? listFanOut : 1;
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
