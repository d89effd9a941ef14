package extract

import (
	"context"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/synth"
	"github.com/jdkato/prose/v2"
)

// sharedCorpus is the real news corpus beside the repository, which a clone
// does not have: tests use it when it is there and never need it.
const sharedCorpus = "../../shared/corpus/articles.jsonl"

// TestTagger_MatchesProse checks that the tagger gives prose's tags for
// prose's tokens, on the sample articles and (when present) the corpus.
func TestTagger_MatchesProse(t *testing.T) {
	x := New(testGazetteer(t))
	x.tag(tokenize("warm up", 0))
	if x.fast == nil {
		t.Fatal("could not read prose's tagger weights; tagging falls back to prose.NewDocument")
	}
	if x.model != nil {
		t.Error("the extractor keeps prose's model beside the fast tagger's copy of it")
	}
	model := prose.ModelFromData("diplograph") // prose itself, to compare with
	// Our sample articles and a synthetic corpus (internal/synth); the
	// shared corpus of real news too when it is beside the repository.
	var texts []string
	collect := func(a *Article) error {
		for _, s := range Split(a.Text) {
			texts = append(texts, s.Text)
		}
		return nil
	}
	paths := []string{"../examples/articles"}
	if _, err := os.Stat(sharedCorpus); err == nil && !testing.Short() {
		paths = append(paths, sharedCorpus)
	}
	r := &Reader{Reject: func(e *RecordError) { t.Errorf("rejected: %v", e) }}
	if err := r.Read(context.Background(), paths, collect); err != nil {
		t.Fatal(err)
	}
	for _, a := range synth.Generate(synth.Options{Articles: 40, Seed: 3}) {
		_ = collect(&Article{ID: a.ID, Text: a.Text})
	}
	if len(texts) > 1500 {
		texts = texts[:1500]
	}
	tokens, differ := 0, 0
	for _, text := range texts {
		doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model))
		if err != nil {
			t.Fatal(err)
		}
		var words, want []string
		for _, tk := range doc.Tokens() {
			words = append(words, tk.Text)
			want = append(want, tk.Tag)
		}
		got := x.fast.tag(words)
		for i := range words {
			tokens++
			if got[i] != want[i] {
				differ++
				if differ <= 5 {
					t.Logf("%q in %q: prose %s, ours %s", words[i], strings.Join(words, " "), want[i], got[i])
				}
			}
		}
	}
	if tokens < 5000 {
		t.Fatalf("only %d tokens compared", tokens)
	}
	// A few tokens (0.15% of the corpus sample) get another tag than prose
	// gives, with a clear margin in our scores: some behaviour of prose's
	// tagger is not reproduced yet. The bound keeps it from growing.
	if differ*1000 > 3*tokens {
		t.Errorf("%d of %d tags differ from prose's", differ, tokens)
	}
	t.Logf("%d of %d tags differ from prose's", differ, tokens)
}

// TestIsInt checks isInt against strconv.Atoi, which normalizeWord used.
func TestIsInt(t *testing.T) {
	for _, s := range []string{"", "+", "-", "1", "+1", "-1", "1987", "+987", "-987", "19a7", "0x12", "1_23", " 123", "123 ", "１２３４", "٣٤٥٦"} {
		_, err := strconv.Atoi(s)
		if got, want := isInt(s), err == nil; got != want {
			t.Errorf("isInt(%q)=%v, want %v", s, got, want)
		}
	}
}

// TestTagger_IndexMatchesKeys checks that the tagger's indexed features
// give the tags of prose's string keys (tagByKey, the tagger before the
// index) on every sentence of the sample articles, a synthetic corpus and
// (when present) the shared corpus.
func TestTagger_IndexMatchesKeys(t *testing.T) {
	x := New(testGazetteer(t))
	x.tag(tokenize("warm up", 0))
	if x.fast == nil {
		t.Fatal("could not read prose's tagger weights")
	}
	var sentences [][]string
	collect := func(a *Article) error {
		for _, s := range append([]Sentence{{Text: a.Title}}, Split(a.Text)...) {
			var words []string
			for _, tk := range tokenize(s.Text, 0) {
				words = append(words, proseSanitizer.Replace(tk.text))
			}
			if len(words) > 0 {
				sentences = append(sentences, words)
			}
		}
		return nil
	}
	paths := []string{"../examples/articles"}
	if _, err := os.Stat(sharedCorpus); err == nil && !testing.Short() {
		paths = append(paths, sharedCorpus)
	}
	if err := (&Reader{}).Read(context.Background(), paths, collect); err != nil {
		t.Fatal(err)
	}
	for _, a := range synth.Generate(synth.Options{Articles: 40, Seed: 3}) {
		_ = collect(&Article{ID: a.ID, Text: a.Text})
	}
	// Tags without a number: a word tagged as itself before others.
	sentences = append(sentences, []string{"-LRB-", "Russia", "-RRB-", "met", "China"}, []string{"*", "0", "-", "xD", "a@b.org", "www.example.com", "talks"})
	tokens := 0
	for _, words := range sentences {
		got, want := x.fast.tag(words), x.fast.tagByKey(words)
		tokens += len(words)
		if !slices.Equal(got, want) {
			t.Errorf("tag(%q)=%q, want %q", words, got, want)
		}
	}
	t.Logf("%d sentences, %d tokens", len(sentences), tokens)
}

