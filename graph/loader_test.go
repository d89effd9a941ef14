package graph_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func actor(id string, kind schema.Kind) schema.Actor {
	return schema.Actor{ID: id, Name: id, Kind: kind, Text: id, Known: kind != schema.Person}
}

// article makes an article whose triples are (s, rel, o) with one sentence each.
func article(id, date string, rels ...[3]string) graph.ArticleTriples {
	a := schema.Article{ID: id, Title: "t " + id, Date: date, SHA256: "sha-" + id + fmt.Sprint(len(rels))}
	at := graph.ArticleTriples{Article: a}
	for i, r := range rels {
		rel := schema.Relation(r[1])
		info := rel.Info()
		kind := schema.Country
		if len(r[0]) > 3 {
			kind = schema.Person
		}
		at.Triples = append(at.Triples, schema.Triple{
			Article: a, Sentence: schema.Sentence{Index: i, Start: i * 100, End: i*100 + 50, Text: fmt.Sprintf("%s %s %s.", r[0], r[1], r[2])},
			Subject: actor(r[0], kind), Relation: rel, Object: actor(r[2], schema.Country), Modality: schema.Asserted,
			Trigger: "x", CAMEO: info.CAMEO, PLOVER: info.PLOVER, Goldstein: info.Goldstein, Confidence: 0.9,
		})
	}
	return at
}

func query(t *testing.T, d neo4j.DriverWithContext, q string, params map[string]any) []*neo4j.Record {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), d, q, params, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return res.Records
}

func one(t *testing.T, d neo4j.DriverWithContext, q string, params map[string]any) any {
	t.Helper()
	recs := query(t, d, q, params)
	if len(recs) == 0 {
		return nil
	}
	return recs[0].Values[0]
}

// checksum is a digest of the whole graph: every node and relationship with its
// properties, sorted by key (keys() order depends on the order they were written).
func checksum(t *testing.T, d neo4j.DriverWithContext) string {
	t.Helper()
	recs := query(t, d, `MATCH (n) WITH n ORDER BY n.id
		WITH collect([labels(n), COLLECT { UNWIND keys(n) AS k WITH k WHERE k <> 'ingested_at' ORDER BY k RETURN [k, n[k]] }]) AS ns
		OPTIONAL MATCH (a)-[r]->(b) WITH ns, a, r, b ORDER BY a.id, type(r), b.id
		RETURN ns, collect([a.id, type(r), b.id, COLLECT { UNWIND keys(r) AS k WITH k ORDER BY k RETURN [k, r[k]] }])`, nil)
	return fmt.Sprint(recs[0].Values)
}

// assertCountsMatchEvents checks that every aggregate's count equals its events.
func assertCountsMatchEvents(t *testing.T, d neo4j.DriverWithContext) {
	t.Helper()
	recs := query(t, d, `MATCH (s:Actor)-[r]->(o:Actor)
		WITH s, r, o, type(r) AS rel
		WITH s.id AS sid, rel, o.id AS oid, r.count AS count,
		     COUNT { (s)<-[:SUBJECT]-(e:Event {relation: rel, negated: false})-[:OBJECT]->(o) } +
		     CASE WHEN rel IN $sym AND s <> o
		          THEN COUNT { (o)<-[:SUBJECT]-(e:Event {relation: rel, negated: false})-[:OBJECT]->(s) } ELSE 0 END AS events
		WHERE count <> events RETURN sid, rel, oid, count, events`,
		map[string]any{"sym": []string{"MET_WITH", "SPOKE_WITH", "NEGOTIATED_WITH", "SIGNED_AGREEMENT_WITH", "ALLIED_WITH", "COOPERATED_WITH"}})
	for _, r := range recs {
		t.Errorf("aggregate %v: count %v, events %v", r.Values[:3], r.Values[3], r.Values[4])
	}
}

func newLoader(t *testing.T) (*graph.Loader, neo4j.DriverWithContext) {
	d := neo4jtest.Open(t)
	if err := graph.Apply(t.Context(), d, ""); err != nil {
		t.Fatal(err)
	}
	return graph.NewLoader(d), d
}

