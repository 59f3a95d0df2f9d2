package io.remontada.match;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A goal; {@code clubId} is the side it counts for, so an own goal names the scorer's opponent. */
@Entity
@Table(name = "goal")
public class GoalEntity {
    @Id
    public Long id;
    @Column(name = "match_id")
    public Long matchId;
    public short seq;
    public short minute;
    public Short stoppage;
    @Column(name = "club_id")
    public Long clubId;
    public String scorer;
    @Column(name = "own_goal")
    public boolean ownGoal;
    public boolean penalty;
}
