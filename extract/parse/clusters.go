package parse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WordCluster is what a word cluster file says about one word.
type WordCluster struct {
	Path  string // the word's branches from the root of a binary cluster tree, "0110…"
	Upper int    // percent of its occurrences inside a sentence that are capitalized; -1 if unknown
}

// ReadClusters reads a word cluster file: one word a line, as
// "path<TAB>word", "path<TAB>word<TAB>count" (the format of Liang's
// wcluster) or "path<TAB>word<TAB>count<TAB>upper" (internal/clusters),
// where path is the word's branch sequence from the root of a binary cluster
// tree, in 0s and 1s, and upper the percent of the word's occurrences inside
// a sentence that are capitalized, or -1. Words are lower-cased.
func ReadClusters(r io.Reader) (map[string]WordCluster, error) {
	out := map[string]WordCluster{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[1] == "" {
			return nil, fmt.Errorf("cluster line %d: want path<TAB>word", line)
		}
		if _, err := clusterCode(f[0]); err != nil {
			return nil, fmt.Errorf("cluster line %d: %w", line, err)
		}
		c := WordCluster{Path: f[0], Upper: -1}
		if len(f) >= 4 {
			u, err := strconv.Atoi(f[3])
			if err != nil || u < -1 || u > 100 {
				return nil, fmt.Errorf("cluster line %d: capitalization %q is not a percent or -1", line, f[3])
			}
			c.Upper = u
		}
		out[strings.ToLower(f[1])] = c
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return out, nil
}

// upperBucket maps a capitalization percent to 1..5 (0: unknown).
func upperBucket(u int) uint8 {
	switch {
	case u < 0:
		return 0
	case u <= 2:
		return 1
	case u <= 20:
		return 2
	case u <= 60:
		return 3
	case u <= 95:
		return 4
	}
	return 5
}
