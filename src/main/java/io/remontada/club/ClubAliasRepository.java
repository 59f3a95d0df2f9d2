package io.remontada.club;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The names clubs go by, read through {@link ClubRepository#aliases}. */
@ApplicationScoped
public class ClubAliasRepository implements PanacheRepositoryBase<ClubAliasEntity, ClubAliasEntity.Key> {
}
