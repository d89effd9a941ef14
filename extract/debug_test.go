package extract

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDebugSentence prints how a sentence is read: tokens with tags, mentions
// and triples. It runs only when DIPLOGRAPH_DEBUG holds a sentence:
//
//	DIPLOGRAPH_DEBUG='Russia vetoed a UN resolution.' go test -run DebugSentence -v ./extract
func TestDebugArticle(t *testing.T) {
	id, corpus := os.Getenv("DIPLOGRAPH_DEBUG_ARTICLE"), os.Getenv("DIPLOGRAPH_CORPUS")
	if id == "" || corpus == "" {
		t.Skip("set DIPLOGRAPH_DEBUG_ARTICLE and DIPLOGRAPH_CORPUS")
	}
	x := New(testGazetteer(t))
	r := &Reader{}
	_ = r.Read(context.Background(), []string{corpus}, func(a *Article) error {
		if a.ID != id {
			return nil
		}
		ts, _ := x.Extract(context.Background(), a)
		for _, tr := range ts {
			t.Logf("%d-%d %s %s %s trigger=%q", tr.Sentence.Start, tr.Sentence.End, tr.Subject.ID, tr.Relation, tr.Object.ID, tr.Trigger)
		}
		return nil
	})
}

func TestDebugSentence(t *testing.T) {
	text := os.Getenv("DIPLOGRAPH_DEBUG")
	if text == "" {
		t.Skip("set DIPLOGRAPH_DEBUG to a sentence")
	}
	x := New(testGazetteer(t))
	toks := tokenize(text, 0)
	x.tag(toks)
	var b strings.Builder
	for _, tk := range toks {
		fmt.Fprintf(&b, "%s/%s ", tk.text, tk.tag)
	}
	t.Log(b.String())
	for _, m := range x.mentions(Sentence{Text: text}, toks, newState(os.Getenv("DIPLOGRAPH_DATE"))) {
		t.Logf("mention [%d,%d) %v prep=%q poss=%v suffix=%q place=%v aff=%v", m.Start, m.End, m.Actors, m.Prep, m.Possessive, m.Suffix, m.Place, m.Affiliation)
	}
	ms := x.mentions(Sentence{Text: text}, toks, newState(os.Getenv("DIPLOGRAPH_DATE")))
	if tr, err := x.parse(toks, ms); err == nil {
		b.Reset()
		for i := range toks {
			fmt.Fprintf(&b, "%d:%s/%s[%s]<-%d:%s ", i, toks[i].text, tr.tag[i], tr.lemma[i], tr.head[i], tr.rel[i])
		}
		t.Log("tree: " + b.String())
	}
	ts, _ := x.Extract(context.Background(), &Article{ID: "debug", Text: text, Date: os.Getenv("DIPLOGRAPH_DATE")})
	for _, tr := range ts {
		t.Logf("%s %s %s neg=%v mod=%s trigger=%q rule=%s rep=%v", tr.Subject.ID, tr.Relation, tr.Object.ID, tr.Negated, tr.Modality, tr.Trigger, tr.Rule, tr.Reporter)
	}
}
