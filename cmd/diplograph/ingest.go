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
	"time"

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
				n := 0
				flush := func(ctx context.Context) error {
					if len(pending) == 0 {
						return nil
					}
					st, err := l.Load(ctx, pending)
					total.Add(st)
					pending = pending[:0]
					n = 0
					return err
				}
				began := time.Now()
				// Writes finish even after Ctrl-C: the article in hand commits or rolls back whole.
				wctx := context.WithoutCancel(ctx)
				st, err := a.extractSkipping(ctx, x, args, unchanged, func(art *extract.Article, ts []schema.Triple) error {
					m := meta(art)
					for i := range ts {
						ts[i].Article = m
					}
					pending = append(pending, graph.ArticleTriples{Article: m, Triples: ts})
					n += len(ts)
					if n >= a.cfg.BatchSize {
						if err := flush(wctx); err != nil {
							return err
						}
					}
					return nil
				})
				if ferr := flush(wctx); err == nil {
					err = ferr
				}
				total.Unchanged += st.skipped
				slog.Debug("ingested", "articles", total.Articles, "unchanged", total.Unchanged, "events", total.Events,
					"nodes_created", total.NodesCreated, "rels_created", total.RelsCreated, "rejected", st.rejected,
					"seconds", fmt.Sprintf("%.1f", time.Since(began).Seconds()))
				fmt.Fprintf(a.stdout, "ingested %d articles (%d unchanged), %d events, %d rejected, in %.1fs\n",
					total.Articles, total.Unchanged, total.Events, st.rejected, time.Since(began).Seconds())
				if ctx.Err() != nil && (err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)) {
					return fmt.Errorf("interrupted after %d articles; run the same command again to resume", total.Articles+total.Unchanged)
				}
				if err != nil {
					return &usageError{err, "run the same command again once Neo4j answers: articles already loaded are skipped"}
				}
				if st.rejected > 0 {
					return fmt.Errorf("%d input records rejected: %w", st.rejected, errRejected)
				}
				return nil
			})
		},
	}
}

func newRetractCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "retract ARTICLE_ID...",
		Short: "Remove what the given articles asserted from the graph",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, ids []string) error {
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				st, err := a.loader(d, nil).Retract(ctx, ids)
				if err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "retracted %d articles: %d nodes and %d relationships deleted\n", len(ids), st.NodesDeleted, st.RelsDeleted)
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
