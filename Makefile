# voxring: build, lint, test and run. CI runs `make test` (.ci/run).
#
#   make build      generate protobuf code when the schema changed, compile to dist/
#   make lint       tsc --noEmit over everything (tests too), then eslint
#   make test       deps + system packages, build, lint, throwaway Postgres/Redis,
#                   every tap test; last line: `tests: N passed, N failed`
#                   (TESTS="test/a.test.ts test/b.test.ts" make test runs a subset)
#   make run        build and start `voxring serve` with the defaults (data in ./.data)
#   make fixtures   regenerate fixtures/ (scripts/make-fixtures.sh)
#   make docs       rewrite README's option tables from the config schema and docs/openapi.json
#                   from the route tables (scripts/config-table.ts, scripts/openapi-json.ts)
#   make fuzz       >= 1,000,000 seeded inputs through each decoder, ~1 h on 2 loaded cores
#                   (ARGS="--seed S --inputs N --targets a,b", ARGS="--replay FILE"; see fuzz/README.md)
#   make bench      load-test voxring against baseline relays, reports in bench/results/
#                   (BENCH=walkie|fanout|catchup|storm, default all; ARGS="--quick" etc., see bench/README.md)
#   make clean      remove build and test output

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build
.DELETE_ON_ERROR:

BIN := node_modules/.bin
# npm rewrites node_modules/.package-lock.json on every install, so it dates the install.
DEPS_STAMP := node_modules/.package-lock.json
# Lives in node_modules so a fresh `npm ci` (which wipes it) forces a new `tap build`.
TAP_STAMP := node_modules/.voxring-tap-build
PROTO := proto/voxring.proto
PROTO_JS := proto/generated/voxring.js
PROTO_DTS := proto/generated/voxring.d.ts
# The schema's reflection as JSON: the OpenAPI document's response schemas (router/http/proto-json-schema.ts).
PROTO_JSON := proto/generated/voxring.json
TESTS ?=
ARGS ?=

.PHONY: deps system-packages build lint test run fixtures clean

deps: $(DEPS_STAMP) $(TAP_STAMP)

ifneq ($(wildcard package-lock.json),)
$(DEPS_STAMP): package-lock.json
	npm ci
	touch $@
else
$(DEPS_STAMP): package.json
	npm install
	touch $@
endif

# .taprc drops tap's own TypeScript plugin for tsx; tap must rebuild its plugin set
# once after that change, or its first run uses the old set and fails.
$(TAP_STAMP): .taprc $(DEPS_STAMP)
	$(BIN)/tap build
	touch $@

system-packages:
	@bash scripts/ensure-system-packages.sh

$(PROTO_JS): $(PROTO) | $(DEPS_STAMP)
	$(BIN)/pbjs -t static-module -w es6 --es6 --force-number -o $(PROTO_JS) $(PROTO)
	$(BIN)/pbts -o $(PROTO_DTS) $(PROTO_JS)

$(PROTO_JSON): $(PROTO) | $(DEPS_STAMP)
	$(BIN)/pbjs -t json -o $(PROTO_JSON) $(PROTO)

# tsc does not emit the generated JavaScript, so it is copied beside the compiled code.
build: deps $(PROTO_JS) $(PROTO_JSON)
	$(BIN)/tsc -p tsconfig.build.json
	mkdir -p dist/proto/generated
	cp $(PROTO_JS) $(PROTO_DTS) dist/proto/generated/
	cp $(PROTO_JSON) dist/proto/generated/
	$(MAKE) --no-print-directory $(PGLITE_TEMPLATE)/PG_VERSION

# The SDK package (client/package.json, client/README.md): client/dist/ holds ESM for Node, the
# browser bundle the router serves at /sdk/voxring-client.js, and the declarations
# (scripts/build-client.ts). Rebuilt only when a source of it changed.
CLIENT_DIST := client/dist/index.js
$(CLIENT_DIST): $(wildcard client/*.ts proto/*.ts) common/errors.ts $(PROTO_JS) client/package.json client/tsconfig.json scripts/build-client.ts | $(DEPS_STAMP)
	node --import tsx scripts/build-client.ts
build: $(CLIENT_DIST)

# A fresh, migrated PGlite data dir to copy at a router's first start instead of running
# initdb there (header-store/pglite-data-dir.ts); rebuilt when PGlite or a migration changes.
PGLITE_TEMPLATE := dist/header-store/pglite-template
$(PGLITE_TEMPLATE)/PG_VERSION: node_modules/@electric-sql/pglite/package.json header-store/migrations.ts
	node dist/header-store/pglite-initdb.js $(PGLITE_TEMPLATE)

# Runs both checkers even when the first fails, so one run shows every problem.
lint: deps $(PROTO_JS)
	status=0; \
	$(BIN)/tsc --noEmit -p . || status=1; \
	$(BIN)/eslint . || status=1; \
	exit $$status

test: deps system-packages
	@TESTS='$(TESTS)' MAKE='$(MAKE)' bash scripts/run-tests.sh

# --liftoff-only: PGlite's 9 MB of WASM stays on V8's baseline compiler; optimising it
# with TurboFan costs ~80 MB RSS and start-up CPU for no gain in a PGlite statement
# loop (README *Benchmarks*, Footprint). A live message keeps its chunks in memory:
# a larger initial old generation spares frequent full GCs (a shorter latency tail,
# bench/README.md) and costs nothing idle (V8 commits it only as the heap grows).
ROUTER_NODE_FLAGS := --liftoff-only --initial-old-space-size=256

run: build
	mkdir -p .data
	node $(ROUTER_NODE_FLAGS) dist/cli/voxring.js serve $(ARGS)

fixtures:
	bash scripts/make-fixtures.sh

clean:
	rm -rf dist client/dist test-artifacts

# Not in `test`: speed belongs here, measured in one run (bench/README.md). ~10 minutes.
.PHONY: bench
bench: build
	node dist/bench/run.js $(or $(BENCH),all) --update-readme $(ARGS)

# Not in `test` (a short form is: test/fuzz/fuzz-smoke.test.ts). Last line:
# `fuzz: N inputs, C crashes, H hangs (seed S)`; non-zero exit on any crash or hang.
.PHONY: fuzz
fuzz: deps $(PROTO_JS)
	node --import=tsx fuzz/fuzz-cli.ts $(ARGS)

# Not in `test` (its 60-90 s smoke form is test/chaos/chaos-smoke.test.ts): a seeded
# fault-injection run with a checker, default 10 minutes (chaos/README.md).
# ARGS="--minutes N --seed S", ARGS=--quick (under 5 minutes).
.PHONY: chaos
chaos: build
	node --import tsx chaos/main.ts $(ARGS)

# README's option tables ("Configuration", "Limits") from the config schema
# (common/config-schema.ts), and docs/openapi.json, the HTTP API's OpenAPI 3.1 document as
# GET /v1/openapi.json serves it; test/config-schema.test.ts and test/openapi.test.ts fail when stale.
.PHONY: docs docs-config docs-openapi
docs: docs-config docs-openapi
docs-config: deps
	$(BIN)/tsx scripts/config-table.ts --write README.md
docs-openapi: deps $(PROTO_JSON)
	node --import tsx scripts/openapi-json.ts docs/openapi.json
