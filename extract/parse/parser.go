package parse

// The parser is a greedy arc-eager transition system (Nivre 2003) with the
// root at the end of the buffer (Ballesteros & Nivre 2013), labelled
// transitions and the rich non-local features of Zhang & Nivre (2011),
// scored by an averaged perceptron trained with the dynamic oracle of
// Goldberg & Nivre (2012).
//
// Word positions in a state are 1..n; 0 is "no word" and n+1 is the root.

// Transition classes: 0 shift, 1 reduce, 2+2(l-1) left-arc with label l,
// 3+2(l-1) right-arc with label l; labels are 1..L.
const (
	tShift  = 0
	tReduce = 1
)

func leftClass(l int) int  { return 2 + 2*(l-1) }
func rightClass(l int) int { return 3 + 2*(l-1) }

// state is a parser configuration plus the per-word facts the features read.
type state struct {
	n      int32
	stack  []int32
	b      int32 // front of the buffer; n+1 is the root
	head   []int32
	lab    []uint8
	l1, l2 []int32 // leftmost and second leftmost child
	r1, r2 []int32 // rightmost and second rightmost child
	vl, vr []uint8 // number of left and right children
	sl, sr []uint64
	w, wp  []uint64 // word hash; word hash mixed with tag
	p      []uint64 // tag (class+1), 0 for none, numTags+1 for the root
	amb    []uint64 // the lexicon's tag set
	suf    []uint64 // suffix hash
	cf, c6 []uint64 // word cluster: full path, 6-bit prefix
	npunct []int32  // npunct[i]: punctuation words before word i
}

// punct returns how many punctuation words lie between words a < b,
// capped at 3.
func (st *state) punct(a, b int32) uint64 {
	if a == 0 {
		return 0
	}
	k := st.npunct[b] - st.npunct[a+1]
	if k > 3 {
		k = 3
	}
	return uint64(k) + 1
}

func grow32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		return make([]uint64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func grow8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	s = s[:n]
	clear(s)
	return s
}

var (
	noneWord = strHash("\x00-NONE-")
	rootWord = strHash("\x00-ROOT-")
)

// reset prepares st for a sentence of n words with hashes ws (padded as
// for the tagger) and tag classes tags.
func (st *state) reset(ws []wordInfo, tags []uint8, numTags int) {
	n := len(tags)
	st.n = int32(n)
	m := n + 2
	st.head = grow32(st.head, m)
	st.lab = grow8(st.lab, m)
	st.l1 = grow32(st.l1, m)
	st.l2 = grow32(st.l2, m)
	st.r1 = grow32(st.r1, m)
	st.r2 = grow32(st.r2, m)
	st.vl = grow8(st.vl, m)
	st.vr = grow8(st.vr, m)
	st.sl = grow64(st.sl, m)
	st.sr = grow64(st.sr, m)
	st.w = grow64(st.w, m)
	st.wp = grow64(st.wp, m)
	st.p = grow64(st.p, m)
	st.amb = grow64(st.amb, m)
	st.suf = grow64(st.suf, m)
	st.cf = grow64(st.cf, m)
	st.c6 = grow64(st.c6, m)
	st.npunct = grow32(st.npunct, m+1)
	if cap(st.stack) < m {
		st.stack = make([]int32, 0, m)
	}
	st.stack = st.stack[:0]
	st.b = 1
	st.w[0], st.p[0] = noneWord, 0
	st.w[n+1], st.p[n+1] = rootWord, uint64(numTags+1)
	st.amb[0], st.suf[0] = noneWord, noneWord
	st.amb[n+1], st.suf[n+1] = rootWord, rootWord
	st.cf[0], st.c6[0] = noneWord, noneWord
	st.cf[n+1], st.c6[n+1] = rootWord, rootWord
	for i := 1; i <= n; i++ {
		st.w[i] = ws[pad+i-1].lower
		st.p[i] = uint64(tags[i-1]) + 1
		st.amb[i] = ws[pad+i-1].amb
		st.suf[i] = ws[pad+i-1].suf3
		st.cf[i], st.c6[i] = ws[pad+i-1].cf, ws[pad+i-1].c6
		st.npunct[i+1] = st.npunct[i]
		if ws[pad+i-1].flags&flagPunct != 0 {
			st.npunct[i+1]++
		}
	}
	for i := 0; i < m; i++ {
		st.wp[i] = mix(st.w[i] + st.p[i]*k0)
	}
}

