package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/diplograph/diplograph/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ErrNoArticle is a page in which no main text was found.
var ErrNoArticle = errors.New("no article text found in the page")

// ErrTooDeep is a page whose elements nest deeper than maxNesting: the
// HTML parser's time grows with the square of the depth (20,000 nested
// divs take 3s, a 10 MiB page of them hours), and no story needs it.
var ErrTooDeep = errors.New("elements nested too deeply")

// maxNesting is how deep container elements may nest in a page.
const maxNesting = 1000

// nesting are the container elements tooDeep counts: those a parser does
// not close by itself when the next one opens.
var nesting = map[atom.Atom]bool{
	atom.Div: true, atom.Span: true, atom.Section: true, atom.Article: true, atom.Aside: true, atom.Main: true,
	atom.Blockquote: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Center: true,
	atom.Font: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Figure: true,
}

// tooDeep reports whether the containers of page b nest deeper than
// maxNesting, with one linear pass of the tokenizer.
func tooDeep(b []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(b))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			if nesting[atom.Lookup(name)] {
				if depth++; depth > maxNesting {
					return true
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if nesting[atom.Lookup(name)] && depth > 0 {
				depth--
			}
		}
	}
}

// pageMeta is what a page's head says about it.
type pageMeta struct {
	title, date, canonical, site string
}

// HTMLArticle makes an article of an HTML page fetched from pageURL ("" for
// a file) in charset ("" to detect it): the main text, found by
// readability (codeberg.org/readeck/go-readability) after menus, cookie
// banners, related links, comments, share buttons and the like are cut;
// the title, publication day and site name from the page's metadata
// (OpenGraph, JSON-LD, <meta>, <time>); and, as id and URL, the canonical
// URL normalised by [Canonical], or pageURL's. A file without either gets
// no id: the caller names it.
func HTMLArticle(b []byte, pageURL, cs string) (*extract.Article, error) {
	if r, err := charset.NewReader(bytes.NewReader(b), "text/html; charset="+cs); err == nil {
		if u, err := io.ReadAll(r); err == nil {
			b = u
		}
	}
	if tooDeep(b) {
		return nil, ErrTooDeep
	}
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	m := readMeta(doc, pageURL)
	prune(doc)
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	p := readability.NewParser()
	ra, err := p.ParseAndMutate(doc, base)
	if err != nil || ra.Node == nil {
		return nil, ErrNoArticle
	}
	text := paragraphs(render.InnerText(ra.Node))
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoArticle
	}
	if !utf8.ValidString(text) {
		return nil, extract.ErrNotText
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, fmt.Errorf("text %w", extract.ErrNUL)
	}
	a := &extract.Article{Text: text, Title: clean(m.title), Source: clean(m.site)}
	if a.Title == "" {
		a.Title = clean(ra.Title())
	}
	if a.Source == "" {
		a.Source = clean(ra.SiteName())
	}
	a.Date = pageDate(m.date)
	if a.Date == "" {
		if t, err := ra.PublishedTime(); err == nil {
			a.Date = t.Format(time.DateOnly)
		}
	}
	for _, u := range []string{m.canonical, pageURL} {
		if c := Canonical(u); c != "" {
			a.ID, a.URL = c, c
			break
		}
	}
	// The headline often opens the text too; the title carries it.
	if first, rest, ok := strings.Cut(a.Text, "\n\n"); ok && strings.TrimSpace(first) == a.Title {
		a.Text = rest
	}
	return a, nil
}

