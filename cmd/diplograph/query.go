package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/schema"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/spf13/cobra"
)

func newQueryCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Ask the graph the analysts' questions",
		Long: `Actor arguments accept ids, names and aliases ("RUS", "Russia", "Russian
Federation", "Lavrov"). Output is an aligned table, or --format json|csv.`,
	}
	var format string
	cmd.PersistentFlags().StringVar(&format, "format", "table", "table, json or csv")
	// querier runs f with a Querier on the run's driver.
	querier := func(cmd *cobra.Command, f func(context.Context, *graph.Querier) (graph.Rows, error)) error {
		if err := checkFormat(format); err != nil {
			return err
		}
		return a.withDriver(cmd.Context(), func(ctx context.Context, d neo4j.DriverWithContext) error {
			q := graph.NewQuerier(d)
			q.Database = a.cfg.Neo4j.Database
			rows, err := f(ctx, q)
			if err != nil {
				return err
			}
			return printRows(a, format, rows)
		})
	}

	// actorQuery is querier for questions about actors: f gets the ids that
	// each of args names.
	actorQuery := func(cmd *cobra.Command, args []string, f func(context.Context, *graph.Querier, [][]string) (graph.Rows, error)) error {
		return querier(cmd, func(ctx context.Context, q *graph.Querier) (graph.Rows, error) {
			ids := make([][]string, len(args))
			for i, s := range args {
				var err error
				if ids[i], err = a.resolveActor(ctx, q, s); err != nil {
					return graph.Rows{}, err
				}
			}
			return f(ctx, q, ids)
		})
	}

	var rollup bool
	relations := &cobra.Command{
		Use:   "relations ACTOR ACTOR",
		Short: "Everything between two actors, both ways, with evidence and dates",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return actorQuery(cmd, args, func(ctx context.Context, q *graph.Querier, ids [][]string) (graph.Rows, error) {
				return q.Relations(ctx, ids[0], ids[1], rollup)
			})
		},
	}
	relations.Flags().BoolVar(&rollup, "rollup", false, "count people for the country or body they represent")

	var since, by string
	timeline := &cobra.Command{
		Use:   "timeline ACTOR",
		Short: "Events per period with the mean Goldstein score (cooperation–conflict curve)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkDateFlag("since", since); err != nil {
				return err
			}
			if by != "year" && by != "month" && by != "day" {
				return &usageError{fmt.Errorf("--by %q is not year, month or day", by), "--by month"}
			}
			return actorQuery(cmd, args, func(ctx context.Context, q *graph.Querier, ids [][]string) (graph.Rows, error) {
				return q.Timeline(ctx, ids[0], since, by)
			})
		},
	}
	timeline.Flags().StringVar(&since, "since", "", "first period, as YYYY, YYYY-MM or YYYY-MM-DD")
	timeline.Flags().StringVar(&by, "by", "month", "year, month or day")

	var relation string
	var limit int
	top := &cobra.Command{
		Use:   "top",
		Short: "The actor pairs with the most events (of one --relation)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var rel schema.Relation
			if relation != "" {
				var err error
				if rel, err = schema.ParseRelation(relation); err != nil {
					return &usageError{err, "--relation VETOED (see diplograph query cypher 'CALL db.relationshipTypes()')"}
				}
			}
			return querier(cmd, func(ctx context.Context, q *graph.Querier) (graph.Rows, error) {
				return q.Top(ctx, rel, limit)
			})
		},
	}
	top.Flags().StringVar(&relation, "relation", "", "relation type, e.g. VETOED")
	top.Flags().IntVar(&limit, "limit", 20, "rows")

	neighbors := &cobra.Command{
		Use:   "neighbors ACTOR",
		Short: "The actors related to an actor, most events first",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return actorQuery(cmd, args, func(ctx context.Context, q *graph.Querier, ids [][]string) (graph.Rows, error) {
				return q.Neighbors(ctx, ids[0], limit)
			})
		},
	}
	neighbors.Flags().IntVar(&limit, "limit", 50, "rows")

	var params []string
	var write bool
	cypher := &cobra.Command{
		Use:   "cypher QUERY",
		Short: "Run any Cypher query (read-only unless --write)",
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
			return querier(cmd, func(ctx context.Context, q *graph.Querier) (graph.Rows, error) {
				var rows graph.Rows
				var err error
				if write {
					rows, err = q.Write(ctx, args[0], p)
				} else {
					rows, err = q.ReadOnly(ctx, args[0], p)
				}
				if errors.Is(err, graph.ErrNotReadOnly) {
					return rows, &usageError{fmt.Errorf("query: %w", err), "--write runs it as it is"}
				}
				if err != nil {
					err = fmt.Errorf("query: %w", err)
				}
				return rows, err
			})
		},
	}
	cypher.Flags().StringArrayVar(&params, "param", nil, "query parameter key=value (a string), repeatable")
	cypher.Flags().BoolVar(&write, "write", false, "allow the query to write")

	cmd.AddCommand(relations, timeline, top, neighbors, cypher)
	return cmd
}

