# diplograph: the README's commands.
#   make demo    a local Neo4j, the schema, the sample articles ingested, a summary
#   make test    a throwaway Neo4j, go vet, go test -race with NEO4J_TEST_URI set
#   make bench   the throughput benchmarks, printed as one table
SHELL := /bin/bash
GO ?= go
BIN := bin/diplograph
NEO4J_PASSWORD ?= diplograph
export NEO4J_PASSWORD

.PHONY: all build test unit fuzz demo bench neo4j-start neo4j-stop neo4j-status fmt vet clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/diplograph

# Integration packages share the one database of a Community server, so
# packages run one at a time (-p 1); tests inside a package still run in parallel.
test:
	scripts/with-neo4j bash -c '$(GO) vet ./... && $(GO) test -race -p 1 -count=1 ./...'
	$(MAKE) fuzz FUZZTIME=$(FUZZTIME)

# A short, bounded run of every fuzzer (longer: make fuzz FUZZTIME=5m).
FUZZTIME ?= 8s
FUZZERS := extract:FuzzSplit extract:FuzzExtract extract:FuzzReadJSONL schema:FuzzParseRelation
fuzz:
	@set -e; for f in $(FUZZERS); do pkg=$${f%%:*}; name=$${f##*:}; \
		echo "fuzz $$pkg $$name $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) ./$$pkg; done

# Unit tests only: the Neo4j tests skip without NEO4J_TEST_URI.
unit:
	$(GO) test ./...

demo: build
	scripts/demo

bench: build
	scripts/bench

neo4j-start:
	@scripts/neo4j start

neo4j-stop:
	@scripts/neo4j stop

neo4j-status:
	@scripts/neo4j status

fmt:
	gofmt -w cmd extract graph schema internal

vet:
	$(GO) vet ./...

clean:
	rm -rf bin
