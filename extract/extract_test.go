package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/schema"
)

// TestExtract_Concurrent runs one Extractor on many goroutines (run it with
// -race): the gazetteer, the prose model and the folding of non-ASCII words
// are shared.
func TestExtract_Concurrent(t *testing.T) {
	x := New(testGazetteer(t))
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				a := &Article{ID: fmt.Sprint(w, i), Date: "2017-04-12",
					Text: "Recep Tayyip Erdoğan met Vladimir Putin in Moscow. Türkiye’s President Erdoğan criticized Israel. Ankara vetoed it."}
				ts, err := x.Extract(context.Background(), a)
				if err != nil {
					errs <- err
					return
				}
				if len(ts) == 0 {
					errs <- fmt.Errorf("article %s: no triples", a.ID)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestExtract_UnsplitText checks that text the splitter cannot cut into
// sentences (here one "sentence" of 2,400 tokens) is not parsed, which
// bounds the sentences the parser reads, and yields only its titles: the
// word-window rules pair names from unrelated lines of such text.
func TestExtract_UnsplitText(t *testing.T) {
	x := New(testGazetteer(t))
	text := "Russian Foreign Minister Sergey Lavrov met China. " + strings.Repeat("the talks went on for hours. ", 400)
	ts, err := x.Extract(t.Context(), &Article{ID: "unsplit", Text: text, Date: "2016-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 1 || ts[0].Subject.ID != "sergey-lavrov" || ts[0].Relation != schema.Represents || ts[0].Object.ID != "RUS" {
		t.Fatalf("got %+v", ts)
	}
}

// TestExtract_PanicIsAnInternalError: a bug met in one sentence (here, a
// parser whose model failed to load without saying so) comes back as an
// error naming the sentence, not as a crash of the run.
func TestExtract_PanicIsAnInternalError(t *testing.T) {
	x := New(testGazetteer(t))
	x.parsers.once.Do(func() {}) // no model, and no error either
	_, err := x.Extract(context.Background(), &Article{ID: "a", Text: "It rained. Russia vetoed a UN resolution."})
	var ie *InternalError
	if !errors.As(err, &ie) || ie.Sentence != 1 || len(ie.Stack) == 0 {
		t.Fatalf("Extract: %v, want an InternalError in sentence 1 with its stack", err)
	}
}

// TestSanitize checks sanitize against the replacer it stands for.
func TestSanitize(t *testing.T) {
	for _, w := range []string{"", "Russia", "\u201c", "\u201d", "\u2018s", "Kim\u2019s", "&rsquo;", "a&b", "AT&T", "\u2014", "\u20ac5", "caf\u00e9", "\xe2", "&rsquo", "x\u201cy\u201d"} {
		if got, want := sanitize(w), proseSanitizer.Replace(w); got != want {
			t.Errorf("sanitize(%q)=%q, want %q", w, got, want)
		}
	}
}
