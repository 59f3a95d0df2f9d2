package io.remontada.match;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One real match. Half time, full time (90 minutes), after extra time and the shoot-out are kept
 * in separate columns: a shoot-out never folds into a score.
 */
@Entity
@Table(name = "match")
public class MatchEntity {
    @Id
    public Long id;
    public String competition;
    public String season;
    public String round;
    public Short leg;
    public boolean replay;
    @Column(name = "match_date")
    public LocalDate date;
    @Column(name = "home_club_id")
    public Long homeClubId;
    @Column(name = "away_club_id")
    public Long awayClubId;
    @Column(name = "ht_home")
    public Short htHome;
    @Column(name = "ht_away")
    public Short htAway;
    @Column(name = "ft_home")
    public short ftHome;
    @Column(name = "ft_away")
    public short ftAway;
    @Column(name = "aet_home")
    public Short aetHome;
    @Column(name = "aet_away")
    public Short aetAway;
    @Column(name = "pen_home")
    public Short penHome;
    @Column(name = "pen_away")
    public Short penAway;
    @Column(name = "awarded_home")
    public Short awardedHome;
    @Column(name = "awarded_away")
    public Short awardedAway;
    public String venue;
    public boolean neutral;
    public Integer attendance;
    @Column(name = "behind_closed_doors")
    public Boolean behindClosedDoors;
    @Column(name = "goals_complete")
    public boolean goalsComplete;
    @Column(name = "tie_id")
    public Long tieId;
    public String sources;
}
