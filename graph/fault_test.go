package graph_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/boltproxy"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// rejections collects what a loader rejects, by article id.
func rejections(l *graph.Loader) map[string]error {
	got := map[string]error{}
	l.Reject = func(a schema.Article, err error) { got[a.ID] = err }
	return got
}

// articleIDs lists the ids of the articles in the graph, sorted.
func articleIDs(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	return fmt.Sprint(one(t, d, `MATCH (a:Article) WITH a.id AS id ORDER BY id RETURN collect(id)`, nil))
}

func TestLoad_Limits(t *testing.T) {
	l, d := newLoader(t)
	l.Limits = graph.Limits{Triples: 2, IDBytes: 40, FieldBytes: 100}
	long := strings.Repeat("x", 101)
	tooMany := article("many", "", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"USA", "MET_WITH", "RUS"}, [3]string{"RUS", "MET_WITH", "CHN"})
	longID := article(strings.Repeat("i", 41), "", [3]string{"RUS", "VETOED", "UNSC"})
	longTitle := article("title", "", [3]string{"RUS", "VETOED", "UNSC"})
	longTitle.Article.Title = long
	longURL := article("url", "", [3]string{"RUS", "VETOED", "UNSC"})
	longURL.Article.URL = long
	longSource := article("source", "", [3]string{"RUS", "VETOED", "UNSC"})
	longSource.Article.Source = long
	longActor := article("actor", "", [3]string{"RUS", "VETOED", "UNSC"})
	longActor.Triples[0].Object.Name = strings.Repeat("n", 41)
	arts := []graph.ArticleTriples{
		article("ok1", "2017-01-01", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"USA", "MET_WITH", "RUS"}),
		tooMany, longID, longTitle, longURL, longSource, longActor,
		article("ok2", "2017-01-02", [3]string{"RUS", "VETOED", "UNSC"}),
	}
	got := rejections(l)
	st, err := l.Load(t.Context(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Rejected != 6 || st.Events != 3 {
		t.Errorf("stats %+v, want 2 articles, 6 rejected, 3 events", st)
	}
	want := map[string]string{
		"many":            "3 triples, over the limit of 2 for one article",
		longID.Article.ID: "id of 41 bytes, over the limit of 40",
		"title":           "title of 101 bytes, over the limit of 100",
		"url":             "url of 101 bytes, over the limit of 100",
		"source":          "source of 101 bytes, over the limit of 100",
		"actor":           "actor name of 41 bytes, over the limit of 40",
	}
	for id, msg := range want {
		var le *graph.LimitError
		if err := got[id]; !errors.As(err, &le) || err.Error() != msg {
			t.Errorf("article %.12s: rejected with %v, want %q", id, err, msg)
		}
	}
	if ids := articleIDs(t, d); ids != "[ok1 ok2]" {
		t.Errorf("articles in the graph: %s, want [ok1 ok2]", ids)
	}
	assertCountsMatchEvents(t, d)
}

// TestLoad_RefusedArticle loads a batch in which the server refuses one
// article (an id too long for its index: the limits are off): that article
// is rejected, the others are written, and no time goes in retries.
func TestLoad_RefusedArticle(t *testing.T) {
	l, d := newLoader(t)
	l.Limits = graph.Limits{}
	var arts []graph.ArticleTriples
	for i := range 9 {
		arts = append(arts, article(fmt.Sprintf("a%d", i), "2017-01-01", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"USA", "MET_WITH", "RUS"}))
	}
	huge := strings.Repeat("x", 10000)
	arts[5] = article(huge, "2017-01-01", [3]string{"RUS", "VETOED", "UNSC"})
	got := rejections(l)
	began := time.Now()
	st, err := l.Load(t.Context(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took > 15*time.Second {
		t.Errorf("the load took %s: the refusal was retried", took)
	}
	if st.Articles != 8 || st.Rejected != 1 || st.Events != 16 {
		t.Errorf("stats %+v, want 8 articles, 1 rejected, 16 events", st)
	}
	var re *graph.RefusedError
	if err := got[huge]; !errors.As(err, &re) || !strings.Contains(err.Error(), "the server refused it: Neo.DatabaseError.Statement.ExecutionFailed: Property value is too large to index") {
		t.Errorf("the long id was rejected with %v", err)
	}
	if ids := articleIDs(t, d); ids != "[a0 a1 a2 a3 a4 a6 a7 a8]" {
		t.Errorf("articles in the graph: %s", ids)
	}
	if c := one(t, d, `MATCH (:Actor {id: 'RUS'})-[r:VETOED]->(:Actor {id: 'UNSC'}) RETURN r.count`, nil); c != int64(8) {
		t.Errorf("VETOED count=%v, want 8", c)
	}
	assertCountsMatchEvents(t, d)
}

func TestServerErrors_Classified(t *testing.T) {
	tests := []struct {
		code                       string
		refused, retryable, memory bool
	}{
		{code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", refused: true, memory: true},
		{code: "Neo.ClientError.General.TransactionOutOfMemoryError", refused: true, memory: true},
		{code: "Neo.TransientError.General.OutOfMemoryError", refused: true, memory: true},
		{code: "Neo.DatabaseError.Statement.ExecutionFailed", refused: true},
		{code: "Neo.ClientError.Schema.ConstraintValidationFailed", refused: true},
		{code: "Neo.ClientError.Statement.TypeError", refused: true},
		{code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", refused: true},
		{code: "Neo.ClientError.Statement.SyntaxError"},
		{code: "Neo.ClientError.Security.Unauthorized"},
		{code: "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", retryable: true},
		{code: "Neo.TransientError.Transaction.DeadlockDetected", retryable: true},
		{code: "Neo.TransientError.General.DatabaseUnavailable", retryable: true},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			err := fmt.Errorf("write events: %w", &neo4j.Neo4jError{Code: tt.code, Msg: "m"})
			if got := graph.Refused(err); got != tt.refused {
				t.Errorf("Refused(%s)=%v, want %v", tt.code, got, tt.refused)
			}
			if got := graph.Retryable(err); got != tt.retryable {
				t.Errorf("Retryable(%s)=%v, want %v", tt.code, got, tt.retryable)
			}
			// The driver hides a server's error inside some of its own.
			hidden := &neo4j.TransactionExecutionLimit{Cause: "timeout", Errors: []error{&neo4j.ConnectivityError{Inner: &neo4j.Neo4jError{Code: tt.code}}}}
			if got := graph.OutOfMemory(hidden); got != tt.memory {
				t.Errorf("OutOfMemory(%s, wrapped)=%v, want %v", tt.code, got, tt.memory)
			}
		})
	}
	if !graph.Retryable(&neo4j.ConnectivityError{Inner: errors.New("EOF")}) {
		t.Error("a lost connection is not retryable")
	}
}

// proxied returns a driver to the test server through a boltproxy.
func proxied(t *testing.T) (*boltproxy.Proxy, neo4j.DriverWithContext) {
	t.Helper()
	p := boltproxy.Start(t, neo4jtest.URI(t))
	d, err := neo4j.NewDriverWithContext(p.URI(), neo4jtest.Auth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return p, d
}

// oneTripleArticles makes n articles of one triple each.
func oneTripleArticles(n int) []graph.ArticleTriples {
	var arts []graph.ArticleTriples
	for i := range n {
		arts = append(arts, article(fmt.Sprintf("c%d", i), "2017-01-01", [3]string{"RUS", "VETOED", "UNSC"}))
	}
	return arts
}

// TestLoad_CommitCut loses the connection while a batch's commit is under
// way, after the server committed it: the retry finds the batch's articles
// in and counts them as written by this load.
func TestLoad_CommitCut(t *testing.T) {
	_, d := newLoader(t)
	p, pd := proxied(t)
	l := graph.NewLoader(pd)
	l.BatchSize = 2
	l.RetryBudget = 10 * time.Second
	cut := p.CutCommit("CREATE (e:Event", 1, time.Second) // the second batch
	st, err := l.Load(t.Context(), oneTripleArticles(6))
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-cut:
	default:
		t.Fatal("no commit was cut")
	}
	if st.Articles != 6 || st.Events != 6 || st.Unchanged != 0 {
		t.Errorf("stats %+v, want 6 articles and 6 events written, 0 unchanged", st)
	}
	if ids := articleIDs(t, d); ids != "[c0 c1 c2 c3 c4 c5]" {
		t.Errorf("articles in the graph: %s", ids)
	}
	if c := one(t, d, `MATCH (:Actor {id: 'RUS'})-[r:VETOED]->(:Actor {id: 'UNSC'}) RETURN r.count`, nil); c != int64(6) {
		t.Errorf("VETOED count=%v, want 6", c)
	}
	assertCountsMatchEvents(t, d)
}

// TestLoad_CommitCutUnconfirmed cuts a commit and keeps the server away
// for longer than the retry budget: the load fails, saying that the
// batch's commit is not confirmed, and counts only what it saw committed.
func TestLoad_CommitCutUnconfirmed(t *testing.T) {
	_, d := newLoader(t)
	p, pd := proxied(t)
	l := graph.NewLoader(pd)
	l.BatchSize = 2
	l.RetryBudget = time.Second
	p.CutCommit("CREATE (e:Event", 1, 4*time.Second)
	arts := oneTripleArticles(6)
	st, err := l.Load(t.Context(), arts)
	var be *graph.BatchError
	if !errors.As(err, &be) || !be.Unconfirmed || be.N != 2 || !graph.Retryable(err) {
		t.Fatalf("err %v, want an unconfirmed, retryable BatchError of 2 articles", err)
	}
	if st.Articles != 2 {
		t.Errorf("stats %+v, want 2 articles confirmed", st)
	}
	if ids := articleIDs(t, d); ids != "[c0 c1 c2 c3]" {
		t.Errorf("articles in the graph: %s, want the cut batch's too", ids)
	}
	time.Sleep(4 * time.Second)
	st, err = l.Load(t.Context(), arts)
	if err != nil || st.Articles != 2 || st.Unchanged != 4 {
		t.Errorf("rerun: stats %+v, err %v; want 2 articles, 4 unchanged", st, err)
	}
}

// TestLoad_RetryBudget makes the server unreachable: the load gives up
// once the retry budget has passed, and not much later.
func TestLoad_RetryBudget(t *testing.T) {
	newLoader(t)
	p, pd := proxied(t)
	l := graph.NewLoader(pd)
	l.RetryBudget = 2 * time.Second
	if _, err := l.Load(t.Context(), oneTripleArticles(1)); err != nil {
		t.Fatal(err)
	}
	p.Refuse(time.Minute)
	began := time.Now()
	_, err := l.Load(t.Context(), oneTripleArticles(3))
	took := time.Since(began)
	if err == nil || !graph.Retryable(err) || !strings.Contains(err.Error(), "the retry budget is 2s") {
		t.Fatalf("err %v, want a retryable error that names the budget", err)
	}
	if took < 2*time.Second || took > 4*time.Second {
		t.Errorf("gave up after %s, want between the budget (2s) and 4s", took)
	}
	t.Logf("gave up after %s: %v", took, err)
}
