package extract

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
)

// corpusArticles reads the shared corpus, or skips the benchmark.
func corpusArticles(b *testing.B) []*Article {
	b.Helper()
	path := os.Getenv("DIPLOGRAPH_CORPUS")
	if path == "" {
		path = "../../shared/corpus/articles.jsonl"
	}
	var arts []*Article
	r := &Reader{}
	if err := r.Read(context.Background(), []string{path}, func(a *Article) error {
		arts = append(arts, a)
		return nil
	}); err != nil || len(arts) == 0 {
		b.Skipf("no corpus at %s (set DIPLOGRAPH_CORPUS)", path)
	}
	return arts
}

func corpusBytes(arts []*Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text) + len(a.Title))
	}
	return n
}

// BenchmarkExtract runs the whole extractor over the corpus on one goroutine.
func BenchmarkExtract(b *testing.B) {
	arts := corpusArticles(b)
	x := New(testGazetteer(b))
	b.SetBytes(corpusBytes(arts))
	for b.Loop() {
		for _, a := range arts {
			if _, err := x.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSplit is sentence segmentation alone.
func BenchmarkSplit(b *testing.B) {
	arts := corpusArticles(b)
	b.SetBytes(corpusBytes(arts))
	for b.Loop() {
		for _, a := range arts {
			Split(a.Text)
		}
	}
}

// BenchmarkTokenize is tokenization alone.
func BenchmarkTokenize(b *testing.B) {
	arts := corpusArticles(b)
	b.SetBytes(corpusBytes(arts))
	for b.Loop() {
		for _, a := range arts {
			tokenize(a.Text, 0)
		}
	}
}

// BenchmarkMentions is actor matching over every sentence.
func BenchmarkMentions(b *testing.B) {
	arts := corpusArticles(b)
	x := New(testGazetteer(b))
	type sent struct {
		s    Sentence
		toks []token
	}
	var sents []sent
	for _, a := range arts {
		for _, s := range Split(a.Text) {
			sents = append(sents, sent{s, tokenize(s.Text, s.Start)})
		}
	}
	b.SetBytes(corpusBytes(arts))
	var toks []token
	for b.Loop() {
		st := newState("2017-01-01")
		for _, s := range sents {
			// Fresh tokens, as a run has: lookup notes what it read in them.
			toks = append(toks[:0], s.toks...)
			x.mentions(s.s, toks, st)
		}
	}
}

// BenchmarkTag is the tagger (prose's model, our scorer) on every sentence.
func BenchmarkTag(b *testing.B) {
	arts := corpusArticles(b)[:200]
	x := New(testGazetteer(b))
	var sents [][]token
	var n int64
	for _, a := range arts {
		for _, s := range Split(a.Text) {
			sents = append(sents, tokenize(s.Text, s.Start))
			n += int64(len(s.Text))
		}
	}
	x.tag(sents[0]) // loads the model
	b.SetBytes(n)
	for b.Loop() {
		for _, toks := range sents {
			x.tag(toks)
		}
	}
}

// BenchmarkRelate is the relation rules on parsed candidate sentences.
func BenchmarkRelate(b *testing.B) {
	arts := corpusArticles(b)[:300]
	x := New(testGazetteer(b))
	type cand struct {
		toks []token
		tr   *tree
		ms   []Mention
	}
	var cands []cand
	var n int64
	for _, a := range arts {
		st := newState(a.Date)
		for _, s := range Split(a.Text) {
			toks := tokenize(s.Text, s.Start)
			ms := x.mentions(s, toks, st)
			if x.candidate(toks, ms, false) == needsTags {
				tr, err := x.parse(toks, ms)
				if err != nil {
					b.Fatal(err)
				}
				cands = append(cands, cand{toks, tr, x.mentions(s, toks, newStateFrom(st))})
				n += int64(len(s.Text))
			}
		}
	}
	b.SetBytes(n)
	for b.Loop() {
		st := newState("2017-01-01")
		for _, c := range cands {
			var cl *clause
			if c.tr != nil {
				cl = newClause(x, c.toks, c.tr, c.ms, st)
			}
			x.relate(c.toks, cl, c.ms, st)
		}
	}
}

// BenchmarkProseBaseline is the straightforward use of prose on the same
// text: prose.NewDocument with default options, the model reused.
func BenchmarkProseBaseline(b *testing.B) {
	arts := corpusArticles(b)[:50]
	b.SetBytes(corpusBytes(arts))
	for b.Loop() {
		for _, a := range arts {
			if _, err := proseBaseline(a.Title + "\n" + a.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}

var (
	baselineOnce  sync.Once
	baselineModel *prose.Model
)

// proseBaseline runs prose the straightforward way (a document with default
// options: segmentation, tagging and named entities, the model reused): the
// yardstick of the benchmarks.
func proseBaseline(text string) (*prose.Document, error) {
	baselineOnce.Do(func() { baselineModel = prose.ModelFromData("baseline") })
	return prose.NewDocument(text, prose.UsingModel(baselineModel))
}
