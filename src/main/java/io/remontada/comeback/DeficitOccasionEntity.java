package io.remontada.comeback;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A side that faced a deficit, derived by the importer from the record; overturned ones are comebacks. */
@Entity
@Table(name = "deficit_occasion")
public class DeficitOccasionEntity {
    @Id
    public Long id;
    public String scope;
    @Column(name = "club_id")
    public Long clubId;
    @Column(name = "opponent_id")
    public Long opponentId;
    public short deficit;
    public boolean overturned;
    public String competition;
    public String season;
    public String round;
    @Column(name = "tie_id")
    public Long tieId;
    @Column(name = "match_id")
    public Long matchId;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "behind_closed_doors")
    public boolean behindClosedDoors;
    @Column(name = "second_leg_at_home")
    public boolean secondLegAtHome;
    @Column(name = "manager_id")
    public Long managerId;
}
