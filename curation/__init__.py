"""Curation: what editors do to any record — review status, locks, validation, merge, not-same, split, change of
type, the one editor-change function, history labels, the review queue and the admin base every record's admin uses.

parks, projects and loaders build on this app; it imports none of them. Their models are reached by label through
the app registry (apps.get_model("loaders", "Evidence")), and the only outside code it imports is loaders.extract,
the pure text layer (metric vocabulary, amount parser, park suffixes), which has no models.
"""
