package extract

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	fuzzOnce sync.Once
	fuzzX    *Extractor
)

func fuzzExtractor(t testing.TB) *Extractor {
	fuzzOnce.Do(func() { fuzzX = New(testGazetteer(t)) })
	return fuzzX
}

// FuzzExtract checks that extraction never panics and that every triple's
// sentence and trigger offsets slice back to their text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Russia vetoed a United Nations resolution. Putin met Tillerson.",
		"Russian Foreign Minister Sergey Lavrov, who met Rex Tillerson, said the US-backed rebels attacked Syria.",
		"The two countries met. He said the country did not veto it.",
		"“Erdoğan’s” talks (in Ankara) with Iran’s Zarif\r\n\r\nwere “constructive”.",
		"\xff\xfe U.S. -backed - 's 's , , and",
	} {
		f.Add(s, "2017-04-12")
	}
	f.Fuzz(func(t *testing.T, text, date string) {
		x := fuzzExtractor(t)
		a := &Article{ID: "fuzz", Title: "Russia meets China", Text: text, Date: date}
		ts, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		for _, tr := range ts {
			if tr.Sentence.Start < 0 {
				continue // the title
			}
			if text[tr.Sentence.Start:tr.Sentence.End] != tr.Sentence.Text {
				t.Fatalf("sentence [%d,%d) does not slice back", tr.Sentence.Start, tr.Sentence.End)
			}
			if text[tr.TriggerAt:tr.TriggerAt+len(tr.Trigger)] != tr.Trigger {
				t.Fatalf("trigger %q not at %d", tr.Trigger, tr.TriggerAt)
			}
			if !tr.Relation.Valid() || tr.Subject.ID == "" || tr.Object.ID == "" || tr.Subject.ID == tr.Object.ID {
				t.Fatalf("bad triple %+v", tr)
			}
		}
	})
}

// FuzzReadJSONL checks that the record reader never panics, rejects what it
// cannot use with a line number, and yields only valid UTF-8 articles.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"t","text":"Russia met China.","date":"2017-01-01"}` + "\n" + `not json` + "\n"))
	f.Add([]byte("\ufeff{\"id\":1,\"text\":\"x\"}\r\n{\"id\":null}\n{\"id\":\"b\",\"text\":5}\n"))
	f.Add([]byte("{\"id\":\"c\",\"text\":\"\xff\"}\n\n\n"))
	f.Add([]byte("[1,2]\n{\"id\":\"d\\u0000\",\"text\":\"x\\ud800\",\"date\":\"2017-02-30\"}\n{\"id\":\"e\",\"text\":\"x\",\"date\":\"2017-06-05T10:00:00Z\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &Reader{Stdin: bytes.NewReader(data), Reject: func(e *RecordError) {
			if e.Line <= 0 || e.File != "stdin" {
				t.Fatalf("rejection without a line: %v", e)
			}
		}}
		err := r.Read(context.Background(), []string{"-"}, func(a *Article) error {
			if a.ID == "" || a.Text == "" || !utf8.ValidString(a.Text) {
				t.Fatalf("bad article %+v", a)
			}
			if strings.ContainsRune(a.ID+a.Title+a.Text+a.Date+a.URL+a.Source, 0) {
				t.Fatalf("a NUL in article %+v", a)
			}
			if d, err := ParseDate(a.Date); err != nil || d != a.Date || a.Date != "" && len(a.Date) != 10 {
				t.Fatalf("article date %q is not a day", a.Date)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}
