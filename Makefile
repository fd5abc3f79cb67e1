# Kiosque — the two commands of the README are `make site` and `make test`.
SWIFT ?= swift
CONFIG ?= release
NOW ?=
KIOSQUE = .build/$(CONFIG)/kiosque

.PHONY: site test browser-test deps build release bench bench-portal clean

## Builds the example portal (data/, site/, themes/) into public/, installing what it needs. The national schemas the
## datasets declare are put in the schema cache from ../shared's copies (there is no Internet access here).
site: build
	KIOSQUE=$(KIOSQUE) ./scripts/seed-example-schemas .
	$(KIOSQUE) build . --output public $(if $(NOW),--now $(NOW),)

## Runs the whole test suite: the Swift tests (the single release binary included: ReleaseBinaryTests runs it from
## an empty folder), then the built sites in a real browser, built by that same release binary.
test: deps release
	KIOSQUE_RELEASE_BINARY=$(CURDIR)/dist/kiosque-linux-x86_64 $(SWIFT) test
	$(MAKE) --no-print-directory browser-test BROWSER_KIOSQUE=$(CURDIR)/dist/kiosque-linux-x86_64

## Builds the example and the hostile fixture portals, serves them on 127.0.0.1 and checks every page type in
## headless Chromium (no payload runs, no console error or CSP violation, no request leaves the site, axe-core
## WCAG 2.1 A/AA, search, pages without JavaScript) and every HTML file with the Nu HTML Checker
## (Tests/browser/browser_test.py). Screenshots go to artifacts/screenshots/. BROWSER_CONFIG=release to use a
## release build, BROWSER_KIOSQUE=path to use a binary already built (make test passes the release binary).
BROWSER_CONFIG ?= debug
BROWSER_KIOSQUE ?=
KIOSQUE_BROWSER_VENV ?= $(HOME)/.cache/kiosque-browser-venv
export KIOSQUE_BROWSER_VENV
browser-test: deps
	./scripts/install-deps --browser
	@kiosque="$(BROWSER_KIOSQUE)"; \
	if [ -z "$$kiosque" ]; then $(SWIFT) build -c $(BROWSER_CONFIG) --product kiosque && kiosque=.build/$(BROWSER_CONFIG)/kiosque; fi; \
	python=$(KIOSQUE_BROWSER_VENV)/bin/python; [ -x "$$python" ] || python=python3; \
	"$$python" Tests/browser/browser_test.py --kiosque "$$kiosque"

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

## Read, read + profile, and read + profile + Table Schema validation speed on generated commune-style CSVs (MB/s per core, peak memory, Python's csv for comparison).
## Files go to .kiosque/bench and are kept for the next run. Sizes in MB, best of RUNS: make bench SIZES="10 100" RUNS=5.
SIZES ?= 10 100 1000
RUNS ?= 3
bench:
	$(SWIFT) build -c release --product kiosque-bench
	.build/release/kiosque-bench --runs $(RUNS) $(SIZES)

## Whole-portal builds on generated catalogues with the release binary (make release): cold, after a one-dataset edit, and Hugo on the same datasets as plain
## pages (installed with apt-get when missing). Portals go to .kiosque/bench-portal and are kept for the next run.
## make bench-portal PORTAL_SIZES="100 1000 5000" PORTAL_RUNS=3
PORTAL_SIZES ?= 100 1000 5000 10000 50000
PORTAL_RUNS ?= 1
bench-portal: deps release
	@command -v hugo >/dev/null || apt-get install -y hugo || echo "hugo unavailable: the comparison is left out"
	$(SWIFT) build -c release --product kiosque-bench-portal
	.build/release/kiosque-bench-portal --kiosque dist/kiosque-linux-x86_64 --runs $(PORTAL_RUNS) $(PORTAL_SIZES)

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
