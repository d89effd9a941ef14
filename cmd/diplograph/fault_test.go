package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/boltproxy"
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
	dir := neo4jtest.Dir(t)
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
	// The summary counts what is in the graph: every commit it confirmed,
	// and none that it did not.
	written, _, unconfirmed := summaryCounts(t, out.String())
	if n := int(articleCount(t, d2)); err == nil && n != written || n < written || n > written+unconfirmed {
		t.Errorf("the summary says %d articles written (and %d unconfirmed); the graph has %d", written, unconfirmed, n)
	}
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

// synthCorpus writes n synthetic articles (internal/synth) to a file.
func synthCorpus(t *testing.T, n int) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "synthetic.jsonl")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := synth.WriteJSONL(f, synth.Options{Articles: n, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	return file
}

// proxiedCLI points the CLI at the test server through a boltproxy, which
// the test uses to cut connections.
func proxiedCLI(t *testing.T) *boltproxy.Proxy {
	t.Helper()
	p := boltproxy.Start(t, neo4jtest.URI(t))
	t.Setenv("NEO4J_URI", p.URI())
	return p
}

// summaryCounts reads the articles written and unchanged from an ingest's
// summary, and the articles of a commit whose answer was lost.
func summaryCounts(t *testing.T, out string) (written, unchanged, unconfirmed int) {
	t.Helper()
	i := strings.Index(out, "ingested ")
	if i < 0 {
		t.Fatalf("no summary in %q", out)
	}
	fmt.Sscanf(out[i:], "ingested %d articles (%d unchanged)", &written, &unchanged)
	if j := strings.Index(out, "; "); j >= 0 {
		fmt.Sscanf(out[j:], "; %d more articles were in a commit whose answer was lost", &unconfirmed)
	}
	return written, unchanged, unconfirmed
}

// TestIngest_CommitCut loses the connection while a batch's commit is under
// way, after the server committed it, and keeps the server away for two
// seconds: the run rides it out, and its summary counts what is in the
// graph.
func TestIngest_CommitCut(t *testing.T) {
	d := neo4jtest.Open(t)
	inTempDir(t)
	corpus := synthCorpus(t, 40)
	smallBatches(t)
	p := proxiedCLI(t)
	cut := p.CutCommit("CREATE (e:Event", 1, 2*time.Second)
	code, out, errOut := runCLI(t, "", "ingest", "--retry-budget", "20s", corpus)
	select {
	case <-cut:
	default:
		t.Fatal("no commit was cut")
	}
	if code != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	written, unchanged, _ := summaryCounts(t, out)
	if n := articleCount(t, d); written != 40 || unchanged != 0 || n != 40 {
		t.Errorf("summary says %d written, %d unchanged; %d articles in the graph, want 40 of each (%q)", written, unchanged, n, out)
	}
	assertConsistent(t, d)
}

// TestIngest_RetryBudget cuts a commit and keeps the server away: the run
// gives up once the retry budget has passed since the failure (and not an
// attempt later), says that the cut commit may have gone through, counts
// only the commits it saw, and hints at a rerun, which finishes the job.
func TestIngest_RetryBudget(t *testing.T) {
	d := neo4jtest.Open(t)
	inTempDir(t)
	corpus := synthCorpus(t, 40)
	smallBatches(t)
	p := proxiedCLI(t)
	cut := p.CutCommit("CREATE (e:Event", 1, time.Minute)
	cutAt := make(chan time.Time, 1)
	go func() {
		<-cut
		cutAt <- time.Now()
	}()
	code, out, errOut := runCLI(t, "", "ingest", "--retry-budget", "3s", corpus)
	ended := time.Now()
	var took time.Duration
	select {
	case at := <-cutAt:
		took = ended.Sub(at)
	default:
		t.Fatalf("no commit was cut: exit %d, %q, %q", code, out, errOut)
	}
	if took < 3*time.Second || took > 5*time.Second {
		t.Errorf("the run gave up %s after the connection was lost, want between the budget (3s) and 5s", took)
	}
	if code != exitError || !strings.Contains(errOut, "stopped answering") ||
		!strings.Contains(errOut, "the retry budget is 3s") ||
		!strings.Contains(errOut, "Try: run the same command again once Neo4j answers") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	written, _, unconfirmed := summaryCounts(t, out)
	if n := articleCount(t, d); unconfirmed == 0 || int64(written+unconfirmed) != n {
		t.Errorf("summary: %d written and %d unconfirmed; %d in the graph (%q)", written, unconfirmed, n, out)
	}
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	code, out, errOut = runCLI(t, "", "ingest", corpus)
	if code != 0 {
		t.Fatalf("rerun: exit %d, %q, %q", code, out, errOut)
	}
	if w, u, _ := summaryCounts(t, out); w+u != 40 || articleCount(t, d) != 40 {
		t.Errorf("rerun: %q", out)
	}
	assertConsistent(t, d)
}

// TestServerError_Wording checks that a server that refuses or runs out of
// memory is worded as such, not as one that does not answer, and that only
// what a rerun can fix gets the rerun hint.
func TestServerError_Wording(t *testing.T) {
	const uri, rerun = "bolt://db:7687", "run the same command again once Neo4j answers"
	server := func(code string) error { return &neo4j.Neo4jError{Code: code, Msg: "m"} }
	// The driver hides a server's error inside some of its own.
	hidden := func(code string) error {
		return &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{&neo4j.ConnectivityError{Inner: server(code)}}}
	}
	tests := []struct {
		name string
		err  error
		want string // in the message
		hint string // in the hint; empty for none
	}{
		{"ConnectUnauthorized", connectError(uri, "neo4j", true, hidden("Neo.ClientError.Security.Unauthorized")),
			"refused the credentials for user neo4j", "check NEO4J_USERNAME"},
		{"ConnectOutOfMemory", connectError(uri, "neo4j", true, hidden("Neo.TransientError.General.MemoryPoolOutOfMemoryError")),
			"neo4j at bolt://db:7687 is out of memory", "give the server more heap"},
		{"ConnectNoAnswer", connectError(uri, "neo4j", true, &neo4j.ConnectivityError{Inner: io.EOF}),
			"neo4j at bolt://db:7687 does not answer", "start Neo4j"},
		{"RunForbidden", serverError(uri, "neo4j", fmt.Errorf("load batch: %w", server("Neo.ClientError.Security.Forbidden")), rerun),
			"neo4j at bolt://db:7687 refused user neo4j", "permissions"},
		{"RunOutOfMemory", serverError(uri, "neo4j", hidden("Neo.TransientError.General.MemoryPoolOutOfMemoryError"), rerun),
			"is out of memory", "give the server more heap"},
		{"RunIndexError", serverError(uri, "neo4j", fmt.Errorf("load batch: %w", server("Neo.DatabaseError.Statement.ExecutionFailed")), rerun),
			"neo4j at bolt://db:7687 refused the transaction", ""},
		{"RunLostConnection", serverError(uri, "neo4j", fmt.Errorf("load batch: %w", &neo4j.ConnectivityError{Inner: io.EOF}), rerun),
			"neo4j at bolt://db:7687 stopped answering", rerun},
		{"RunTransient", serverError(uri, "neo4j", fmt.Errorf("load batch: %w", server("Neo.TransientError.Transaction.DeadlockDetected")), rerun),
			"neo4j at bolt://db:7687 kept failing", rerun},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ue *usageError
			hint := ""
			if errors.As(tt.err, &ue) {
				hint = ue.hint
			}
			msg := tt.err.Error()
			if !strings.Contains(msg, tt.want) || (tt.hint == "") != (hint == "") || !strings.Contains(hint, tt.hint) {
				t.Errorf("error %q, hint %q; want %q and a hint with %q", msg, hint, tt.want, tt.hint)
			}
			if tt.name != "ConnectNoAnswer" && strings.Contains(msg, "does not answer") {
				t.Errorf("%q says the server does not answer", msg)
			}
			if tt.hint != rerun && strings.Contains(hint, "run the same command again") {
				t.Errorf("hint %q says to rerun, which cannot fix %q", hint, msg)
			}
		})
	}
}
