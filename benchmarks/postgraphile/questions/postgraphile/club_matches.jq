.data.clubById | [.name, [.matches.nodes[] | [.matchDate, .clubByHomeClubId.name, .clubByAwayClubId.name, .ftHome, .ftAway, [.goalsByMatchId.nodes[] | [.minute, .stoppage]]]]]
