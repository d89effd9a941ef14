package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/schema"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"
)

func newExtractCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "extract [FILE|DIR|-]...",
		Short: "Extract triples from articles and write them as JSON Lines",
		Long: `Extract reads plain text files (.txt), JSON Lines exports (.jsonl, one
{"id","title","text","date","url","source"} object a line), folders of them
(recursively) and - for JSON Lines on standard input, and writes one triple a
line to standard output. Bad records are reported on standard error with their
file and line; the exit status is 2 when any was rejected.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(a.stdout, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			st, err := a.extractAll(cmd.Context(), x, args, func(_ *extract.Article, ts []schema.Triple) error {
				for i := range ts {
					if err := enc.Encode(&ts[i]); err != nil {
						return err
					}
				}
				return nil
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			slog.Info("extracted", "articles", st.articles, "triples", st.triples, "rejected", st.rejected,
				"seconds", fmt.Sprintf("%.1f", time.Since(st.began).Seconds()))
			if err != nil {
				return err
			}
			if st.rejected > 0 {
				return fmt.Errorf("%d input records rejected: %w", st.rejected, errRejected)
			}
			return nil
		},
	}
}

// extractor loads the gazetteer, with the configured extra dictionaries.
func (a *app) extractor() (*extract.Extractor, error) {
	gaz, err := extract.LoadGazetteer(a.cfg.Dictionaries...)
	if err != nil {
		return nil, err
	}
	return extract.New(gaz), nil
}

type runStats struct {
	began    time.Time
	articles int
	triples  int
	rejected int
	skipped  int // unchanged articles, not extracted again
}

// extractAll reads the articles of paths and extracts them on a.cfg.Workers
// goroutines, handing each article's triples to emit in input order, on one
// goroutine.
func (a *app) extractAll(ctx context.Context, x *extract.Extractor, paths []string, emit func(*extract.Article, []schema.Triple) error) (runStats, error) {
	return a.extractSkipping(ctx, x, paths, nil, emit)
}

// extractSkipping is extractAll that does not extract the articles for which
// skip is true (ingest: those already in the graph unchanged); they count
// in runStats.skipped.
func (a *app) extractSkipping(ctx context.Context, x *extract.Extractor, paths []string, skip func(*extract.Article) bool, emit func(*extract.Article, []schema.Triple) error) (runStats, error) {
	st := runStats{began: time.Now()}
	type job struct {
		art     *extract.Article
		triples []schema.Triple
		done    chan struct{}
		err     error
	}
	g, gctx := errgroup.WithContext(ctx)
	jobs := make(chan *job, a.cfg.Workers*4)
	ordered := make(chan *job, a.cfg.Workers*4)
	seen := map[string]int{}
	r := &extract.Reader{Stdin: a.stdin, Reject: func(e *extract.RecordError) {
		st.rejected++
		fmt.Fprintln(a.stderr, "diplograph: rejected:", e)
	}}
	g.Go(func() error {
		defer close(jobs)
		defer close(ordered)
		line := 0
		return r.Read(gctx, paths, func(art *extract.Article) error {
			line++
			if prev, dup := seen[art.ID]; dup {
				st.rejected++
				fmt.Fprintf(a.stderr, "diplograph: rejected: article %q (article %d of the run) repeats the id of article %d\n", art.ID, line, prev)
				return nil
			}
			seen[art.ID] = line
			if skip != nil && skip(art) {
				st.skipped++
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
		})
	})
	for range a.cfg.Workers {
		g.Go(func() error {
			for j := range jobs {
				j.triples, j.err = x.Extract(gctx, j.art)
				j.triples = slices.DeleteFunc(j.triples, func(t schema.Triple) bool { return t.Confidence < a.cfg.MinConfidence })
				close(j.done)
			}
			return nil
		})
	}
	prog := newProgress(a.stderr, paths)
	defer prog.done()
	g.Go(func() error {
		for j := range ordered {
			select {
			case <-j.done:
			case <-gctx.Done():
				return gctx.Err()
			}
			if j.err != nil {
				return fmt.Errorf("extract article %s: %w", j.art.ID, j.err)
			}
			st.articles++
			st.triples += len(j.triples)
			if err := emit(j.art, j.triples); err != nil {
				return err
			}
			prog.add(len(j.triples), int64(len(j.art.Text)+len(j.art.Title)))
		}
		return nil
	})
	err := g.Wait()
	return st, err
}
