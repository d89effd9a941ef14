package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/extract"
)

func TestFetcher(t *testing.T) {
	s := newSite(t)
	t.Run("OK", func(t *testing.T) {
		p, err := testFetcher().Get(t.Context(), s.URL+"/moved")
		if err != nil {
			t.Fatal(err)
		}
		if p.URL != s.URL+"/gulf" || p.ContentType != "text/html" || p.Charset != "utf-8" {
			t.Errorf("Get(/moved) = %q %q %q, want the redirect's target, text/html, utf-8", p.URL, p.ContentType, p.Charset)
		}
		s.mu.Lock()
		agent := s.agents[len(s.agents)-1]
		s.mu.Unlock()
		if agent != "diplograph/0.0.1-test (+https://github.com/diplograph/diplograph)" {
			t.Errorf("User-Agent %q does not name diplograph and its version", agent)
		}
	})
	t.Run("RetryAfter", func(t *testing.T) {
		began := time.Now()
		p, err := testFetcher().Get(t.Context(), s.URL+"/busy")
		if err != nil {
			t.Fatal(err)
		}
		if waited := time.Since(began); waited < time.Second {
			t.Errorf("retried after %s; the 429 said Retry-After: 1", waited)
		}
		if n := s.count("/busy"); n != 2 || len(p.Body) == 0 {
			t.Errorf("%d requests to /busy, want 2 (429, then the page)", n)
		}
	})
	t.Run("ServerErrorThenOK", func(t *testing.T) {
		p, err := testFetcher().Get(t.Context(), s.URL+"/flaky")
		if err != nil || !strings.Contains(string(p.Body), "Shultz") {
			t.Fatalf("Get(/flaky) = %v, want the page after one 500", err)
		}
		if n := s.count("/flaky"); n != 2 {
			t.Errorf("%d requests to /flaky, want 2", n)
		}
	})
	t.Run("ServerErrorStays", func(t *testing.T) {
		f := testFetcher()
		f.Retries = 2
		_, err := f.Get(t.Context(), s.URL+"/down")
		var se *StatusError
		if !errors.As(err, &se) || se.Code != 503 || se.Tries != 3 || s.count("/down") != 3 {
			t.Errorf("Get(/down) = %v after %d requests, want HTTP 503 after 3 tries", err, s.count("/down"))
		}
	})
	t.Run("RetryAfterTooLong", func(t *testing.T) {
		f := testFetcher()
		f.MaxRetryWait = 100 * time.Millisecond
		srv := newRetryAfterServer(t, "3600")
		_, err := f.Get(t.Context(), srv+"/")
		if err == nil || !strings.Contains(err.Error(), "asks to wait 1h0m0s") {
			t.Errorf("Get = %v, want a refusal to wait an hour", err)
		}
	})
	t.Run("NotFound", func(t *testing.T) {
		_, err := testFetcher().Get(t.Context(), s.URL+"/gone")
		var se *StatusError
		if !errors.As(err, &se) || se.Code != 404 || s.count("/gone") != 1 {
			t.Errorf("Get(/gone) = %v, want HTTP 404 without retries", err)
		}
	})
	t.Run("RedirectLoop", func(t *testing.T) {
		_, err := testFetcher().Get(t.Context(), s.URL+"/loop")
		if !errors.Is(err, ErrTooManyRedirects) {
			t.Errorf("Get(/loop) = %v, want %v", err, ErrTooManyRedirects)
		}
		if n := s.count("/loop") + s.count("/loop2"); n > DefaultMaxRedirects+2 {
			t.Errorf("%d requests in the loop, want at most %d", n, DefaultMaxRedirects+2)
		}
	})
	t.Run("Timeout", func(t *testing.T) {
		f := testFetcher()
		f.Timeout, f.Retries = 200*time.Millisecond, 1
		began := time.Now()
		_, err := f.Get(t.Context(), s.URL+"/slow")
		if err == nil || !strings.Contains(err.Error(), "Timeout") {
			t.Errorf("Get(/slow) = %v, want a timeout", err)
		}
		if d := time.Since(began); d > 2*time.Second {
			t.Errorf("gave up after %s; two tries of 200ms", d)
		}
	})
	t.Run("TooLarge", func(t *testing.T) {
		f := testFetcher()
		f.MaxBytes = 1 << 20
		_, err := f.Get(t.Context(), s.URL+"/big")
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("Get(/big) = %v, want %v", err, ErrTooLarge)
		}
	})
	t.Run("Robots", func(t *testing.T) {
		_, err := testFetcher().Get(t.Context(), s.URL+"/private/page")
		if !errors.Is(err, ErrRobots) || s.count("/private/page") != 0 {
			t.Errorf("Get(/private/page) = %v after %d requests, want %v and none", err, s.count("/private/page"), ErrRobots)
		}
	})
	t.Run("RobotsServerError", func(t *testing.T) {
		// RFC 9309: a robots.txt the server fails to give forbids all.
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.Error(w, "oops", http.StatusInternalServerError)
				return
			}
			w.Write([]byte("<p>Russia met China.</p>"))
		}))
		defer srv.Close()
		f := testFetcher()
		f.Retries = 1
		if _, err := f.Get(t.Context(), srv.URL+"/page"); !errors.Is(err, ErrRobots) {
			t.Errorf("Get = %v, want %v", err, ErrRobots)
		}
	})
	t.Run("PerHost", func(t *testing.T) {
		f := testFetcher()
		s.maxIn.Store(0)
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				if _, err := f.Get(t.Context(), s.URL+"/sanctions"); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
		if m := s.maxIn.Load(); m > DefaultPerHost || m < 1 {
			t.Errorf("%d requests at once to the host, want at most %d", m, DefaultPerHost)
		}
	})
}

