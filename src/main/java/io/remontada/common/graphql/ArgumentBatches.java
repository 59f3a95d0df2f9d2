package io.remontada.common.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.eclipse.microprofile.context.ThreadContext;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldsContainer;
import io.remontada.common.error.ClientSafeInterceptor;
import io.smallrye.graphql.api.Context;

/**
 * Resolves a field that takes arguments for many parents at once, in one batch per distinct set of
 * argument values, so that aliases of the field asked with different arguments each get their own
 * answer.
 *
 * <p>SmallRye GraphQL batches a {@code @Source List<Parent>} method through one DataLoader per
 * field, and runs each batch with the arguments of the first parent that joined it. All aliases of
 * a field at one level of a query join the same batch: in
 * {@code a: hasOverturned(deficit: 1) b: hasOverturned(deficit: 4)} both aliases got the answer for
 * deficit 1. So such a field's resolver takes one parent and {@link #load loads} it through a
 * DataLoader of the current request kept per field and argument values: a distinct argument set
 * is one batch per level of the query, one statement per query it needs however many parents it
 * has, and aliases with equal arguments share their batch.
 *
 * <p>A batch runs on the request's own worker thread, where the blocking GraphQL route
 * ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}) executes the whole query: one batch
 * after another (two batches of a request never use its Hibernate session at once), inside the
 * request's CDI context (where that session lives), and with its failures made client-safe as
 * {@link ClientSafeInterceptor} makes a resolver's. A failure fails its own batch only: the other
 * aliases are still answered.
 */
@ApplicationScoped
public class ArgumentBatches {

    /** A field of a type, with the argument values of one selection of it and what else shapes its answer. */
    private record Batch(FieldCoordinates field, Map<String, Object> arguments, Object shape) {
    }

    private final Context graphql;
    private final ThreadContext threadContext;

    ArgumentBatches(Context graphql, ThreadContext threadContext) {
        this.graphql = graphql;
        this.threadContext = threadContext;
    }

    /**
     * The value, for {@code parent}, of the field being resolved. {@code batch} answers a list of
     * parents, in their order, with the arguments of this selection; the first selection of the
     * field with given argument values supplies the batch for all selections with equal ones.
     */
    public <P, V> CompletionStage<V> load(P parent, Function<List<P>, List<V>> batch) {
        return load(parent, List.of(), batch);
    }

    /**
     * As {@link #load(Object, Function)}, for a batch whose answer also depends on {@code shape}, such as
     * whether a connection's total was selected: selections that differ in it are separate batches.
     */
    public <P, V> CompletionStage<V> load(P parent, Object shape, Function<List<P>, List<V>> batch) {
        DataFetchingEnvironment env = graphql.unwrap(DataFetchingEnvironment.class);
        Batch key = new Batch(FieldCoordinates.coordinates((GraphQLFieldsContainer) env.getParentType(), env.getFieldDefinition()),
                env.getArguments(), shape);
        Loaders loaders = env.getGraphQlContext().computeIfAbsent(Loaders.class, type -> new Loaders(env.getDataLoaderRegistry()));
        DataLoader<P, V> loader = loaders.get(key, () -> DataLoaderFactory.newDataLoader(inRequest(key, batch)));
        return loader.load(parent);
    }

    private <P, V> BatchLoader<P, V> inRequest(Batch key, Function<List<P>, List<V>> batch) {
        Function<List<P>, List<V>> inRequestContext = threadContext.contextualFunction(batch);
        return parents -> {
            try {
                return CompletableFuture.completedFuture(inRequestContext.apply(parents));
            } catch (RuntimeException failure) {
                return CompletableFuture.failedFuture(ClientSafeInterceptor.clientSafe(failure, key.field().toString()));
            }
        };
    }

    /**
     * One request's DataLoaders, by field and argument values. Each is registered with the
     * request's DataLoaderRegistry, which graphql-java dispatches at the end of every level.
     */
    private static final class Loaders {

        private final DataLoaderRegistry registry;
        private final Map<Batch, DataLoader<?, ?>> byBatch = new HashMap<>();

        Loaders(DataLoaderRegistry registry) {
            this.registry = registry;
        }

        @SuppressWarnings("unchecked")
        synchronized <P, V> DataLoader<P, V> get(Batch key, Supplier<DataLoader<P, V>> create) {
            DataLoader<?, ?> loader = byBatch.get(key);
            if (loader == null) {
                // named by count, not by argument values: those have no string form sure to be unique;
                // the registry keeps a named copy, and only that copy is dispatched
                loader = registry.registerAndGet(key.field() + "#" + (byBatch.size() + 1), create.get());
                byBatch.put(key, loader);
            }
            return (DataLoader<P, V>) loader;
        }
    }
}
