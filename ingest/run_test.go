package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/internal/neo4jtest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestRun loads a feed and a URL list that share a story through
// ingest.Run, as a Go program would: the story is one Article, and a
// second run, over the cache, fetches nothing and changes nothing.
func TestRun(t *testing.T) {
	d := neo4jtest.Open(t)
	ctx := t.Context()
	if err := graph.Apply(ctx, d, ""); err != nil {
		t.Fatal(err)
	}
	gaz, err := extract.LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	s := newSite(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "l.urls")
	os.WriteFile(list, []byte(s.URL+"/gulf?utm_source=newsletter\n"+s.URL+"/sanctions\n"), 0o644)
	run := func() (Stats, int64) {
		f := testFetcher()
		f.Cache = &Cache{Dir: filepath.Join(dir, "cache")}
		var rejected []error
		st, err := Run(ctx, Config{Extractor: extract.New(gaz), Loader: graph.NewLoader(d), ExtractorID: "test", Workers: 2,
			Reject: func(e error) { rejected = append(rejected, e) }},
			&Inputs{Args: []string{s.URL + "/feed.rss"}, Fetcher: f}, &Inputs{Args: []string{list}, Fetcher: f})
		if err != nil || len(rejected) > 0 {
			t.Fatalf("Run: %v, rejected %v", err, rejected)
		}
		return st, f.Requests()
	}
	st, _ := run()
	if st.Articles != 5 || st.Duplicates != 1 || st.Events == 0 {
		t.Errorf("first run: %d articles, %d duplicates, %d events; want 5 and 1", st.Articles, st.Duplicates, st.Events)
	}
	res, err := neo4j.ExecuteQuery(ctx, d, "MATCH (a:Article {id: $id}) RETURN count(a) AS n",
		map[string]any{"id": "https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar"}, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.Records[0].Get("n"); n != int64(1) {
		t.Errorf("%v Articles for the Gulf story, want 1", n)
	}
	st, requests := run()
	if st.Articles != 0 || st.Unchanged != 5 || requests != 0 {
		t.Errorf("second run: %d articles, %d unchanged, %d requests; want 0, 5, 0", st.Articles, st.Unchanged, requests)
	}
}
