.data.club | [.id, .name, .country, .founded, .stadium]
