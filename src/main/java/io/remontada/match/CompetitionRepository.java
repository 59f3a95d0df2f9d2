package io.remontada.match;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Competitions, read whole by {@link CompetitionCatalog}, which holds them in memory. */
@ApplicationScoped
public class CompetitionRepository implements PanacheRepositoryBase<CompetitionEntity, String> {
}
