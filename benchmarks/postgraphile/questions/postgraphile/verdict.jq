.data.clubById | [.name, .attempts.totalCount, .overturned.totalCount, [.overturned.nodes[] | [.deficit, .occurredOn, .season, .clubByOpponentId.name]]]
