package io.remontada.common.graphql;

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
 */
final class QueryCost {

    record Result(int depth, long cost) {
    }

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int listFanOut;
    private final int resolverWeight;

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
        return walk(selections, type, 1, 0);
    }

    private Result walk(SelectionSet selections, GraphQLFieldsContainer type, long rows, int fragmentDepth) {
        int depth = 0;
        long cost = 0;
        if (selections == null || fragmentDepth > fragments.size() + 1) {
            return new Result(0, 0);
        }
        for (Selection<?> selection : selections.getSelections()) {
            Result inner;
            if (selection instanceof Field field) {
                inner = field(field, type, rows, fragmentDepth);
            } else if (selection instanceof InlineFragment inline) {
                inner = walk(inline.getSelectionSet(), type, rows, fragmentDepth);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                inner = walk(fragments.get(spread.getName()).getSelectionSet(), type, rows, fragmentDepth + 1);
            } else {
                continue;
            }
            depth = Math.max(depth, inner.depth());
            cost += inner.cost();
        }
        return new Result(depth, cost);
    }

    private Result field(Field field, GraphQLFieldsContainer type, long rows, int fragmentDepth) {
        if (field.getName().startsWith("__")) {
            return new Result(0, 0);
        }
        GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
        if (definition == null) {
            return new Result(1, rows);
        }
        onField.accept(field, definition);
        GraphQLOutputType fieldType = definition.getType();
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(fieldType);
        long childRows = rows * fanOut(field, fieldType, unwrapped, type);
        boolean resolved = unwrapped instanceof GraphQLFieldsContainer || !definition.getArguments().isEmpty();
        Result children = unwrapped instanceof GraphQLFieldsContainer container
                ? walk(field.getSelectionSet(), container, childRows, fragmentDepth)
                : new Result(0, 0);
        return new Result(children.depth() + 1, rows + (resolved ? resolverWeight : 0) + children.cost());
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
