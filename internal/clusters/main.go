// Command clusters computes hierarchical word clusters from unlabelled text
// for the tagger and parser of package extract/parse, in the spirit of Brown
// clusters (Koo et al. 2008) but cheaper: each frequent word is represented
// by the distribution of the words around it (by default the two before and
// the two after, each position a block; Hellinger weighting: the square root
// of the conditional probability of each of the most frequent context
// words), and the words are split top-down into a binary tree by
// principal-direction bisection refined with 2-means. A word's cluster is its
// path from the root, as a string of 0s and 1s, so that prefixes of a path
// are coarser clusters, as with Brown clusters.
//
//	go run ./internal/clusters -jsonl ../shared/corpus/large.jsonl \
//	    -conllu ../shared/treebank/en_ewt-ud-train.conllu -out bin/clusters.tsv
//
// The output has one line per word, "path<TAB>word<TAB>count<TAB>upper", the
// format of Liang's wcluster plus a column that tells how often the word is
// capitalized inside a sentence (percent of its occurrences after a word or
// a comma, -1 if it occurs there fewer than 3 times): a proper-noun signal
// that lower-cased clusters lose. Lines are sorted by path and word; words
// are lower-cased. The same inputs and flags give the same file byte for
// byte: the only random numbers come from a PCG seeded by each node's path,
// nothing depends on map order, and one goroutine does the work.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stderr)
	stop()
	os.Exit(code)
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("clusters", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var jsonl, conllu listFlag
	fs.Var(&jsonl, "jsonl", "JSON-lines file of articles whose \"text\" field is read (repeatable)")
	fs.Var(&conllu, "conllu", "CoNLL-U file whose word forms are read (repeatable)")
	out := fs.String("out", "clusters.tsv", "output file")
	opts := DefaultOptions()
	fs.IntVar(&opts.Words, "words", opts.Words, "cluster at most this many words, the most frequent")
	fs.IntVar(&opts.MinCount, "min-count", opts.MinCount, "cluster only words seen at least this often")
	fs.IntVar(&opts.Contexts, "contexts", opts.Contexts, "context words: the most frequent ones")
	fs.IntVar(&opts.MinLeaf, "min-leaf", opts.MinLeaf, "do not split a cluster of fewer words")
	fs.IntVar(&opts.MaxDepth, "max-depth", opts.MaxDepth, "longest path")
	fs.IntVar(&opts.Window, "window", opts.Window, "context words on each side, 1 or 2")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if len(jsonl)+len(conllu) == 0 {
		fmt.Fprintln(stderr, "clusters: give -jsonl or -conllu files")
		return 2
	}
	start := time.Now()
	c := newCorpus()

	for _, name := range jsonl {
		if err := readFile(name, c.addJSONL); err != nil {
			fmt.Fprintln(stderr, "clusters:", err)
			return 1
		}
	}
	for _, name := range conllu {
		if err := readFile(name, c.addCoNLLU); err != nil {
			fmt.Fprintln(stderr, "clusters:", err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "read %d tokens, %d word types (%s)\n", c.tokens, len(c.words), time.Since(start).Round(time.Millisecond))
	cl, err := Build(ctx, c, opts)
	if err != nil {
		fmt.Fprintln(stderr, "clusters:", err)
		return 1
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(stderr, "clusters:", err)
		return 1
	}
	bw := bufio.NewWriter(f)
	leaves := writeClusters(bw, cl)
	err = bw.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(stderr, "clusters:", err)
		return 1
	}
	fmt.Fprintf(stderr, "wrote %s: %d words in %d clusters (%s)\n", *out, len(cl), leaves, time.Since(start).Round(time.Millisecond))
	return 0
}

func readFile(name string, add func(io.Reader) error) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := add(f); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// addJSONL adds the "text" field of each JSON line; blank lines separate
// paragraphs, which are not contexts of each other.
func (c *corpus) addJSONL(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	line := 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
		for _, para := range strings.Split(a.Text, "\n") {
			c.addTokens(tokenize(para))
		}
	}
	return sc.Err()
}

// addCoNLLU adds the word forms of each sentence of a CoNLL-U file
// (multiword-token lines and empty nodes skipped).
func (c *corpus) addCoNLLU(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var sent []string
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			c.addTokens(sent)
			sent = sent[:0]
			continue
		}
		if line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 || strings.ContainsAny(f[0], "-.") {
			continue
		}
		sent = append(sent, f[1])
	}
	c.addTokens(sent)
	return sc.Err()
}
