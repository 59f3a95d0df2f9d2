.data.club | [.name, [.matches.edges[].node | [.date, .homeClub.name, .awayClub.name, .score.fullTime.home, .score.fullTime.away, [.goals[] | [.minute, .stoppage]]]]]
