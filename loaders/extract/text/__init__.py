"""Stage 1, text: script conversion, sentences and clauses, the dateline and headline."""
