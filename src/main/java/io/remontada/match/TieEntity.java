package io.remontada.match;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A knockout tie: its legs point at it; aggregate, winner and decision are computed by the importer. */
@Entity
@Table(name = "tie")
public class TieEntity {
    @Id
    public Long id;
    public String competition;
    public String season;
    public String round;
    @Column(name = "club_a_id")
    public Long clubAId;
    @Column(name = "club_b_id")
    public Long clubBId;
    @Column(name = "two_legged")
    public boolean twoLegged;
    @Column(name = "aggregate_a")
    public short aggregateA;
    @Column(name = "aggregate_b")
    public short aggregateB;
    @Column(name = "winner_club_id")
    public Long winnerClubId;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "last_date")
    public LocalDate lastDate;
}
