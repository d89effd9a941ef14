package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/internal/synth"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// corpusPath writes a synthetic corpus for the interruption and kill tests
// (internal/synth): large enough that an ingest in small batches runs for
// several seconds, so that a signal or a dead server lands in the middle.
// It is written once per test binary and shared by the tests that need it.
func corpusPath(t *testing.T) string {
	t.Helper()
	corpusOnce.Do(func() {
		dir, err := os.MkdirTemp("", "diplograph-corpus-")
		if err != nil {
			corpusErr = err
			return
		}
		corpusFile = filepath.Join(dir, "synthetic.jsonl")
		f, err := os.Create(corpusFile)
		if err != nil {
			corpusErr = err
			return
		}
		defer f.Close()
		corpusErr = synth.WriteJSONL(f, synth.Options{Articles: 1000, Seed: 1})
	})
	if corpusErr != nil {
		t.Fatalf("synthetic corpus: %v", corpusErr)
	}
	return corpusFile
}

var (
	corpusOnce sync.Once
	corpusFile string
	corpusErr  error
)

// smallBatches makes the ingests of a test write many small transactions,
// so that a signal or a dead server lands between and inside them: the
// default batch holds the whole corpus.
func smallBatches(t *testing.T) {
	t.Setenv("DIPLOGRAPH_BATCH_SIZE", "100")
}

// graphSummary describes the graph in a form two runs can be compared by:
// the articles, the events, and every aggregate with its count and dates.
func graphSummary(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, `
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Event) RETURN count(e) AS events, collect(e.id) AS ids }
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () {
  MATCH (s:Actor)-[r]->(o:Actor) WITH s, r, o ORDER BY s.id, type(r), o.id
  RETURN collect(s.id + ' ' + type(r) + ' ' + o.id + ' ' + r.count + ' ' + coalesce(r.first_seen, '') + ' ' + coalesce(r.last_seen, '') + ' ' + size(r.articles)) AS aggregates
}
RETURN articles, events, actors, aggregates, reduce(h = 0, x IN ids | (h * 31 + size(x)) % 1000000007) AS h`, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(res.Records[0].Values)
}

// binary builds diplograph for the tests that signal or kill processes.
func binary(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "diplograph")
	cmd := exec.Command("go", "build", "-o", out, ".")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	return out
}

// startIngest starts an ingest of corpus and lets it run for three seconds.
func startIngest(t *testing.T, bin, corpus string) (*exec.Cmd, *strings.Builder) {
	t.Helper()
	cmd := exec.Command(bin, "ingest", "--log-level", "error", corpus)
	out := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * time.Second)
	return cmd, out
}

// cleanRun is the graph one uninterrupted ingest of corpus gives.
func cleanRun(t *testing.T, d neo4j.DriverWithContext, bin, corpus string) string {
	t.Helper()
	neo4jtest.Reset(t, d)
	cmd := exec.Command(bin, "ingest", "--log-level", "error", corpus)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, b)
	}
	return graphSummary(t, d)
}

func TestIngest_Interrupted(t *testing.T) {
	d := neo4jtest.Open(t)
	corpus := corpusPath(t)
	smallBatches(t)
	bin := binary(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	want := cleanRun(t, d, bin, corpus)

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			neo4jtest.Reset(t, d)
			cmd, out := startIngest(t, bin, corpus)
			_ = cmd.Process.Signal(sig)
			err := cmd.Wait()
			if err == nil {
				t.Fatalf("ingest finished before the signal; the corpus is too small to interrupt:\n%s", out.String())
			}
			if !strings.Contains(out.String(), "interrupted after") || !strings.Contains(out.String(), "ingested ") {
				t.Errorf("no summary of what was done:\n%s", out.String())
			}
			// Whatever committed is whole articles: no aggregate count is off.
			assertConsistent(t, d)
			// Running the same command again resumes and ends with the clean graph.
			rerun := exec.Command(bin, "ingest", "--log-level", "error", corpus)
			b, err := rerun.CombinedOutput()
			if err != nil {
				t.Fatalf("resume: %v\n%s", err, b)
			}
			if !strings.Contains(string(b), "unchanged") {
				t.Errorf("resume summary: %s", b)
			}
			if got := graphSummary(t, d); got != want {
				t.Errorf("after interruption and resume the graph differs from a clean run")
			}
		})
	}
}

// assertConsistent checks that every aggregate's count equals its events and
// that every event belongs to an article.
func assertConsistent(t *testing.T, d neo4j.DriverWithContext) {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, `
MATCH (s:Actor)-[r]->(o:Actor)
OPTIONAL MATCH (e:Event {relation: type(r), negated: false})
WHERE e.pair = s.id + '\u001f' + o.id
WITH r, count(e) AS events WHERE r.count <> events
RETURN count(r) AS off
UNION ALL
MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->(:Article) RETURN count(e) AS off`, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Records {
		if n := r.Values[0].(int64); n != 0 {
			t.Errorf("%d aggregates or events out of step", n)
		}
	}
}

