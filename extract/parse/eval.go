package parse

import (
	"fmt"
	"strings"
)

// Scores are attachment and tagging accuracies in percent, computed as the
// CoNLL 2018 scorer does on gold tokenization: over all words, punctuation
// included, unless the field says otherwise.
type Scores struct {
	Sentences, Words int
	UAS, LAS         float64 // head; head and full relation ("nmod:poss")
	UASNoPunct       float64 // over words whose gold UPOS is not PUNCT
	LASNoPunct       float64
	LASUniversal     float64 // head and the universal part of the relation ("nmod")
	XPOS, UPOS       float64 // tagging accuracy
	RootErrors       int     // sentences whose root word is wrong
}

// String returns "UAS=xx.xx LAS=xx.xx", the line evaluation commands print
// last.
func (s Scores) String() string { return fmt.Sprintf("UAS=%.2f LAS=%.2f", s.UAS, s.LAS) }

// Evaluate parses the words of each gold sentence with m (predicted tags)
// and scores the result against the gold annotation.
func Evaluate(m *Model, gold []Sentence) Scores {
	var sc Scores
	var uas, las, uasNP, lasNP, lasU, xpos, upos, np int
	p := m.NewParser()
	var words, px, pu, pr []string
	var ph []int
	for si := range gold {
		g := gold[si].Tokens
		n := len(g)
		if n == 0 {
			continue
		}
		words = words[:0]
		for i := range g {
			words = append(words, g[i].Form)
		}
		px = resize(px, n)
		pu = resize(pu, n)
		pr = resize(pr, n)
		if cap(ph) < n {
			ph = make([]int, n)
		}
		ph = ph[:n]
		if err := p.ParseInto(words, px, pu, ph, pr); err != nil {
			continue
		}
		sc.Sentences++
		for i := range g {
			sc.Words++
			punct := g[i].UPOS == "PUNCT"
			if !punct {
				np++
			}
			if px[i] == g[i].XPOS {
				xpos++
			}
			if pu[i] == g[i].UPOS {
				upos++
			}
			if g[i].Head == 0 && ph[i] != 0 {
				sc.RootErrors++
			}
			if ph[i] != g[i].Head {
				continue
			}
			uas++
			if !punct {
				uasNP++
			}
			if universal(pr[i]) == universal(g[i].Deprel) {
				lasU++
			}
			if pr[i] == g[i].Deprel {
				las++
				if !punct {
					lasNP++
				}
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	sc.UAS, sc.LAS = pct(uas, sc.Words), pct(las, sc.Words)
	sc.UASNoPunct, sc.LASNoPunct = pct(uasNP, np), pct(lasNP, np)
	sc.LASUniversal = pct(lasU, sc.Words)
	sc.XPOS, sc.UPOS = pct(xpos, sc.Words), pct(upos, sc.Words)
	return sc
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func resize(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}
