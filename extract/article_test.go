package extract

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestParseRecord(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Article
		wantErr string // the message, whole
		is      error
	}{
		{name: "OK", in: `{"id":"a","title":"T","text":"Russia met China.","date":"2017-06-05","url":"u","source":"s"}`,
			want: Article{ID: "a", Title: "T", Text: "Russia met China.", Date: "2017-06-05", URL: "u", Source: "s"}},
		{name: "NumberID", in: `{"id":42,"text":"x","title":null}`, want: Article{ID: "42", Text: "x"}},
		{name: "SurrogatePair", in: `{"id":"a","text":"smile \ud83d\ude00 \\ud800"}`, want: Article{ID: "a", Text: "smile 😀 \\ud800"}},
		{name: "DateTime", in: `{"id":"a","text":"x","date":"2017-06-05T23:30:00.5-05:00"}`, want: Article{ID: "a", Text: "x", Date: "2017-06-05"}},
		{name: "LeapDay", in: `{"id":"a","text":"x","date":"2016-02-29"}`, want: Article{ID: "a", Text: "x", Date: "2016-02-29"}},

		{name: "Array", in: `[1,2]`, wantErr: "expected a JSON object, found an array"},
		{name: "String", in: ` "text"`, wantErr: "expected a JSON object, found a string"},
		{name: "Null", in: `null`, wantErr: "expected a JSON object, found null"},
		{name: "Number", in: `42`, wantErr: "expected a JSON object, found a number"},
		{name: "Syntax", in: `[1,`, wantErr: "invalid JSON: unexpected end of JSON input"},
		{name: "TextNumber", in: `{"id":"a","text":42}`, wantErr: "text must be a string, found a number"},
		{name: "DateObject", in: `{"id":"a","text":"x","date":{"y":2017}}`, wantErr: "date must be a string, found an object"},
		{name: "IDArray", in: `{"id":["x"],"text":"x"}`, wantErr: "id must be a string or a number, found an array"},
		{name: "IDBool", in: `{"id":true,"text":"x"}`, wantErr: "id must be a string or a number, found a boolean"},

		{name: "ErrNULInID", in: `{"id":"a\u0000b","text":"x"}`, wantErr: "id contains a NUL character", is: ErrNUL},
		{name: "ErrNULInText", in: `{"id":"a","text":"Russia\u0000 met China."}`, wantErr: "text contains a NUL character", is: ErrNUL},
		{name: "ErrNULInSource", in: `{"id":"a","text":"x","source":"\u0000"}`, wantErr: "source contains a NUL character", is: ErrNUL},
		{name: "ErrNULRaw", in: "{\"id\":\"a\",\x00\"text\":\"x\"}", wantErr: "record contains a NUL character", is: ErrNUL},

		{name: "ErrSurrogateHigh", in: `{"id":"a","text":"x \ud800 y"}`, is: ErrSurrogate,
			wantErr: `text has a lone UTF-16 surrogate escape (\ud800 to \udfff not in a pair)`},
		{name: "ErrSurrogateLow", in: `{"id":"a","title":"\uDC00","text":"x"}`, is: ErrSurrogate,
			wantErr: `title has a lone UTF-16 surrogate escape (\ud800 to \udfff not in a pair)`},
		{name: "ErrSurrogateHighHigh", in: `{"id":"\ud800\ud800","text":"x"}`, is: ErrSurrogate,
			wantErr: `id has a lone UTF-16 surrogate escape (\ud800 to \udfff not in a pair)`},
		{name: "ErrSurrogateAtEnd", in: `{"id":"a","text":"x\ud83d"}`, is: ErrSurrogate,
			wantErr: `text has a lone UTF-16 surrogate escape (\ud800 to \udfff not in a pair)`},

		{name: "ErrDateWord", in: `{"id":"a","text":"x","date":"yesterday"}`, is: ErrDate,
			wantErr: `invalid date "yesterday": want YYYY-MM-DD or an RFC 3339 date-time (2017-06-05T14:30:00Z)`},
		{name: "ErrDateNoSuchDay", in: `{"id":"a","text":"x","date":"2017-02-30"}`, is: ErrDate,
			wantErr: `invalid date "2017-02-30": no such day`},
		{name: "ErrDateMonth", in: `{"id":"a","text":"x","date":"2017-06"}`, is: ErrDate,
			wantErr: `invalid date "2017-06": a month or a year alone is not a day; want YYYY-MM-DD`},
		{name: "ErrDateNoZone", in: `{"id":"a","text":"x","date":"2017-06-05T14:30:00"}`, is: ErrDate,
			wantErr: `invalid date "2017-06-05T14:30:00": a date-time must be RFC 3339, with its zone (2017-06-05T14:30:00Z or +03:00)`},

		{name: "ErrNoID", in: `{"id":"  ","text":"x"}`, is: ErrNoID, wantErr: "article has no id"},
		{name: "ErrEmptyArticle", in: `{"id":"a","text":" "}`, is: ErrEmptyArticle, wantErr: "article has no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseRecord([]byte(tt.in))
			if tt.wantErr == "" {
				if err != nil || *got != tt.want {
					t.Fatalf("parseRecord(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("parseRecord(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("parseRecord(%q) error %v is not %v", tt.in, err, tt.is)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]string{
		"":                          "",
		"2017-06-05":                "2017-06-05",
		"2016-02-29":                "2016-02-29",
		"2017-06-05T14:30:00Z":      "2017-06-05",
		"2017-06-05T00:30:00+03:00": "2017-06-05", // the day as written, in its zone
		"2017-06-05T14:30:00.123Z":  "2017-06-05",
	} {
		if got, err := ParseDate(in); err != nil || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{
		"yesterday", "2017-02-30", "2017-13-01", "2017-00-10", "2019-02-29", "2017-06-31",
		"2017-06", "2017", "17-06-05", "2017-6-5", "2017/06/05", " 2017-06-05", "2017-06-05 ",
		"2017-06-05T14:30:00", "2017-06-05T25:00:00Z", "2017-06-05T14:30Z", "2017-02-30T10:00:00Z",
		"2017-06-05x", "2017-06-05 14:30:00Z", "June 5, 2017",
	} {
		if got, err := ParseDate(in); !errors.Is(err, ErrDate) || got != "" {
			t.Errorf("ParseDate(%q) = %q, %v; want an ErrDate", in, got, err)
		}
	}
}

func TestTextArticle_NUL(t *testing.T) {
	_, err := TextArticle("a.txt", []byte("Russia\x00 met China."))
	if !errors.Is(err, ErrNUL) || err.Error() != "text contains a NUL character" {
		t.Errorf("TextArticle with a NUL: %v, want %q", err, "text contains a NUL character")
	}
	// The same wording as a \u0000 in a JSON record's text.
	_, jerr := parseRecord([]byte(`{"id":"a","text":"Russia\u0000 met China."}`))
	if jerr == nil || err == nil || jerr.Error() != err.Error() {
		t.Errorf("JSON %v, text %v: want the same message", jerr, err)
	}
}

// readAll reads paths with a Reader and gives up after 10 s (the old reader
// blocked forever on a named pipe or /dev/zero).
func readAll(t *testing.T, ctx context.Context, r *Reader, paths ...string) ([]string, []*RecordError, error) {
	t.Helper()
	var ids []string
	var rejected []*RecordError
	r.Reject = func(e *RecordError) { rejected = append(rejected, e) }
	done := make(chan error, 1)
	go func() {
		done <- r.Read(ctx, paths, func(a *Article) error {
			ids = append(ids, a.ID)
			return nil
		})
	}()
	select {
	case err := <-done:
		return ids, rejected, err
	case <-time.After(10 * time.Second):
		t.Fatalf("Read(%v) still running after 10 s", paths)
	}
	return nil, nil, nil
}

// TestReader_SpecialFiles gives the reader a named pipe with no writer and a
// .jsonl that is a symbolic link to /dev/zero, named and inside a folder:
// each is rejected, naming the file, and the good files are read.
func TestReader_SpecialFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(in, "a-fifo.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	zero := filepath.Join(in, "b-zero.jsonl")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(in, "c-good.jsonl")
	if err := os.WriteFile(good, []byte(`{"id":"good","text":"Russia met China."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		paths []string
	}{
		{"Named", []string{fifo, zero, good}},
		{"InFolder", []string{in}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids, rejected, err := readAll(t, t.Context(), &Reader{}, tc.paths...)
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) != 1 || ids[0] != "good" {
				t.Errorf("read %v, want [good]", ids)
			}
			want := map[string]string{
				fifo: fifo + ": not a regular file (a named pipe; use - to read standard input)",
				zero: zero + ": not a regular file (a character device; use - to read standard input)",
			}
			if len(rejected) != len(want) {
				t.Fatalf("rejected %v, want the pipe and /dev/zero", rejected)
			}
			for _, e := range rejected {
				if e.Error() != want[e.File] || !errors.Is(e, ErrNotRegular) {
					t.Errorf("rejected %q, want %q", e.Error(), want[e.File])
				}
			}
		})
	}
}

// TestReader_StdinCancel cancels a read of standard input that sends
// nothing, and one in the middle of a line that never ends: Read returns
// the context's error at once.
func TestReader_StdinCancel(t *testing.T) {
	silent, w := io.Pipe()
	defer w.Close()
	for _, tc := range []struct {
		name string
		in   io.Reader
	}{
		{"Silent", silent},
		{"EndlessLine", endless{}},
		{"EndlessRecords", &repeat{line: []byte(`{"id":"x","text":"Russia met China."}` + "\n")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(t.Context())
			time.AfterFunc(200*time.Millisecond, cancel)
			began := time.Now()
			_, rejected, err := readAll(t, ctx, &Reader{Stdin: tc.in}, "-")
			if !errors.Is(err, context.Canceled) {
				t.Errorf("Read = %v, want context.Canceled", err)
			}
			if d := time.Since(began); d > 2*time.Second {
				t.Errorf("Read returned %v after the cancel", d-200*time.Millisecond)
			}
			if len(rejected) > 1 {
				t.Errorf("rejected %v", rejected)
			}
		})
	}
}

// endless is a line that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// repeat is line, again and again.
type repeat struct {
	line []byte
	i    int
}

func (r *repeat) Read(p []byte) (int, error) {
	for n := range p {
		p[n] = r.line[r.i%len(r.line)]
		r.i++
	}
	return len(p), nil
}

func TestRecordError_QuotesControlCharacters(t *testing.T) {
	e := &RecordError{File: "in/\x1b[2J\u202e.txt", Line: 3, Err: ErrNoID}
	if got, want := e.Error(), `"in/\x1b[2J\u202e.txt":3: article has no id`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := (&RecordError{File: "in/a b.txt", Err: ErrNoID}).Error(), "in/a b.txt: article has no id"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
