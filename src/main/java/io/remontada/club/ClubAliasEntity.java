package io.remontada.club;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One name a club goes by, with the folded key that lookups use. */
@Entity
@Table(name = "club_alias")
@IdClass(ClubAliasEntity.Key.class)
public class ClubAliasEntity {
    @Id
    @Column(name = "club_id")
    public Long clubId;
    @Id
    public String alias;
    @Column(name = "name_key")
    public String nameKey;

    public record Key(Long clubId, String alias) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