// resolveActor turns an id, name or alias into the actor ids it names: the
// gazetteer first, then the graph (for actors no dictionary knows).
func (a *app) resolveActor(ctx context.Context, q *graph.Querier, s string) ([]string, error) {
	gaz, err := extract.LoadGazetteer(a.cfg.Dictionaries...)
	if err != nil {
		return nil, err
	}
	if e, ok := gaz.Resolve(s); ok {
		return []string{e.ID}, nil
	}
	ids, err := q.ResolveActor(ctx, s)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, &usageError{fmt.Errorf("no actor is called %q", s), fmt.Sprintf("diplograph actors %q", s)}
	}
	return ids, nil
}

// checkDateFlag checks the value of a date flag: YYYY, YYYY-MM or
// YYYY-MM-DD, a day that exists (empty is no date).
func checkDateFlag(flag, s string) error {
	if s == "" {
		return nil
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: time.DateOnly}[len(s)]
	shape := layout != ""
	for i := 0; shape && i < len(s); i++ {
		shape = (s[i] == '-') == (layout[i] == '-') && (s[i] == '-' || s[i] >= '0' && s[i] <= '9')
	}
	hint := "--" + flag + " 2017-06"
	if !shape {
		return &usageError{fmt.Errorf("--%s %q is not a date: want YYYY, YYYY-MM or YYYY-MM-DD", flag, s), hint}
	}
	if _, err := time.Parse(layout, s); err != nil {
		return &usageError{fmt.Errorf("--%s %q: no such date", flag, s), hint}
	}
	return nil
}

func checkFormat(format string) error {
	switch format {
	case "table", "json", "csv":
		return nil
	}
	return &usageError{fmt.Errorf("--format %q is not table, json or csv", format), "--format json"}
}

// printRows writes rows as an aligned table, JSON Lines or CSV.
func printRows(a *app, format string, rows graph.Rows) error {
	cell := func(v any) string {
		switch v := v.(type) {
		case nil:
			return ""
		case float64:
			return fmt.Sprintf("%.2f", v)
		case []any:
			parts := make([]string, len(v))
			for i, x := range v {
				parts[i] = fmt.Sprint(x)
			}
			return strings.Join(parts, ",")
		}
		return fmt.Sprint(v)
	}
	switch format {
	case "json":
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		for _, r := range rows.Values {
			m := make(map[string]any, len(rows.Keys))
			for i, k := range rows.Keys {
				m[k] = r[i]
			}
			if err := enc.Encode(m); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		w := csv.NewWriter(a.stdout)
		_ = w.Write(rows.Keys)
		for _, r := range rows.Values {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = cell(v)
			}
			_ = w.Write(rec)
		}
		w.Flush()
		return w.Error()
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	head := make([]string, len(rows.Keys))
	for i, k := range rows.Keys {
		head[i] = terminalSafe(strings.ToUpper(k))
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rows.Values {
		cells := make([]string, len(r))
		for i, v := range r {
			c := cell(v)
			if utf8.RuneCountInString(c) > 120 {
				c = string([]rune(c)[:117]) + "..."
			}
			cells[i] = terminalSafe(c)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// terminalSafe makes s safe to print on a terminal, in a table cell: tabs
// and line breaks become spaces, and the other control characters (C0, DEL,
// C1) and the bidirectional controls (U+202E, …) are shown escaped, as
// \x1b or \u202e, so that text cannot clear the screen, set the window
// title or reorder what is printed. Invalid UTF-8 bytes show as \xff.
func terminalSafe(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, "\\x%02x", r)
		case unsafeRune(r):
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeRune reports the runes a terminal may act on: control characters
// and the bidirectional marks, embeddings, overrides and isolates.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || r == 0x061c || r == 0x200e || r == 0x200f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
