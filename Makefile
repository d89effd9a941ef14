# diplograph: the README's commands.
#   make demo    a local Neo4j, the schema, the sample articles ingested, a summary
#   make test    a throwaway Neo4j, go vet, go test -race with NEO4J_TEST_URI set
#   make bench   the throughput benchmarks, printed as one table
SHELL := /bin/bash
GO ?= go
BIN := bin/diplograph
NEO4J_PASSWORD ?= diplograph
export NEO4J_PASSWORD

.PHONY: all build install test unit fuzz demo bench neo4j-start neo4j-stop neo4j-status clean-data model lexicon fmt vet clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/diplograph

# Integration packages share the one database of a Community server, so
# packages run one at a time (-p 1); tests inside a package still run in parallel.
test:
	scripts/with-neo4j bash -c '$(GO) vet ./... && $(GO) test -race -p 1 -count=1 -timeout 30m ./...'
	$(MAKE) fuzz FUZZTIME=$(FUZZTIME) FUZZMINIMIZE=$(FUZZMINIMIZE)

# A short, bounded run of every fuzzer (longer: make fuzz FUZZTIME=1000000x).
# The bound is a count of inputs, not a duration: with a duration, Go 1.26's
# fuzzing coordinator can fail a clean run with "context deadline exceeded"
# when the deadline falls while a worker is still busy (go.dev/issue/75804),
# and minimizing a new input found from a large seed page takes up to a minute,
# so minimizing is off unless asked for (FUZZMINIMIZE=60s).
FUZZTIME ?= 20000x
FUZZMINIMIZE ?= 0
FUZZERS := extract:FuzzSplit extract:FuzzExtract extract:FuzzReadJSONL schema:FuzzParseRelation ingest:FuzzHTMLArticle
fuzz:
	@set -e; for f in $(FUZZERS); do pkg=$${f%%:*}; name=$${f##*:}; \
		echo "fuzz $$pkg $$name $(FUZZTIME)"; \
		$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) ./$$pkg; done

# Unit tests only: the Neo4j tests skip without NEO4J_TEST_URI.
unit:
	$(GO) test ./...

# diplograph on your PATH: $(go env GOPATH)/bin.
install:
	$(GO) install ./cmd/diplograph

demo: build
	scripts/demo

bench: build
	scripts/bench

neo4j-start:
	@scripts/neo4j start

neo4j-stop:
	@scripts/neo4j stop

# "running …" or "stopped"; both are answers, not errors.
neo4j-status:
	@scripts/neo4j status || [ $$? -eq 3 ]

# The demo server's data, logs and password, and the diplograph.yaml the demo wrote.
clean-data:
	scripts/neo4j purge
	@if head -n 1 diplograph.yaml 2>/dev/null | grep -q '^# Written by make demo'; then rm -f diplograph.yaml; echo "removed diplograph.yaml"; fi

# The parser's model: word clusters from the news corpus and the treebank's
# text, then the tagger and parser trained on the treebank in ../shared (about
# 10 minutes on 2 cores; deterministic). The model, clusters included, is
# committed: make test needs none of this.
model:
	mkdir -p bin
	$(GO) run ./internal/clusters -jsonl ../shared/corpus/large.jsonl \
		-conllu ../shared/treebank/en_ewt-ud-train.conllu -out bin/clusters.tsv
	$(GO) run ./internal/parsetrain -train ../shared/treebank/en_ewt-ud-train.conllu \
		-dev ../shared/treebank/en_ewt-ud-dev.conllu -clusters bin/clusters.tsv \
		-out extract/parse/model.bin.gz

# The trigger lexicon, from PETRARCH-2's CAMEO verb dictionary in ../shared/gazetteer.
lexicon:
	$(GO) run ./internal/lexicongen -shared ../shared -out schema/lexicon.tsv

fmt:
	gofmt -w cmd extract graph schema internal

vet:
	$(GO) vet ./...

clean:
	rm -rf bin