func (st *state) terminal() bool { return st.b == st.n+1 && len(st.stack) == 0 }

func (st *state) s0() int32 {
	if len(st.stack) == 0 {
		return 0
	}
	return st.stack[len(st.stack)-1]
}

func (st *state) addArc(h, d int32, l int) {
	st.head[d] = h
	st.lab[d] = uint8(l)
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.l2[h] = st.l1[h]
		st.l1[h] = d
		if st.vl[h] < 255 {
			st.vl[h]++
		}
		st.sl[h] |= bit
	} else {
		st.r2[h] = st.r1[h]
		st.r1[h] = d
		if st.vr[h] < 255 {
			st.vr[h]++
		}
		st.sr[h] |= bit
	}
}

// apply performs transition class c; it must be valid.
func (st *state) apply(c int) {
	switch {
	case c == tShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case c == tReduce:
		st.stack = st.stack[:len(st.stack)-1]
	case (c-2)&1 == 0: // left-arc
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.addArc(st.b, s0, (c-2)/2+1)
	default: // right-arc
		s0 := st.stack[len(st.stack)-1]
		st.addArc(s0, st.b, (c-3)/2+1)
		st.stack = append(st.stack, st.b)
		st.b++
	}
}

// parserLanes orders the parser's classes in its dense rows: shift, reduce
// and the right arcs first, then the left arcs, which are not valid when
// the stack's top has a head (a third of the transitions scored), so that
// transitionScores then adds the first lanes only. It returns the order
// and how many lanes hold shift, reduce and the right arcs, rounded up to
// a multiple of 8.
func parserLanes(nclass int) ([]uint8, int) {
	lanes := []uint8{tShift, tReduce}
	for c := 3; c < nclass; c += 2 {
		lanes = append(lanes, uint8(c))
	}
	narrow := (len(lanes) + 7) &^ 7
	for c := 2; c < nclass; c += 2 {
		lanes = append(lanes, uint8(c))
	}
	return lanes, narrow
}

// validity reports which transition types are allowed.
func (st *state) validity() (shift, reduce, left, right bool) {
	atRoot := st.b == st.n+1
	has := len(st.stack) > 0
	headed := has && st.head[st.stack[len(st.stack)-1]] != 0
	return !atRoot, headed, has && !headed, has && !atRoot
}

// forced returns the only valid transition, or -1 if there is a choice:
// shift on an empty stack, and reduce or left-arc to the root once the
// buffer holds only the root.
func (st *state) forced(root int) int {
	if len(st.stack) == 0 {
		return tShift
	}
	if st.b == st.n+1 {
		if st.head[st.stack[len(st.stack)-1]] != 0 {
			return tReduce
		}
		return leftClass(root)
	}
	return -1
}

// best returns the highest-scoring valid class; root is the root label.
func (st *state) best(scores []int32, root int) int {
	shift, reduce, left, right := st.validity()
	atRoot := st.b == st.n+1
	best, bs := -1, int32(0)
	if shift {
		best, bs = tShift, scores[tShift]
	}
	if reduce && (best < 0 || scores[tReduce] > bs) {
		best, bs = tReduce, scores[tReduce]
	}
	if left {
		if atRoot {
			c := leftClass(root)
			if best < 0 || scores[c] > bs {
				best, bs = c, scores[c]
			}
		} else {
			for c := 2; c < len(scores); c += 2 {
				if c != leftClass(root) && (best < 0 || scores[c] > bs) {
					best, bs = c, scores[c]
				}
			}
		}
	}
	if right {
		for c := 3; c < len(scores); c += 2 {
			if c != rightClass(root) && (best < 0 || scores[c] > bs) {
				best, bs = c, scores[c]
			}
		}
	}
	return best
}

