# Kiosque — the two commands of the README are `make site` and `make test`.
SWIFT ?= swift
CONFIG ?= release
NOW ?=
KIOSQUE = .build/$(CONFIG)/kiosque

.PHONY: site test deps build release bench clean

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

## A single Linux binary: Swift runtime and the C libraries linked statically (ldd shows only libc, libm,
## libstdc++ and libgcc_s). Written to dist/kiosque-linux-x86_64.
release: deps
	KIOSQUE_STATIC_LINK=1 $(SWIFT) build -c release --product kiosque --static-swift-stdlib --scratch-path .build-release
	mkdir -p dist && cp .build-release/release/kiosque dist/kiosque-linux-x86_64 && strip dist/kiosque-linux-x86_64
	@ldd dist/kiosque-linux-x86_64

## Read + profile speed on generated commune-style CSVs (MB/s per core, peak memory, Python's csv for comparison).
## Files go to .kiosque/bench and are kept for the next run. Sizes in MB: make bench SIZES="10 100".
SIZES ?= 10 100 1000
bench:
	$(SWIFT) build -c release --product kiosque-bench
	.build/release/kiosque-bench $(SIZES)

## libFuzzer on the CSV reader + profiler, the YAML loader and the Markdown renderer (scripts/fuzz), one target after
## the other, FUZZ_SECONDS each (default 60): make fuzz FUZZ_SECONDS=600 TARGET=csv. Built in .build-fuzz with
## -sanitize=fuzzer,address; crashes go to .build-fuzz/crashes/<target>/.
FUZZ_SECONDS ?= 60
TARGET ?= all
.PHONY: fuzz
fuzz: deps
	./scripts/fuzz $(TARGET) $(FUZZ_SECONDS)

clean:
	rm -rf .build public
