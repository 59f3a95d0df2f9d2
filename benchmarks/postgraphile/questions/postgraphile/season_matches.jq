[.data.allMatches.nodes[] | [.matchDate, .clubByHomeClubId.name, .clubByAwayClubId.name, .ftHome, .ftAway, [.goalsByMatchId.nodes[] | [.minute, .stoppage]]]]
