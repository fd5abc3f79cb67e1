# Kiosque — the two commands of the README are `make site` and `make test`.
SWIFT ?= swift
CONFIG ?= release
NOW ?=
KIOSQUE = .build/$(CONFIG)/kiosque

.PHONY: site test deps build clean

## Builds the example portal (data/, site/, themes/) into public/, installing what it needs.
site: build
	$(KIOSQUE) build . --output public $(if $(NOW),--now $(NOW),)

## Runs the whole test suite.
test: deps
	$(SWIFT) test

deps:
	./scripts/install-deps

build: deps
	$(SWIFT) build -c $(CONFIG) --product kiosque

clean:
	rm -rf .build public
