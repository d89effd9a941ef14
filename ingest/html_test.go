package ingest

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/golden files")

// webDir is the folder of the fixture pages, feeds, lists and archives.
const webDir = "../examples/web"

// boilerplate are sentences the fixture pages hold outside the story, in
// menus, cookie banners, related links, comments, newsletters and footers;
// most name countries, so a leak would make triples.
var boilerplate = []string{
	"cookies", "Germany threatened Qatar", "China warns Japan", "France condemns Syria", "Trump visits Riyadh",
	"Germany will never trust", "India should sanction", "All rights reserved", "Brazil praised Argentina",
	"Libya attacked Chad", "Most read", "Share on", "Sign up", "Vietnam should recognize", "Canada must expel",
	"Cuba condemned Chile", "Sign in", "Tags:", "Advertisement", "Contact us", "Cookie settings", "By Staff",
	"Read more", "Israel struck Lebanon", "Morocco to Algeria", "Spain should boycott", "Norway ought",
	"Greece and Turkey", "Peru recalls", "Topics:", "Tweet", "4 min read", "Home", "Front page",
}

// mainText are sentences of each page's story, first and last paragraph.
var mainText = map[string][]string{
	"gulf-2017.html":      {"Saudi Arabia and the United Arab Emirates cut ties with Qatar on Monday", "Kuwait offered to mediate", "The crisis is the worst among the Gulf Arab states"},
	"summit-1987.html":    {"U.S. Secretary of State George Shultz will visit Moscow", "Reagan spoke with Gorbachev", "A summit between the two leaders could follow"},
	"korea-2018.html":     {"North Korea's leader met South Korean President Moon Jae-in", "Japan demanded that North Korea", "The two leaders planted a pine tree"},
	"sanctions-2018.html": {"The United States imposed sanctions on Iran", "Germany criticized the decision", "Iran could impose", "Oil prices rose"},
}

func TestHTMLArticle_Golden(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(webDir, "*.html"))
	if len(pages) < 4 {
		t.Fatalf("%d fixture pages in %s", len(pages), webDir)
	}
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			art, err := HTMLArticle(b, "", "")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range mainText[name] {
				if !strings.Contains(art.Text, w) {
					t.Errorf("main text lacks %q:\n%s", w, art.Text)
				}
			}
			for _, w := range boilerplate {
				if strings.Contains(art.Text, w) || strings.Contains(art.Title, w) {
					t.Errorf("boilerplate %q reached the text:\n%s", w, art.Text)
				}
			}
			got, _ := json.MarshalIndent(art, "", "  ")
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".html")+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("HTMLArticle(%s) differs from %s:\n%s", name, golden, got)
			}
		})
	}
}

func TestHTMLArticle_Nesting(t *testing.T) {
	page := func(n int) []byte {
		return []byte("<html><body>" + strings.Repeat("<div>", n) + "<p>Russia met China on Friday in Beijing.</p>" + strings.Repeat("</div>", n) + "</body></html>")
	}
	began := time.Now()
	if _, err := HTMLArticle(page(50000), "", ""); !errors.Is(err, ErrTooDeep) {
		t.Errorf("50,000 nested divs: %v, want %v", err, ErrTooDeep)
	}
	if d := time.Since(began); d > 2*time.Second {
		t.Errorf("50,000 nested divs took %s", d)
	}
	if a, err := HTMLArticle(page(100), "", ""); err != nil || !strings.Contains(a.Text, "Russia met China") {
		t.Errorf("100 nested divs: %v, %+v", err, a)
	}
}
