[.data.allClubs.nodes[] | [.name, [.matches.nodes[] | [.matchDate, .clubByHomeClubId.name, .clubByAwayClubId.name, [.goalsByMatchId.nodes[] | [.minute, .stoppage]]]]]]
