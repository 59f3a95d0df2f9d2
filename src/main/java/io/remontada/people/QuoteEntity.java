package io.remontada.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something a person said, with where and when it was published. */
@Entity
@Table(name = "quote")
public class QuoteEntity {
    @Id
    public Long id;
    @Column(name = "person_id")
    public Long personId;
    public String text;
    @Column(name = "said_on")
    public LocalDate saidOn;
    public String source;
    @Column(name = "machine_translated")
    public boolean machineTranslated;
    @Column(name = "club_id")
    public Long clubId;
    @Column(name = "tie_id")
    public Long tieId;
    @Column(name = "match_id")
    public Long matchId;
}
