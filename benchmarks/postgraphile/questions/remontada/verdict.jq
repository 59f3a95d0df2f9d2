.data.club | [.name, .hasOverturned.attempts, .hasOverturned.overturned, [.hasOverturned.occasions[] | [.deficit, .date, .season.name, .opponent.name]]]
