package parse

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
)

// The tagger is a greedy left-to-right averaged perceptron over Penn
// Treebank tags (XPOS), with the features of Collins (2002) and Honnibal's
// write-up: the word, its affixes and shape, the two words on each side and
// the two previous tags.

// pad is the number of sentinel words on each side of a sentence in the
// padded wordInfo slices the tagger reads.
const pad = 2

var sentinels = [4]wordInfo{}

func init() {
	for i, s := range []string{"-START2-", "-START-", "-END-", "-END2-"} {
		h := strHash("\x00" + s)
		sentinels[i] = wordInfo{form: h, lower: h, pre1: h, pre2: h, pre3: h,
			suf1: h, suf2: h, suf3: h, suf4: h, shape: h, flags: 1 << 10,
			c4: h, c6: h, c10: h, cf: h, up: h}
	}
}

// padWords hashes words into ws (reused if large enough): ws[pad+i] is
// word i, with sentinels around. lex, if not nil, gives the tags seen with
// frequent words.
func padWords(words []string, ws []wordInfo, lex lexicon) []wordInfo {
	n := len(words) + 2*pad
	if cap(ws) < n {
		ws = make([]wordInfo, n)
	}
	ws = ws[:n]
	ws[0], ws[1] = sentinels[0], sentinels[1]
	for i, w := range words {
		wi := &ws[pad+i]
		hashWord(w, wi)
		lex.fill(wi)
	}
	ws[n-2], ws[n-1] = sentinels[2], sentinels[3]
	return ws
}

const numTagFeats = 53

// tagFeats appends the features for word i (0-based) given the previous
// two predicted tags (class+1, 0 before the sentence).
func tagFeats(out []uint32, ws []wordInfo, i int, p1, p2 uint64) []uint32 {
	j := i + pad
	w := &ws[j]
	wm1, wm2 := &ws[j-1], &ws[j-2]
	wp1, wp2 := &ws[j+1], &ws[j+2]
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(out,
		fkey(1, 0, 0, 0),
		fkey(2, w.lower, 0, 0),
		fkey(3, w.form, 0, 0),
		fkey(4, w.suf1, 0, 0),
		fkey(5, w.suf2, 0, 0),
		fkey(6, w.suf3, 0, 0),
		fkey(7, w.suf4, 0, 0),
		fkey(8, w.pre1, 0, 0),
		fkey(9, w.pre2, 0, 0),
		fkey(10, w.pre3, 0, 0),
		fkey(11, w.shape, 0, 0),
		fkey(12, w.flags, first, 0),
		fkey(13, p1, 0, 0),
		fkey(14, p1, p2, 0),
		fkey(15, p1, w.lower, 0),
		fkey(16, wm1.lower, 0, 0),
		fkey(17, wm1.suf3, 0, 0),
		fkey(18, wm2.lower, 0, 0),
		fkey(19, wp1.lower, 0, 0),
		fkey(20, wp1.suf3, 0, 0),
		fkey(21, wp2.lower, 0, 0),
		fkey(22, wm1.lower, w.lower, 0),
		fkey(23, w.lower, wp1.lower, 0),
		fkey(24, p1, wp1.lower, 0),
		fkey(25, wp1.shape, 0, 0),
		fkey(26, wm1.shape, 0, 0),
		fkey(27, p1, w.suf3, 0),
		fkey(28, w.suf2, wp1.suf2, 0),
		fkey(29, w.amb, 0, 0),
		fkey(30, wp1.amb, 0, 0),
		fkey(31, wp2.amb, 0, 0),
		fkey(32, p1, wp1.amb, 0),
		fkey(33, w.amb, wp1.amb, 0),
		fkey(34, wp1.top, wp2.top, 0),
		fkey(35, p1, w.amb, 0),
		// word clusters (Koo et al. 2008): path prefixes and full paths
		fkey(36, w.cf, 0, 0),
		fkey(37, w.c4, 0, 0),
		fkey(38, w.c6, 0, 0),
		fkey(39, w.c10, 0, 0),
		fkey(40, wm1.cf, 0, 0),
		fkey(41, wp1.cf, 0, 0),
		fkey(42, wm1.c6, 0, 0),
		fkey(43, wp1.c6, 0, 0),
		fkey(44, wm2.cf, 0, 0),
		fkey(45, wp2.cf, 0, 0),
		fkey(46, p1, w.cf, 0),
		fkey(47, w.cf, wp1.cf, 0),
		fkey(48, wm1.cf, w.cf, 0),
		fkey(49, wp1.c6, wp2.c6, 0),
		// how often the word is capitalized inside sentences of the corpus
		fkey(50, w.up, w.flags, first),
		fkey(51, w.up, p1, 0),
		fkey(52, w.up, wp1.up, 0),
		fkey(53, wm1.up, w.up, 0),
	)
}

// tagInto tags the padded words ws, writing class indexes into out.
func tagInto(w *weights, ws []wordInfo, out []uint8, feats []uint32, scores []int32) []uint32 {
	n := len(ws) - 2*pad
	var p1, p2 uint64
	var look lookups
	for i := 0; i < n; i++ {
		feats = tagFeats(feats[:0], ws, i, p1, p2)
		w.score(feats, scores, &look)
		best := 0
		for c := 1; c < w.nclass; c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		out[i] = uint8(best)
		p2, p1 = p1, uint64(best+1)
	}
	return feats
}

// taggerData is a training sentence for the tagger: padded word hashes and
// gold tag classes.
type taggerData struct {
	ws   []wordInfo
	gold []uint8
}

