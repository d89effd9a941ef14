package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHTMLArticle: any bytes make an article or an error, never a panic;
// an article's text is UTF-8 without NUL and its id, when set, canonical.
func FuzzHTMLArticle(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join(webDir, "*.html"))
	for _, p := range pages {
		b, _ := os.ReadFile(p)
		f.Add(b, "https://example.org/a")
	}
	f.Add([]byte("<html><body><p>Russia met China.\x00</p></body></html>"), "")
	f.Add([]byte("<meta charset=latin1><p>Fran\xe7ois met Merkel in Paris.</p>"), "http://x/")
	f.Fuzz(func(t *testing.T, b []byte, pageURL string) {
		a, err := HTMLArticle(b, pageURL, "")
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) || strings.IndexByte(a.Text, 0) >= 0 || strings.TrimSpace(a.Text) == "" {
			t.Errorf("text %q", a.Text)
		}
		if a.ID != "" && Canonical(a.ID) != a.ID {
			t.Errorf("id %q is not canonical (%q)", a.ID, Canonical(a.ID))
		}
	})
}
