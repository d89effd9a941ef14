package extract

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
)

// Temporary diagnostic: corpus sentences with two actors and a trigger word
// that yield no triple of the trigger's relation.
func TestZZMiss(t *testing.T) {
	words := strings.Split(os.Getenv("ZZ_WORDS"), ",")
	if os.Getenv("ZZ_WORDS") == "" {
		t.Skip()
	}
	x := New(testGazetteer(t))
	var arts []*Article
	(&Reader{}).Read(context.Background(), []string{"../../shared/corpus/large.jsonl"}, func(a *Article) error { arts = append(arts, a); return nil })
	rng := rand.New(rand.NewSource(7))
	rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	n := 0
	for _, a := range arts[:3000] {
		ts, _ := x.Extract(context.Background(), a)
		got := map[int]bool{}
		for _, tr := range ts {
			if tr.Relation != "REPRESENTS" {
				got[tr.Sentence.Index] = true
			}
		}
		st := newState(a.Date)
		for idx, s := range sentences(a) {
			toks := tokenize(s.Text, max(s.Start, 0))
			ms := x.mentions(Sentence{Text: s.Text, Start: max(s.Start, 0)}, toks, st)
			if got[idx] || len(ms) < 2 {
				continue
			}
			hit := false
			for _, tk := range toks {
				for _, w := range words {
					if tk.key == w {
						hit = true
					}
				}
			}
			if hit && n < 25 {
				n++
				var ids []string
				for _, m := range ms {
					ids = append(ids, m.Actors[0].ID)
				}
				fmt.Printf("MISS %v | %s\n", ids, s.Text)
			}
		}
	}
}