// tagByKey is the tagger as it was before its index: every feature looked
// up by prose's string key.
func (t *tagger) tagByKey(words []string) []string {
	tags := make([]string, len(words))
	ctx := make([]string, len(words)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, w := range words {
		ctx[i+2] = normalizeWord(w)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	p1, p2 := "-START-", "-START2-"
	for i, word := range words {
		tag, fixed := fixedTag(word)
		if !fixed {
			var found bool
			if tag, found = t.tagMap[word]; !found {
				tag = t.predictByKey(i, ctx, word, p1, p2)
			}
		}
		tags[i] = tag
		p2, p1 = p1, tag
	}
	return tags
}

func (t *tagger) predictByKey(i int, ctx []string, w, p1, p2 string) string {
	scores := make([]float64, len(t.classes))
	touched := make([]bool, len(t.classes))
	any := false
	score := func(parts ...string) {
		if r, ok := t.keyRow[strings.Join(parts, " ")]; ok {
			any = true
			for k := r.start; k < r.end; k++ {
				scores[t.entClass[k]] += t.entWeight[k]
				touched[t.entClass[k]] = true
			}
		}
	}
	suf := min(len(w), 3)
	i = min(len(ctx)-2, i+2)
	iminus := min(len(ctx[i-1]), 3)
	iplus := min(len(ctx[i+1]), 3)
	score("bias")
	score("i suffix", w[len(w)-suf:])
	score("i pref1", string(rune(w[0])))
	score("i-1 tag", p1)
	score("i-2 tag", p2)
	score("i tag+i-2 tag", p1, p2)
	score("i word", ctx[i])
	score("i-1 tag+i word", p1, ctx[i])
	score("i-1 word", ctx[i-1])
	score("i-1 suffix", ctx[i-1][len(ctx[i-1])-iminus:])
	score("i-2 word", ctx[i-2])
	score("i+1 word", ctx[i+1])
	score("i+1 suffix", ctx[i+1][len(ctx[i+1])-iplus:])
	score("i+2 word", ctx[i+2])
	if !any {
		return ""
	}
	best, max := 0, math.Inf(-1)
	for c, s := range scores {
		if touched[c] && s > max {
			best, max = c, s
		}
	}
	return t.classes[best]
}

// TestTagger_ForcedTagIsContext checks that a forced tag is kept and read
// as the context of the words after it: prose tags "warplanes" in "On
// Tuesday, Russian warplanes pounded rebel positions" as a verb and
// "pounded" as a participle; with the name's noun forced, "pounded" is
// the past tense.
func TestTagger_ForcedTagIsContext(t *testing.T) {
	x := New(testGazetteer(t))
	x.tag(tokenize("warm up", 0))
	if x.fast == nil {
		t.Fatal("could not read prose's tagger weights")
	}
	words := strings.Fields("On Tuesday , Russian warplanes pounded rebel positions in Idlib .")
	free := x.fast.tag(words)
	if free[4] != "VBZ" || free[5] != "VBN" {
		t.Fatalf("prose tags %s/%s %s/%s: the case no longer shows the error it is here for", words[4], free[4], words[5], free[5])
	}
	force := make([]string, len(words))
	force[4] = "NNS"
	got := x.fast.tagForced(words, force)
	if got[4] != "NNS" || got[5] != "VBD" {
		t.Errorf("forced: %s/%s %s/%s, want warplanes/NNS pounded/VBD", words[4], got[4], words[5], got[5])
	}
	if !slices.Equal(got[:4], free[:4]) {
		t.Errorf("the words before a forced tag changed: %v, then %v", free[:4], got[:4])
	}
}
