package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/internal/neo4jtest"
)

// webExamples is the folder of the sample pages, feed, lists and archive.
func webExamples() string { return filepath.Join(repoRoot(), "examples", "web") }

// newWebSite serves the sample pages at /gulf, /korea, /summit and
// /sanctions, a feed of three of them at /feed.rss, a PDF and a path
// robots.txt forbids; it counts requests.
func newWebSite(t *testing.T) (*httptest.Server, func() int) {
	t.Helper()
	var mu sync.Mutex
	n := 0
	mux := http.NewServeMux()
	for path, file := range map[string]string{"/gulf": "gulf-2017.html", "/korea": "korea-2018.html", "/summit": "summit-1987.html", "/sanctions": "sanctions-2018.html"} {
		b, err := os.ReadFile(filepath.Join(webExamples(), file))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b)
		})
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /private\n") })
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	var s *httptest.Server
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Gulf</title><link>%[1]s/gulf?utm_source=rss</link><pubDate>Mon, 05 Jun 2017 09:00:00 +0300</pubDate></item>
<item><title>Korea</title><link>%[1]s/korea</link><pubDate>Fri, 27 Apr 2018 10:00:00 +0900</pubDate></item>
<item><title>Summit</title><link>%[1]s/summit</link><pubDate>Fri, 18 Sep 1987 16:00:00 GMT</pubDate></item>
</channel></rss>`, s.URL)
	})
	s = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		n++
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s, func() int { mu.Lock(); defer mu.Unlock(); return n }
}

// TestIngest_WebSources ingests each kind of source into the test server:
// a page file, a page URL, a feed URL, a URL list, a CSV export and a
// WARC archive. The same story from a file, a URL, a feed, a list and an
// archive is one Article; a second run of the list fetches nothing.
func TestIngest_WebSources(t *testing.T) {
	neo4jtest.Open(t)
	dir := inTempDir(t)
	t.Setenv("NEO4J_URI", neo4jtest.URI(t))
	s, requests := newWebSite(t)
	cache := filepath.Join(dir, "cache")
	list := filepath.Join(dir, "stories.urls")
	os.WriteFile(list, []byte(s.URL+"/gulf?utm_medium=email\n"+s.URL+"/sanctions\n"), 0o644)
	web := webExamples()
	steps := []struct {
		name string
		args []string
		want string
	}{
		{"HTMLFile", []string{"ingest", filepath.Join(web, "gulf-2017.html")}, "ingested 1 articles (0 unchanged)"},
		{"URL", []string{"ingest", "--cache-dir", cache, s.URL + "/korea"}, "ingested 1 articles (0 unchanged)"},
		// Gulf and Korea again, under their canonical URLs: unchanged.
		{"Feed", []string{"ingest", "--cache-dir", cache, s.URL + "/feed.rss"}, "ingested 1 articles (2 unchanged)"},
		{"FeedSince", []string{"ingest", "--cache-dir", cache, "--since", "2018", s.URL + "/feed.rss"}, "ingested 0 articles (1 unchanged)"},
		{"URLList", []string{"ingest", "--cache-dir", cache, "--urls", list}, "ingested 1 articles (1 unchanged)"},
		{"CSV", []string{"ingest", "--map", "title=headline,text=body,date=published_at,url=link,source=outlet", filepath.Join(web, "stories.csv")}, "ingested 2 articles (0 unchanged)"},
		{"WARC", []string{"ingest", filepath.Join(web, "news.warc.gz")}, "ingested 0 articles (4 unchanged)"},
		{"Feed", []string{"ingest", filepath.Join(web, "world.rss")}, "ingested 2 articles (0 unchanged)"},
	}
	for _, st := range steps {
		code, out, errOut := runCLI(t, "", st.args...)
		if code != 0 || !strings.HasPrefix(out, st.want) {
			t.Fatalf("%s: %v: exit %d, %q, want %q; stderr:\n%s", st.name, st.args, code, out, st.want, errOut)
		}
	}
	before := requests()
	if code, out, errOut := runCLI(t, "", "ingest", "--cache-dir", cache, "--urls", list, s.URL+"/feed.rss"); code != 0 || !strings.HasPrefix(out, "ingested 0 articles (4 unchanged)") {
		t.Errorf("again: exit %d, %q, %s", code, out, errOut)
	}
	if n := requests() - before; n != 0 {
		t.Errorf("the run over the cache sent %d requests", n)
	}
	code, out, errOut := runCLI(t, "", "query", "cypher", "--format", "csv",
		"MATCH (a:Article) RETURN count(a) AS n, count(DISTINCT a.id) AS ids, sum(CASE WHEN a.id = $gulf THEN 1 ELSE 0 END) AS gulf",
		"--param", "gulf=https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar")
	if code != 0 || !strings.Contains(out, "8,8,1") {
		t.Errorf("articles in the graph: exit %d, %q, %s; want 8 (4 pages, 2 CSV rows, 2 feed items), the gulf story once", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "query", "cypher", "--format", "csv", "MATCH (a:Article {id: $id}) RETURN a.title, a.date, a.source",
		"--param", "id=https://ledger.example.com/archive/1987/09/18/shultz-moscow/")
	if code != 0 || !strings.Contains(out, "Shultz to visit Moscow for arms talks,1987-09-18,The Evening Ledger") {
		t.Errorf("the summit page's metadata: %q", out)
	}
}

// TestExtract_WebRejects: bad web records are reported with the list's file
// and line and the URL, and the run goes on; the exit status is 2.
func TestExtract_WebRejects(t *testing.T) {
	dir := inTempDir(t)
	s, _ := newWebSite(t)
	list := filepath.Join(dir, "l.urls")
	os.WriteFile(list, []byte(s.URL+"/korea\n"+s.URL+"/report.pdf\n"+s.URL+"/private/x\nftp://x\n"), 0o644)
	code, out, errOut := runCLI(t, "", "extract", "--no-cache", list)
	if code != exitRejected {
		t.Errorf("exit %d, want %d", code, exitRejected)
	}
	for _, want := range []string{
		"diplograph: rejected: " + list + ":2: " + s.URL + "/report.pdf: not an HTML page: content type application/pdf",
		"diplograph: rejected: " + list + ":3: " + s.URL + "/private/x: disallowed by robots.txt",
		"diplograph: rejected: " + list + `:4: not an http(s) URL: "ftp://x"`,
		"diplograph: 3 input records rejected",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, `"id":"https://www.example.net/asia/kim-moon-border"`) || !strings.Contains(out, `"relation":"THREATENED"`) {
		t.Errorf("the good page was not extracted:\n%s", out)
	}
	for _, bad := range [][]string{{"--format", "pdf"}, {"--map", "body"}, {"--since", "2017-13"}} {
		code, _, errOut := runCLI(t, "", append([]string{"extract"}, append(bad, list)...)...)
		if code != exitError || !strings.Contains(errOut, "Try:") {
			t.Errorf("extract %v: exit %d, %q; want a usage error", bad, code, errOut)
		}
	}
}