func distBucket(d int32) uint64 {
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 7:
		return 6
	case d <= 10:
		return 7
	case d <= 15:
		return 8
	}
	return 9
}

const numParseFeats = 109

// numBufferFeats of the features are bufferFeats.
const numBufferFeats = 17

// feats appends the features of the current configuration.
func (st *state) feats(out []uint32) []uint32 {
	out = st.stackFeats(st.bufferFeats(out))
	for role, x := range st.roles() {
		out = st.roleFeats(out, role, x)
	}
	return out
}

// bufferFeats appends the features that read nothing but the first three
// words of the buffer and what the sentence says of them: they stay the
// same until the buffer moves (see Model.parseInto).
func (st *state) bufferFeats(out []uint32) []uint32 {
	n1x := st.n + 1
	n0 := st.b
	var n1, n2 int32
	if n0+1 <= n1x {
		n1 = n0 + 1
	}
	if n0+2 <= n1x {
		n2 = n0 + 2
	}
	w, p, wp := st.w, st.p, st.wp
	cf, c6 := st.cf, st.c6
	n0w, n0p, n0wp := w[n0], p[n0], wp[n0]
	return append(out,
		fkey(1, 0, 0, 0),
		fkey(5, n0wp, 0, 0),
		fkey(6, n0w, 0, 0),
		fkey(7, n0p, 0, 0),
		fkey(8, wp[n1], 0, 0),
		fkey(9, w[n1], 0, 0),
		fkey(10, p[n1], 0, 0),
		fkey(11, wp[n2], 0, 0),
		fkey(12, w[n2], 0, 0),
		fkey(13, p[n2], 0, 0),
		fkey(21, n0p, p[n1], 0),
		fkey(22, n0p, p[n1], p[n2]),
		fkey(84, st.amb[n1], n0p, 0),
		fkey(91, n0w, w[n1], 0),
		fkey(97, cf[n0], 0, 0),
		fkey(98, cf[n1], 0, 0),
		fkey(108, c6[n0], c6[n1], 0),
	)
}

// The words whose unigram features are roleFeats: the head of s0 and its
// head, the outer children of s0 and n0 and the next ones in.
const (
	roleS0h = iota
	roleS0h2
	roleS0l
	roleS0r
	roleN0l
	roleS0l2
	roleS0r2
	roleN0l2
	numRoles
)

// roles returns the word in each role, 0 for none.
func (st *state) roles() [numRoles]int32 {
	var s0 int32
	if k := len(st.stack); k > 0 {
		s0 = st.stack[k-1]
	}
	n0, h := st.b, st.head
	return [numRoles]int32{
		roleS0h:  h[s0],
		roleS0h2: h[h[s0]],
		roleS0l:  st.l1[s0],
		roleS0r:  st.r1[s0],
		roleN0l:  st.l1[n0],
		roleS0l2: st.l2[s0],
		roleS0r2: st.r2[s0],
		roleN0l2: st.l2[n0],
	}
}

