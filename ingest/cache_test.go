package ingest

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExampleCache keeps examples/web/cache, the cache the README's
// offline URL-list example reads, in step with the pages of
// examples/web/stories.urls; -update rewrites it.
func TestExampleCache(t *testing.T) {
	files := map[string]string{
		"https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar": "gulf-2017.html",
		"https://ledger.example.com/archive/1987/09/18/shultz-moscow/":                "summit-1987.html",
	}
	c := &Cache{Dir: filepath.Join(webDir, "cache")}
	if *update {
		os.RemoveAll(c.Dir)
	}
	f, err := os.Open(filepath.Join(webDir, "stories.urls"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	for sc := bufio.NewScanner(f); sc.Scan(); {
		u := strings.TrimSpace(sc.Text())
		if u == "" || strings.HasPrefix(u, "#") {
			continue
		}
		n++
		body, err := os.ReadFile(filepath.Join(webDir, files[u]))
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		if *update {
			c.put(u, &cacheEntry{URL: u, ContentType: "text/html", Charset: "utf-8", Fetched: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), body: body})
		}
		e := c.get(u)
		if e == nil || string(e.body) != string(body) {
			t.Errorf("the cache's copy of %s is not %s (go test ./ingest -run TestExampleCache -update)", u, files[u])
		}
	}
	if n != len(files) {
		t.Errorf("%d URLs in stories.urls, %d pages known", n, len(files))
	}
	f2 := testFetcher()
	f2.Cache, f2.Offline = c, true
	arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{filepath.Join(webDir, "stories.urls")}, Fetcher: f2})
	if len(arts) != 2 || len(rejs) != 0 || f2.Requests() != 0 {
		t.Errorf("offline read of stories.urls: %q, %v, %d requests", ids(arts), rejs, f2.Requests())
	}
}
