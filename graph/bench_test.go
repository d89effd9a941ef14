package graph

import (
	"bufio"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// benchArticles reads the triples of DIPLOGRAPH_TRIPLES (diplograph extract
// output) grouped by article, or skips.
func benchArticles(b *testing.B) []ArticleTriples {
	b.Helper()
	path := os.Getenv("DIPLOGRAPH_TRIPLES")
	if path == "" {
		b.Skip("set DIPLOGRAPH_TRIPLES to a file of extracted triples (make bench does)")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var arts []ArticleTriples
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var t schema.Triple
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			b.Fatal(err)
		}
		if len(arts) == 0 || arts[len(arts)-1].Article.ID != t.Article.ID {
			arts = append(arts, ArticleTriples{Article: t.Article})
		}
		arts[len(arts)-1].Triples = append(arts[len(arts)-1].Triples, t)
	}
	return arts
}

// BenchmarkBuildBatch is turning triples into query parameters, without a database.
func BenchmarkBuildBatch(b *testing.B) {
	arts := benchArticles(b)
	l := &Loader{BatchSize: DefaultBatchSize}
	n := 0
	for _, a := range arts {
		n += len(a.Triples)
	}
	for b.Loop() {
		if _, err := l.buildBatch(arts, "2026-01-01T00:00:00Z"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "triples/s")
}

// emptyDatabase deletes all data, off the clock. The schema stays, as it
// does between an analyst's loads, and with it the server's query plans.
func emptyDatabase(b *testing.B, d neo4j.DriverWithContext) {
	b.StopTimer()
	defer b.StartTimer()
	neo4jtest.DeleteAll(b, d)
	if err := Apply(context.Background(), d, ""); err != nil {
		b.Fatal(err)
	}
}

// benchLoader is the loader of the load benchmarks: the default batch size
// unless DIPLOGRAPH_BATCH_SIZE says otherwise, statement timings logged
// with DIPLOGRAPH_DEBUG_LOAD set.
func benchLoader(d neo4j.DriverWithContext) *Loader {
	l := NewLoader(d)
	if os.Getenv("DIPLOGRAPH_DEBUG_LOAD") != "" {
		l.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if n, err := strconv.Atoi(os.Getenv("DIPLOGRAPH_BATCH_SIZE")); err == nil {
		l.BatchSize = n
	}
	return l
}

// BenchmarkLoad loads every article into an empty database (emptying it is
// not timed). The first loads on a server pay for planning the loader's
// statements and for the JVM compiling the server's hot paths (on this
// project's 2-core machine, after four loads of large.jsonl the timed loads
// still varied by ±8%; after eight, by 1%): the first is reported apart, as
// cold-events/s, and the loop measures the server once warmupLoads have run.
func BenchmarkLoad(b *testing.B) {
	const warmupLoads = 8
	arts := benchArticles(b)
	d := neo4jtest.Open(b)
	ctx := context.Background()
	events := 0
	for _, a := range arts {
		events += len(a.Triples)
	}
	if err := Apply(ctx, d, ""); err != nil {
		b.Fatal(err)
	}
	var cold time.Duration
	for i := range warmupLoads {
		neo4jtest.DeleteAll(b, d)
		began := time.Now()
		if _, err := benchLoader(d).Load(ctx, arts); err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			cold = time.Since(began)
		}
	}
	for b.Loop() {
		emptyDatabase(b, d)
		if _, err := benchLoader(d).Load(ctx, arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
	b.ReportMetric(float64(events)/cold.Seconds(), "cold-events/s")
}

// BenchmarkReload loads the articles once, then times loading them again,
// which must change nothing.
func BenchmarkReload(b *testing.B) {
	arts := benchArticles(b)
	d := neo4jtest.Open(b)
	ctx := context.Background()
	if err := Apply(ctx, d, ""); err != nil {
		b.Fatal(err)
	}
	l := NewLoader(d)
	if _, err := l.Load(ctx, arts); err != nil {
		b.Fatal(err)
	}
	events := 0
	for _, a := range arts {
		events += len(a.Triples)
	}
	for b.Loop() {
		st, err := l.Load(ctx, arts)
		if err != nil {
			b.Fatal(err)
		}
		if st.NodesCreated+st.RelsCreated+st.NodesDeleted+st.RelsDeleted != 0 {
			b.Fatalf("reload changed the graph: %+v", st)
		}
	}
	b.ReportMetric(float64(events)*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkNaiveLoad is the straightforward loader the batched one is
// measured against: one auto-commit MERGE per triple, on the first 2,000.
func BenchmarkNaiveLoad(b *testing.B) {
	arts := benchArticles(b)
	var triples []schema.Triple
	for _, a := range arts {
		triples = append(triples, a.Triples...)
	}
	triples = triples[:min(len(triples), 2000)]
	d := neo4jtest.Open(b)
	ctx := context.Background()
	for b.Loop() {
		emptyDatabase(b, d)
		for i := range triples {
			t := &triples[i]
			_, err := neo4j.ExecuteQuery(ctx, d, `MERGE (s:Actor {id: $s}) ON CREATE SET s.name = $sn
MERGE (o:Actor {id: $o}) ON CREATE SET o.name = $on
MERGE (a:Article {id: $article})
MERGE (e:Event {id: $id}) SET e.relation = $rel, e.sentence = $sentence, e.date = $date
MERGE (e)-[:SUBJECT]->(s) MERGE (e)-[:OBJECT]->(o) MERGE (e)-[:REPORTED_IN]->(a)`,
				map[string]any{"s": t.Subject.ID, "sn": t.Subject.Name, "o": t.Object.ID, "on": t.Object.Name,
					"article": t.Article.ID, "id": EventID(t), "rel": string(t.Relation), "sentence": t.Sentence.Text, "date": t.Article.Date},
				neo4j.EagerResultTransformer)
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(triples))*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}
