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
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"
)

// Errors for bad input records.
var (
	ErrEmptyArticle = errors.New("article has no text")
	ErrNotText      = errors.New("not UTF-8 text")
	ErrNoID         = errors.New("article has no id")
	// ErrNUL is a NUL character in a text file or in any field of a JSON
	// record (raw or as \u0000): the message names the field.
	ErrNUL = errors.New("contains a NUL character")
	// ErrSurrogate is a JSON \u escape of half a UTF-16 surrogate pair,
	// which stands for no character.
	ErrSurrogate = errors.New("has a lone UTF-16 surrogate escape")
	// ErrDate is an article date that is not an ISO 8601 calendar date
	// (see [ParseDate]).
	ErrDate = errors.New("invalid date")
	// ErrNotRegular is an input path that is not a regular file once
	// symbolic links are followed: a named pipe, a device or a socket,
	// which could block or never end.
	ErrNotRegular = errors.New("not a regular file")
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
	file := e.File
	if strings.ContainsFunc(file, func(r rune) bool { return !unicode.IsPrint(r) && r != ' ' }) {
		file = strconv.Quote(file) // no terminal escapes from a file name
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", file, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", file, e.Err)
}
func (e *RecordError) Unwrap() error { return e.Err }

// Reader yields the articles of files, folders (recursively, .txt and
// .jsonl files in name order) and "-" for standard input. Bad records are
// reported to Reject, and reading goes on. Only regular files are read:
// a named pipe, device or socket is rejected without being opened.
// Reading standard input stops as soon as the context is done, even in the
// middle of a line or while the input sends nothing.
type Reader struct {
	Stdin  io.Reader // for "-"; nil reads as empty
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
			in := r.Stdin
			if in == nil {
				in = strings.NewReader("")
			}
			sctx, cancel := context.WithCancel(ctx)
			err := r.readJSONL(sctx, newCancelableReader(sctx, in), "stdin", fn)
			cancel()
			if err != nil {
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
		if !info.Mode().IsRegular() {
			r.reject(p, 0, notRegular(info.Mode()))
			return nil, nil
		}
		return []string{p}, nil
	}
	return WalkFiles(p, func(name string) bool {
		return strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".jsonl")
	}, r.Reject), nil
}

// WalkFiles lists, in name order, the regular files under dir whose names
// keep accepts, following symbolic links. A loop of links, an unreadable
// folder or a kept name that is a pipe, a device or a socket is reported
// to reject (which may be nil), not fatal.
func WalkFiles(dir string, keep func(name string) bool, reject func(*RecordError)) []string {
	report := func(path string, err error) {
		if reject != nil {
			reject(&RecordError{File: path, Err: err})
		}
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
			report(dir, err)
			return
		}
		seen[real] = true
		entries, err := os.ReadDir(dir)
		if err != nil {
			report(dir, err)
			return
		}
		sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
		for _, e := range entries {
			path := filepath.Join(dir, e.Name())
			mode := e.Type()
			if mode&fs.ModeSymlink != 0 {
				st, err := os.Stat(path)
				if err != nil {
					report(path, err)
					continue
				}
				mode = st.Mode()
			}
			switch {
			case mode.IsDir():
				walk(path, depth+1)
			case !keep(e.Name()):
			case !mode.IsRegular():
				report(path, notRegular(mode))
			default:
				out = append(out, path)
			}
		}
	}
	walk(dir, 0)
	return out
}

// notRegular says what kind of file mode is.
func notRegular(mode fs.FileMode) error {
	kind := "a special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	case mode&fs.ModeCharDevice != 0:
		kind = "a character device"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%w (%s; use - to read standard input)", ErrNotRegular, kind)
}

func (r *Reader) readFile(ctx context.Context, path string, fn func(*Article) error) error {
	// O_NONBLOCK: a file swapped for a named pipe since it was listed must
	// not block the open; it is rejected below.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		r.reject(path, 0, err)
		return nil
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil {
		r.reject(path, 0, err)
		return nil
	} else if !info.Mode().IsRegular() {
		r.reject(path, 0, notRegular(info.Mode()))
		return nil
	}
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
	a.File = path
	return fn(a)
}

