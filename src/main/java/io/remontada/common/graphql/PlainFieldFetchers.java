package io.remontada.common.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
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
 * square of the answer's depth. Fields whose value SmallRye converts (an {@code @Id long} written as
 * a string, a formatted date, an adapter, a map, an array) are left to SmallRye.
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
            return new Accessor(ClassloadingService.get().loadClass(owner.getClassName()).getMethod(field.getMethodName()));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no accessor " + field.getMethodName() + "() on " + owner.getClassName(), e);
        }
    }

    private static boolean needsConversion(Field field) {
        Reference reference = field.getReference();
        boolean converted = reference.getType() == ReferenceType.SCALAR && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean adapted = reference.isAdaptingWith() || field.isAdaptingWith() || reference.isAdaptingTo() || field.isAdaptingTo();
        boolean reshaped = field.hasWrapper() && (field.getWrapper().isMap() || field.getWrapper().isArray());
        return converted || adapted || reshaped || field.hasTransformation();
    }

    private static final class Accessor implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Method method;

        Accessor(Method method) {
            this.method = method;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws ReflectiveOperationException {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            try {
                return method.invoke(source);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }
}
