package extract

import (
	"context"
	"os"
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
