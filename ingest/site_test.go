package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
)

// site is a test web server of the fixture pages and of every misbehaviour
// the fetcher must survive. It counts the requests to each path.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	agents   []string
	inFlight atomic.Int32
	maxIn    atomic.Int32
}

// pages are the fixture pages the site serves, by path.
var pages = map[string]string{
	"/gulf":      "gulf-2017.html",
	"/summit":    "summit-1987.html",
	"/korea":     "korea-2018.html",
	"/sanctions": "sanctions-2018.html",
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{hits: map[string]int{}}
	mux := http.NewServeMux()
	page := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(webDir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for path, name := range pages {
		body := page(name)
		etag := fmt.Sprintf(`"%x"`, len(body))
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			n := s.inFlight.Add(1)
			defer s.inFlight.Add(-1)
			for m := s.maxIn.Load(); n > m && !s.maxIn.CompareAndSwap(m, n); m = s.maxIn.Load() {
			}
			time.Sleep(20 * time.Millisecond) // long enough for requests to overlap
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		})
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) { w.Write(page("gulf-2017.html")) })
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		if s.count("/busy") == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page("korea-2018.html"))
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if s.count("/flaky") == 1 {
			http.Error(w, "try again", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page("summit-1987.html"))
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop2", http.StatusFound) })
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/gulf", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>"))
		w.Write(bytes.Repeat([]byte("Russia criticized NATO. "), 100000)) // 2.4 MB, no Content-Length
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4 not a page"))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, testFeed(s.URL))
	})
	mux.HandleFunc("/bad.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>x</title></channel>`)
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agents = append(s.agents, r.UserAgent())
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// count is the number of requests to path so far.
func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// total is the number of requests so far.
func (s *site) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.hits {
		n += h
	}
	return n
}

// testFeed is an RSS feed of the site: two items whose pages are fetched
// (one link with tracking parameters), one older item, one with full text.
func testFeed(base string) string {
	long := strings.Repeat("Russia and China held talks on trade in Beijing. ", 20)
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test Wire</title><link>` + base + `/</link>
<item><title>Gulf</title><link>` + base + `/gulf?utm_source=rss#top</link><pubDate>Mon, 05 Jun 2017 09:00:00 +0300</pubDate><description>Summary only.</description></item>
<item><title>Korea</title><link>/korea</link><pubDate>Fri, 27 Apr 2018 10:00:00 +0900</pubDate></item>
<item><title>Old news</title><link>` + base + `/summit</link><pubDate>Fri, 18 Sep 1987 16:00:00 GMT</pubDate></item>
<item><title>Talks in Beijing</title><link>https://wire.example.com/talks</link><pubDate>Sat, 02 Jun 2018 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>` + long + `</p>]]></content:encoded></item>
</channel></rss>`
}

// testFetcher is a fetcher with short waits, for the site.
func testFetcher() *Fetcher {
	f := NewFetcher(UserAgent("v0.0.1-test"))
	f.RetryWait = 10 * time.Millisecond
	f.Timeout = 2 * time.Second
	return f
}

// collect reads src and returns its articles and rejections.
func collect(t *testing.T, ctx context.Context, src Source) ([]*extract.Article, []*extract.RecordError) {
	t.Helper()
	var arts []*extract.Article
	var rejs []*extract.RecordError
	err := src.Read(ctx, func(a *extract.Article) error { arts = append(arts, a); return nil },
		func(e *extract.RecordError) { rejs = append(rejs, e) })
	if err != nil {
		t.Fatal(err)
	}
	return arts, rejs
}

func ids(arts []*extract.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

// warcPage is one response record of a test archive.
type warcPage struct {
	uri, contentType string
	status           int
	body             []byte
}

// writeWARC writes recs as a WARC file, one gzip member a record (as
// .warc.gz files are), each response after a warcinfo record and with the
// request that fetched it, as crawlers write them.
func writeWARC(w io.Writer, date time.Time, recs []warcPage) error {
	n := 0
	record := func(typ, uri, ct string, block []byte) error {
		n++
		var hdr strings.Builder
		fmt.Fprintf(&hdr, "WARC/1.1\r\nWARC-Type: %s\r\n", typ)
		if uri != "" {
			fmt.Fprintf(&hdr, "WARC-Target-URI: %s\r\n", uri)
		}
		fmt.Fprintf(&hdr, "WARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", date.UTC().Format(time.RFC3339), n)
		fmt.Fprintf(&hdr, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", ct, len(block))
		zw := gzip.NewWriter(w)
		zw.Write([]byte(hdr.String()))
		zw.Write(block)
		zw.Write([]byte("\r\n\r\n"))
		return zw.Close()
	}
	if err := record("warcinfo", "", "application/warc-fields", []byte("software: diplograph tests\r\nformat: WARC File Format 1.1\r\n")); err != nil {
		return err
	}
	for _, p := range recs {
		req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: example\r\nUser-Agent: %s\r\n\r\n", p.uri, UserAgent("test"))
		if err := record("request", p.uri, "application/http;msgtype=request", []byte(req)); err != nil {
			return err
		}
		resp := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", p.status, http.StatusText(p.status), p.contentType, len(p.body))
		if err := record("response", p.uri, "application/http;msgtype=response", append([]byte(resp), p.body...)); err != nil {
			return err
		}
	}
	return nil
}

// fixtureWARC is the archive of the fixture pages, repeated reps times
// under distinct URIs, with an image and a 404 among them.
func fixtureWARC(t testing.TB, reps int) []byte {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(webDir, "*.html"))
	var recs []warcPage
	for r := range reps {
		for _, name := range names {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if reps > 1 {
				// Distinct stories: no canonical link, the URI is the id.
				b = bytes.ReplaceAll(b, []byte(`rel="canonical"`), []byte(`rel="alternate"`))
				b = bytes.ReplaceAll(b, []byte(`property="og:url"`), []byte(`property="og:x"`))
			}
			recs = append(recs, warcPage{uri: fmt.Sprintf("https://archive.example.org/%d/%s", r, filepath.Base(name)), contentType: "text/html; charset=utf-8", status: 200, body: b})
		}
		recs = append(recs,
			warcPage{uri: fmt.Sprintf("https://archive.example.org/%d/logo.png", r), contentType: "image/png", status: 200, body: []byte("\x89PNG\r\n\x1a\n")},
			warcPage{uri: fmt.Sprintf("https://archive.example.org/%d/missing", r), contentType: "text/html", status: 404, body: []byte("<html>Not found</html>")})
	}
	var buf bytes.Buffer
	if err := writeWARC(&buf, testDate, recs); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testDate is the WARC-Date of the test archives.
var testDate = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
