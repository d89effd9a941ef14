package schema

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed cypher/*.cypher
var cypherFS embed.FS

// Statements returns the Cypher statements that create the graph's
// constraints and indexes, in order. Each is idempotent (IF NOT EXISTS).
func Statements() []string {
	names, _ := fs.Glob(cypherFS, "cypher/*.cypher")
	sort.Strings(names)
	var out []string
	for _, n := range names {
		b, _ := cypherFS.ReadFile(n)
		for _, s := range strings.Split(string(b), ";") {
			var lines []string
			for _, l := range strings.Split(s, "\n") {
				if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "//") {
					lines = append(lines, l)
				}
			}
			if len(lines) > 0 {
				out = append(out, strings.TrimSpace(strings.Join(lines, "\n")))
			}
		}
	}
	return out
}
