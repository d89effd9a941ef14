package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/diplograph/diplograph/extract"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
)

// FullTextWords is how many words a feed item's content needs to be taken
// as the article's full text rather than a summary whose page is fetched.
const FullTextWords = 150

// webItem is a page to fetch, or an article a feed already holds whole.
type webItem struct {
	url  string           // the page; "" when art is whole
	art  *extract.Article // a feed item's full text; else what the feed says of the page
	file string           // where it was listed, for messages
	line int
	what string // "item 3" of a feed
	err  error  // a bad line, reported in its turn
}

// ErrNoFetcher is an input that needs the web when no Fetcher was given.
var ErrNoFetcher = errors.New("needs a web fetcher")

// readURL reads an http(s) URL given as an argument: a page, or a feed
// whose items are read in turn.
func (in *Inputs) readURL(ctx context.Context, raw string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	if in.Fetcher == nil {
		reject(&extract.RecordError{File: raw, Err: ErrNoFetcher})
		return nil
	}
	p, err := in.Fetcher.Get(ctx, raw)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		reject(&extract.RecordError{File: raw, Err: err})
		return nil
	}
	if in.Format == "feed" || (in.Format == "" && isFeedType(p.ContentType, p.Body)) {
		return in.readFeed(ctx, p.Body, raw, p.URL, fn, reject)
	}
	art, err := pageArticle(p, in.Format)
	if err != nil {
		reject(&extract.RecordError{File: raw, Err: err})
		return nil
	}
	art.File = raw
	return fn(art)
}

// isFeedType reports whether a response is a feed: by its content type,
// or, for a generic XML or JSON type, by its first element or key.
func isFeedType(ct string, body []byte) bool {
	switch ct {
	case "application/rss+xml", "application/atom+xml", "application/feed+json":
		return true
	case "text/xml", "application/xml", "application/json", "text/plain", "":
		head := bytes.ToLower(body[:min(len(body), 1024)])
		return bytes.Contains(head, []byte("<rss")) || bytes.Contains(head, []byte("<feed")) ||
			bytes.Contains(head, []byte("<rdf:rdf")) || bytes.Contains(head, []byte("jsonfeed.org"))
	}
	return false
}

// pageArticle makes an article of a fetched page, which must be HTML.
func pageArticle(p *Page, format string) (*extract.Article, error) {
	switch {
	case p.ContentType == "text/html", p.ContentType == "application/xhtml+xml", format == "html":
	case p.ContentType == "" && bytes.Contains(bytes.ToLower(p.Body[:min(len(p.Body), 1024)]), []byte("<html")):
	default:
		ct := p.ContentType
		if ct == "" {
			ct = "none"
		}
		return nil, fmt.Errorf("%w: content type %s", ErrNotHTML, ct)
	}
	return HTMLArticle(p.Body, p.URL, p.Charset)
}

// readFeed reads an RSS, Atom or JSON feed named name (fetched from base,
// "" for a file): an item with full text is an article as it stands, the
// others' pages are fetched. Items published before in.Since are left out.
func (in *Inputs) readFeed(ctx context.Context, b []byte, name, base string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		reject(&extract.RecordError{File: name, Err: fmt.Errorf("invalid feed: %w", err)})
		return nil
	}
	source := clean(feed.Title)
	var items []webItem
	for i, it := range feed.Items {
		what := fmt.Sprintf("item %d", i+1)
		date := ""
		for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
			if t != nil {
				date = t.Format(time.DateOnly)
				break
			}
		}
		if !in.Since.IsZero() && date != "" && date < in.Since.Format(time.DateOnly) {
			continue
		}
		link := resolve(base, it.Link)
		art := &extract.Article{Title: clean(it.Title), Date: date, Source: source}
		if text := htmlText(it.Content); len(strings.Fields(text)) >= FullTextWords {
			art.Text = text
			art.ID = Canonical(link)
			if art.ID == "" {
				art.ID = it.GUID
			}
			if art.ID == "" {
				reject(&extract.RecordError{File: name, Err: fmt.Errorf("%s %q has neither a link nor a guid", what, art.Title)})
				continue
			}
			art.URL = Canonical(link)
			items = append(items, webItem{art: art, file: name, what: what})
			continue
		}
		if Canonical(link) == "" {
			reject(&extract.RecordError{File: name, Err: fmt.Errorf("%s %q has no full text and no http(s) link", what, art.Title)})
			continue
		}
		items = append(items, webItem{url: link, art: art, file: name, what: what})
	}
	return in.pages(ctx, items, fn, reject)
}

// htmlText is the text of an HTML fragment (a feed item's content), one
// paragraph a block.
func htmlText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), nil)
	if err != nil {
		return paragraphs(s)
	}
	doc := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		doc.AppendChild(n)
	}
	return paragraphs(render.InnerText(doc))
}

// readURLList reads one URL a line (blank lines and # comments aside) and
// the pages they name.
func (in *Inputs) readURLList(ctx context.Context, r io.Reader, name string, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	var items []webItem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		it := webItem{url: s, file: name, line: line}
		if Canonical(s) == "" {
			it.err = fmt.Errorf("not an http(s) URL: %q", s)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		reject(&extract.RecordError{File: name, Err: err})
	}
	return in.pages(ctx, items, fn, reject)
}

// pages fetches the items' pages, Fetcher.Concurrency at a time, and hands
// the articles to fn in the items' order.
func (in *Inputs) pages(ctx context.Context, items []webItem, fn func(*extract.Article) error, reject func(*extract.RecordError)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		it   webItem
		art  *extract.Article
		err  error
		done chan struct{}
	}
	window := DefaultConcurrency
	if in.Fetcher != nil && in.Fetcher.Concurrency > 0 {
		window = in.Fetcher.Concurrency
	}
	results := make(chan *result, window)
	go func() {
		defer close(results)
		for _, it := range items {
			r := &result{it: it, done: make(chan struct{})}
			select {
			case results <- r:
			case <-ctx.Done():
				return
			}
			go func() {
				defer close(r.done)
				r.art, r.err = in.page(ctx, r.it)
			}()
		}
	}()
	for r := range results {
		select {
		case <-r.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if r.err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			err := r.err
			if r.it.err == nil {
				msg := r.it.url
				if r.it.what != "" {
					msg = r.it.what + " " + msg
				}
				err = fmt.Errorf("%s: %w", msg, r.err)
			}
			reject(&extract.RecordError{File: r.it.file, Line: r.it.line, Err: err})
			continue
		}
		if err := fn(r.art); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// page is the article of an item: its own, or its fetched page's, with
// what the feed said filling the gaps.
func (in *Inputs) page(ctx context.Context, it webItem) (*extract.Article, error) {
	if it.err != nil {
		return nil, it.err
	}
	if it.url == "" {
		a := *it.art
		a.File = it.file
		return &a, nil
	}
	if in.Fetcher == nil {
		return nil, ErrNoFetcher
	}
	p, err := in.Fetcher.Get(ctx, it.url)
	if err != nil {
		return nil, err
	}
	art, err := pageArticle(p, "")
	if err != nil {
		return nil, err
	}
	if f := it.art; f != nil {
		if art.Title == "" {
			art.Title = f.Title
		}
		if art.Date == "" {
			art.Date = f.Date
		}
		if art.Source == "" {
			art.Source = f.Source
		}
	}
	art.File = it.url
	return art, nil
}
