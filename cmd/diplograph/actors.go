package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"
)

func newActorsCmd(a *app) *cobra.Command {
	var unresolved bool
	var limit int
	var format string
	cmd := &cobra.Command{
		Use:   "actors [SEARCH]",
		Short: "Search the gazetteer, or list the commonest actors no dictionary knows",
		Long: `actors SEARCH lists the dictionary's actors whose id, name or alias
contains SEARCH. actors --unresolved lists the names seen in relations that no
dictionary knows, commonest first, to help grow the dictionaries (--dictionary).`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			if unresolved {
				return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
					q := graph.NewQuerier(d)
					q.Database = a.cfg.Neo4j.Database
					rows, err := q.Unresolved(ctx, limit)
					if err != nil {
						return err
					}
					return printRows(a, format, rows)
				})
			}
			if len(args) == 0 {
				return &usageError{fmt.Errorf("actors needs a search term or --unresolved"), "diplograph actors Russia"}
			}
			x, err := a.extractor()
			if err != nil {
				return err
			}
			rows := graph.Rows{Keys: []string{"id", "kind", "name", "wikidata", "country", "aliases"}}
			for _, e := range x.Gazetteer().Search(args[0]) {
				aliases := e.Aliases
				if len(aliases) > 8 {
					aliases = append(aliases[:8:8], "…")
				}
				rows.Values = append(rows.Values, []any{e.ID, string(e.Kind), e.Name, e.Wikidata, e.Country, strings.Join(aliases, "|")})
				if len(rows.Values) >= limit {
					break
				}
			}
			return printRows(a, format, rows)
		},
	}
	cmd.Flags().BoolVar(&unresolved, "unresolved", false, "list unknown actors seen in relations (needs Neo4j)")
	cmd.Flags().IntVar(&limit, "limit", 50, "rows")
	cmd.Flags().StringVar(&format, "format", "table", "table, json or csv")
	return cmd
}
