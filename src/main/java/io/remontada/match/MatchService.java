package io.remontada.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.club.Club;
import io.remontada.club.ClubCatalog;
import io.remontada.club.ClubService;
import io.remontada.common.Positional;
import io.remontada.common.Score;
import io.remontada.common.error.NotFoundException;
import io.remontada.common.paging.Page;
import io.remontada.common.paging.PageRequest;
import io.remontada.match.Connections.MatchConnection;
import io.remontada.match.Connections.MatchEdge;
import io.remontada.match.Connections.TieConnection;
import io.remontada.match.Connections.TieEdge;

/** Matches, ties, goals and what follows from them (head-to-head records, titles), single and batched. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MatchService {

    private final MatchRepository matches;
    private final TieRepository ties;
    private final GoalRepository goals;
    private final CompetitionCatalog competitions;
    private final ClubService clubs;
    private final ClubCatalog clubCatalog;
    private final RoundCatalog rounds;

    MatchService(MatchRepository matches, TieRepository ties, GoalRepository goals, CompetitionCatalog competitions, ClubService clubs,
            ClubCatalog clubCatalog, RoundCatalog rounds) {
        this.clubCatalog = clubCatalog;
        this.rounds = rounds;
        this.matches = matches;
        this.ties = ties;
        this.goals = goals;
        this.competitions = competitions;
        this.clubs = clubs;
    }

    public Optional<Match> match(long id) {
        return matches.findByIdOptional(id).map(m -> view(m, goalsOfMatches()));
    }

    public Optional<Tie> tie(long id) {
        return ties.findByIdOptional(id).map(this::view);
    }

    public List<Competition> competitions() {
        return competitions.all();
    }

    public MatchConnection matches(MatchFilter filter, Integer first, String after, boolean counted) {
        MatchCriteria criteria = MatchCriteria.of(filter, competitions, rounds);
        PageRequest page = PageRequest.of("matches", first, after, 2, counted);
        return matchPage(matches.page(criteria, page), page, () -> matches.count(criteria), goalsOfMatches());
    }

    public TieConnection ties(TieFilter filter, Integer first, String after, boolean counted) {
        MatchCriteria criteria = MatchCriteria.of(filter, competitions, rounds);
        PageRequest page = PageRequest.of("ties", first, after, 2, counted);
        return tiePage(ties.page(criteria, page), page, () -> ties.count(criteria));
    }

    public List<MatchConnection> matchesOfClubs(List<Club> sources, MatchFilter filter, Integer first, String after, boolean counted) {
        MatchCriteria criteria = MatchCriteria.of(filter, competitions, rounds);
        PageRequest page = PageRequest.of("matches", first, after, 2, counted);
        List<Long> ids = sources.stream().map(Club::id).distinct().toList();
        Map<Long, List<MatchEntity>> rows = matches.pageByClubs(ids, criteria, page);
        Map<Long, Long> totals = counted ? matches.countByClubs(ids, criteria) : Map.of();
        GoalsOfMatches goals = goalsOfMatches();
        return sources.stream().map(c -> matchPage(rows.getOrDefault(c.id(), List.of()), page, () -> totals.getOrDefault(c.id(), 0L), goals))
                .toList();
    }

    public List<TieConnection> tiesOfClubs(List<Club> sources, TieFilter filter, Integer first, String after, boolean counted) {
        MatchCriteria criteria = MatchCriteria.of(filter, competitions, rounds);
        PageRequest page = PageRequest.of("ties", first, after, 2, counted);
        List<Long> ids = sources.stream().map(Club::id).distinct().toList();
        Map<Long, List<TieEntity>> rows = ties.pageByClubs(ids, criteria, page);
        Map<Long, Long> totals = counted ? ties.countByClubs(ids, criteria) : Map.of();
        return sources.stream().map(c -> tiePage(rows.getOrDefault(c.id(), List.of()), page, () -> totals.getOrDefault(c.id(), 0L))).toList();
    }

    /** The legs (and replays) of each tie, in the order played. */
    public List<List<Match>> legs(List<Tie> sources) {
        Map<Long, List<MatchEntity>> byTie = matches.byTies(sources.stream().map(Tie::id).distinct().toList());
        GoalsOfMatches goals = goalsOfMatches();
        return sources.stream().map(t -> byTie.getOrDefault(t.id(), List.of()).stream().map(m -> view(m, goals)).toList()).toList();
    }

    public List<Tie> tiesOf(List<Long> tieIds) {
        return Positional.resolve(tieIds, ties::byIds, this::view);
    }

    public List<Match> matchesOf(List<Long> matchIds) {
        GoalsOfMatches goals = goalsOfMatches();
        return Positional.resolve(matchIds, matches::byIds, m -> view(m, goals));
    }

    public HeadToHead headToHead(long clubAId, long clubBId) {
        Club clubA = clubs.byId(clubAId).orElseThrow(() -> new NotFoundException("no club with id " + clubAId));
        Club clubB = clubs.byId(clubBId).orElseThrow(() -> new NotFoundException("no club with id " + clubBId));
        List<MatchEntity> played = matches.between(clubAId, clubBId);
        GoalsOfMatches goals = goalsOfMatches();
        int winsA = 0;
        int winsB = 0;
        for (MatchEntity m : played) {
            int home = m.aetHome != null ? m.aetHome : m.ftHome;
            int away = m.aetAway != null ? m.aetAway : m.ftAway;
            if (home != away) {
                boolean homeWon = home > away;
                if (homeWon == (m.homeClubId == clubAId)) {
                    winsA++;
                } else {
                    winsB++;
                }
            }
        }
        return new HeadToHead(clubA, clubB, played.size(), winsA, played.size() - winsA - winsB, winsB,
                ties.between(clubAId, clubBId).stream().map(this::view).toList(), played.stream().map(m -> view(m, goals)).toList());
    }

    /** Titles are finals won, in the order they were won. */
    public List<List<Title>> titles(List<Club> sources, String competition) {
        String code = competitions.argument(competition);
        List<Long> ids = sources.stream().map(Club::id).distinct().toList();
        List<TieEntity> finals = ids.isEmpty() ? List.of() : ties.finalsWon(ids, code);
        Map<Long, List<MatchEntity>> finalMatches = matches.byTies(finals.stream().map(t -> t.id).toList());
        GoalsOfMatches goals = goalsOfMatches();
        return sources.stream().map(club -> finals.stream().filter(t -> t.winnerClubId == club.id())
                .map(t -> {
                    List<MatchEntity> played = finalMatches.getOrDefault(t.id, List.of());
                    Match last = played.isEmpty() ? null : view(played.get(played.size() - 1), goals);
                    return new Title(competitions.of(t.competition), new Season(t.season), last);
                }).toList()).toList();
    }

    private Match view(MatchEntity m, GoalsOfMatches goals) {
        return Match.of(m, competitions, clubCatalog, goals);
    }

    /** One batch of goals for all the matches a call returns: read together if any of them is asked for its goals. */
    private GoalsOfMatches goalsOfMatches() {
        return new GoalsOfMatches(this::timelines);
    }

    /** Each match's goals in order, with the running score after each. */
    private Map<Long, List<Goal>> timelines(List<Match> sources) {
        Map<Long, List<GoalEntity>> byMatch = goals.byMatches(sources.stream().map(Match::id).distinct().toList());
        Map<Long, List<Goal>> result = new HashMap<>();
        for (Match match : sources) {
            int home = 0;
            int away = 0;
            List<Goal> timeline = new ArrayList<>();
            for (GoalEntity g : byMatch.getOrDefault(match.id(), List.of())) {
                if (g.clubId == match.homeClub().id()) {
                    home++;
                } else {
                    away++;
                }
                timeline.add(new Goal(g.minute, g.stoppage == null ? null : g.stoppage.intValue(), g.scorer, g.ownGoal, g.penalty,
                        new Score(home, away), clubCatalog.of(g.clubId)));
            }
            result.put(match.id(), timeline);
        }
        return result;
    }

    private Tie view(TieEntity t) {
        return Tie.of(t, competitions, clubCatalog);
    }

    private MatchConnection matchPage(List<MatchEntity> rows, PageRequest page, LongSupplier total, GoalsOfMatches goals) {
        return new Page<>(rows.stream().map(m -> view(m, goals)).toList(), page, total, m -> List.of(m.date(), m.id()))
                .toConnection(MatchEdge::new, MatchConnection::new);
    }

    private TieConnection tiePage(List<TieEntity> rows, PageRequest page, LongSupplier total) {
        return new Page<>(rows.stream().map(this::view).toList(), page, total, t -> List.of(t.lastDate(), t.id()))
                .toConnection(TieEdge::new, TieConnection::new);
    }
}
