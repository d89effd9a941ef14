package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestInputs_CSV(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	t.Run("Mapped", func(t *testing.T) {
		m, err := ParseMapping("title=headline,text=body,date=published_at,url=link,source=outlet")
		if err != nil {
			t.Fatal(err)
		}
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{filepath.Join(webDir, "stories.csv")}, Map: m})
		want := []string{"https://wire.example.com/2017/04/12/veto", "https://wire.example.com/2015/11/24/jet"}
		if !slices.Equal(ids(arts), want) || len(rejs) != 0 {
			t.Fatalf("articles %q, rejected %v; want %q", ids(arts), rejs, want)
		}
		a := arts[0]
		if a.Title != "Russia vetoes Security Council draft on chemical attack" || a.Date != "2017-04-12" || a.Source != "Example Wire" ||
			!strings.Contains(a.Text, "\n\nThe United States and France") || a.Line != 2 || arts[1].Line != 5 {
			t.Errorf("first row = %+v", a)
		}
	})
	t.Run("BadRows", func(t *testing.T) {
		p := write("bad.tsv", "id\ttext\tdate\n"+
			"a\tRussia met China.\t2017-06-05\n"+
			"b\t\t2017-06-05\n"+
			"c\tChina criticized Japan.\tyesterday\n"+
			"d\tIran \"threatened\" Israel.\t\n")
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{p}})
		var got []string
		for _, e := range rejs {
			got = append(got, e.Error())
		}
		want := []string{p + ":3: article has no text", p + `:4: invalid date "yesterday": want YYYY-MM-DD or an RFC 3339 date-time (2017-06-05T14:30:00Z)`}
		if !slices.Equal(ids(arts), []string{"a", "d"}) || !slices.Equal(got, want) {
			t.Errorf("articles %q, rejected %q; want a, d and %q", ids(arts), got, want)
		}
		if len(arts) == 2 && arts[1].Text != `Iran "threatened" Israel.` {
			t.Errorf("TSV quotes: %q", arts[1].Text)
		}
	})
	t.Run("NoTextColumn", func(t *testing.T) {
		p := write("x.csv", "a,b\n1,2\n")
		_, rejs := collect(t, t.Context(), &Inputs{Args: []string{p}})
		if len(rejs) != 1 || !errors.Is(rejs[0], ErrMapping) {
			t.Errorf("rejected %v, want one %v", rejs, ErrMapping)
		}
	})
	t.Run("UnknownColumn", func(t *testing.T) {
		p := write("y.csv", "body\nRussia met China.\n")
		_, rejs := collect(t, t.Context(), &Inputs{Args: []string{p}, Map: Mapping{"text": "content"}})
		if len(rejs) != 1 || !strings.Contains(rejs[0].Error(), `no column "content" for text (the header has body)`) {
			t.Errorf("rejected %v", rejs)
		}
	})
	t.Run("URLColumn", func(t *testing.T) {
		// GDELT-like: no header, the URL in a numbered column, pages fetched.
		s := newSite(t)
		p := write("events.tsv", "1\t20170605\t"+s.URL+"/gulf\n2\t20180427\tnot-a-url\n")
		arts, rejs := collect(t, t.Context(), &Inputs{Args: []string{p}, Map: Mapping{"url": "3"}, Fetcher: testFetcher()})
		if !slices.Equal(ids(arts), []string{"https://news.example.org/world/2017/06/05/saudi-arabia-cuts-ties-with-qatar"}) ||
			len(rejs) != 1 || rejs[0].Line != 2 {
			t.Errorf("articles %q, rejected %v", ids(arts), rejs)
		}
	})
	t.Run("ParseMapping", func(t *testing.T) {
		for _, bad := range []string{"text", "body=text", "text="} {
			if _, err := ParseMapping(bad); !errors.Is(err, ErrMapping) {
				t.Errorf("ParseMapping(%q) = %v, want %v", bad, err, ErrMapping)
			}
		}
	})
}
