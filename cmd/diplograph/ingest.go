package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/ingest"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func newIngestCmd(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "ingest [FILE|DIR|URL|-]...",
		Short: "Extract triples from articles and load them into Neo4j in one pass",
		Long: `Ingest extracts articles in parallel and loads them through one writer.
Each article commits whole or not at all; an article already in the graph
with the same text is skipped, so an interrupted run resumes where it
stopped. The schema is applied first.

` + inputHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			sources, err := a.sources(&in, args)
			if err != nil {
				return err
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				if err := graph.Apply(ctx, d, a.cfg.Neo4j.Database); err != nil {
					return err
				}
				extractor, err := extractorID(a.cfg.Dictionaries)
				if err != nil {
					return err
				}
				began := time.Now()
				prog := newProgress(a.stderr, args)
				cfg := a.pipeline(x, prog)
				cfg.Loader = a.loader(d, x.Gazetteer())
				cfg.ExtractorID = extractor
				// Run lets the transaction in hand finish after Ctrl-C: an
				// article commits or rolls back whole.
				st, err := ingest.Run(ctx, cfg, sources...)
				prog.done()
				total := st.Stats
				slog.Debug("ingested", "articles", total.Articles, "unchanged", total.Unchanged, "events", total.Events,
					"nodes_created", total.NodesCreated, "rels_created", total.RelsCreated, "rejected", st.Rejected,
					"duplicates", st.Duplicates, "seconds", fmt.Sprintf("%.1f", time.Since(began).Seconds()))
				summary := fmt.Sprintf("ingested %d articles (%d unchanged), %d events, %d rejected, in %.1fs",
					total.Articles, total.Unchanged, total.Events, st.Rejected, time.Since(began).Seconds())
				if st.Duplicates > 0 {
					summary += fmt.Sprintf("; %d stories met again (same canonical URL) read once", st.Duplicates)
				}
				var be *graph.BatchError
				if errors.As(err, &be) && be.Unconfirmed {
					summary += fmt.Sprintf("; %d more articles were in a commit whose answer was lost: they may be in the graph", be.N)
				}
				fmt.Fprintln(a.stdout, summary)
				if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
					return fmt.Errorf("interrupted after %d articles; run the same command again to resume", total.Articles+total.Unchanged)
				}
				if err != nil {
					return a.serverError(err, "run the same command again once Neo4j answers: articles already loaded are skipped")
				}
				if st.Rejected > 0 {
					return fmt.Errorf("%d input records rejected: %w", st.Rejected, errRejected)
				}
				return nil
			})
		},
	}
	in.add(cmd.Flags())
	return cmd
}

// inputHelp describes the inputs of extract and ingest.
const inputHelp = `Inputs, by extension or --format: plain text (.txt; the id is the file
name), JSON Lines (.jsonl, one {"id","title","text","date","url","source"}
object a line; - reads them from standard input), HTML pages (.html, .htm)
and http(s):// URLs (main text, title, date, canonical URL and site name;
menus, banners, related links and comments left out), RSS/Atom/JSON feeds
(.rss, .atom, .xml or a feed URL: each item's page is fetched unless the
item holds the full text; --since leaves out older items), URL lists (.urls,
a .txt of URLs, or --urls FILE), CSV/TSV exports (.csv, .tsv; --map names
the columns) and WARC archives (.warc, .warc.gz: the HTML responses).
Folders are read recursively. A web article's id is its canonical URL, so
a story met twice (in a feed and a list) is read once. Pages are fetched at
most 2 at a time per host, honouring robots.txt, with retries on 429 and
5xx, and kept in a cache (--cache-dir) so a second run fetches nothing.`

// inputFlags are the flags of the commands that read articles.
type inputFlags struct {
	format   string
	urls     []string
	mapping  string
	since    string
	cacheDir string
	noCache  bool
	offline  bool
	perHost  int
	timeout  time.Duration
}

