package io.remontada.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Resolves a batch of ids to views in the same positions, as SmallRye's batched fields require:
 * one load for the distinct ids, then null where an id is null or names nothing.
 */
public final class Positional {

    private Positional() {
    }

    public static <E, V> List<V> resolve(List<Long> ids, Function<Collection<Long>, Map<Long, E>> load, Function<E, V> view) {
        Map<Long, E> found = load.apply(ids.stream().filter(Objects::nonNull).distinct().toList());
        return ids.stream().map(id -> {
            E entity = id == null ? null : found.get(id);
            return entity == null ? null : view.apply(entity);
        }).toList();
    }
}
