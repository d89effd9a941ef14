package main

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
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
	if code != 0 || !strings.Contains(out, `{"n":1,"o":"UNSC"}`) {
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
