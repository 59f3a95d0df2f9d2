package io.remontada.common.graphql;

import java.util.List;
import java.util.Map;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

/**
 * Checks JSON variables against their declared types as the GraphQL spec reads them: an Int is an
 * integral JSON number, a String a JSON string, an enum one of its values. SmallRye's scalars are
 * lenient and would pass {@code "three"} for an Int through to a resolver, where it fails with a
 * Java error; refusing it here gives the client a plain {@code BAD_USER_INPUT}.
 */
final class VariableTypes {

    private final GraphQLSchema schema;

    VariableTypes(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The first problem found, or null when every variable fits its type. */
    String problem(List<VariableDefinition> definitions, Map<String, Object> variables) {
        for (VariableDefinition definition : definitions) {
            Object value = variables.get(definition.getName());
            if (value == null && definition.getDefaultValue() != null && !variables.containsKey(definition.getName())) {
                continue;
            }
            String problem = check("$" + definition.getName(), typeOf(definition.getType()), value);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private GraphQLInputType typeOf(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(typeOf(nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(typeOf(list.getType()));
        }
        return (GraphQLInputType) schema.getType(((TypeName) type).getName());
    }

    /** The first argument of the field whose literal value does not fit its type, or null. Variables are checked apart. */
    String literalProblem(graphql.language.Field field, graphql.schema.GraphQLFieldDefinition definition) {
        for (graphql.language.Argument argument : field.getArguments()) {
            graphql.schema.GraphQLArgument declared = definition.getArgument(argument.getName());
            if (declared != null && !containsVariable(argument.getValue())) {
                String problem = check(field.getName() + "(" + argument.getName() + ")", declared.getType(), plain(argument.getValue()));
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static boolean containsVariable(graphql.language.Value<?> value) {
        if (value instanceof graphql.language.VariableReference) {
            return true;
        }
        if (value instanceof graphql.language.ObjectValue object) {
            return object.getObjectFields().stream().anyMatch(f -> containsVariable(f.getValue()));
        }
        return value instanceof graphql.language.ArrayValue array && array.getValues().stream().anyMatch(VariableTypes::containsVariable);
    }

    /** A literal as the JSON value a client would have sent for it. */
    private static Object plain(graphql.language.Value<?> value) {
        if (value instanceof graphql.language.StringValue v) {
            return v.getValue();
        }
        if (value instanceof graphql.language.IntValue v) {
            return v.getValue().longValue();
        }
        if (value instanceof graphql.language.FloatValue v) {
            return v.getValue().doubleValue();
        }
        if (value instanceof graphql.language.BooleanValue v) {
            return v.isValue();
        }
        if (value instanceof graphql.language.EnumValue v) {
            return v.getName();
        }
        if (value instanceof graphql.language.ArrayValue v) {
            return v.getValues().stream().map(VariableTypes::plain).toList();
        }
        if (value instanceof graphql.language.ObjectValue v) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            v.getObjectFields().forEach(f -> fields.put(f.getName(), plain(f.getValue())));
            return fields;
        }
        return null;
    }

    private String check(String path, GraphQLInputType type, Object value) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? path + " must not be null" : check(path, (GraphQLInputType) nonNull.getWrappedType(), value);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return check(path, (GraphQLInputType) list.getWrappedType(), value);
            }
            for (int i = 0; i < items.size(); i++) {
                String problem = check(path + "[" + i + "]", (GraphQLInputType) list.getWrappedType(), items.get(i));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return path + " must be an object of type " + object.getName();
            }
            for (Object name : fields.keySet()) {
                if (object.getField(String.valueOf(name)) == null) {
                    return path + "." + name + " is not a field of " + object.getName();
                }
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                String problem = check(path + "." + field.getName(), field.getType(), fields.get(field.getName()));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLEnumType enumType) {
            return value instanceof String name && enumType.getValue(name) != null ? null
                    : path + " must be one of " + enumType.getValues().stream().map(v -> v.getName()).toList();
        }
        return scalar(path, ((GraphQLScalarType) type).getName(), value);
    }

    private static String scalar(String path, String scalar, Object value) {
        boolean fits = switch (scalar) {
            case "Int" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && n.doubleValue() >= Integer.MIN_VALUE && n.doubleValue() <= Integer.MAX_VALUE;
            case "Float" -> value instanceof Number;
            case "Boolean" -> value instanceof Boolean;
            case "String" -> value instanceof String;
            case "Date" -> value instanceof String text && isIsoDate(text);
            case "ID" -> value instanceof String || value instanceof Number;
            default -> true;
        };
        return fits ? null : path + " must be " + (scalar.equals("Int") ? "an Int" : scalar.equals("Date") ? "an ISO date like 2019-05-07" : "a " + scalar)
                + ", was " + describe(value);
    }

    private static boolean isIsoDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String describe(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
