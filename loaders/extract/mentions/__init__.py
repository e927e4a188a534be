"""Stage 2, mentions: the tagger and the finders of names and amounts (parks, companies, projects, funds)."""