// roleFeats appends the features that read nothing but word x in the role:
// its form, tag, label and cluster. Word 0, no word, gives the same keys in
// every configuration, whose weights Model.noneWeights adds up once.
func (st *state) roleFeats(out []uint32, role int, x int32) []uint32 {
	w, p, c6 := st.w[x], st.p[x], st.c6[x]
	lab := uint64(st.lab[x])
	switch role {
	case roleS0h:
		return append(out, fkey(40, w, 0, 0), fkey(41, p, 0, 0), fkey(54, lab, 0, 0), fkey(104, c6, 0, 0))
	case roleS0h2:
		return append(out, fkey(52, w, 0, 0), fkey(53, p, 0, 0))
	case roleS0l:
		return append(out, fkey(43, w, 0, 0), fkey(44, p, 0, 0), fkey(45, lab, 0, 0), fkey(105, c6, 0, 0))
	case roleS0r:
		return append(out, fkey(46, w, 0, 0), fkey(47, p, 0, 0), fkey(48, lab, 0, 0), fkey(106, c6, 0, 0))
	case roleN0l:
		return append(out, fkey(49, w, 0, 0), fkey(50, p, 0, 0), fkey(51, lab, 0, 0), fkey(107, c6, 0, 0))
	case roleS0l2:
		return append(out, fkey(55, w, 0, 0), fkey(56, p, 0, 0), fkey(57, lab, 0, 0))
	case roleS0r2:
		return append(out, fkey(58, w, 0, 0), fkey(59, p, 0, 0), fkey(60, lab, 0, 0))
	case roleN0l2:
		return append(out, fkey(61, w, 0, 0), fkey(62, p, 0, 0), fkey(63, lab, 0, 0))
	}
	return out
}

// noneWeights returns, for each set of roles (bit 1<<role for each) and
// class, the sum of the weights in the parser's table w of the roles'
// features for no word (roleFeats of word 0), which are the same keys in
// every configuration: a role has no word in three transitions of four, so
// a fifth of the lookups were these. The sums are made once per table.
func (w *weights) noneWeights() []int32 {
	w.noneOnce.Do(func() {
		var st state
		st.reset(padWords(nil, nil, nil), nil, 0)
		var look lookups
		var byRole [numRoles][]int32
		for role := range numRoles {
			byRole[role] = make([]int32, w.nclass)
			w.score(st.roleFeats(nil, role, 0), byRole[role], &look)
		}
		w.none = make([]int32, (1<<numRoles)*w.nclass)
		for set := range 1 << numRoles {
			sum := w.none[set*w.nclass : (set+1)*w.nclass]
			for role := range numRoles {
				if set&(1<<role) != 0 {
					for c, v := range byRole[role] {
						sum[c] += v
					}
				}
			}
		}
	})
	return w.none
}