// TextArticle makes an article of a plain text file: its id is the base
// name without extension, and a first line without final punctuation is
// also its title.
func TextArticle(path string, b []byte) (*Article, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if !utf8.Valid(b) {
		return nil, ErrNotText
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, fmt.Errorf("text %w", ErrNUL)
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
		b, tooLong, err := readLine(ctx, br, MaxArticle)
		if err != nil {
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if err != io.EOF {
				r.reject(name, line+1, err)
			}
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
		a.File, a.Line = name, line
		if err := fn(a); err != nil {
			return err
		}
	}
}

// readLine reads one line, discarding (and flagging) what passes max bytes so
// that memory stays bounded. It returns ctx's error as soon as ctx is done,
// even in the middle of a line that never ends.
func readLine(ctx context.Context, br *bufio.Reader, max int) ([]byte, bool, error) {
	var buf []byte
	tooLong := false
	for {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(buf) > 0 || tooLong), err == nil:
			return bytes.TrimRight(buf, "\r\n"), tooLong, nil
		}
		return nil, false, err
	}
}

// cancelableReader reads r on a goroutine of its own, so that a Read
// blocked on a pipe that sends nothing returns ctx's error when ctx is done.
// The goroutine ends when ctx is done and its Read in progress returns.
type cancelableReader struct {
	ctx    context.Context
	r      io.Reader
	start  sync.Once
	chunks chan readChunk
	cur    []byte
	err    error
}

type readChunk struct {
	b   []byte
	err error
}

func newCancelableReader(ctx context.Context, r io.Reader) *cancelableReader {
	return &cancelableReader{ctx: ctx, r: r, chunks: make(chan readChunk)}
}

func (c *cancelableReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	c.start.Do(func() { go c.pump() })
	for len(c.cur) == 0 && c.err == nil {
		select {
		case ch := <-c.chunks:
			c.cur, c.err = ch.b, ch.err
		case <-c.ctx.Done():
			return 0, c.ctx.Err()
		}
	}
	if len(c.cur) > 0 {
		n := copy(p, c.cur)
		c.cur = c.cur[n:]
		return n, nil
	}
	return 0, c.err
}

func (c *cancelableReader) pump() {
	for {
		b := make([]byte, 64<<10)
		n, err := c.r.Read(b)
		select {
		case c.chunks <- readChunk{b[:n], err}:
		case <-c.ctx.Done():
			return
		}
		if err != nil {
			return
		}
	}
}

// parseRecord decodes one JSON Lines article and checks it: a JSON object
// whose fields are strings (the id may be a number) with no NUL character
// and no lone surrogate escape, an id, a text, and a date as [ParseDate]
// takes it.
func parseRecord(b []byte) (*Article, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	if !utf8.Valid(b) {
		return nil, ErrNotText
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, fmt.Errorf("record %w", ErrNUL)
	}
	var raw struct {
		ID     json.RawMessage `json:"id"`
		Title  json.RawMessage `json:"title"`
		Text   json.RawMessage `json:"text"`
		Date   json.RawMessage `json:"date"`
		URL    json.RawMessage `json:"url"`
		Source json.RawMessage `json:"source"`
	}
	err := json.Unmarshal(b, &raw)
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	if k := jsonKind(b); k != "an object" {
		return nil, fmt.Errorf("expected a JSON object, found %s", k)
	}
	if err != nil {
		return nil, fmt.Errorf("invalid JSON: %w", err)
	}
	a := &Article{}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  *string
	}{
		{"id", raw.ID, &a.ID}, {"title", raw.Title, &a.Title}, {"text", raw.Text, &a.Text},
		{"date", raw.Date, &a.Date}, {"url", raw.URL, &a.URL}, {"source", raw.Source, &a.Source},
	} {
		if err := jsonString(f.name, f.raw, f.dst); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(a.ID) == "" {
		return nil, ErrNoID
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, ErrEmptyArticle
	}
	if a.Date, err = ParseDate(a.Date); err != nil {
		return nil, err
	}
	return a, nil
}

