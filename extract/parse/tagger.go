package parse

import (
	"bufio"
	"context"
	"encoding/binary"
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
			suf1: h, suf2: h, suf3: h, suf4: h, shape: h, flags: 1 << 10}
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
		e := lex[wi.lower]
		wi.amb, wi.top = e.amb, uint64(e.top)
	}
	ws[n-2], ws[n-1] = sentinels[2], sentinels[3]
	return ws
}

const numTagFeats = 35

// tagFeats2 appends the second-pass features for word i: those of the
// first pass plus the first pass's tags (class+1) at i, i+1 and i+2.
func tagFeats2(out []uint32, ws []wordInfo, i int, p1, p2 uint64, first []uint8) []uint32 {
	out = tagFeats(out, ws, i, p1, p2)
	at := func(k int) uint64 {
		if k >= len(first) {
			return 255
		}
		return uint64(first[k]) + 1
	}
	t0, t1, t2 := at(i), at(i+1), at(i+2)
	w := &ws[i+pad]
	return append(out,
		fkey(101, t0, 0, 0),
		fkey(102, t1, 0, 0),
		fkey(103, t1, t2, 0),
		fkey(104, p1, t1, 0),
		fkey(105, w.lower, t1, 0),
		fkey(106, t0, t1, 0),
		fkey(107, w.suf3, t1, 0),
		fkey(108, p1, t0, t1),
	)
}

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
	)
}

// tagInto tags the padded words ws, writing class indexes into out.
func tagInto(w *weights, ws []wordInfo, out []uint8, feats []uint32, scores []int32) []uint32 {
	n := len(ws) - 2*pad
	var p1, p2 uint64
	for i := 0; i < n; i++ {
		feats = tagFeats(feats[:0], ws, i, p1, p2)
		w.score(feats, scores)
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

// lexicon maps the lower-case hash of frequent training words to the tags
// seen with them: the "ambiguity class" features give the tagger some
// right context.
type lexicon map[uint64]lexEntry

type lexEntry struct {
	amb uint64 // bit set of tag classes
	top uint8  // most frequent tag class + 1
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

func (l lexicon) writeTo(bw *bufio.Writer) {
	keys := make([]uint64, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	writeUvarint(bw, uint64(len(keys)))
	var buf [17]byte
	for _, k := range keys {
		e := l[k]
		binary.LittleEndian.PutUint64(buf[:8], k)
		binary.LittleEndian.PutUint64(buf[8:16], e.amb)
		buf[16] = e.top
		bw.Write(buf[:])
	}
}

func readLexicon(br *bufio.Reader) (lexicon, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, errOr(err)
	}
	l := make(lexicon, n)
	var buf [17]byte
	for range n {
		if _, err := readFull(br, buf[:]); err != nil {
			return nil, err
		}
		l[binary.LittleEndian.Uint64(buf[:8])] = lexEntry{amb: binary.LittleEndian.Uint64(buf[8:16]), top: buf[16]}
	}
	return l, nil
}
