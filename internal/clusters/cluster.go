package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options configure [Build].
type Options struct {
	Words    int // cluster at most this many words, the most frequent
	MinCount int // and only words seen at least this often
	Contexts int // the most frequent words are the context features
	MinLeaf  int // a cluster of fewer words is not split
	MaxDepth int // the longest path
	Window   int // context words on each side (1 or 2)
}

// DefaultOptions returns the options `make model` uses.
func DefaultOptions() Options {
	return Options{Words: 60000, MinCount: 3, Contexts: 1000, MinLeaf: 40, MaxDepth: 20, Window: 2}
}

// corpus is a token stream of word ids; -1 separates paragraphs and
// sentences.
type corpus struct {
	ids    map[string]int32
	words  []string
	counts []int64
	stream []int32
	tokens int64
	// Occurrences inside a sentence (after a word or a comma), and how many
	// of them are capitalized (all-capital words are not counted).
	mid, upper []int64
}

func newCorpus() *corpus { return &corpus{ids: map[string]int32{}} }

func (c *corpus) addTokens(toks []string) {
	if len(toks) == 0 {
		return
	}
	for k, t := range toks {
		lt := strings.ToLower(t)
		id, ok := c.ids[lt]
		if !ok {
			id = int32(len(c.words))
			c.ids[lt] = id
			c.words = append(c.words, lt)
			c.counts = append(c.counts, 0)
			c.mid = append(c.mid, 0)
			c.upper = append(c.upper, 0)
		}
		c.counts[id]++
		c.stream = append(c.stream, id)
		if k > 0 && midSentence(toks[k-1]) {
			switch caseOf(t) {
			case lowerCase:
				c.mid[id]++
			case capitalized:
				c.mid[id]++
				c.upper[id]++
			}
		}
	}
	c.tokens += int64(len(toks))
	c.stream = append(c.stream, -1)
}

const (
	noLetter = iota
	lowerCase
	capitalized
	allCaps
)

// caseOf classifies a token by its letters.
func caseOf(t string) int {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLetter(r) {
		return noLetter
	}
	if !unicode.IsUpper(r) {
		return lowerCase
	}
	for _, r := range t[utf8.RuneLen(r):] {
		if unicode.IsLower(r) {
			return capitalized
		}
	}
	if utf8.RuneCountInString(t) == 1 {
		return capitalized
	}
	return allCaps
}

