"""The closed vocabularies as data: park kinds and suffixes, places, metrics. Patterns are generated from them."""
