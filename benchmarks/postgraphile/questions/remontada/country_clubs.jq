[.data.clubs.edges[].node | [.name, [.matches.edges[].node | [.date, .homeClub.name, .awayClub.name, [.goals[] | [.minute, .stoppage]]]]]]
