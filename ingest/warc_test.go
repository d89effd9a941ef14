package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract"
)

func TestInputs_WARC(t *testing.T) {
	t.Run("Fixture", func(t *testing.T) {
		// examples/web/news.warc.gz is fixtureWARC(1); -update rewrites it.
		path := filepath.Join(webDir, "news.warc.gz")
		if *update {
			if err := os.WriteFile(path, fixtureWARC(t, 1), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{path}})
		want := []string{"https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar", "https://www.example.net/asia/kim-moon-border",
			"https://dispatch.example.org/2018/11/05/us-sanctions-iran", "https://ledger.example.com/archive/1987/09/18/shultz-moscow/"}
		if !slices.Equal(ids(arts), want) || len(rejs) != 0 {
			t.Fatalf("articles %q, rejected %v; want %q", ids(arts), rejs, want)
		}
		// The archive's page reads as the page file does.
		b, _ := os.ReadFile(filepath.Join(webDir, "gulf-2017.html"))
		page, _ := HTMLArticle(b, "", "")
		if arts[0].Text != page.Text || arts[0].Title != page.Title || arts[0].Date != page.Date || arts[0].File != path {
			t.Errorf("WARC article = %+v, want the page's %+v", arts[0], page)
		}
	})
	t.Run("Streamed", func(t *testing.T) {
		w := fixtureWARC(t, 3)
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{"-"}, Format: "warc", Stdin: bytes.NewReader(w)})
		if len(arts) != 12 || len(rejs) != 0 || arts[4].ID != "https://archive.example.org/1/gulf-2017.html" {
			t.Errorf("%d articles (%q), rejected %v", len(arts), ids(arts), rejs)
		}
	})
	t.Run("Truncated", func(t *testing.T) {
		w := fixtureWARC(t, 1)
		p := filepath.Join(t.TempDir(), "cut.warc.gz")
		os.WriteFile(p, w[:len(w)*2/3], 0o644)
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{p}})
		if len(arts) == 0 || len(arts) >= 4 || len(rejs) != 1 || !strings.Contains(rejs[0].Error(), p+": record ") {
			t.Errorf("%d articles, rejected %v; want the records before the cut and one error", len(arts), rejs)
		}
	})
	t.Run("NoArticle", func(t *testing.T) {
		var buf bytes.Buffer
		writeWARC(&buf, testDate, []warcPage{{uri: "https://example.org/empty", contentType: "text/html", status: 200, body: []byte("<html><body></body></html>")}})
		_, rejs := collect(t, t.Context(), &Inputs{Args: []string{"-"}, Format: "warc", Stdin: &buf})
		if len(rejs) != 1 || !strings.Contains(rejs[0].Error(), "stdin: record 3 at byte") || !strings.Contains(rejs[0].Error(), "(https://example.org/empty): "+ErrNoArticle.Error()) {
			t.Errorf("rejected %v", rejs)
		}
	})
}

// BenchmarkWARC reads and extracts an archive of the fixture pages: the
// throughput of the WARC source and the HTML extraction, without Neo4j.
func BenchmarkWARC(b *testing.B) {
	reps, _ := strconv.Atoi(os.Getenv("DIPLOGRAPH_WARC_REPS"))
	w := fixtureWARC(b, max(reps, 50))
	b.SetBytes(int64(len(w)))
	for b.Loop() {
		n := 0
		err := (&Inputs{Args: []string{"-"}, Format: "warc", Stdin: bytes.NewReader(w)}).Read(b.Context(),
			func(*extract.Article) error { n++; return nil }, func(e *extract.RecordError) { b.Fatal(e) })
		if err != nil || n == 0 {
			b.Fatal(err, n)
		}
	}
}

// TestWriteBenchWARC writes the archive make bench ingests, when
// DIPLOGRAPH_WARC_OUT names a file: the fixture pages repeated
// DIPLOGRAPH_WARC_REPS times under distinct URLs.
func TestWriteBenchWARC(t *testing.T) {
	out := os.Getenv("DIPLOGRAPH_WARC_OUT")
	if out == "" {
		t.Skip("DIPLOGRAPH_WARC_OUT is not set (scripts/bench sets it)")
	}
	reps, _ := strconv.Atoi(os.Getenv("DIPLOGRAPH_WARC_REPS"))
	if err := os.WriteFile(out, fixtureWARC(t, max(reps, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
