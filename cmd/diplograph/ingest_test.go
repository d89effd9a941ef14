package main

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func examplesDir(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "examples", "articles")
}

func TestIngest_RetractQuery(t *testing.T) {
	neo4jtest.Open(t)
	dir := examplesDir(t)
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	code, out, errOut := runCLI(t, "", "ingest", dir)
	if code != 0 || !strings.Contains(out, "ingested 7 articles (0 unchanged)") {
		t.Fatalf("ingest: exit %d, %q, %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "ingest", dir)
	if code != 0 || !strings.Contains(out, "ingested 0 articles (7 unchanged), 0 events") {
		t.Errorf("second ingest: exit %d, %q", code, out)
	}
	code, out, errOut = runCLI(t, "", "query", "cypher", "--format", "json",
		"MATCH (:Actor {id: $s})-[r:VETOED]->(o) RETURN o.id AS o, r.count AS n", "--param", "s=RUS")
	if code != 0 || !strings.Contains(out, `{"n":2,"o":"UNSC"}`) { // the headline and the body
		t.Errorf("query: exit %d, %q, %q", code, out, errOut)
	}
	code, _, errOut = runCLI(t, "", "query", "cypher", "MATCH (n) DETACH DELETE n")
	if code != exitError || !strings.Contains(errOut, "query:") {
		t.Errorf("a write in a read query: exit %d, %q", code, errOut)
	}
	code, out, errOut = runCLI(t, "", "retract", "veto-2017")
	if code != 0 || !strings.Contains(out, "retracted 1 articles") {
		t.Errorf("retract: exit %d, %q, %q", code, out, errOut)
	}
	_, out, _ = runCLI(t, "", "query", "cypher", "MATCH ()-[r:VETOED]->() RETURN count(r) AS n")
	if !strings.Contains(out, "N\n0") {
		t.Errorf("VETOED left after retracting its only article: %q", out)
	}
}

func TestExtract_Rejects(t *testing.T) {
	inTempDir(t)
	in := `{"id":"a","text":"Russia vetoed a UN resolution."}
not json
{"id":"b","text":""}
{"id":"a","text":"Russia met China."}
{"id":"c","title":"China criticizes Japan","text":"China criticized Japan."}
`
	code, out, errOut := runCLI(t, in, "extract", "-")
	if code != exitRejected {
		t.Errorf("exit %d, want %d", code, exitRejected)
	}
	for _, want := range []string{"stdin:2: invalid JSON", "stdin:3: article has no text", `article "a" (article 2 of the run) repeats the id of article 1`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, `"relation":"VETOED"`) || !strings.Contains(out, `"relation":"CRITICIZED"`) {
		t.Errorf("good records not extracted:\n%s", out)
	}
}

// withExamples empties the test server, ingests the sample articles into
// it and runs the test in an empty working directory pointed at it.
func withExamples(t *testing.T) {
	t.Helper()
	neo4jtest.Open(t)
	dir := examplesDir(t)
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	if code, _, errOut := runCLI(t, "", "ingest", dir); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
}

func TestQuery_BuiltIns(t *testing.T) {
	withExamples(t)
	tests := []struct {
		name string
		args []string
		want []string // substrings of stdout
		not  []string
	}{
		{"RelationsByAlias", []string{"query", "relations", "Russian Federation", "Syria"},
			[]string{"ALLIED_WITH", "DATE", "SUBJECT", "RELATION", "Russia is Syria's ally"}, nil},
		{"RelationsBothWays", []string{"query", "relations", "SYR", "RUS", "--format", "csv"},
			[]string{"date,subject,relation,object", "Russia,SUPPORTED,Syria", "Russia,ALLIED_WITH,Syria"}, nil},
		{"RelationsRollup", []string{"query", "relations", "RUS", "USA", "--rollup", "--format", "json"},
			[]string{`"relation":"MET_WITH"`, `"subject":"Sergey Lavrov"`}, nil},
		{"RelationsNoRollup", []string{"query", "relations", "RUS", "USA", "--format", "json"},
			nil, []string{`"subject":"Sergey Lavrov"`}},
		{"Timeline", []string{"query", "timeline", "Qatar", "--since", "2017", "--by", "month", "--format", "csv"},
			[]string{"period,events,goldstein,cooperation,conflict", "2017-06,7,"}, nil},
		{"Top", []string{"query", "top", "--relation", "downgraded relations", "--format", "csv"},
			[]string{"Saudi Arabia,DOWNGRADED_RELATIONS,Qatar,2,2017-06-05,2017-06-05"}, nil},
		{"Neighbors", []string{"query", "neighbors", "Qatar", "--format", "csv"},
			[]string{"Saudi Arabia,country,DOWNGRADED_RELATIONS,in,2", "Turkey,country,PLEDGED_TO,in,1"}, nil},
		{"Unresolved", []string{"actors", "--unresolved", "--format", "csv"},
			[]string{"name,kind,id,events"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if code != 0 {
				t.Fatalf("%v: exit %d, %s", tt.args, code, errOut)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("%v: output lacks %q:\n%s", tt.args, w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("%v: output has %q:\n%s", tt.args, w, out)
				}
			}
		})
	}
	code, _, errOut := runCLI(t, "", "query", "relations", "Atlantis", "RUS")
	if code != exitError || !strings.Contains(errOut, `no actor is called "Atlantis"`) {
		t.Errorf("unknown actor: exit %d, %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "query", "top", "--relation", "LIKES")
	if code != exitError || !strings.Contains(errOut, "unknown relation") {
		t.Errorf("unknown relation: exit %d, %q", code, errOut)
	}
}

// TestIngest_Limits rejects the articles over a limit, each with a line
// that names its file and line, and loads the others: no one article stops
// the run.
func TestIngest_Limits(t *testing.T) {
	d := neo4jtest.Open(t)
	dir := inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	big := strings.Repeat("Russia vetoed a UN resolution on Syria. ", 60)
	lines := []string{
		`{"id":"ok1","text":"Russia vetoed a UN resolution on Syria."}`,
		`{"id":"big","text":"` + big + `"}`,
		`{"id":"` + strings.Repeat("x", 10000) + `","text":"China criticized Japan."}`,
		`{"id":"title","title":"` + strings.Repeat("T", 5000) + `","text":"China criticized Japan."}`,
		`{"id":"url","url":"https://example.org/` + strings.Repeat("u", 5000) + `","text":"China criticized Japan."}`,
		`{"id":"ok2","text":"Saudi Arabia cut ties with Qatar."}`,
	}
	file := filepath.Join(dir, "articles.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "ingest", "--max-triples", "50", file)
	if code != exitRejected {
		t.Errorf("exit %d, want %d", code, exitRejected)
	}
	for _, want := range []string{
		file + `:2: article "big": 60 triples, over the limit of 50 for one article (raise max-triples to load it)`,
		file + `:3: article "xxxxxxxx`,
		`(10000 bytes): id of 10000 bytes, over the limit of 512`,
		file + `:4: article "title": title of 5000 bytes, over the limit of 4096`,
		file + `:5: article "url": url of 5020 bytes, over the limit of 4096`,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, "run the same command again") {
		t.Errorf("a rerun cannot fix a rejected article, but the hint says to rerun:\n%s", errOut)
	}
	if !strings.Contains(out, "ingested 2 articles (0 unchanged)") || !strings.Contains(out, "4 rejected") {
		t.Errorf("summary: %q", out)
	}
	if got := articleCount(t, d); got != 2 {
		t.Errorf("%d articles in the graph, want 2", got)
	}
}

// articleCount is the number of articles in the graph.
func articleCount(t *testing.T, d neo4j.DriverWithContext) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, `MATCH (a:Article) RETURN count(a)`, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	return res.Records[0].Values[0].(int64)
}

func TestRetract_Unknown(t *testing.T) {
	withExamples(t)
	code, out, errOut := runCLI(t, "", "retract", "veto-2017", "nope", "gulf-2017")
	if code != 0 || !strings.Contains(out, `retracted 2 articles: `) || !strings.Contains(out, `; 1 not in the graph: "nope"`) {
		t.Errorf("retract: exit %d, %q, %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "retract", "veto-2017")
	if code != 0 || !strings.HasPrefix(out, `retracted 0 articles: 0 nodes and 0 relationships deleted; 1 not in the graph: "veto-2017"`) {
		t.Errorf("retract again: exit %d, %q", code, out)
	}
}

func TestConfig_LoadSettings(t *testing.T) {
	inTempDir(t)
	code, out, errOut := runCLI(t, "", "config", "show")
	if code != 0 || !strings.Contains(out, "neo4j.retry-budget   30s") || !strings.Contains(out, "max-triples          10000") {
		t.Errorf("defaults: exit %d, %q, %q", code, out, errOut)
	}
	t.Setenv("DIPLOGRAPH_NEO4J_RETRY_BUDGET", "5s")
	code, out, _ = runCLI(t, "", "config", "show", "--max-triples", "7")
	if code != 0 || !strings.Contains(out, "neo4j.retry-budget   5s") || !strings.Contains(out, "max-triples          7") {
		t.Errorf("set: exit %d, %q", code, out)
	}
	for _, c := range []struct{ flag, value, want string }{
		{"--retry-budget", "-1s", "neo4j.retry-budget must be between 0s and 1h, got -1s"},
		{"--max-triples", "0", "max-triples must be at least 1, got 0"},
	} {
		code, _, errOut := runCLI(t, "", "config", "show", c.flag, c.value)
		if code != exitError || !strings.Contains(errOut, c.want) {
			t.Errorf("%s %s: exit %d, %q", c.flag, c.value, code, errOut)
		}
	}
}
