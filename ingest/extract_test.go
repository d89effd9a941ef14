package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/schema"
)

// failingExtractor fails on one article as the extractor does on a bug.
type failingExtractor struct{ bad string }

func (f failingExtractor) Extract(_ context.Context, a *extract.Article) ([]schema.Triple, error) {
	if a.ID == f.bad {
		return nil, &extract.InternalError{Sentence: 3, Value: "index out of range"}
	}
	return []schema.Triple{{Relation: schema.MetWith}}, nil
}

// TestExtract_InternalErrorCostsTheArticle: a bug met on one article is
// reported with where the article was read, and the run goes on.
func TestExtract_InternalErrorCostsTheArticle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(`{"id":"a","text":"x"}`+"\n"+`{"id":"b","text":"y"}`+"\n"+`{"id":"c","text":"z"}`+"\n"), 0o644)
	var got []string
	var rejected []error
	st, err := Extract(t.Context(), Config{Extractor: failingExtractor{bad: "b"}, Workers: 2, Reject: func(e error) { rejected = append(rejected, e) }},
		func(a *extract.Article, _ []schema.Triple) error { got = append(got, a.ID); return nil },
		&Inputs{Args: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "a,c" || st.Extracted != 2 || st.Rejected != 1 {
		t.Errorf("emitted %q, %d extracted, %d rejected; want a,c, 2 and 1", got, st.Extracted, st.Rejected)
	}
	var ae *ArticleError
	var ie *extract.InternalError
	if len(rejected) != 1 || !errors.As(rejected[0], &ae) || !errors.As(rejected[0], &ie) || ae.Origin != path+":2" {
		t.Fatalf("rejected %v, want one ArticleError from %s:2", rejected, path)
	}
	if msg := rejected[0].Error(); !strings.Contains(msg, `"b"`) || !strings.Contains(msg, "sentence 3") {
		t.Errorf("message %q names neither the article nor the sentence", msg)
	}
}
