package ingest

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
)

// Mapping says which CSV/TSV column holds each article field: a header
// name (matched without regard to case) or a column number from 1, for a
// file without a header row. Fields: id, title, text, date, url, source.
type Mapping map[string]string

// mappingFields are the fields a Mapping may name.
var mappingFields = []string{"id", "title", "text", "date", "url", "source"}

// defaultColumns are the header names taken for a field no mapping names.
var defaultColumns = map[string][]string{
	"id":     {"id", "article_id"},
	"title":  {"title", "headline"},
	"text":   {"text", "body", "content", "article"},
	"date":   {"date", "published", "published_at", "publish_date", "pubdate"},
	"url":    {"url", "link", "sourceurl", "source_url"},
	"source": {"source", "outlet", "publisher", "site"},
}

// ErrMapping is a column mapping that cannot be used.
var ErrMapping = errors.New("bad column mapping")

// ParseMapping reads "text=body,date=published_at,url=link".
func ParseMapping(s string) (Mapping, error) {
	m := Mapping{}
	if strings.TrimSpace(s) == "" {
		return m, nil
	}
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(kv, "=")
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		if !ok || v == "" {
			return nil, fmt.Errorf("%w: %q is not FIELD=COLUMN", ErrMapping, kv)
		}
		known := false
		for _, f := range mappingFields {
			known = known || f == k
		}
		if !known {
			return nil, fmt.Errorf("%w: unknown field %q (want %s)", ErrMapping, k, strings.Join(mappingFields, ", "))
		}
		m[k] = v
	}
	return m, nil
}

// numbered reports whether every column of m is a number: the file has no
// header row.
func (m Mapping) numbered() bool {
	if len(m) == 0 {
		return false
	}
	for _, v := range m {
		if n, err := strconv.Atoi(v); err != nil || n < 1 {
			return false
		}
	}
	return true
}

// readCSV reads a CSV (or TSV) export: one article a row, its fields in the
// columns in.Map names (or the usual header names). Rows with a URL and no
// text column are a URL list: their pages are fetched.
func (in *Inputs) readCSV(ctx context.Context, r io.Reader, name string, tsv bool, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if tsv {
		cr.Comma, cr.LazyQuotes = '\t', true
	}
	col := map[string]int{} // field → column index
	if in.Map.numbered() {
		for f, v := range in.Map {
			n, _ := strconv.Atoi(v)
			col[f] = n - 1
		}
	} else {
		header, err := cr.Read()
		if err != nil {
			if err != io.EOF {
				reject(&extract.RecordError{File: name, Line: 1, Err: err})
			}
			return nil
		}
		idx := map[string]int{}
		for i, h := range header {
			h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
			if _, dup := idx[h]; !dup {
				idx[h] = i
			}
		}
		for _, f := range mappingFields {
			if v, ok := in.Map[f]; ok {
				i, ok := idx[strings.ToLower(v)]
				if !ok {
					reject(&extract.RecordError{File: name, Line: 1, Err: fmt.Errorf("%w: no column %q for %s (the header has %s)", ErrMapping, v, f, strings.Join(header, ", "))})
					return nil
				}
				col[f] = i
				continue
			}
			for _, h := range defaultColumns[f] {
				if i, ok := idx[h]; ok {
					col[f] = i
					break
				}
			}
		}
	}
	_, hasText := col["text"]
	_, hasURL := col["url"]
	if !hasText && !hasURL {
		reject(&extract.RecordError{File: name, Err: fmt.Errorf("%w: no text or url column; name one with --map text=COLUMN", ErrMapping)})
		return nil
	}
	var items []webItem
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				reject(&extract.RecordError{File: name, Line: pe.StartLine, Err: pe.Err})
				continue
			}
			reject(&extract.RecordError{File: name, Line: line, Err: err})
			return nil
		}
		get := func(f string) string {
			if i, ok := col[f]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		if !hasText {
			u := strings.TrimSpace(get("url"))
			it := webItem{url: u, file: name, line: line,
				art: &extract.Article{Title: clean(get("title")), Date: pageDate(get("date")), Source: get("source")}}
			if Canonical(u) == "" {
				it.err = fmt.Errorf("not an http(s) URL: %q", u)
			}
			items = append(items, it)
			continue
		}
		art, err := csvArticle(get)
		if err != nil {
			reject(&extract.RecordError{File: name, Line: line, Err: err})
			continue
		}
		if art.ID == "" {
			art.ID = fmt.Sprintf("%s-%d", baseID(name), line)
		}
		art.File, art.Line = name, line
		if err := fn(art); err != nil {
			return err
		}
	}
	return in.pages(ctx, items, fn, reject)
}

// csvArticle checks a row's fields as the JSON Lines reader checks a record's.
func csvArticle(get func(string) string) (*extract.Article, error) {
	a := &extract.Article{ID: strings.TrimSpace(get("id")), Title: get("title"), Text: get("text"),
		Date: strings.TrimSpace(get("date")), URL: strings.TrimSpace(get("url")), Source: get("source")}
	for _, f := range []struct{ name, v string }{{"id", a.ID}, {"title", a.Title}, {"text", a.Text}, {"date", a.Date}, {"url", a.URL}, {"source", a.Source}} {
		if !utf8.ValidString(f.v) {
			return nil, fmt.Errorf("%s: %w", f.name, extract.ErrNotText)
		}
		if strings.IndexByte(f.v, 0) >= 0 {
			return nil, fmt.Errorf("%s %w", f.name, extract.ErrNUL)
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, extract.ErrEmptyArticle
	}
	var err error
	if a.Date, err = extract.ParseDate(a.Date); err != nil {
		return nil, err
	}
	if a.ID == "" && a.URL != "" {
		a.ID = Canonical(a.URL)
	}
	if c := Canonical(a.URL); c != "" {
		a.URL = c
	}
	return a, nil
}
