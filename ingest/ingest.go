package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/schema"
	"golang.org/x/sync/errgroup"
)

// DefaultWorkers is the number of extraction goroutines when Config.Workers is 0.
const DefaultWorkers = 4

// Extractor is what a run extracts with: an [*extract.Extractor]. An
// [*extract.InternalError] from it costs the article, which is rejected; any
// other error ends the run.
type Extractor interface {
	Extract(ctx context.Context, a *extract.Article) ([]schema.Triple, error)
}

// Config is what a run needs besides its sources. Extractor is required;
// Loader only by [Run].
type Config struct {
	Extractor Extractor
	Loader    *graph.Loader
	// ExtractorID identifies the extractor build: an article loaded by
	// another build is extracted again.
	ExtractorID   string
	Workers       int     // extraction goroutines (default DefaultWorkers)
	BatchSize     int     // triples per write transaction (default: Loader.BatchSize)
	MinConfidence float64 // triples below it are dropped
	// Reject is told of each input record that is not extracted or not
	// loaded: an [*extract.RecordError] (file or URL and why), a
	// [*DuplicateError], or a [*ArticleError]. The run goes on.
	Reject func(error)
	// Progress is called after each article with its triples and bytes.
	Progress func(triples int, bytes int64)
	Logger   *slog.Logger // default slog.Default()
}

// Stats counts a run.
type Stats struct {
	graph.Stats     // what the loader wrote (Run only)
	Extracted   int // articles extracted
	Triples     int // triples kept
	Skipped     int // articles already in the graph unchanged, not extracted
	Duplicates  int // web stories met again in the run (same canonical URL), read once
	Rejected    int // input records rejected, articles the extractor failed on and articles the loader refused
}

// DuplicateError is an article whose id an earlier article of the run had.
type DuplicateError struct {
	ID        string
	N, First  int // the article's number in the run, and the first one's
	File      string
	FirstFile string
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("article %q (article %d of the run) repeats the id of article %d", e.ID, e.N, e.First)
}

// ArticleError is an article the extractor failed on or the loader refused:
// where it was read, and why. The run goes on without it.
type ArticleError struct {
	Origin string // file:line, file, URL or "stdin"
	ID     string
	Err    error
}

func (e *ArticleError) Error() string {
	return fmt.Sprintf("%s: article %s: %v", e.Origin, ShortID(e.ID), e.Err)
}
func (e *ArticleError) Unwrap() error { return e.Err }

// Run reads the sources, extracts their articles in parallel and loads them
// through cfg.Loader, one transaction per batch of about cfg.BatchSize
// triples. An article already in the graph with the same text, by the same
// extractor, is not extracted again, so a rerun after an interruption
// resumes. A batch in flight when ctx is cancelled commits or rolls back
// whole.
func Run(ctx context.Context, cfg Config, sources ...Source) (Stats, error) {
	if cfg.Loader == nil {
		return Stats{}, errors.New("ingest: Config.Loader is nil")
	}
	cfg.Reject = serialized(cfg.Reject)
	l := cfg.Loader
	batch := cfg.BatchSize
	if batch <= 0 {
		batch = l.BatchSize
	}
	have, err := l.Checksums(ctx)
	if err != nil {
		return Stats{}, err
	}
	meta := func(art *extract.Article) schema.Article {
		return schema.Article{ID: art.ID, Title: art.Title, Date: art.Date, Source: art.Source, URL: art.URL,
			SHA256: art.SHA256(), Extractor: cfg.ExtractorID}
	}
	var total graph.Stats
	var pending []graph.ArticleTriples
	// Where each pending article was read, for the lines that reject it.
	origins := map[string]string{}
	prevReject := l.Reject
	defer func() { l.Reject = prevReject }()
	l.Reject = func(art schema.Article, err error) {
		if cfg.Reject != nil {
			cfg.Reject(&ArticleError{Origin: origins[art.ID], ID: art.ID, Err: err})
		}
	}
	n := 0
	flush := func(ctx context.Context) error {
		if len(pending) == 0 {
			return nil
		}
		st, err := l.Load(ctx, pending)
		total.Add(st)
		pending = pending[:0]
		clear(origins)
		n = 0
		return err
	}
	skip := func(art *extract.Article) bool { return have[art.ID] == graph.Checksum(meta(art)) }
	st, err := run(ctx, cfg, sources, skip, func(art *extract.Article, ts []schema.Triple) error {
		m := meta(art)
		for i := range ts {
			ts[i].Article = m
		}
		// A batch is one transaction: it is sent before the article that
		// would take it over the batch size.
		if n > 0 && n+len(ts) > batch {
			if err := flush(ctx); err != nil {
				return err
			}
		}
		pending = append(pending, graph.ArticleTriples{Article: m, Triples: ts})
		origins[art.ID] = Origin(art)
		n += len(ts)
		return nil
	})
	if ferr := flush(ctx); err == nil {
		err = ferr
	}
	total.Unchanged += st.Skipped
	st.Stats = total
	st.Rejected += total.Rejected
	return st, err
}

// Extract reads the sources and extracts their articles on cfg.Workers
// goroutines, handing each article's triples to emit in input order, on one
// goroutine. It does not need cfg.Loader.
func Extract(ctx context.Context, cfg Config, emit func(*extract.Article, []schema.Triple) error, sources ...Source) (Stats, error) {
	cfg.Reject = serialized(cfg.Reject)
	return run(ctx, cfg, sources, nil, emit)
}