// trainTagger trains tagger weights for epochs passes over data, shuffled
// with seed.
func trainTagger(ctx context.Context, data []taggerData, nclass, epochs int, seed uint64) (*weights, error) {
	p := newPerceptron(nclass)
	rng := rand.New(rand.NewPCG(seed, 0x7a99e5))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	feats := make([]uint32, 0, numTagFeats)
	scores := make([]int32, nclass)
	for ep := 0; ep < epochs; ep++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			d := &data[si]
			var p1, p2 uint64
			for i := range d.gold {
				feats = tagFeats(feats[:0], d.ws, i, p1, p2)
				p.score(feats, scores)
				best := 0
				for c := 1; c < nclass; c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				g := int(d.gold[i])
				if best != g {
					p.update(feats, g, 1)
					p.update(feats, best, -1)
				}
				p.tick()
				p2, p1 = p1, uint64(best+1)
			}
		}
	}
	return p.average(), nil
}

// lexicon maps the lower-case hash of a word to what the training data and
// the word clusters say about it: the tags seen with frequent training words
// (the "ambiguity class" features give the tagger some right context) and
// the word's cluster path.
type lexicon map[uint64]lexEntry

type lexEntry struct {
	amb  uint64 // bit set of tag classes
	top  uint8  // most frequent tag class + 1
	clus uint32 // cluster path as 1<<len | bits; 0 if the word has none
	up   uint8  // capitalization inside sentences, 1..5 (upperBucket); 0 unknown
}

// fill sets the lexicon's facts about wi, whose lower-case hash is set.
func (l lexicon) fill(wi *wordInfo) {
	e := l[wi.lower]
	wi.amb, wi.top = e.amb, uint64(e.top)
	wi.c4, wi.c6, wi.c10 = clusterPrefix(e.clus, 4), clusterPrefix(e.clus, 6), clusterPrefix(e.clus, 10)
	wi.cf, wi.up = uint64(e.clus), uint64(e.up)
}

// clusterPrefix returns the first k bits of the path code c (1<<len | bits),
// coded the same way; a shorter path is returned whole.
func clusterPrefix(c uint32, k int) uint64 {
	d := bits.Len32(c) - 1
	if d <= k {
		return uint64(c)
	}
	return uint64(c >> (d - k))
}

// lexMinCount is how often a word must occur in training to be listed.
const lexMinCount = 5

func buildLexicon(data []taggerData, ntags int) lexicon {
	counts := map[uint64][]int32{}
	var order []uint64
	for _, d := range data {
		for i, g := range d.gold {
			k := d.ws[pad+i].lower
			c := counts[k]
			if c == nil {
				c = make([]int32, ntags)
				counts[k] = c
				order = append(order, k)
			}
			c[g]++
		}
	}
	lex := lexicon{}
	for _, k := range order {
		c := counts[k]
		total, top := int32(0), 0
		for t, n := range c {
			total += n
			if n > c[top] {
				top = t
			}
		}
		if total < lexMinCount {
			continue
		}
		var amb uint64
		for t, n := range c {
			if n > 0 && 50*n >= total {
				amb |= 1 << (uint(t) & 63)
			}
		}
		lex[k] = lexEntry{amb: amb, top: uint8(top + 1)}
	}
	return lex
}

// addClusters adds the cluster paths and capitalization of clusters to l.
// Words are looked up by their lower-case hash, in sorted order so that the
// result does not depend on map order.
func (l lexicon) addClusters(clusters map[string]WordCluster) error {
	words := make([]string, 0, len(clusters))
	for w := range clusters {
		words = append(words, w)
	}
	slices.Sort(words)
	var wi wordInfo
	for _, w := range words {
		c, err := clusterCode(clusters[w].Path)
		if err != nil {
			return fmt.Errorf("cluster of %q: %w", w, err)
		}
		hashWord(w, &wi)
		e := l[wi.lower]
		e.clus, e.up = c, upperBucket(clusters[w].Upper)
		l[wi.lower] = e
	}
	return nil
}

// maxClusterPath is the longest cluster path a model keeps; longer paths
// are cut.
const maxClusterPath = 30

// clusterCode codes a path of 0s and 1s as 1<<len | bits.
func clusterCode(path string) (uint32, error) {
	if path == "" {
		return 0, errors.New("empty path")
	}
	c := uint32(1)
	for i := 0; i < len(path) && i < maxClusterPath; i++ {
		switch path[i] {
		case '0':
			c <<= 1
		case '1':
			c = c<<1 | 1
		default:
			return 0, fmt.Errorf("path %q is not made of 0 and 1", path)
		}
	}
	return c, nil
}

func (l lexicon) writeTo(bw *bufio.Writer) {
	keys := make([]uint64, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	writeUvarint(bw, uint64(len(keys)))
	var buf [22]byte
	for _, k := range keys {
		e := l[k]
		binary.LittleEndian.PutUint64(buf[:8], k)
		binary.LittleEndian.PutUint64(buf[8:16], e.amb)
		buf[16] = e.top
		binary.LittleEndian.PutUint32(buf[17:21], e.clus)
		buf[21] = e.up
		bw.Write(buf[:])
	}
}

// readLexicon reads the lexicon writeLexicon wrote.
func readLexicon(br *bufio.Reader) (lexicon, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, errOr(err)
	}
	l := make(lexicon, n)
	var buf [22]byte
	for range n {
		if _, err := readFull(br, buf[:]); err != nil {
			return nil, err
		}
		l[binary.LittleEndian.Uint64(buf[:8])] = lexEntry{amb: binary.LittleEndian.Uint64(buf[8:16]), top: buf[16],
			clus: binary.LittleEndian.Uint32(buf[17:21]), up: buf[21]}
	}
	return l, nil
}
