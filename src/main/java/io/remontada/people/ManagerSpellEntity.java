package io.remontada.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A manager's spell at a club; each end is known to the day or only to the month. */
@Entity
@Table(name = "manager_spell")
public class ManagerSpellEntity {
    @Id
    public Long id;
    @Column(name = "person_id")
    public Long personId;
    @Column(name = "club_id")
    public Long clubId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "from_precision")
    public String fromPrecision;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Column(name = "to_precision")
    public String toPrecision;
}
