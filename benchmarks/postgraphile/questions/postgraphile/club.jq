.data.clubById | [.id, .name, .country, .founded, .stadium]