// newRetryAfterServer answers 503 with Retry-After: after, always.
func newRetryAfterServer(t *testing.T, after string) string {
	t.Helper()
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Retry-After", after)
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	t.Cleanup(s.Close)
	return s.URL
}

func TestInputs_URLList(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "stories.urls")
	lines := []string{"# the good, the bad and the slow", s.URL + "/gulf", "", s.URL + "/report.pdf", "not a url",
		s.URL + "/private/x", s.URL + "/gone", s.URL + "/korea?utm_source=x", s.URL + "/bad.rss"}
	if err := os.WriteFile(list, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{list}, Fetcher: testFetcher()})
	want := []string{"https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar", "https://www.example.net/asia/kim-moon-border"}
	if !slices.Equal(ids(arts), want) {
		t.Errorf("articles %q, want %q", ids(arts), want)
	}
	if len(arts) > 0 && arts[0].File != s.URL+"/gulf" {
		t.Errorf("article read from %q, want its URL", arts[0].File)
	}
	var got []string
	for _, e := range rejs {
		got = append(got, e.Error())
	}
	wantRej := []string{
		list + ":4: " + s.URL + "/report.pdf: not an HTML page: content type application/pdf",
		list + ":5: not an http(s) URL: \"not a url\"",
		list + ":6: " + s.URL + "/private/x: disallowed by robots.txt",
		list + ":7: " + s.URL + "/gone: HTTP 404 Not Found",
		list + ":9: " + s.URL + "/bad.rss: not an HTML page: content type application/rss+xml",
	}
	if !slices.Equal(got, wantRej) {
		t.Errorf("rejected:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantRej, "\n"))
	}
}

func TestInputs_Feed(t *testing.T) {
	s := newSite(t)
	t.Run("OK", func(t *testing.T) {
		since, _ := time.Parse(time.DateOnly, "2000-01-01")
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{s.URL + "/feed.rss"}, Fetcher: testFetcher(), Since: since})
		want := []string{"https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar", "https://www.example.net/asia/kim-moon-border", "https://wire.example.com/talks"}
		if !slices.Equal(ids(arts), want) || len(rejs) > 0 {
			t.Fatalf("articles %q, rejected %v; want %q", ids(arts), rejs, want)
		}
		if s.count("/summit") != 0 {
			t.Error("the 1987 item was fetched despite Since 2000")
		}
		if a := arts[2]; a.Title != "Talks in Beijing" || a.Date != "2018-06-02" || a.Source != "Test Wire" || !strings.HasPrefix(a.Text, "Russia and China held talks") {
			t.Errorf("full-text item = %+v", a)
		}
		if a := arts[0]; a.Date != "2017-06-05" || a.Source != "Gulf Herald" || !strings.Contains(a.Text, "Kuwait offered") {
			t.Errorf("fetched item = %+v", a)
		}
	})
	t.Run("InvalidXML", func(t *testing.T) {
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{s.URL + "/bad.rss"}, Fetcher: testFetcher()})
		if len(arts) != 0 || len(rejs) != 1 || !strings.Contains(rejs[0].Error(), s.URL+"/bad.rss: invalid feed") {
			t.Errorf("articles %q, rejected %v; want one invalid feed", ids(arts), rejs)
		}
	})
	t.Run("AtomAndJSON", func(t *testing.T) {
		dir := t.TempDir()
		long := strings.Repeat("Japan and South Korea agreed to share military intelligence. ", 20)
		atomFeed := `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>Intelligence pact</title><link href="https://atom.example.org/pact"/><id>tag:atom.example.org,2016:pact</id>
<published>2016-11-23T09:00:00+09:00</published><content type="html">&lt;p&gt;` + long + `&lt;/p&gt;</content></entry></feed>`
		jsonFeed := `{"version":"https://jsonfeed.org/version/1.1","title":"JSON Wire","items":[{"id":"1","url":"https://json.example.org/pact",
"title":"Intelligence pact","date_published":"2016-11-23T09:00:00+09:00","content_text":"` + long + `"}]}`
		os.WriteFile(filepath.Join(dir, "a.atom"), []byte(atomFeed), 0o644)
		os.WriteFile(filepath.Join(dir, "j.json"), []byte(jsonFeed), 0o644)
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{filepath.Join(dir, "a.atom"), filepath.Join(dir, "j.json")}, Format: "feed"})
		if !slices.Equal(ids(arts), []string{"https://atom.example.org/pact", "https://json.example.org/pact"}) || len(rejs) != 0 {
			t.Fatalf("articles %q, rejected %v", ids(arts), rejs)
		}
		for _, a := range arts {
			if a.Date != "2016-11-23" || a.Title != "Intelligence pact" || !strings.HasPrefix(a.Text, "Japan and South Korea agreed") {
				t.Errorf("%s: %+v", a.ID, a)
			}
		}
	})
	t.Run("File", func(t *testing.T) {
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{filepath.Join(webDir, "world.rss")}})
		if len(arts) != 2 || len(rejs) != 0 || arts[0].ID != "https://dispatch.example.org/2019/01/22/aachen-treaty" || arts[1].Date != "2019-03-01" {
			t.Errorf("world.rss: %q, %v", ids(arts), rejs)
		}
	})
}