// jsonString decodes the field name of a record into dst: a string (or,
// for the id, a number), absent or null for "".
func jsonString(name string, raw json.RawMessage, dst *string) error {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if raw[0] != '"' {
		if name == "id" && raw[0] != '{' && raw[0] != '[' && raw[0] != 't' && raw[0] != 'f' {
			var n json.Number
			if err := json.Unmarshal(raw, &n); err == nil {
				*dst = n.String()
				return nil
			}
		}
		if name == "id" {
			return fmt.Errorf("id must be a string or a number, found %s", jsonKind(raw))
		}
		return fmt.Errorf("%s must be a string, found %s", name, jsonKind(raw))
	}
	if loneSurrogate(raw) {
		return fmt.Errorf("%s %w (\\ud800 to \\udfff not in a pair)", name, ErrSurrogate)
	}
	if err := json.Unmarshal(raw, dst); err != nil {
		return fmt.Errorf("%s: invalid JSON string: %w", name, err)
	}
	if strings.IndexByte(*dst, 0) >= 0 {
		return fmt.Errorf("%s %w", name, ErrNUL)
	}
	return nil
}

// jsonKind names the kind of a JSON value by its first byte.
func jsonKind(b []byte) string {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return "nothing"
	}
	switch b[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// loneSurrogate reports whether the JSON string literal s holds a \u escape
// of a UTF-16 surrogate that is not part of a pair, which encoding/json
// would silently turn into U+FFFD.
func loneSurrogate(s []byte) bool {
	for i := 0; ; {
		j := bytes.IndexByte(s[i:], '\\')
		if j < 0 || i+j+1 >= len(s) {
			return false
		}
		i += j
		if s[i+1] != 'u' {
			i += 2 // \" \\ \n …: the escaped byte is not an escape of its own
			continue
		}
		r, ok := hex4(s[i+2:])
		i += 6
		if !ok || r < 0xd800 || r > 0xdfff {
			continue
		}
		if r >= 0xdc00 {
			return true // a low half first
		}
		if len(s) < i+6 || s[i] != '\\' || s[i+1] != 'u' {
			return true
		}
		lo, ok := hex4(s[i+2:])
		if !ok || lo < 0xdc00 || lo > 0xdfff {
			return true
		}
		i += 6
	}
}

// hex4 decodes the four hex digits that start b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[:4]), 16, 32)
	return rune(n), err == nil
}

// ParseDate checks an article's date and returns its day, YYYY-MM-DD. It
// takes an ISO 8601 calendar date (2017-06-05) or an RFC 3339 date-time
// with its zone (2017-06-05T14:30:00Z, 2017-06-05T14:30:00+03:00), whose
// day is the one written, in that zone. A month or a year alone
// (2017-06, 2017), a date-time without zone, and days that do not exist
// (2017-02-30) are errors that wrap [ErrDate]. The empty string is no date.
func ParseDate(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	shape := func(n int) bool { // digits as in YYYY-MM-DD, for the first n bytes
		if len(s) < n {
			return false
		}
		for i := range n {
			if (i == 4 || i == 7) != (s[i] == '-') || i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
				return false
			}
		}
		return true
	}
	switch {
	case len(s) == 10 && shape(10):
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return "", fmt.Errorf("%w %q: no such day", ErrDate, s)
		}
		return s, nil
	case len(s) > 10 && shape(10) && s[10] == 'T':
		if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
			return "", fmt.Errorf("%w %q: no such day", ErrDate, s)
		}
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			return "", fmt.Errorf("%w %q: a date-time must be RFC 3339, with its zone (2017-06-05T14:30:00Z or +03:00)", ErrDate, s)
		}
		return s[:10], nil
	case len(s) == 7 && shape(7), len(s) == 4 && shape(4):
		return "", fmt.Errorf("%w %q: a month or a year alone is not a day; want YYYY-MM-DD", ErrDate, s)
	}
	return "", fmt.Errorf("%w %q: want YYYY-MM-DD or an RFC 3339 date-time (2017-06-05T14:30:00Z)", ErrDate, s)
}
