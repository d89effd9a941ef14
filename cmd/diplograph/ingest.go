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
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"
)

func newIngestCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "ingest [FILE|DIR|-]...",
		Short: "Extract triples from articles and load them into Neo4j in one pass",
		Long: `Ingest extracts articles in parallel and loads them through one writer.
Each article commits whole or not at all; an article already in the graph
with the same text is skipped, so an interrupted run resumes where it
stopped. The schema is applied first.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				if err := graph.Apply(ctx, d, a.cfg.Neo4j.Database); err != nil {
					return err
				}
				l := a.loader(d, x.Gazetteer())
				// Articles already in the graph with the same text are not
				// extracted again: a rerun after an interruption resumes, and a
				// re-ingest of the same input does almost nothing.
				have, err := l.Checksums(ctx)
				if err != nil {
					return err
				}
				extractor, err := extractorID(a.cfg.Dictionaries)
				if err != nil {
					return err
				}
				meta := func(art *extract.Article) schema.Article {
					return schema.Article{ID: art.ID, Title: art.Title, Date: art.Date, Source: art.Source, URL: art.URL,
						SHA256: art.SHA256(), Extractor: extractor}
				}
				unchanged := func(art *extract.Article) bool { return have[art.ID] == graph.Checksum(meta(art)) }
				var total graph.Stats
				var pending []graph.ArticleTriples
				// Where each pending article was read, for the lines that reject it.
				origins := map[string]string{}
				l.Reject = func(art schema.Article, err error) {
					var le *graph.LimitError
					if errors.As(err, &le) && le.What == "triples" {
						err = fmt.Errorf("%w (raise max-triples to load it)", err)
					}
					fmt.Fprintf(a.stderr, "diplograph: rejected: %s: article %s: %v\n", origins[art.ID], shortID(art.ID), err)
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
				began := time.Now()
				// Load lets the transaction in hand finish after Ctrl-C: an
				// article commits or rolls back whole.
				st, err := a.extractSkipping(ctx, x, args, unchanged, func(art *extract.Article, ts []schema.Triple) error {
					m := meta(art)
					for i := range ts {
						ts[i].Article = m
					}
					// A batch is one transaction: it is sent before the
					// article that would take it over batch-size.
					if n > 0 && n+len(ts) > a.cfg.BatchSize {
						if err := flush(ctx); err != nil {
							return err
						}
					}
					pending = append(pending, graph.ArticleTriples{Article: m, Triples: ts})
					origins[art.ID] = origin(art)
					n += len(ts)
					return nil
				})
				if ferr := flush(ctx); err == nil {
					err = ferr
				}
				total.Unchanged += st.skipped
				rejected := st.rejected + total.Rejected
				slog.Debug("ingested", "articles", total.Articles, "unchanged", total.Unchanged, "events", total.Events,
					"nodes_created", total.NodesCreated, "rels_created", total.RelsCreated, "rejected", rejected,
					"seconds", fmt.Sprintf("%.1f", time.Since(began).Seconds()))
				summary := fmt.Sprintf("ingested %d articles (%d unchanged), %d events, %d rejected, in %.1fs",
					total.Articles, total.Unchanged, total.Events, rejected, time.Since(began).Seconds())
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
				if rejected > 0 {
					return fmt.Errorf("%d input records rejected: %w", rejected, errRejected)
				}
				return nil
			})
		},
	}
}

// origin says where an article was read: file:line, or the file.
func origin(art *extract.Article) string {
	if art.Line > 0 {
		return fmt.Sprintf("%s:%d", art.File, art.Line)
	}
	if art.File == "" {
		return "stdin"
	}
	return art.File
}

// shortID quotes an article id for a message, cut to 60 bytes.
func shortID(id string) string {
	if len(id) <= 60 {
		return strconv.Quote(id)
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(id[cut]) {
		cut--
	}
	return fmt.Sprintf("%q… (%d bytes)", id[:cut], len(id))
}

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
