# Shortcuts for the two commands of the README; the scripts do the work and need no make.
.PHONY: run test

run:
	scripts/run

test:
	scripts/test $(ARGS)