// midSentence reports whether a word after prev is inside a sentence: prev
// is a comma or ends in a letter or digit.
func midSentence(prev string) bool {
	if prev == "," {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// minMid is how often a word must occur inside sentences for its
// capitalization rate to be given.
const minMid = 3

// Cluster is a word and its path in the cluster tree.
type Cluster struct {
	Word  string
	Path  string // "0110…": the branches from the root
	Count int64  // occurrences in the corpus
	Upper int    // percent of the occurrences inside a sentence that are capitalized; -1 if too few
}

// byFrequency returns the word ids of c, most frequent first, ties in
// byte order of the word.
func (c *corpus) byFrequency() []int32 {
	ids := make([]int32, len(c.words))
	for i := range ids {
		ids[i] = int32(i)
	}
	slices.SortFunc(ids, func(a, b int32) int {
		if r := cmp.Compare(c.counts[b], c.counts[a]); r != 0 {
			return r
		}
		return strings.Compare(c.words[a], c.words[b])
	})
	return ids
}

// vectors holds one sparse unit vector per clustered word (CSR).
type vectors struct {
	start []int32 // len(words)+1
	dim   []int32
	val   []float32
	ndim  int
}

func (v *vectors) row(i int32) ([]int32, []float32) {
	a, b := v.start[i], v.start[i+1]
	return v.dim[a:b], v.val[a:b]
}

func (v *vectors) dot(i int32, dense []float32) float32 {
	d, x := v.row(i)
	s := float32(0)
	for k, j := range d {
		s += x[k] * dense[j]
	}
	return s
}

func (v *vectors) addTo(i int32, scale float32, dense []float32) {
	d, x := v.row(i)
	for k, j := range d {
		dense[j] += scale * x[k]
	}
}

// Build clusters the frequent words of c.
func Build(ctx context.Context, c *corpus, opts Options) ([]Cluster, error) {
	order := c.byFrequency()
	vocab := make([]int32, 0, opts.Words) // word ids clustered, by frequency
	row := make([]int32, len(c.words))    // word id → row, -1 if not clustered
	ctxDim := make([]int32, len(c.words)) // word id → context index, -1 if not a context
	for i := range row {
		row[i], ctxDim[i] = -1, -1
	}
	for k, id := range order {
		if k < opts.Contexts {
			ctxDim[id] = int32(k)
		}
		if len(vocab) < opts.Words && c.counts[id] >= int64(opts.MinCount) {
			row[id] = int32(len(vocab))
			vocab = append(vocab, id)
		}
	}
	if len(vocab) < 2 {
		return nil, fmt.Errorf("only %d words occur %d times or more", len(vocab), opts.MinCount)
	}
	// Dimensions: block b (positions -W..-1, +1..+W) holds context word
	// 0..C-1, other word C, boundary C+1, from b*(C+2).
	C := int32(opts.Contexts)
	side := C + 2
	win := max(1, min(opts.Window, 2))
	blocks := 2 * win
	ctxOf := func(id int32) int32 {
		switch {
		case id < 0:
			return C + 1
		case ctxDim[id] < 0:
			return C
		}
		return ctxDim[id]
	}
	keys := make([]uint64, 0, blocks*len(c.stream))
	s := c.stream
	at := func(i int) int32 {
		if i < 0 || i >= len(s) {
			return -1
		}
		return s[i]
	}
	for i, id := range s {
		if id < 0 || row[id] < 0 {
			continue
		}
		r := uint64(row[id]) << 32
		b := int32(0)
		for off := -win; off <= win; off++ {
			if off == 0 {
				continue
			}
			// A boundary ends the context: words across it are boundaries.
			cw := at(i + off)
			if off == -2 && at(i-1) < 0 || off == 2 && at(i+1) < 0 {
				cw = -1
			}
			keys = append(keys, r|uint64(b*side+ctxOf(cw)))
			b++
		}
	}
	slices.Sort(keys)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	v := &vectors{start: make([]int32, len(vocab)+1), ndim: int(int32(blocks) * side)}
	total := make([]float64, blocks)
	flushRow := func(r int, from int) {
		// Hellinger: the square root of p(context | word) in each block,
		// scaled so the whole vector has unit length.
		for k := from; k < len(v.val); k++ {
			b := v.dim[k] / side
			v.val[k] = float32(math.Sqrt(float64(v.val[k]) / total[b] / float64(blocks)))
		}
		v.start[r+1] = int32(len(v.val))
	}
	cur, from := -1, 0
	for i := 0; i < len(keys); {
		k := keys[i]
		j := i
		for j < len(keys) && keys[j] == k {
			j++
		}
		r, d := int(k>>32), int32(uint32(k))
		for cur < r {
			if cur >= 0 {
				flushRow(cur, from)
			}
			cur++
			from = len(v.val)
			clear(total)
		}
		v.dim = append(v.dim, d)
		v.val = append(v.val, float32(j-i))
		total[d/side] += float64(j - i)
		i = j
	}
	for cur < len(vocab) {
		if cur >= 0 {
			flushRow(cur, from)
		}
		cur++
		from = len(v.val)
		clear(total)
	}
	keys = nil

	paths := make([]string, len(vocab))
	members := make([]int32, len(vocab))
	for i := range members {
		members[i] = int32(i)
	}
	b := &bisector{v: v, opts: opts, mu: make([]float32, v.ndim), dir: make([]float32, v.ndim),
		next: make([]float32, v.ndim), c0: make([]float32, v.ndim), c1: make([]float32, v.ndim)}
	if err := b.split(ctx, members, "", paths); err != nil {
		return nil, err
	}
	out := make([]Cluster, len(vocab))
	for r, id := range vocab {
		out[r] = Cluster{Word: c.words[id], Path: paths[r], Count: c.counts[id], Upper: -1}
		if c.mid[id] >= minMid {
			out[r].Upper = int((200*c.upper[id] + c.mid[id]) / (2 * c.mid[id])) // rounded
		}
	}
	slices.SortFunc(out, func(a, b Cluster) int {
		if r := strings.Compare(a.Path, b.Path); r != 0 {
			return r
		}
		return strings.Compare(a.Word, b.Word)
	})
	return out, nil
}

// bisector splits sets of rows of v in two, recursively.
type bisector struct {
	v                     *vectors
	opts                  Options
	mu, dir, next, c0, c1 []float32
}

// split assigns path+… to the rows in members, splitting them while there
// are at least MinLeaf and the path is shorter than MaxDepth.
func (b *bisector) split(ctx context.Context, members []int32, path string, paths []string) error {
	if len(members) < b.opts.MinLeaf || len(path) >= b.opts.MaxDepth {
		for _, r := range members {
			paths[r] = path
		}
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	left := b.bisect(members, path)
	if left == 0 || left == len(members) {
		for _, r := range members {
			paths[r] = path
		}
		return nil
	}
	if err := b.split(ctx, members[:left], path+"0", paths); err != nil {
		return err
	}
	return b.split(ctx, members[left:], path+"1", paths)
}

// bisect reorders members so that the first part is one side of the split
// and returns its size. The split is the sign of the projection on the
// principal direction (a few power iterations from a start that depends only
// on path), refined by 2-means.
func (b *bisector) bisect(members []int32, path string) int {
	v, mu, dir, next := b.v, b.mu, b.dir, b.next
	n := float32(len(members))
	clear(mu)
	for _, r := range members {
		v.addTo(r, 1/n, mu)
	}
	seed := uint64(1)
	for _, ch := range path {
		seed = seed*2 + uint64(ch-'0')
	}
	rng := rand.New(rand.NewPCG(seed, 0xc105e7))
	for j := range dir {
		dir[j] = float32(rng.NormFloat64())
	}
	normalize(dir)
	proj := make([]float32, len(members))
	for range 12 {
		m := dotDense(mu, dir)
		clear(next)
		for i, r := range members {
			proj[i] = v.dot(r, dir) - m
			v.addTo(r, proj[i], next)
		}
		// next = Σ x_i (x_i·d − μ·d); the μ term sums to zero.
		if normalize(next) == 0 {
			break
		}
		dir, next = next, dir
	}
	m := dotDense(mu, dir)
	side := make([]bool, len(members))
	for i, r := range members {
		side[i] = v.dot(r, dir)-m > 0
	}
	c0, c1 := b.c0, b.c1
	for range 10 {
		clear(c0)
		clear(c1)
		var n0, n1 float32
		for i, r := range members {
			if side[i] {
				v.addTo(r, 1, c1)
				n1++
			} else {
				v.addTo(r, 1, c0)
				n0++
			}
		}
		if n0 == 0 || n1 == 0 {
			break
		}
		scale(c0, 1/n0)
		scale(c1, 1/n1)
		q0, q1 := dotDense(c0, c0), dotDense(c1, c1)
		changed := false
		for i, r := range members {
			// |x−c|² = |x|² − 2x·c + |c|²; |x| is the same for both.
			s := q1-2*v.dot(r, c1) < q0-2*v.dot(r, c0)
			if s != side[i] {
				side[i] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	// Stable partition: side false first.
	tmp := make([]int32, 0, len(members))
	for i, r := range members {
		if !side[i] {
			tmp = append(tmp, r)
		}
	}
	k := len(tmp)
	for i, r := range members {
		if side[i] {
			tmp = append(tmp, r)
		}
	}
	copy(members, tmp)
	return k
}

func dotDense(a, b []float32) float32 {
	s := float32(0)
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func scale(a []float32, f float32) {
	for i := range a {
		a[i] *= f
	}
}

func normalize(a []float32) float32 {
	n := float32(math.Sqrt(float64(dotDense(a, a))))
	if n > 0 {
		scale(a, 1/n)
	}
	return n
}

// writeClusters writes one "path<TAB>word<TAB>count<TAB>upper" line per word
// (upper is the percent of capitalized occurrences inside a sentence, or -1)
// and returns the number of distinct paths.
func writeClusters(w *bufio.Writer, cl []Cluster) int {
	leaves := 0
	for i, c := range cl {
		if i == 0 || c.Path != cl[i-1].Path {
			leaves++
		}
		path := c.Path
		if path == "" {
			path = "0" // a single cluster
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\n", path, c.Word, c.Count, c.Upper)
	}
	return leaves
}

// abbrevs keep their final period.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "gen": true, "gov": true, "sen": true,
	"rep": true, "lt": true, "col": true, "sgt": true, "capt": true, "prof": true, "vs": true,
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// clitics are split off the end of a word as in the Penn Treebank
// ("don't" → "do n't", "Iran's" → "Iran 's").
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m"}

// tokenize splits text roughly as the Penn Treebank and UD English do:
// punctuation at either end of a word is a token, clitics are split off, and
// hyphens, apostrophes and periods inside a word stay.
func tokenize(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		var tail []string
		for f != "" {
			r, size := utf8.DecodeRuneInString(f)
			if !isEdgePunct(r) {
				break
			}
			out = append(out, f[:size])
			f = f[size:]
		}
		for f != "" {
			r, size := utf8.DecodeLastRuneInString(f)
			if !isEdgePunct(r) && r != '.' {
				break
			}
			if r == '.' {
				w := strings.ToLower(f[:len(f)-1])
				if abbrevs[w] || strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 {
					break
				}
			}
			tail = append(tail, f[len(f)-size:])
			f = f[:len(f)-size]
		}
		if f != "" {
			lf := strings.ToLower(f)
			for _, c := range clitics {
				if len(lf) > len(c) && strings.HasSuffix(lf, c) {
					out = append(out, f[:len(f)-len(c)])
					f = f[len(f)-len(c):]
					break
				}
			}
			out = append(out, f)
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func isEdgePunct(r rune) bool {
	switch r {
	case '.', '-', '/', '&', '%', '$', '#', '@', '*', '+', '=':
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
