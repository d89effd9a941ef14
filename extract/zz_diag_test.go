package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/schema"
)

// Temporary diagnostic, not committed.
func TestZZDiag(t *testing.T) {
	gold, corpus := os.Getenv("ZZ_GOLD"), os.Getenv("ZZ_CORPUS")
	if gold == "" {
		t.Skip()
	}
	type gt struct {
		S any    `json:"s"`
		R string `json:"r"`
		O any    `json:"o"`
	}
	type gcase struct {
		ID, Article, Sentence string
		Start, End            int
		Triples               []gt
	}
	var cases []gcase
	f, _ := os.Open(gold)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c gcase
		json.Unmarshal(sc.Bytes(), &c)
		if len(c.Triples) > 0 {
			cases = append(cases, c)
		}
	}
	arts := map[string]*Article{}
	(&Reader{}).Read(context.Background(), []string{corpus}, func(a *Article) error { arts[a.ID] = a; return nil })
	x := New(testGazetteer(t))
	lex, _ := schema.LoadLexicon()
	idsOf := func(v any) []string {
		switch v := v.(type) {
		case string:
			return []string{v}
		case []any:
			var o []string
			for _, e := range v {
				o = append(o, e.(string))
			}
			return o
		}
		return nil
	}
	has := func(ms []Mention, ids []string) bool {
		for _, m := range ms {
			for _, a := range m.Actors {
				for _, id := range ids {
					n := strings.ToUpper(id)
					if strings.ToUpper(a.ID) == n || strings.ToUpper(a.Name) == n || strings.HasSuffix(strings.ToUpper(a.Name), " "+lastWord(n)) {
						return true
					}
				}
			}
		}
		return false
	}
	for _, c := range cases {
		a := arts[c.Article]
		if a == nil {
			continue
		}
		st := newState(a.Date)
		for _, s := range sentences(a) {
			base := s.Start
			if base < 0 {
				base = 0
			}
			toks := tokenize(s.Text, base)
			ms := x.mentions(Sentence{Text: s.Text, Start: base}, toks, st)
			if s.Start < 0 || s.End <= c.Start || s.Start >= c.End {
				continue
			}
			trigs := map[schema.Relation][]string{}
			x.tag(toks)
			for _, tk := range toks {
				for _, pos := range []schema.POS{schema.Verb, schema.Noun} {
					l := lemma.Of(tk.key, tk.tag)
					for _, e := range lex.Lookup(l, pos) {
						trigs[e.Relation] = append(trigs[e.Relation], l)
					}
				}
			}
			for _, g := range c.Triples {
				sOK, oOK := has(ms, idsOf(g.S)), has(ms, idsOf(g.O))
				fmt.Printf("DIAG %s %s s=%v o=%v trig=%v %v|%s|%v|%v\n", c.ID, g.R, sOK, oOK, len(trigs[schema.Relation(g.R)]) > 0, g.S, g.R, g.O, trigs[schema.Relation(g.R)])
			}
		}
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

