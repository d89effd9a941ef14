package lemma_test

import (
	"testing"

	"github.com/diplograph/diplograph/extract/lemma"
	"github.com/diplograph/diplograph/schema"
)

// TestLexiconForms checks that every inflected form of every trigger of the
// lexicon lemmatises back to the trigger's lemma, so the extractor finds
// "expelled", "struck" and "sanctions" by lemma.
func TestLexiconForms(t *testing.T) {
	lex, err := schema.LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range lex.Entries {
		pos, tags := lemma.Verb, lemma.VerbTags
		if e.POS == schema.Noun {
			pos, tags = lemma.Noun, lemma.NounTags
		}
		forms := lemma.Forms(e.Lemma, pos)
		vs, vtags := lemma.Variants(e.Lemma, pos)
		forms, tags = append(forms, vs...), append(append([]string{}, tags...), vtags...)
		for i, f := range forms {
			if got := lemma.Of(f, tags[i]); got != e.Lemma {
				t.Errorf("%s (%s): Of(%q, %s)=%q, want %q", e.Lemma, e.Relation, f, tags[i], got, e.Lemma)
			}
			checked++
		}
		for _, o := range e.Objects {
			for i, f := range lemma.Forms(o, lemma.Noun) {
				if got := lemma.Of(f, lemma.NounTags[i]); got != o {
					t.Errorf("%s object %s: Of(%q, %s)=%q", e.Lemma, o, f, lemma.NounTags[i], got)
				}
			}
		}
	}
	t.Logf("%d forms checked", checked)
}