// clean collapses runs of white space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// paragraphs reflows rendered text: one paragraph a line group, blank
// lines between, spaces collapsed.
func paragraphs(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = clean(line); line != "" {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n\n") + "\n"
}

// pageDate reads a date from page metadata as a day, YYYY-MM-DD: an ISO
// date or date-time (the day as written), or an RFC 1123 date; "" when it
// cannot.
func pageDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d, err := extract.ParseDate(s); err == nil {
		return d
	}
	if len(s) >= 10 {
		if d, err := extract.ParseDate(s[:10]); err == nil && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return d
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "2 January 2006", "January 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// readMeta reads the page's title, date, canonical URL and site name, in
// order of trust: OpenGraph and article: properties, JSON-LD, named <meta>,
// <link rel=canonical>, <time datetime>, <title>.
func readMeta(doc *html.Node, pageURL string) pageMeta {
	var m, ld pageMeta
	var titleTag, timeTag, linkCanon string
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = strings.TrimSpace(v)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				v := attr(n, "content")
				switch key {
				case "og:title":
					set(&m.title, v)
				case "og:site_name", "application-name":
					set(&m.site, v)
				case "og:url":
					set(&m.canonical, v)
				case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date":
					set(&m.date, v)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set(&linkCanon, attr(n, "href"))
				}
			case atom.Title:
				if n.FirstChild != nil {
					set(&titleTag, n.FirstChild.Data)
				}
			case atom.Time:
				set(&timeTag, attr(n, "datetime"))
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &ld)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// A canonical link names the page best; og:url is often the same.
	if linkCanon != "" {
		m.canonical = linkCanon
	}
	set(&m.title, ld.title)
	set(&m.date, ld.date)
	set(&m.site, ld.site)
	set(&m.canonical, ld.canonical)
	set(&m.date, timeTag)
	set(&m.title, titleTag)
	if m.canonical != "" {
		m.canonical = resolve(pageURL, m.canonical)
	}
	return m
}

// readJSONLD takes a NewsArticle's headline, datePublished, url and
// publisher from a JSON-LD script: an object, an array or an @graph.
func readJSONLD(s string, m *pageMeta) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				visit(x)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g)
			}
			str := func(k string) string { s, _ := v[k].(string); return s }
			typ := fmt.Sprint(v["@type"])
			if !strings.Contains(typ, "Article") && !strings.Contains(typ, "Posting") && !strings.Contains(typ, "Report") {
				return
			}
			if m.title == "" {
				m.title = str("headline")
			}
			if m.date == "" {
				m.date = str("datePublished")
			}
			if m.canonical == "" {
				m.canonical = str("url")
			}
			if p, ok := v["publisher"].(map[string]any); ok && m.site == "" {
				m.site, _ = p["name"].(string)
			}
		}
	}
	visit(v)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// boilerWords are class, id and role words of page furniture: an element
// that has one as a word of its class or id is cut before readability sees
// the page.
var boilerWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "banner": true,
	"comment": true, "comments": true, "disqus": true, "respond": true, "replies": true,
	"newsletter": true, "subscribe": true, "signup": true, "promo": true, "paywall": true,
	"related": true, "recommended": true, "popular": true, "trending": true, "most-read": true, "read-more": true, "readmore": true,
	"share": true, "sharing": true, "social": true, "breadcrumb": true, "breadcrumbs": true,
	"nav": true, "navbar": true, "menu": true, "topbar": true, "sidebar": true, "widget": true,
	"ad": true, "ads": true, "advert": true, "advertisement": true, "sponsored": true, "outbrain": true, "taboola": true,
	"tags": true, "byline": true, "author": true, "dateline": true, "meta": true, "timestamp": true,
}

// maxDepth is the deepest an element of a page may sit and be read.
const maxDepth = 128

// prune cuts page furniture from doc: navigation, asides, forms, footers,
// scripts, and elements whose class, id or role names furniture. The html,
// body and main elements stay whatever their class.
//
// Elements nested deeper than maxDepth are cut too: readability's time
// grows with the square of the depth (5,000 nested divs took 2s), and no
// story sits that deep.
func prune(doc *html.Node) {
	var cut []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode && (isBoilerplate(n) || depth > maxDepth) {
			cut = append(cut, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	for _, n := range cut {
		n.Parent.RemoveChild(n)
	}
}

func isBoilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Head:
		return false
	case atom.Nav, atom.Aside, atom.Form, atom.Footer, atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Button, atom.Template:
		return n.DataAtom != atom.Script || !strings.EqualFold(attr(n, "type"), "application/ld+json")
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search":
		return true
	}
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		for _, tok := range strings.Fields(strings.ToLower(v)) {
			if boilerWords[tok] {
				return true
			}
			for _, w := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
				// "article-body" is no furniture, "comments-section" is.
				if boilerWords[w] && !strings.Contains(tok, "body") && !strings.Contains(tok, "content") {
					return n.DataAtom != atom.Article || w == "comment" || w == "comments"
				}
			}
		}
	}
	return false
}