func TestIngest_CancelInProcess(t *testing.T) {
	d := neo4jtest.Open(t)
	corpus := corpusPath(t)
	smallBatches(t)
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
	defer cancel()
	var out, errOut strings.Builder
	code := run(ctx, []string{"ingest", "--log-level", "error", corpus}, strings.NewReader(""), &out, &errOut)
	if code != exitError || !strings.Contains(errOut.String(), "interrupted after") {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	assertConsistent(t, d)
}

// TestIngest_ServerKilled kills the Neo4j server (kill -9) in the middle of
// an ingest and starts it again: the ingest either rides out the outage
// through the driver's retries or stops with a clear error, no article is
// half in, and running the same ingest again ends with the clean graph.
func TestIngest_ServerKilled(t *testing.T) {
	d := neo4jtest.Open(t)
	dir := os.Getenv("NEO4J_TEST_DIR")
	if dir == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI: NEO4J_TEST_DIR is not set (scripts/with-neo4j sets it)")
		}
		t.Skip("needs a server started by scripts/with-neo4j")
	}
	corpus := corpusPath(t)
	smallBatches(t)
	bin := binary(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	want := cleanRun(t, d, bin, corpus)
	neo4jtest.Reset(t, d)

	ports, err := os.ReadFile(filepath.Join(dir, "ports"))
	if err != nil {
		t.Fatal(err)
	}
	var bolt, http, throwaway string
	fmt.Sscan(string(ports), &bolt, &http, &throwaway)
	pidText, err := os.ReadFile(filepath.Join(dir, "neo4j.pid"))
	if err != nil {
		t.Fatal(err)
	}
	var pid int
	fmt.Sscan(string(pidText), &pid)

	cmd, out := startIngest(t, bin, corpus)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill neo4j: %v", err)
	}
	time.Sleep(time.Second)
	_, file, _, _ := runtime.Caller(0)
	script := filepath.Join(filepath.Dir(file), "..", "..", "scripts", "neo4j")
	start := exec.Command(script, "start", "--dir", dir, "--bolt-port", bolt, "--http-port", http)
	if os.Getenv("NEO4J_TEST_PASSWORD") == "" {
		start.Args = append(start.Args, "--no-auth")
	}
	if throwaway == "true" {
		start.Args = append(start.Args, "--throwaway")
	}
	if b, err := start.CombinedOutput(); err != nil {
		t.Fatalf("restart neo4j: %v\n%s", err, b)
	}
	err = cmd.Wait()
	t.Logf("ingest through the outage: err=%v\n%s", err, out.String())
	if err != nil && !strings.Contains(out.String(), "diplograph: ") {
		t.Errorf("no clear error: %s", out.String())
	}
	d2 := neo4jtest.Connect(t) // a new driver: the old one's connections died with the server
	assertConsistent(t, d2)
	rerun := exec.Command(bin, "ingest", "--log-level", "error", corpus)
	if b, err := rerun.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, b)
	}
	if got := graphSummary(t, d2); got != want {
		t.Errorf("after the outage and a rerun the graph differs from a clean run")
	}
}

func TestCredentials_Wrong(t *testing.T) {
	neo4jtest.Connect(t)
	if os.Getenv("NEO4J_TEST_PASSWORD") == "" {
		t.Skip("the test server has no auth")
	}
	inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	// Two attempts: Neo4j locks a user out for a while after three failures.
	// A wrong password, then none at all.
	cases := []struct {
		password string
		args     []string
		want     string
		hint     string
	}{
		{"wrong-secret-1", []string{"ingest", "-"}, "refused the credentials for user neo4j: authentication failure",
			"Try: check NEO4J_USERNAME and NEO4J_PASSWORD"},
		{"", []string{"query", "top"}, "refused the credentials for user neo4j (no password given)",
			"Try: set NEO4J_PASSWORD, or neo4j.password-file in diplograph.yaml"},
	}
	for _, c := range cases {
		t.Setenv("NEO4J_PASSWORD", c.password)
		code, out, errOut := runCLI(t, `{"id":"a","text":"Russia met China."}`, c.args...)
		if code != exitError || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, c.hint) ||
			strings.Contains(errOut, "does not answer") {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, errOut)
		}
		if strings.Contains(out+errOut, "wrong-secret-1") {
			t.Errorf("%v printed the password", c.args)
		}
	}
}

func TestServer_Unreachable(t *testing.T) {
	inTempDir(t)
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
	for _, args := range [][]string{{"ingest", "-"}, {"retract", "x"}, {"query", "top"}, {"actors", "--unresolved"}} {
		code, out, errOut := runCLI(t, `{"id":"a","text":"Russia met China."}`, args...)
		if code != exitError || !strings.Contains(errOut, "neo4j at bolt://127.0.0.1:1 does not answer") ||
			!strings.Contains(errOut, "Try: start Neo4j") || out != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpusFile != "" {
		os.RemoveAll(filepath.Dir(corpusFile))
	}
	os.Exit(code)
}