// stackFeats appends the other features of the configuration but for
// roleFeats.
func (st *state) stackFeats(out []uint32) []uint32 {
	n1x := st.n + 1
	var s0, s1 int32
	if k := len(st.stack); k > 0 {
		s0 = st.stack[k-1]
		if k > 1 {
			s1 = st.stack[k-2]
		}
	}
	n0 := st.b
	var n1 int32
	if n0+1 <= n1x {
		n1 = n0 + 1
	}
	h := st.head
	s0h := h[s0]
	s0h2 := h[s0h]
	s0l, s0l2 := st.l1[s0], st.l2[s0]
	s0r, s0r2 := st.r1[s0], st.r2[s0]
	n0l, n0l2 := st.l1[n0], st.l2[n0]

	w, p, wp := st.w, st.p, st.wp
	cf, c6 := st.cf, st.c6
	lab := func(x int32) uint64 { return uint64(st.lab[x]) }

	var d uint64
	if s0 != 0 {
		d = distBucket(n0 - s0)
		if n0 == n1x {
			d += 16
		}
	}
	s0w, s0p, s0wp := w[s0], p[s0], wp[s0]
	n0w, n0p, n0wp := w[n0], p[n0], wp[n0]
	vr0, vl0, vln := uint64(st.vr[s0]), uint64(st.vl[s0]), uint64(st.vl[n0])
	return append(out,
		// single words
		fkey(2, s0wp, 0, 0),
		fkey(3, s0w, 0, 0),
		fkey(4, s0p, 0, 0),
		// pairs
		fkey(14, s0wp, n0wp, 0),
		fkey(15, s0wp, n0w, 0),
		fkey(16, s0w, n0wp, 0),
		fkey(17, s0wp, n0p, 0),
		fkey(18, s0p, n0wp, 0),
		fkey(19, s0w, n0w, 0),
		fkey(20, s0p, n0p, 0),
		// triples of tags
		fkey(23, s0p, n0p, p[n1]),
		fkey(24, p[s0h], s0p, n0p),
		fkey(25, s0p, p[s0l], n0p),
		fkey(26, s0p, p[s0r], n0p),
		fkey(27, s0p, n0p, p[n0l]),
		// distance
		fkey(28, s0w, d, 0),
		fkey(29, s0p, d, 0),
		fkey(30, n0w, d, 0),
		fkey(31, n0p, d, 0),
		fkey(32, s0w, n0w, d),
		fkey(33, s0p, n0p, d),
		// valency
		fkey(34, s0w, vr0, 0),
		fkey(35, s0p, vr0, 0),
		fkey(36, s0w, vl0, 0),
		fkey(37, s0p, vl0, 0),
		fkey(38, n0w, vln, 0),
		fkey(39, n0p, vln, 0),
		// second and third order (the unigrams of s0's head and children
		// are roleFeats)
		fkey(42, lab(s0), 0, 0),
		fkey(64, s0p, p[s0l], p[s0l2]),
		fkey(65, s0p, p[s0r], p[s0r2]),
		fkey(66, s0p, p[s0h], p[s0h2]),
		fkey(67, n0p, p[n0l], p[n0l2]),
		// label sets
		fkey(68, s0w, st.sr[s0], 0),
		fkey(69, s0p, st.sr[s0], 0),
		fkey(70, s0w, st.sl[s0], 0),
		fkey(71, s0p, st.sl[s0], 0),
		fkey(72, n0w, st.sl[n0], 0),
		fkey(73, n0p, st.sl[n0], 0),
		// the second stack word
		fkey(74, wp[s1], 0, 0),
		fkey(75, p[s1], s0p, n0p),
		fkey(76, p[s1], lab(s0), n0p),
		fkey(77, s0p, lab(s0), n0p),
		fkey(78, s0p, lab(s0), n0wp),
		fkey(79, s0wp, lab(s0), n0p),
		fkey(80, p[s1], lab(s1), s0p),
		// lexical back-off for tag errors: ambiguity classes and suffixes
		fkey(81, st.amb[s0], n0p, 0),
		fkey(82, s0p, st.amb[n0], 0),
		fkey(83, st.amb[s0], st.amb[n0], 0),
		fkey(85, st.suf[s0], n0p, 0),
		fkey(86, s0p, st.suf[n0], 0),
		fkey(87, st.suf[s0], st.suf[n0], 0),
		fkey(88, st.amb[s0], st.amb[n0], st.amb[n1]),
		fkey(89, s0w, n0p, p[n1]),
		fkey(90, s0p, n0w, p[n1]),
		fkey(92, w[s0h], n0p, 0),
		fkey(93, p[s0h], n0w, 0),
		fkey(94, s0p, n0p, st.punct(s0, n0)),
		fkey(95, s0w, n0p, st.punct(s0, n0)),
		// word clusters (Koo et al. 2008)
		fkey(96, cf[s0], 0, 0),
		fkey(99, cf[s0], n0p, 0),
		fkey(100, s0p, cf[n0], 0),
		fkey(101, c6[s0], c6[n0], 0),
		fkey(102, cf[s0], cf[n0], 0),
		fkey(103, c6[s0h], c6[s0], n0p),
		fkey(109, c6[s0], c6[n0], d),
	)
}

// fixRoots makes the tree single-rooted: the first word attached to the
// root keeps it, the others become its dependents with label l.
func (st *state) fixRoots(l int) {
	root := st.n + 1
	first := int32(0)
	for i := int32(1); i <= st.n; i++ {
		if st.head[i] == root {
			if first == 0 {
				first = i
			} else {
				st.head[i] = first
				st.lab[i] = uint8(l)
			}
		}
		if st.head[i] == 0 { // cannot happen after a complete parse
			st.head[i] = root
		}
	}
}