func TestCache_SecondRunFetchesNothing(t *testing.T) {
	s := newSite(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "l.urls")
	os.WriteFile(list, []byte(s.URL+"/gulf\n"+s.URL+"/korea\n"+s.URL+"/feed.rss\n"), 0o644)
	run := func(maxAge time.Duration) ([]string, int64) {
		f := testFetcher()
		f.Cache = &Cache{Dir: filepath.Join(dir, "cache"), MaxAge: maxAge}
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{list, s.URL + "/feed.rss"}, Fetcher: f})
		if len(rejs) > 1 { // the list's feed URL is not a page
			t.Fatalf("rejected %v", rejs)
		}
		return ids(arts), f.Requests()
	}
	first, n1 := run(time.Hour)
	if n1 == 0 || len(first) != 6 {
		t.Fatalf("first run: %d requests, articles %q", n1, first)
	}
	before := s.total()
	second, n2 := run(time.Hour)
	if n2 != 0 || s.total() != before {
		t.Errorf("second run sent %d requests (server saw %d)", n2, s.total()-before)
	}
	if !slices.Equal(first, second) {
		t.Errorf("second run read %q, first %q", second, first)
	}
	// Stale entries are revalidated: the server answers 304, no body.
	third, n3 := run(time.Nanosecond)
	if !slices.Equal(first, third) || n3 == 0 {
		t.Errorf("revalidating run: %d requests, %q", n3, third)
	}
}

func TestSameStory_FeedAndList(t *testing.T) {
	s := newSite(t)
	list := filepath.Join(t.TempDir(), "l.txt") // a .txt of URLs is a list
	os.WriteFile(list, []byte(s.URL+"/gulf?utm_medium=email\n"+s.URL+"/sanctions\n"), 0o644)
	f := testFetcher()
	var got []string
	var rejected []error
	st, err := Articles(t.Context(), Config{Reject: func(e error) { rejected = append(rejected, e) }}, func(a *extract.Article) error {
		got = append(got, a.ID)
		return nil
	}, &Inputs{Args: []string{s.URL + "/feed.rss"}, Fetcher: f}, &Inputs{Args: []string{list}, Fetcher: f})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar", "https://www.example.net/asia/kim-moon-border",
		"https://ledger.example.com/archive/1987/09/18/shultz-moscow/", "https://wire.example.com/talks", "https://dispatch.example.org/2018/11/05/us-sanctions-iran"}
	if !slices.Equal(got, want) || st.Duplicates != 1 || len(rejected) != 0 {
		t.Errorf("articles %q (%d duplicates, rejected %v), want %q and 1 duplicate", got, st.Duplicates, rejected, want)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://News.Example.org:443/a/b?utm_source=rss&b=2&a=1#top", "https://news.example.org/a/b?a=1&b=2"},
		{"http://example.org", "http://example.org/"},
		{"http://example.org:8080/x?fbclid=1", "http://example.org:8080/x"},
		{"ftp://example.org/x", ""},
		{"/relative", ""},
		{"http://://x/", ""}, // a port's colon and no host (found by FuzzHTMLArticle)
		{"http://:8080/x", ""},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q)=%q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFetcher_Offline(t *testing.T) {
	f := testFetcher()
	f.Offline = true
	f.Cache = &Cache{Dir: t.TempDir()}
	if _, err := f.Get(context.Background(), "https://example.org/"); !errors.Is(err, ErrOffline) {
		t.Errorf("Get offline = %v, want %v", err, ErrOffline)
	}
}

func TestFetcher_CrawlDelay(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.Write([]byte("User-agent: diplograph\nCrawl-delay: 0.3\n"))
			return
		}
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>Russia met China.</p></body></html>"))
	}))
	defer srv.Close()
	f := testFetcher()
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			if _, err := f.Get(t.Context(), srv.URL+"/"+string(rune('a'+i))); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	for i := 1; i < len(times); i++ {
		if gap := times[i].Sub(times[i-1]); gap < 250*time.Millisecond {
			t.Errorf("requests %d and %d %s apart; robots.txt asks for 0.3s", i, i+1, gap)
		}
	}
}
