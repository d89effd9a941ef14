package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Errors for bad input records.
var (
	ErrEmptyArticle = errors.New("article has no text")
	ErrNotText      = errors.New("not UTF-8 text")
	ErrNoID         = errors.New("article has no id")
)

// MaxArticle is the largest article the reader accepts, as a text file or a
// JSON Lines record (32 MiB): a larger one is rejected without being read
// into memory whole.
const MaxArticle = 32 << 20

// RecordError is a bad input record: the file and line it came from.
type RecordError struct {
	File string
	Line int // 0 for a whole file
	Err  error
}

func (e *RecordError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}
func (e *RecordError) Unwrap() error { return e.Err }

// Reader yields the articles of files, folders (recursively, .txt and
// .jsonl files in name order) and "-" for standard input. Bad records are
// reported to Reject, and reading goes on.
type Reader struct {
	Stdin  io.Reader
	Reject func(*RecordError)
}

// Read calls fn for each article of paths, in order. It stops at the first
// error fn returns or when ctx is done; bad records go to r.Reject.
func (r *Reader) Read(ctx context.Context, paths []string, fn func(*Article) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := r.readJSONL(ctx, r.Stdin, "stdin", fn); err != nil {
				return err
			}
			continue
		}
		files, err := r.files(p)
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := r.readFile(ctx, f, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *Reader) reject(file string, line int, err error) {
	if r.Reject != nil {
		r.Reject(&RecordError{File: file, Line: line, Err: err})
	}
}

// files lists the article files under p; a loop of symbolic links or an
// unreadable folder is reported, not fatal.
func (r *Reader) files(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		r.reject(p, 0, err)
		return nil, nil
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var out []string
	seen := map[string]bool{}
	var walk func(dir string, depth int)
	walk = func(dir string, depth int) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil || seen[real] || depth > 64 {
			if err == nil {
				err = errors.New("symbolic link loop")
			}
			r.reject(dir, 0, err)
			return
		}
		seen[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			r.reject(dir, 0, err)
			return
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			path := filepath.Join(dir, e.Name())
			isDir := e.IsDir()
			if e.Type()&fs.ModeSymlink != 0 {
				if st, err := os.Stat(path); err == nil {
					isDir = st.IsDir()
				} else {
					r.reject(path, 0, err)
					continue
				}
			}
			switch {
			case isDir:
				walk(path, depth+1)
			case strings.HasSuffix(e.Name(), ".txt") || strings.HasSuffix(e.Name(), ".jsonl"):
				out = append(out, path)
			}
		}
	}
	walk(p, 0)
	return out, nil
}

func (r *Reader) readFile(ctx context.Context, path string, fn func(*Article) error) error {
	f, err := os.Open(path)
	if err != nil {
		r.reject(path, 0, err)
		return nil
	}
	defer f.Close()
	if strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".json") {
		return r.readJSONL(ctx, f, path, fn)
	}
	b, err := io.ReadAll(io.LimitReader(f, MaxArticle+1))
	if err != nil {
		r.reject(path, 0, err)
		return nil
	}
	if len(b) > MaxArticle {
		r.reject(path, 0, fmt.Errorf("article larger than %d MiB", MaxArticle>>20))
		return nil
	}
	a, err := TextArticle(path, b)
	if err != nil {
		r.reject(path, 0, err)
		return nil
	}
	return fn(a)
}

// TextArticle makes an article of a plain text file: its id is the base
// name without extension, and a first line without final punctuation is
// also its title.
func TextArticle(path string, b []byte) (*Article, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if !utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrNotText
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmptyArticle
	}
	base := filepath.Base(path)
	a := &Article{ID: strings.TrimSuffix(base, filepath.Ext(base)), Text: text}
	return a, nil
}

func (r *Reader) readJSONL(ctx context.Context, in io.Reader, name string, fn func(*Article) error) error {
	br := bufio.NewReaderSize(in, 1<<20)
	line := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, tooLong, err := readLine(br, MaxArticle)
		if len(b) == 0 && err != nil {
			if err == io.EOF {
				return nil
			}
			r.reject(name, line+1, err)
			return nil
		}
		line++
		if tooLong {
			r.reject(name, line, fmt.Errorf("record longer than %d MiB", MaxArticle>>20))
			continue
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		a, perr := parseRecord(b)
		if perr != nil {
			r.reject(name, line, perr)
			continue
		}
		if err := fn(a); err != nil {
			return err
		}
	}
}

// readLine reads one line, discarding (and flagging) what passes max bytes so
// that memory stays bounded.
func readLine(br *bufio.Reader, max int) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && len(buf) == 0 && !tooLong {
			return nil, false, err
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, nil
	}
}

// parseRecord decodes one JSON Lines article and checks it.
func parseRecord(b []byte) (*Article, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if !utf8.Valid(b) {
		return nil, ErrNotText
	}
	var raw struct {
		ID     json.RawMessage `json:"id"`
		Title  *string         `json:"title"`
		Text   *string         `json:"text"`
		Date   *string         `json:"date"`
		URL    *string         `json:"url"`
		Source *string         `json:"source"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	a := &Article{Title: deref(raw.Title), Text: deref(raw.Text), Date: deref(raw.Date), URL: deref(raw.URL), Source: deref(raw.Source)}
	// An id may be a string or a number.
	var s string
	var n json.Number
	switch {
	case len(raw.ID) == 0 || string(raw.ID) == "null":
		return nil, ErrNoID
	case json.Unmarshal(raw.ID, &s) == nil:
		a.ID = s
	case json.Unmarshal(raw.ID, &n) == nil:
		a.ID = n.String()
	default:
		return nil, fmt.Errorf("id must be a string or a number, got %s", raw.ID)
	}
	if strings.TrimSpace(a.ID) == "" {
		return nil, ErrNoID
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, ErrEmptyArticle
	}
	if len(a.Date) > 10 {
		a.Date = a.Date[:10]
	}
	return a, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
