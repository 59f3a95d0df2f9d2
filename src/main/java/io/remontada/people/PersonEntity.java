package io.remontada.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of the record: a manager, a speaker of quotes. */
@Entity
@Table(name = "person")
public class PersonEntity {
    @Id
    public Long id;
    public String name;
    @Column(name = "name_key")
    public String nameKey;
}