func TestLoad_Idempotent(t *testing.T) {
	l, d := newLoader(t)
	arts := []graph.ArticleTriples{
		article("a1", "2017-04-12", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"vladimir-putin", "MET_WITH", "USA"}),
		article("a2", "2017-04-13", [3]string{"USA", "ATTACKED", "SYR"}),
	}
	st, err := l.Load(t.Context(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Events != 3 || st.NodesCreated == 0 || st.RelsCreated == 0 {
		t.Fatalf("first load: %+v", st)
	}
	before := checksum(t, d)
	st, err = l.Load(t.Context(), arts)
	if err != nil {
		t.Fatal(err)
	}
	if st.NodesCreated != 0 || st.RelsCreated != 0 || st.NodesDeleted != 0 || st.RelsDeleted != 0 || st.Unchanged != 2 {
		t.Errorf("second load changed the graph: %+v", st)
	}
	if after := checksum(t, d); after != before {
		t.Errorf("graph checksum changed on re-ingest")
	}
	assertCountsMatchEvents(t, d)
}

func TestLoad_NewExtractor(t *testing.T) {
	l, _ := newLoader(t)
	a := article("a1", "2017-04-12", [3]string{"RUS", "VETOED", "UNSC"})
	a.Article.Extractor = "v1"
	if _, err := l.Load(t.Context(), []graph.ArticleTriples{a}); err != nil {
		t.Fatal(err)
	}
	a.Article.Extractor = "v2" // same text, read by another extractor
	st, err := l.Load(t.Context(), []graph.ArticleTriples{a})
	if err != nil {
		t.Fatal(err)
	}
	if st.Unchanged != 0 || st.Articles != 1 {
		t.Errorf("an article read by a new extractor was skipped: %+v", st)
	}
}

func TestRetract(t *testing.T) {
	l, d := newLoader(t)
	ctx := t.Context()
	a1 := article("a1", "2017-04-12", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"ben-rhodes", "ACCUSED", "RUS"})
	a2 := article("a2", "2017-05-01", [3]string{"RUS", "VETOED", "UNSC"})
	if _, err := l.Load(ctx, []graph.ArticleTriples{a1, a2}); err != nil {
		t.Fatal(err)
	}
	count := func() any {
		return one(t, d, `MATCH (:Actor {id: 'RUS'})-[r:VETOED]->(:Actor {id: 'UNSC'}) RETURN r.count`, nil)
	}
	if c := count(); c != int64(2) {
		t.Fatalf("VETOED count=%v, want 2", c)
	}
	st, missing, err := l.Retract(ctx, []string{"a1", "nope", "a1"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Retracted != 1 || fmt.Sprint(missing) != "[nope]" {
		t.Errorf("Retract(a1, nope, a1): retracted %d, missing %q; want 1, [nope]", st.Retracted, missing)
	}
	if c := count(); c != int64(1) {
		t.Errorf("after retracting a1: count=%v, want 1", c)
	}
	if first := one(t, d, `MATCH (:Actor {id: 'RUS'})-[r:VETOED]->() RETURN r.first_seen`, nil); first != "2017-05-01" {
		t.Errorf("first_seen=%v, want 2017-05-01", first)
	}
	if n := one(t, d, `MATCH (a:Actor {id: 'ben-rhodes'}) RETURN count(a)`, nil); n != int64(0) {
		t.Errorf("unknown actor with no events left: %v nodes", n)
	}
	if n := one(t, d, `MATCH (a:Article {id: 'a1'}) RETURN count(a)`, nil); n != int64(0) {
		t.Errorf("retracted article still there")
	}
	assertCountsMatchEvents(t, d)
	if _, _, err := l.Retract(ctx, []string{"a2"}); err != nil {
		t.Fatal(err)
	}
	if c := count(); c != nil {
		t.Errorf("after retracting both: VETOED still there with count %v", c)
	}
	if n := one(t, d, `MATCH (e:Event) RETURN count(e)`, nil); n != int64(0) {
		t.Errorf("%v events left", n)
	}
	if n := one(t, d, `MATCH (a:Actor {id: 'RUS'}) RETURN count(a)`, nil); n != int64(1) {
		t.Errorf("known actor RUS removed: %v", n)
	}
}

func TestLoad_Represents(t *testing.T) {
	l, d := newLoader(t)
	a1 := article("r1", "2016-03-01", [3]string{"sergey-lavrov", "REPRESENTS", "RUS"})
	a2 := article("r2", "2017-04-12", [3]string{"sergey-lavrov", "REPRESENTS", "RUS"})
	for _, a := range []*graph.ArticleTriples{&a1, &a2} {
		a.Triples[0].Subject.Role = "foreign_minister"
	}
	if _, err := l.Load(t.Context(), []graph.ArticleTriples{a1, a2}); err != nil {
		t.Fatal(err)
	}
	got := one(t, d, `MATCH (:Person {id: 'sergey-lavrov'})-[r:REPRESENTS]->(:Country {id: 'RUS'}) RETURN [r.role, r.since, r.until, r.count]`, nil)
	if fmt.Sprint(got) != "[foreign_minister 2016-03-01 2017-04-12 2]" {
		t.Errorf("REPRESENTS = %v", got)
	}
}

func TestLoad_EditedArticle(t *testing.T) {
	l, d := newLoader(t)
	ctx := t.Context()
	if _, err := l.Load(ctx, []graph.ArticleTriples{article("a1", "2017-04-12", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"USA", "ATTACKED", "SYR"})}); err != nil {
		t.Fatal(err)
	}
	edited := article("a1", "2017-04-12", [3]string{"USA", "CRITICIZED", "RUS"})
	if _, err := l.Load(ctx, []graph.ArticleTriples{edited}); err != nil {
		t.Fatal(err)
	}
	rels := query(t, d, `MATCH (s:Actor)-[r]->(o:Actor) RETURN s.id + ' ' + type(r) + ' ' + o.id + ' ' + r.count ORDER BY 1`, nil)
	if len(rels) != 1 || rels[0].Values[0] != "USA CRITICIZED RUS 1" {
		var got []any
		for _, r := range rels {
			got = append(got, r.Values[0])
		}
		t.Errorf("after edit: %v, want [USA CRITICIZED RUS 1]", got)
	}
	assertCountsMatchEvents(t, d)
}

func TestLoad_Concurrent(t *testing.T) {
	l, d := newLoader(t)
	var arts []graph.ArticleTriples
	for i := range 40 {
		arts = append(arts, article(fmt.Sprintf("c%02d", i), fmt.Sprintf("2017-01-%02d", i%28+1),
			[3]string{"RUS", "VETOED", "UNSC"}, [3]string{"USA", "MET_WITH", "RUS"}, [3]string{"RUS", "MET_WITH", "USA"}))
	}
	l.BatchSize = 6
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w, part := range [][]graph.ArticleTriples{arts[:30], arts[10:]} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[w] = l.Load(context.Background(), part)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if c := one(t, d, `MATCH (:Actor {id: 'RUS'})-[r:VETOED]->(:Actor {id: 'UNSC'}) RETURN r.count`, nil); c != int64(40) {
		t.Errorf("VETOED count=%v, want 40", c)
	}
	if c := one(t, d, `MATCH (a:Actor)-[r:MET_WITH]-(b:Actor) RETURN count(DISTINCT r) + ':' + max(r.count)`, nil); c != "1:80" {
		t.Errorf("MET_WITH aggregates (count:max)=%v, want 1:80", c)
	}
	if n := one(t, d, `MATCH (a:Actor) RETURN count(a)`, nil); n != int64(3) {
		t.Errorf("%v actor nodes, want 3", n)
	}
	if n := one(t, d, `MATCH (e:Event) RETURN count(e)`, nil); n != int64(120) {
		t.Errorf("%v events, want 120", n)
	}
	assertCountsMatchEvents(t, d)
}

func TestLoad_HostileText(t *testing.T) {
	l, d := newLoader(t)
	hostile := "x'}) MATCH (n) DETACH DELETE n // `$rows` {\"a\":1} \u0000\u0007 Путин 普京 بوتين"
	at := article("a'`{}$1 RETURN 1", "2017-01-01", [3]string{"RUS", "MET_WITH", "USA"})
	at.Article.Title = hostile
	at.Triples[0].Sentence.Text = hostile
	at.Triples[0].Subject.Name = hostile
	at.Triples[0].Article = at.Article
	if _, err := l.Load(t.Context(), []graph.ArticleTriples{at}); err != nil {
		t.Fatal(err)
	}
	if got := one(t, d, `MATCH (e:Event) RETURN e.sentence`, nil); got != hostile {
		t.Errorf("sentence stored as %q", got)
	}
	if got := one(t, d, `MATCH (a:Article) RETURN a.id + '|' + a.title`, nil); got != at.Article.ID+"|"+hostile {
		t.Errorf("article stored as %q", got)
	}
	bad := article("bad", "2017-01-01", [3]string{"RUS", "MET_WITH]->() DETACH DELETE n //", "USA"})
	var rejected error
	l.Reject = func(_ schema.Article, err error) { rejected = err }
	if st, err := l.Load(t.Context(), []graph.ArticleTriples{bad}); err != nil || st.Rejected != 1 || !errors.Is(rejected, schema.ErrUnknownRelation) {
		t.Errorf("a relation outside the vocabulary: stats %+v, err %v, rejected with %v", st, err, rejected)
	}
	if n := one(t, d, `MATCH (n) RETURN count(n)`, nil); n.(int64) < 4 {
		t.Errorf("graph lost nodes: %v", n)
	}
}

// TestLoad_EventEvidence checks every property an event carries, and its
// links to its subject, object, article and reporter.
func TestLoad_EventEvidence(t *testing.T) {
	l, d := newLoader(t)
	at := article("ev", "2017-04-12", [3]string{"sergey-lavrov", "REPRESENTS", "RUS"}, [3]string{"RUS", "VETOED", "UN"})
	lavrov := at.Triples[0].Subject
	at.Triples[0].Subject.Role = "foreign minister"
	at.Triples[1].Reporter = &lavrov
	at.Triples[1].Negated = true
	at.Triples[1].Modality = schema.Modality("hypothetical")
	at.Triples[1].Trigger, at.Triples[1].TriggerAt = "vetoed", 104
	at.Triples[1].Subject.Text, at.Triples[1].Object.Text = "Moscow", "the United Nations"
	if _, err := l.Load(t.Context(), []graph.ArticleTriples{at}); err != nil {
		t.Fatal(err)
	}
	got := one(t, d, `MATCH (s)<-[:SUBJECT]-(e:Event {relation: 'VETOED'})-[:OBJECT]->(o),
		(e)-[:REPORTED_IN]->(a), (e)-[:REPORTED_BY]->(r)
		RETURN [s.id, o.id, a.id, r.id, properties(e)]`, nil).([]any)
	if fmt.Sprint(got[:4]) != "[RUS UN ev sergey-lavrov]" {
		t.Errorf("links %v", got[:4])
	}
	props := got[4].(map[string]any)
	want := map[string]any{
		"id": graph.EventID(&at.Triples[1]), "relation": "VETOED", "cameo": "129", "plover": "REJECT",
		"goldstein": -5.0, "negated": true, "modality": "hypothetical", "confidence": 0.9, "date": "2017-04-12",
		"sentence": "RUS VETOED UN.", "sentence_index": int64(1), "start": int64(100), "end": int64(150),
		"trigger": "vetoed", "trigger_start": int64(104), "pair": "RUS\x1fUN", "subject_text": "Moscow",
		"object_text": "the United Nations",
	}
	if fmt.Sprint(props) != fmt.Sprint(want) {
		t.Errorf("event properties\n got %v\nwant %v", props, want)
	}
	if role := one(t, d, `MATCH (e:Event {relation: 'REPRESENTS'}) RETURN e.role`, nil); role != "foreign minister" {
		t.Errorf("REPRESENTS event role %v", role)
	}
}

// TestLoad_RacedArticle has another load write the same article (an older
// version) after a transaction read that the article was not in the graph
// and before it wrote it: the transaction replaces that version's events,
// and the graph is the one a sequential load of both gives.
func TestLoad_RacedArticle(t *testing.T) {
	l, d := newLoader(t)
	older := article("x", "2017-01-01", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"USA", "MET_WITH", "RUS"})
	newer := article("x", "2017-01-02", [3]string{"RUS", "VETOED", "UNSC"}, [3]string{"RUS", "ATTACKED", "SYR"}, [3]string{"IRN", "SUPPORTED", "SYR"})
	raced := false
	graph.SetAfterRead(l, func() {
		if !raced {
			raced = true
			if _, err := graph.NewLoader(d).Load(t.Context(), []graph.ArticleTriples{older}); err != nil {
				t.Error(err)
			}
		}
	})
	if _, err := l.Load(t.Context(), []graph.ArticleTriples{newer}); err != nil {
		t.Fatal(err)
	}
	got := checksum(t, d)

	l2, _ := newLoader(t)
	for _, at := range []graph.ArticleTriples{older, newer} {
		if _, err := l2.Load(t.Context(), []graph.ArticleTriples{at}); err != nil {
			t.Fatal(err)
		}
	}
	if want := checksum(t, d); got != want {
		t.Errorf("raced load\n got %s\nwant %s", got, want)
	}
	assertCountsMatchEvents(t, d)
	if n := one(t, d, `MATCH (e:Event) RETURN count(e)`, nil); n != int64(3) {
		t.Errorf("%v events, want 3", n)
	}
}
