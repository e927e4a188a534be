"""The extractor's version: bump it whenever a rule change should re-extract already-loaded articles."""
EXTRACTOR_VERSION = "2.20"
