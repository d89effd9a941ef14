package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/ingest"
	"github.com/diplograph/diplograph/schema"
	"github.com/spf13/cobra"
)

func newExtractCmd(a *app) *cobra.Command {
	var in inputFlags
	var articles bool
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|URL|-]...",
		Short: "Extract triples from articles and write them as JSON Lines",
		Long: `Extract reads articles and writes one triple a line to standard output
(with --articles, the articles themselves, as JSON Lines ingest and extract
read: a converter). Bad records are reported on standard error with their
file (or URL) and line; the exit status is 2 when any was rejected.

` + inputHelp,
		RunE: func(cmd *cobra.Command, args []string) error {
			sources, err := a.sources(&in, args)
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(a.stdout, 1<<16)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			began := time.Now()
			var st ingest.Stats
			if articles {
				st, err = ingest.Articles(cmd.Context(), a.pipeline(nil, nil), func(art *extract.Article) error {
					// The JSON Lines record, text last so that a line's head shows the rest.
					return enc.Encode(struct {
						ID     string `json:"id"`
						Title  string `json:"title"`
						Date   string `json:"date"`
						URL    string `json:"url"`
						Source string `json:"source"`
						Text   string `json:"text"`
					}{art.ID, art.Title, art.Date, art.URL, art.Source, art.Text})
				}, sources...)
			} else {
				x, xerr := a.extractor()
				if xerr != nil {
					return xerr
				}
				prog := newProgress(a.stderr, args)
				st, err = ingest.Extract(cmd.Context(), a.pipeline(x, prog), func(_ *extract.Article, ts []schema.Triple) error {
					for i := range ts {
						if err := enc.Encode(&ts[i]); err != nil {
							return err
						}
					}
					return nil
				}, sources...)
				prog.done()
			}
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			slog.Info("extracted", "articles", st.Extracted, "triples", st.Triples, "rejected", st.Rejected,
				"seconds", fmt.Sprintf("%.1f", time.Since(began).Seconds()))
			if err != nil {
				return err
			}
			if st.Rejected > 0 {
				return fmt.Errorf("%d input records rejected: %w", st.Rejected, errRejected)
			}
			return nil
		},
	}
	in.add(cmd.Flags())
	cmd.Flags().BoolVar(&articles, "articles", false, "write the articles read (JSON Lines), not triples: no extraction")
	return cmd
}

// extractor loads the gazetteer, with the configured extra dictionaries.
func (a *app) extractor() (*extract.Extractor, error) {
	gaz, err := extract.LoadGazetteer(a.cfg.Dictionaries...)
	if err != nil {
		return nil, err
	}
	return extract.New(gaz), nil
}
