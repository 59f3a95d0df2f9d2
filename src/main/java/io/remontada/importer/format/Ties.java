package io.remontada.importer.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the legs of two-legged ties, which Football.TXT does not label and engsoccerdata sometimes labels wrongly.
 * A tie is the matches between the same two clubs in the same knockout round of a season, replays aside.
 */
final class Ties {

    private static final Comparator<SourceClub> CLUB_ORDER =
            Comparator.comparing(SourceClub::name).thenComparing(SourceClub::country, Comparator.nullsFirst(
                    Comparator.naturalOrder()));

    private Ties() {
    }

    private record TieKey(String season, String round, SourceClub first, SourceClub second) {
        static TieKey of(SourceMatch match) {
            boolean homeFirst = CLUB_ORDER.compare(match.home(), match.away()) <= 0;
            return new TieKey(match.season(), match.round(), homeFirst ? match.home() : match.away(),
                    homeFirst ? match.away() : match.home());
        }
    }

    /**
     * Returns the matches in the same order with legs set: a tie of two matches gets legs 1 and 2 by date, a single
     * match keeps the leg it has. Legs stated as 1 and 2 that contradict the dates and ties of more than two matches
     * are errors. Two matches of a tie on one day are an error unless their legs are stated as 1 and 2; then the
     * stated legs stand (engsoccerdata dates both legs of five 1982-83 second-round ties alike).
     */
    static List<SourceMatch> assignLegs(List<SourceMatch> matches) {
        Map<TieKey, List<Integer>> ties = new LinkedHashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            SourceMatch match = matches.get(i);
            if (match.roundKind() == RoundKind.KNOCKOUT && !match.replay()) {
                ties.computeIfAbsent(TieKey.of(match), k -> new ArrayList<>()).add(i);
            }
        }
        List<SourceMatch> result = new ArrayList<>(matches);
        for (Map.Entry<TieKey, List<Integer>> tie : ties.entrySet()) {
            List<Integer> indices = tie.getValue();
            TieKey key = tie.getKey();
            String clubs = describe(key.first()) + " and " + describe(key.second()) + " in " + key.round();
            if (indices.size() > 2) {
                throw new SourceFormatException(matches.get(indices.get(2)).location(),
                        "more than two matches between " + clubs);
            }
            if (indices.size() == 2) {
                SourceMatch a = matches.get(indices.get(0));
                SourceMatch b = matches.get(indices.get(1));
                boolean legsStated = a.leg() != null && b.leg() != null && !a.leg().equals(b.leg());
                if (a.date().equals(b.date())) {
                    if (!legsStated) {
                        throw new SourceFormatException(b.location(),
                                "two matches on " + a.date() + " between " + clubs);
                    }
                    continue;
                }
                SourceMatch firstLeg = a.date().isBefore(b.date()) ? a : b;
                SourceMatch secondLeg = firstLeg == a ? b : a;
                if (legsStated && firstLeg.leg() == 2) {
                    throw new SourceFormatException(secondLeg.location(),
                            "leg 1 is later than leg 2 between " + clubs);
                }
                result.set(indices.get(firstLeg == a ? 0 : 1), firstLeg.withLeg(1));
                result.set(indices.get(firstLeg == a ? 1 : 0), secondLeg.withLeg(2));
            }
        }
        return result;
    }

    private static String describe(SourceClub club) {
        return club.country() == null ? club.name() : club.name() + " (" + club.country() + ")";
    }
}
