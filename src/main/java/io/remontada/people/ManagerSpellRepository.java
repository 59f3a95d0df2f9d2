package io.remontada.people;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Managers' spells at clubs, in the order they began. */
@ApplicationScoped
public class ManagerSpellRepository implements PanacheRepositoryBase<ManagerSpellEntity, Long> {

    public List<ManagerSpellEntity> ofPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : list("personId in ?1 order by fromDate, id", personIds);
    }

    public List<ManagerSpellEntity> atClubs(Collection<Long> clubIds) {
        return clubIds.isEmpty() ? List.of() : list("clubId in ?1 order by fromDate, id", clubIds);
    }
}