// serialized makes reject safe to call from the reader and the loader at
// once: one message at a time.
func serialized(reject func(error)) func(error) {
	if reject == nil {
		return nil
	}
	var mu sync.Mutex
	return func(err error) {
		mu.Lock()
		defer mu.Unlock()
		reject(err)
	}
}

// Articles reads the sources and hands each article to fn, in order, with
// the checks of a run (repeated ids) but no extraction.
func Articles(ctx context.Context, cfg Config, fn func(*extract.Article) error, sources ...Source) (Stats, error) {
	var st Stats
	d := newDedup(&cfg, &st)
	for _, src := range sources {
		err := src.Read(ctx, func(art *extract.Article) error {
			if !d.first(art) {
				return nil
			}
			st.Extracted++
			return fn(art)
		}, func(e *extract.RecordError) { d.reject(e) })
		if err != nil {
			return st, err
		}
	}
	return st, nil
}

// dedup drops the second article of a run with an id already seen: a
// rejection for records, a duplicate for web stories, whose id is their
// canonical URL.
type dedup struct {
	cfg  *Config
	st   *Stats
	seen map[string]int
	n    int
}

func newDedup(cfg *Config, st *Stats) *dedup { return &dedup{cfg: cfg, st: st, seen: map[string]int{}} }

func (d *dedup) reject(err error) {
	d.st.Rejected++
	if d.cfg.Reject != nil {
		d.cfg.Reject(err)
	}
}

func (d *dedup) first(art *extract.Article) bool {
	d.n++
	prev, dup := d.seen[art.ID]
	if !dup {
		d.seen[art.ID] = d.n
		return true
	}
	if isWebID(art.ID) {
		d.st.Duplicates++
		d.logger().Debug("same story again", "article", art.ID, "from", Origin(art))
		return false
	}
	d.reject(&DuplicateError{ID: art.ID, N: d.n, First: prev, File: Origin(art)})
	return false
}

func (d *dedup) logger() *slog.Logger {
	if d.cfg.Logger != nil {
		return d.cfg.Logger
	}
	return slog.Default()
}

// isWebID reports whether id is a web story's: its canonical URL.
func isWebID(id string) bool {
	return strings.HasPrefix(id, "https://") || strings.HasPrefix(id, "http://")
}

// run is the pipeline: one goroutine reads the sources, cfg.Workers
// extract, one hands the results to emit in input order. Articles for which
// skip is true are not extracted; they count in Stats.Skipped.
func run(ctx context.Context, cfg Config, sources []Source, skip func(*extract.Article) bool, emit func(*extract.Article, []schema.Triple) error) (Stats, error) {
	if cfg.Extractor == nil {
		return Stats{}, errors.New("ingest: Config.Extractor is nil")
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = DefaultWorkers
	}
	var st Stats
	type job struct {
		art     *extract.Article
		triples []schema.Triple
		done    chan struct{}
		err     error
	}
	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan *job, workers*4)
	ordered := make(chan *job, workers*4)
	d := newDedup(&cfg, &st)
	failed := 0 // articles the extractor failed on: counted by the last goroutine
	g.Go(func() error {
		defer close(jobs)
		defer close(ordered)
		for _, src := range sources {
			err := src.Read(gctx, func(art *extract.Article) error {
				if !d.first(art) {
					return nil
				}
				if skip != nil && skip(art) {
					st.Skipped++
					return nil
				}
				j := &job{art: art, done: make(chan struct{})}
				select {
				case jobs <- j:
				case <-gctx.Done():
					return gctx.Err()
				}
				select {
				case ordered <- j:
				case <-gctx.Done():
					return gctx.Err()
				}
				return nil
			}, func(e *extract.RecordError) { d.reject(e) })
			if err != nil {
				return err
			}
		}
		return nil
	})
	for range workers {
		g.Go(func() error {
			for j := range jobs {
				j.triples, j.err = cfg.Extractor.Extract(gctx, j.art)
				j.triples = slices.DeleteFunc(j.triples, func(t schema.Triple) bool { return t.Confidence < cfg.MinConfidence })
				close(j.done)
			}
			return nil
		})
	}
	g.Go(func() error {
		for j := range ordered {
			select {
			case <-j.done:
			case <-gctx.Done():
				return gctx.Err()
			}
			if j.err != nil {
				var ie *extract.InternalError
				if !errors.As(j.err, &ie) {
					return fmt.Errorf("extract article %s: %w", j.art.ID, j.err)
				}
				// A bug met on one article costs that article, not the run.
				failed++
				d.logger().Debug("extraction failed", "article", j.art.ID, "stack", string(ie.Stack))
				if cfg.Reject != nil {
					cfg.Reject(&ArticleError{Origin: Origin(j.art), ID: j.art.ID, Err: j.err})
				}
				continue
			}
			st.Extracted++
			st.Triples += len(j.triples)
			if err := emit(j.art, j.triples); err != nil {
				return err
			}
			if cfg.Progress != nil {
				cfg.Progress(len(j.triples), int64(len(j.art.Text)+len(j.art.Title)))
			}
		}
		return nil
	})
	err := g.Wait()
	st.Rejected += failed
	return st, err
}

// Origin says where an article was read: file:line, the file, the URL, or
// "stdin".
func Origin(art *extract.Article) string {
	if art.Line > 0 {
		return fmt.Sprintf("%s:%d", art.File, art.Line)
	}
	if art.File == "" {
		return "stdin"
	}
	return art.File
}

// ShortID quotes an article id for a message, cut to 60 bytes.
func ShortID(id string) string {
	if len(id) <= 60 {
		return strconv.Quote(id)
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(id[cut]) {
		cut--
	}
	return fmt.Sprintf("%q… (%d bytes)", id[:cut], len(id))
}