func (f *inputFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&f.format, "format", "", "read every input as this format: "+strings.Join(ingest.Formats, ", ")+" (default: by extension or content type)")
	fs.StringSliceVar(&f.urls, "urls", nil, "a file of URLs, one a line, whose pages are read (repeatable)")
	fs.StringVar(&f.mapping, "map", "", "CSV/TSV columns of the article fields, as text=body,date=published_at,url=link (fields: id, title, text, date, url, source; a column is a header name or a number from 1)")
	fs.StringVar(&f.since, "since", "", "feeds: leave out items published before this day (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.cacheDir, "cache-dir", "", "where fetched pages are kept (default: the user cache directory's diplograph/web)")
	fs.BoolVar(&f.noCache, "no-cache", false, "fetch every page, keep none")
	fs.BoolVar(&f.offline, "offline", false, "fetch nothing: read pages from the cache only")
	fs.IntVar(&f.perHost, "per-host", ingest.DefaultPerHost, "requests at once to one web host")
	fs.DurationVar(&f.timeout, "fetch-timeout", ingest.DefaultTimeout, "the longest a page may take to arrive")
}

// sources turns the arguments and input flags into the run's sources.
func (a *app) sources(f *inputFlags, args []string) ([]ingest.Source, error) {
	if f.format != "" && !slices.Contains(ingest.Formats, f.format) {
		return nil, &usageError{fmt.Errorf("--format %q: want one of %s", f.format, strings.Join(ingest.Formats, ", ")), "--format html"}
	}
	m, err := ingest.ParseMapping(f.mapping)
	if err != nil {
		return nil, &usageError{fmt.Errorf("--map: %w", err), "--map text=body,date=published_at,url=link"}
	}
	if err := checkDateFlag("since", f.since); err != nil {
		return nil, err
	}
	var since time.Time
	if f.since != "" {
		since, _ = time.Parse(map[int]string{4: "2006", 7: "2006-01", 10: time.DateOnly}[len(f.since)], f.since)
	}
	if f.perHost < 1 {
		return nil, &usageError{fmt.Errorf("--per-host must be at least 1, got %d", f.perHost), "--per-host 2"}
	}
	fetcher := ingest.NewFetcher(ingest.UserAgent(buildVersion()))
	fetcher.PerHost = f.perHost
	fetcher.Timeout = f.timeout
	fetcher.Offline = f.offline
	if !f.noCache {
		dir := f.cacheDir
		if dir == "" {
			d, err := os.UserCacheDir()
			if err != nil {
				return nil, &usageError{fmt.Errorf("no cache directory: %w", err), "--cache-dir DIR or --no-cache"}
			}
			dir = filepath.Join(d, "diplograph", "web")
		}
		fetcher.Cache = &ingest.Cache{Dir: dir, MaxAge: ingest.DefaultCacheAge}
	}
	if len(args) == 0 && len(f.urls) == 0 {
		args = []string{"-"}
	}
	var sources []ingest.Source
	if len(args) > 0 {
		sources = append(sources, &ingest.Inputs{Args: args, Format: f.format, Stdin: a.stdin, Fetcher: fetcher, Map: m, Since: since})
	}
	if len(f.urls) > 0 {
		sources = append(sources, &ingest.Inputs{Args: f.urls, Format: "urls", Fetcher: fetcher, Since: since})
	}
	return sources, nil
}

// pipeline is the configuration every run of the pipeline shares: workers,
// the confidence floor, rejections on stderr, progress.
func (a *app) pipeline(x *extract.Extractor, prog *progress) ingest.Config {
	cfg := ingest.Config{
		Extractor:     x,
		Workers:       a.cfg.Workers,
		BatchSize:     a.cfg.BatchSize,
		MinConfidence: a.cfg.MinConfidence,
		Reject: func(err error) {
			var le *graph.LimitError
			if errors.As(err, &le) && le.What == "triples" {
				err = fmt.Errorf("%w (raise max-triples to load it)", err)
			}
			fmt.Fprintln(a.stderr, "diplograph: rejected:", err)
		},
	}
	if prog != nil {
		cfg.Progress = prog.add
	}
	return cfg
}

// buildVersion is the module version of this build, "" for a development build.
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return ""
}

// shortID quotes an article id for a message, cut to 60 bytes.
func shortID(id string) string { return ingest.ShortID(id) }

func newRetractCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "retract ARTICLE_ID...",
		Short: "Remove what the given articles asserted from the graph",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, ids []string) error {
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				st, missing, err := a.loader(d, nil).Retract(ctx, ids)
				if err != nil {
					return a.serverError(err, "run the same command again once Neo4j answers: retracting is idempotent")
				}
				msg := fmt.Sprintf("retracted %d articles: %d nodes and %d relationships deleted", st.Retracted, st.NodesDeleted, st.RelsDeleted)
				if len(missing) > 0 {
					var q []string
					for _, id := range missing[:min(len(missing), 10)] {
						q = append(q, shortID(id))
					}
					if len(missing) > 10 {
						q = append(q, fmt.Sprintf("and %d more", len(missing)-10))
					}
					msg += fmt.Sprintf("; %d not in the graph: %s", len(missing), strings.Join(q, ", "))
				}
				fmt.Fprintln(a.stdout, msg)
				return nil
			})
		},
	}
}

// extractorID identifies this build's extractor: the sha256 of the running
// executable, which holds the rules and the dictionaries. A new build
// re-extracts on ingest what an older one loaded; extra dictionaries count too.
func extractorID(dictionaries []string) (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("find the executable: %w", err)
	}
	h := sha256.New()
	for _, path := range append([]string{exe}, dictionaries...) {
		f, err := os.Open(path)
		if err != nil {
			return "", fmt.Errorf("extractor id: %w", err)
		}
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("extractor id: %w", err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// loader makes the run's loader; gaz, when given, supplies actors' aliases.
func (a *app) loader(d neo4j.DriverWithContext, gaz *extract.Gazetteer) *graph.Loader {
	l := graph.NewLoader(d)
	l.Database = a.cfg.Neo4j.Database
	l.BatchSize = a.cfg.BatchSize
	l.Limits.Triples = a.cfg.MaxTriples
	l.RetryBudget = a.cfg.Neo4j.RetryBudget
	if gaz != nil {
		l.Aliases = func(id string) []string {
			if e, ok := gaz.Entity(id); ok {
				return e.Aliases
			}
			return nil
		}
	}
	return l
}
