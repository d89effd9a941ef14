package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/diplograph/diplograph/schema"
	"github.com/spf13/cobra"
)

// kindColors are the node colours of the actor kinds in Neo4j Browser.
var kindColors = []struct{ label, color string }{
	{"Actor", "#A5ABB6"},
	{"Country", "#4C8EDA"},
	{"Organization", "#F79767"},
	{"Person", "#57C7E3"},
	{"Group", "#C990C0"},
}

// relationColor colours a relation type by its Goldstein score: green for
// cooperation, red for conflict, grey for the neutral and for REPRESENTS.
func relationColor(info schema.RelationInfo) string {
	switch {
	case info.Relation == schema.Represents:
		return "#A5ABB6"
	case info.Goldstein >= 3:
		return "#2E9E44"
	case info.Goldstein > 0:
		return "#8BC34A"
	case info.Goldstein <= -5:
		return "#C62828"
	default:
		return "#EF6C00"
	}
}

// browserStyle returns the Neo4j Browser style sheet of the graph: a map
// from GraSS selector to properties.
func browserStyle() map[string]map[string]string {
	style := map[string]map[string]string{
		"node":         {"diameter": "50px", "color": "#A5ABB6", "border-color": "#9AA1AC", "border-width": "2px", "text-color-internal": "#FFFFFF", "font-size": "10px", "caption": "{name}"},
		"relationship": {"color": "#A5ABB6", "shaft-width": "2px", "font-size": "8px", "padding": "3px", "text-color-external": "#000000", "text-color-internal": "#FFFFFF", "caption": "<type>"},
		"node.Article": {"color": "#FFE081", "border-color": "#9AA1AC", "text-color-internal": "#604A0E", "diameter": "40px", "caption": "{title}"},
		"node.Event":   {"color": "#DA7194", "border-color": "#CC3C6C", "text-color-internal": "#FFFFFF", "diameter": "30px", "caption": "{relation}"},
	}
	for _, k := range kindColors {
		style["node."+k.label] = map[string]string{"color": k.color, "border-color": k.color, "text-color-internal": "#FFFFFF", "caption": "{name}", "diameter": "55px"}
	}
	for _, r := range schema.Relations {
		style["relationship."+string(r.Relation)] = map[string]string{"color": relationColor(r), "shaft-width": "3px", "caption": "<type>"}
	}
	return style
}

// writeGrass writes the style sheet as GraSS, selectors in a stable order.
func writeGrass(w io.Writer, style map[string]map[string]string) {
	order := []string{"node", "relationship", "node.Article", "node.Event"}
	for _, k := range kindColors {
		order = append(order, "node."+k.label)
	}
	for _, r := range schema.Relations {
		order = append(order, "relationship."+string(r.Relation))
	}
	for _, sel := range order {
		props := style[sel]
		fmt.Fprintf(w, "%s {\n", sel)
		for _, key := range []string{"diameter", "color", "border-color", "border-width", "text-color-internal", "text-color-external", "shaft-width", "font-size", "padding", "caption"} {
			if v, ok := props[key]; ok {
				if key == "caption" {
					v = "'" + v + "'"
				}
				fmt.Fprintf(w, "  %s: %s;\n", key, v)
			}
		}
		fmt.Fprintln(w, "}")
	}
}

func newBrowserCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{Use: "browser", Short: "What Neo4j Browser needs to show the graph well"}
	var format string
	style := &cobra.Command{
		Use:   "style",
		Short: "Print the Browser style sheet (GraSS, or JSON for :style and browser.post_connect_cmd)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			switch format {
			case "grass":
				writeGrass(a.stdout, browserStyle())
				return nil
			case "json":
				b, err := json.Marshal(browserStyle())
				if err != nil {
					return err
				}
				if strings.ContainsAny(string(b), ";\n") {
					return fmt.Errorf("style JSON holds a semicolon or newline; browser.post_connect_cmd would split it")
				}
				fmt.Fprintln(a.stdout, string(b))
				return nil
			}
			return &usageError{fmt.Errorf("--format %q is not grass or json", format), "--format grass"}
		},
	}
	style.Flags().StringVar(&format, "format", "grass", "grass or json")
	cmd.AddCommand(style)
	return cmd
}
