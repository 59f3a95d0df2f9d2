package io.remontada.club;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A club, one row however many names it has gone by (those are in {@link ClubAliasEntity}). */
@Entity
@Table(name = "club")
public class ClubEntity {
    @Id
    public Long id;
    public String identity;
    public String name;
    public String country;
    public Integer founded;
    public String stadium;
    public String city;
}
