package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"
)

func newQueryCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "query", Short: "Ask the graph questions"}
	var params []string
	var write bool
	var format string
	cypher := &cobra.Command{
		Use:   "cypher QUERY",
		Short: "Run a Cypher query (read-only unless --write) and print the rows",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p := map[string]any{}
			for _, kv := range params {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					return &usageError{fmt.Errorf("--param %q is not key=value", kv), "--param country=RUS"}
				}
				p[k] = v
			}
			return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
				mode := neo4j.AccessModeRead
				if write {
					mode = neo4j.AccessModeWrite
				}
				sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: a.cfg.Neo4j.Database, AccessMode: mode})
				defer sess.Close(ctx)
				work := func(tx neo4j.ManagedTransaction) (*neo4j.EagerResult, error) {
					res, err := tx.Run(ctx, args[0], p)
					if err != nil {
						return nil, err
					}
					recs, err := res.Collect(ctx)
					if err != nil {
						return nil, err
					}
					keys, _ := res.Keys()
					return &neo4j.EagerResult{Keys: keys, Records: recs}, nil
				}
				var res *neo4j.EagerResult
				var err error
				if write {
					res, err = neo4j.ExecuteWrite(ctx, sess, work)
				} else {
					res, err = neo4j.ExecuteRead(ctx, sess, work)
				}
				if err != nil {
					return fmt.Errorf("query: %w", err)
				}
				return printRows(a, format, res.Keys, res.Records)
			})
		},
	}
	cypher.Flags().StringArrayVar(&params, "param", nil, "query parameter key=value, repeatable")
	cypher.Flags().BoolVar(&write, "write", false, "allow the query to write")
	cypher.Flags().StringVar(&format, "format", "table", "table or json")
	cmd.AddCommand(cypher)
	return cmd
}

func printRows(a *app, format string, keys []string, recs []*neo4j.Record) error {
	switch format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		for _, r := range recs {
			m := map[string]any{}
			for i, k := range keys {
				m[k] = r.Values[i]
			}
			if err := enc.Encode(m); err != nil {
				return err
			}
		}
		return nil
	case "table":
		tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(keys, "\t"))
		for _, r := range recs {
			cells := make([]string, len(r.Values))
			for i, v := range r.Values {
				cells[i] = fmt.Sprint(v)
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		return tw.Flush()
	}
	return &usageError{fmt.Errorf("--format %q is not table or json", format), "--format json"}
}
