package io.remontada.common.graphql;

import static java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Reads a plain output field (a record component or getter whose value needs no conversion) straight
 * from its object (registered with {@code ServiceLoader}).
 *
 * <p>SmallRye's own field fetcher fills a request context for every field it reads: it copies the
 * context, prints the field's path and walks the field's whole sub-selection twice into JSON arrays.
 * Our plain fields never read that context (only resolvers do, and they keep SmallRye's fetchers), so
 * for a page of 200 matches that work was over a quarter of the CPU a query took, and grew with the
 * square of the answer's depth. An {@code int} (GraphQL's Int) and a date without a format of its own are
 * read here too: they were a fifth of the CPU of a page of matches with their scores and goal minutes.
 * Fields whose value SmallRye converts otherwise (an {@code @Id long} written as a string, a formatted
 * date, an adapter, a map, an array) are left to SmallRye.
 */
public class PlainFieldFetchers implements DataFetcherService {

    /** Before Quarkus's service (priority 1), which leaves field fetchers to the default anyway. */
    private static final int PRIORITY = 0;

    @Override
    public Integer getPriority() {
        return PRIORITY;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (field.getMethodName() == null || needsConversion(field)) {
            return null;
        }
        try {
            Method accessor = ClassloadingService.get().loadClass(owner.getClassName()).getMethod(field.getMethodName());
            return isDefaultDate(field) ? new Accessor(accessor, value -> ISO_LOCAL_DATE.format((LocalDate) value)) : new Accessor(accessor, UnaryOperator.identity());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no accessor " + field.getMethodName() + "() on " + owner.getClassName(), e);
        }
    }

    private static boolean needsConversion(Field field) {
        Reference reference = field.getReference();
        boolean converted = reference.getType() == ReferenceType.SCALAR && !reference.getClassName().equals(reference.getGraphQLClassName())
                && !boxedAs(reference) && !isDefaultDate(field);
        boolean adapted = reference.isAdaptingWith() || field.isAdaptingWith() || reference.isAdaptingTo() || field.isAdaptingTo();
        boolean reshaped = field.hasWrapper() && (field.getWrapper().isMap() || field.getWrapper().isArray());
        return converted || adapted || reshaped || field.hasTransformation();
    }

    /** An {@code int} or {@code boolean} read as GraphQL's Int or Boolean: boxing, which the reflective call does anyway. */
    private static boolean boxedAs(Reference reference) {
        return reference.getClassName().equals("int") && reference.getGraphQLClassName().equals(Integer.class.getName())
                || reference.getClassName().equals("boolean") && reference.getGraphQLClassName().equals(Boolean.class.getName());
    }

    /** A LocalDate with no format of its own, which SmallRye writes as an ISO date (2019-05-07); so does this reader. */
    private static boolean isDefaultDate(Field field) {
        Reference reference = field.getReference();
        return reference.getClassName().equals(LocalDate.class.getName()) && reference.getGraphQLClassName().equals(String.class.getName())
                && !field.hasTransformation() && !field.hasWrapper();
    }

    /**
     * A light fetcher: graphql-java hands it the source object and builds no DataFetchingEnvironment
     * for the field, which it otherwise does for every field of every item.
     */
    private static final class Accessor implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {

        private final Method method;
        private final UnaryOperator<Object> written;

        Accessor(Method method, UnaryOperator<Object> written) {
            this.method = method;
            this.written = written;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws ReflectiveOperationException {
            return read(environment.getSource());
        }

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
                throws ReflectiveOperationException {
            return read(source);
        }

        private Object read(Object source) throws ReflectiveOperationException {
            if (source == null) {
                return null;
            }
            try {
                Object value = method.invoke(source);
                return value == null ? null : written.apply(value);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }
}
