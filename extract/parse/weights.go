package parse

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync"
	"unsafe"
)

// perceptron is the training-time averaged perceptron: one sparse row of
// (class, weight) entries per feature key, grown on update only. Weights and
// their running sums are integers, so training is exact and reproducible;
// the average is w - u/t (Daumé's trick).
type perceptron struct {
	nclass int
	idx    map[uint32]int32
	rows   [][]pentry
	t      int64 // instances seen, starting at 1
}

type pentry struct {
	c uint16
	w int32
	u int64
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, idx: make(map[uint32]int32, 1<<20), t: 1}
}

// score adds the current (not averaged) weights of feats to scores.
func (p *perceptron) score(feats []uint32, scores []int32) {
	clear(scores)
	for _, f := range feats {
		r, ok := p.idx[f]
		if !ok {
			continue
		}
		for _, e := range p.rows[r] {
			scores[e.c] += e.w
		}
	}
}

// update adds delta to the weight of class c for each feature.
func (p *perceptron) update(feats []uint32, c int, delta int32) {
	for _, f := range feats {
		r, ok := p.idx[f]
		if !ok {
			r = int32(len(p.rows))
			p.idx[f] = r
			p.rows = append(p.rows, make([]pentry, 0, 2))
		}
		row := p.rows[r]
		found := false
		for i := range row {
			if int(row[i].c) == c {
				row[i].w += delta
				row[i].u += p.t * int64(delta)
				found = true
				break
			}
		}
		if !found {
			p.rows[r] = append(row, pentry{c: uint16(c), w: delta, u: p.t * int64(delta)})
		}
	}
}

// tick counts one training instance.
func (p *perceptron) tick() { p.t++ }

// average returns the averaged weights as a quantized table. Entries whose
// quantized weight is zero are dropped.
func (p *perceptron) average() *weights {
	t := float64(p.t)
	keys := make([]uint32, 0, len(p.idx))
	for k := range p.idx {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	maxAbs := 0.0
	for _, row := range p.rows {
		for _, e := range row {
			a := math.Abs(float64(e.w) - float64(e.u)/t)
			if a > maxAbs {
				maxAbs = a
			}
		}
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32000 / maxAbs
	}
	w := &weights{nclass: p.nclass, scale: float32(scale)}
	var tmp []wentry
	for _, k := range keys {
		row := p.rows[p.idx[k]]
		tmp = tmp[:0]
		for _, e := range row {
			v := math.Round((float64(e.w) - float64(e.u)/t) * scale)
			if v != 0 {
				tmp = append(tmp, newEntry(e.c, int16(v)))
			}
		}
		if len(tmp) == 0 {
			continue
		}
		slices.SortFunc(tmp, func(a, b wentry) int { return int(a.class()) - int(b.class()) })
		w.keys = append(w.keys, k)
		w.start = append(w.start, uint32(len(w.ents)))
		w.ents = append(w.ents, tmp...)
	}
	w.start = append(w.start, uint32(len(w.ents)))
	w.build()
	for min := int16(2); len(w.ents) >= maxEntries; min *= 2 {
		w.prune(min)
	}
	return w
}

// weights is the decode-time table: sorted feature keys, each with a run of
// (class, int16 weight) entries, and an open-addressing index over the keys.
type weights struct {
	nclass int
	scale  float32 // quantized = round(weight * scale)
	keys   []uint32
	start  []uint32 // len(keys)+1 offsets into ents
	ents   []wentry
	slots  []slot
	mask   uint32
	dense  []int16 // rows with many entries, stride weights each
	stride int     // nclass rounded up to a multiple of 8
	// lanes orders the classes in a dense row: lane k holds class
	// lanes[k] (nil: class k), laneOf is its inverse, and narrow is how
	// many lanes a caller that needs only the first classes of the order
	// adds up (0: no such order; see setLanes).
	lanes, laneOf []uint8
	narrow        int
	// none is the parser's sums for roles with no word (noneWeights).
	noneOnce sync.Once
	none     []int32
}

// wentry is one (class, weight) entry of a row: the class in the low 16
// bits, the weight in the high 16, so that adding a row reads one word per
// entry (see weights.add).
type wentry uint32

func newEntry(c uint16, w int16) wentry { return wentry(uint32(c) | uint32(uint16(w))<<16) }

func (e wentry) class() uint16 { return uint16(e) }

func (e wentry) weight() int16 { return int16(e >> 16) }

// slot is one cell of the open-addressing index: a feature key and its
// entries, packed as start<<8 | count; count == denseRow means the row is
// row start of the dense table.
type slot struct {
	key uint32
	sn  uint32
}

// maxEntries bounds the entries of a table (24 bits of start).
const maxEntries = 1 << 24

// denseRow marks a slot whose row is stored densely.
const denseRow = 0xff

// slotCount is the size of the index for n keys: a power of two, with a
// load factor of at most 0.625.
func slotCount(n int) int {
	size := 16
	for size*5 < 8*n {
		size <<= 1
	}
	return size
}

func (w *weights) build() { w.index(make([]slot, slotCount(len(w.keys)))) }

// index fills slots, which must be zeroed and slotCount(len(w.keys)) long,
// with the keys, and builds the dense rows.
func (w *weights) index(slots []slot) {
	w.slots = slots
	w.mask = uint32(len(slots) - 1)
	if len(w.ents) == 0 {
		w.ents = append(w.ents, 0) // a target for empty slots' loads
	}
	// Rows with many entries are added faster densely (isDense).
	w.stride = (w.nclass + 7) &^ 7
	nd := 0
	for i := range w.keys {
		if n := w.start[i+1] - w.start[i]; isDense(int(n), w.nclass) {
			nd++
		}
	}
	w.dense = make([]int16, 0, nd*w.stride) // exactly: the table is large
	for i, k := range w.keys {
		j := k & w.mask
		for w.slots[j].key != 0 {
			j = (j + 1) & w.mask
		}
		n := w.start[i+1] - w.start[i]
		sn := w.start[i]<<8 | n
		if isDense(int(n), w.nclass) {
			row := len(w.dense) / w.stride
			w.dense = append(w.dense, make([]int16, w.stride)...)
			for _, e := range w.ents[w.start[i]:w.start[i+1]] {
				w.dense[row*w.stride+w.lane(e.class())] = e.weight()
			}
			sn = uint32(row)<<8 | denseRow
		}
		w.slots[j] = slot{key: k, sn: sn}
	}
}

// lane returns the lane of class c in a dense row.
func (w *weights) lane(c uint16) int {
	if w.laneOf != nil {
		return int(w.laneOf[c])
	}
	return int(c)
}

// setLanes orders the classes of the dense rows as lanes says (a
// permutation of the classes), so that adding the first narrow lanes of
// each row (a multiple of 8) adds up the classes lanes[:narrow], and
// rebuilds the dense rows.
func (w *weights) setLanes(lanes []uint8, narrow int) {
	w.lanes, w.laneOf, w.narrow = lanes, make([]uint8, len(lanes)), narrow
	for k, c := range lanes {
		w.laneOf[c] = uint8(k)
	}
	row := 0 // index gave the dense rows in the order of their keys
	for i := range w.keys {
		if !isDense(int(w.start[i+1]-w.start[i]), w.nclass) {
			continue
		}
		r := w.dense[row*w.stride:][:w.stride]
		clear(r)
		for _, e := range w.ents[w.start[i]:w.start[i+1]] {
			r[w.lane(e.class())] = e.weight()
		}
		row++
	}
}

// score sets scores to the weights of feats; look is room for add.
func (w *weights) score(feats []uint32, scores []int32, look *lookups) {
	// Classes are < 256 (checked when a model is read), so acc needs no
	// bounds checks.
	var acc [256]int32
	w.add(&acc, feats, look, w.stride)
	copy(scores, acc[:len(scores)])
}

// lookups is the room weights.add works in, kept by its caller: Go would
// clear 4 KB of arrays on every call.
type lookups struct {
	found [lookupChunk]slot
	addrs [2 * lookupChunk]uintptr
	dense [lookupChunk]int // offsets of dense rows in w.dense
	lanes [256]int32       // the dense rows' sums by lane, when w.lanes orders them
}

// lookupChunk is how many features weights.add looks up at once.
const lookupChunk = 128

// add adds the weights of feats to acc. The table is read at random (55 MB
// for the parser), so the lookups are done in passes that let the memory
// loads of different features overlap: the home slots of all features are
// prefetched, then read, then the probes find each feature's row, and the
// first and last cache line of every row are prefetched (a sparse row
// averages 15 entries, 60 bytes, so most cross a line; a dense row is 208
// bytes) before the rows are added.
//
// The dense rows' classes are added up to lane width (a multiple of 8):
// w.stride for all of them, or w.narrow for the first classes of the
// order setLanes gave; the sums of the others are left out of acc.
func (w *weights) add(acc *[256]int32, feats []uint32, sc *lookups, width int) {
	found, addrs, dense := &sc.found, &sc.addrs, &sc.dense
	dacc := acc // where the dense rows are added up, by lane
	if w.lanes != nil {
		dacc = &sc.lanes
		clear(dacc[:width])
	}
	slots, mask, ents := w.slots, w.mask, w.ents
	entsAt := uintptr(unsafe.Pointer(unsafe.SliceData(ents)))
	denseAt := uintptr(unsafe.Pointer(unsafe.SliceData(w.dense)))
	rowBytes := uintptr(w.stride) * 2
	for len(feats) > 0 {
		fs := feats[:min(len(feats), lookupChunk)]
		feats = feats[len(fs):]
		prefetchSlots(&slots[0], mask, &fs[0], len(fs))
		for i, f := range fs {
			found[i] = slots[f&mask]
		}
		na := 0
		for i, f := range fs {
			s := found[i]
			if s.key != f {
				s.sn = 0
				if s.key != 0 {
					for j := (f + 1) & mask; ; j = (j + 1) & mask {
						t := slots[j]
						if t.key == f {
							s.sn = t.sn
							break
						}
						if t.key == 0 {
							break
						}
					}
				}
				found[i].sn = s.sn
			}
			switch n := s.sn & 0xff; {
			case n == denseRow:
				at := denseAt + uintptr(s.sn>>8)*rowBytes
				addrs[na], addrs[na+1] = at, at+rowBytes-1
				na += 2
			case n > 0:
				at := entsAt + uintptr(s.sn>>8)*unsafe.Sizeof(wentry(0))
				addrs[na], addrs[na+1] = at, at+uintptr(n)*unsafe.Sizeof(wentry(0))-1
				na += 2
			}
		}
		if na > 0 {
			prefetchAddrs(&addrs[0], na)
		}
		nd := 0
		for i := range fs {
			sn := found[i].sn
			n := sn & 0xff
			if n == denseRow {
				dense[nd] = int(sn>>8) * w.stride
				nd++
				continue
			}
			start := sn >> 8
			for _, e := range ents[start : start+n] {
				acc[uint8(e)] += int32(e) >> 16 // the class (< 256) and the weight
			}
		}
		w.addDense(dacc, dense[:nd], width)
	}
	if w.lanes != nil {
		for k, c := range w.lanes[:min(width, len(w.lanes))] {
			acc[c] += dacc[k]
		}
	}
	runtime.KeepAlive(w) // slots and ents may be memory that w's cleanup unmaps
}

// prune drops entries with |w| < min and features left without entries.
func (w *weights) prune(min int16) {
	var keys []uint32
	var start []uint32
	var ents []wentry
	for i, k := range w.keys {
		n0 := len(ents)
		for _, e := range w.ents[w.start[i]:w.start[i+1]] {
			if e.weight() >= min || e.weight() <= -min {
				ents = append(ents, e)
			}
		}
		if len(ents) > n0 {
			keys = append(keys, k)
			start = append(start, uint32(n0))
		}
	}
	start = append(start, uint32(len(ents)))
	w.keys, w.start, w.ents = keys, start, ents
	w.build()
}

// writeTo writes the table: counts, then per feature the key delta
// (uvarint), the entry count and the entries (class byte, zigzag varint).
func (w *weights) writeTo(bw *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		bw.Write(buf[:n])
	}
	put(uint64(w.nclass))
	put(uint64(math.Float32bits(w.scale)))
	put(uint64(len(w.keys)))
	prev := uint32(0)
	for i, k := range w.keys {
		put(uint64(k - prev))
		prev = k
		ents := w.ents[w.start[i]:w.start[i+1]]
		put(uint64(len(ents)))
		pc := uint16(0)
		for _, e := range ents {
			put(uint64(e.class() - pc))
			pc = e.class()
			n := binary.PutVarint(buf[:], int64(e.weight()))
			bw.Write(buf[:n])
		}
	}
	return nil
}

var errBadWeights = fmt.Errorf("%w: bad weight table", ErrBadModel)

func readWeights(br *bufio.Reader) (*weights, error) {
	r := &varints{br: br}
	defer r.done()
	get := r.uvarint
	nclass, err := get()
	if err != nil {
		return nil, err
	}
	sb, err := get()
	if err != nil {
		return nil, err
	}
	nk, err := get()
	if err != nil {
		return nil, err
	}
	if nclass > 1<<16 || nk > 1<<30 {
		return nil, errBadWeights
	}
	w := &weights{nclass: int(nclass), scale: math.Float32frombits(uint32(sb))}
	w.keys = make([]uint32, 0, nk)
	w.start = make([]uint32, 0, nk+1)
	slots := w.reserve(slotCount(int(nk)))
	prev := uint32(0)
	for range nk {
		d, err := r.uvarint()
		if err != nil {
			return nil, err
		}
		if d == 0 || d > math.MaxUint32 {
			return nil, fmt.Errorf("%w: key order", errBadWeights)
		}
		k := prev + uint32(d)
		prev = k
		n, err := r.uvarint()
		if err != nil {
			return nil, err
		}
		if n > nclass {
			return nil, errBadWeights
		}
		w.keys = append(w.keys, k)
		w.start = append(w.start, uint32(len(w.ents)))
		if w.ents, err = r.row(w.ents, int(n), w.nclass); err != nil {
			return nil, err
		}
	}
	w.start = append(w.start, uint32(len(w.ents)))
	if len(w.ents) >= maxEntries {
		return nil, fmt.Errorf("%w: %d entries", errBadWeights, len(w.ents))
	}
	if slots != nil {
		w.index(slots)
	} else {
		w.build()
	}
	return w, nil
}

// varints decodes varints straight from a bufio.Reader's buffer:
// binary.ReadUvarint calls ReadByte through an interface once per byte,
// which made reading the tables (7.6 million entries, 20 million varints)
// a quarter of a run's start. Where the buffer does not hold a whole varint
// (the end of the stream, a bad model), binary.ReadUvarint reads it, with
// its errors. done must be called before br is read otherwise.
type varints struct {
	br  *bufio.Reader
	buf []byte // br's buffered bytes; off of them are consumed
	off int
}

func (r *varints) uvarint() (uint64, error) {
	if len(r.buf)-r.off < binary.MaxVarintLen64 {
		r.done()
		r.buf, _ = r.br.Peek(r.br.Size())
	}
	v, n := binary.Uvarint(r.buf[r.off:])
	if n <= 0 {
		r.done()
		return binary.ReadUvarint(r.br)
	}
	r.off += n
	return v, nil
}

func (r *varints) varint() (int64, error) {
	u, err := r.uvarint()
	v := int64(u >> 1) // zigzag, as binary.Varint
	if u&1 != 0 {
		v = ^v
	}
	return v, err
}

// row appends the n entries of one row (class delta, zigzag weight) to
// ents. When the buffer holds the whole row, as it does but at the end of
// a buffer, they are decoded in one loop over its bytes: reading them
// varint by varint was most of the time a table took to read.
func (r *varints) row(ents []wentry, n, nclass int) ([]wentry, error) {
	need := n * 2 * binary.MaxVarintLen64
	if len(r.buf)-r.off < need {
		r.done()
		r.buf, _ = r.br.Peek(r.br.Size())
	}
	if len(r.buf)-r.off < need {
		return r.rowSlow(ents, n, nclass)
	}
	b, i := r.buf, r.off
	next := func() (uint64, bool) {
		// One or two bytes, as nearly all are.
		if v := b[i]; v < 0x80 {
			i++
			return uint64(v), true
		}
		if v := b[i+1]; v < 0x80 {
			i += 2
			return uint64(b[i-2]&0x7f) | uint64(v)<<7, true
		}
		v, k := binary.Uvarint(b[i:])
		i += k
		return v, k > 0
	}
	pc := uint16(0)
	for range n {
		dc, ok1 := next()
		u, ok2 := next()
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("%w: varint", errBadWeights)
		}
		v := int64(u >> 1) // zigzag, as binary.Varint
		if u&1 != 0 {
			v = ^v
		}
		c := pc + uint16(dc)
		pc = c
		if int(c) >= nclass || v < math.MinInt16 || v > math.MaxInt16 {
			return nil, errBadWeights
		}
		ents = append(ents, newEntry(c, int16(v)))
	}
	r.off = i
	return ents, nil
}

// rowSlow is row varint by varint, for a row the buffer does not hold.
func (r *varints) rowSlow(ents []wentry, n, nclass int) ([]wentry, error) {
	pc := uint16(0)
	for range n {
		dc, err := r.uvarint()
		if err != nil {
			return nil, err
		}
		v, err := r.varint()
		if err != nil {
			return nil, err
		}
		c := pc + uint16(dc)
		pc = c
		if int(c) >= nclass || v < math.MinInt16 || v > math.MaxInt16 {
			return nil, errBadWeights
		}
		ents = append(ents, newEntry(c, int16(v)))
	}
	return ents, nil
}

// done hands the bytes read so far back to br.
func (r *varints) done() {
	r.br.Discard(r.off)
	r.buf, r.off = nil, 0
}

// addDense adds the first width lanes of the dense rows at the offsets offs
// (into w.dense) to acc.
func (w *weights) addDense(acc *[256]int32, offs []int, width int) {
	if len(offs) == 0 {
		return
	}
	if haveAVX2 {
		addDenseAVX2(acc, &w.dense[0], &offs[0], len(offs), width)
		return
	}
	w.addDenseGo(acc, offs, width)
}

// addDenseGo is addDense in Go, eight lanes at a time, so that the sums
// stay in registers and each weight costs one load.
func (w *weights) addDenseGo(acc *[256]int32, offs []int, width int) {
	d := w.dense
	for c := 0; c+8 <= width; c += 8 {
		var a0, a1, a2, a3, a4, a5, a6, a7 int32
		for _, r := range offs {
			o := r + c
			x := d[o : o+8 : o+8]
			a0 += int32(x[0])
			a1 += int32(x[1])
			a2 += int32(x[2])
			a3 += int32(x[3])
			a4 += int32(x[4])
			a5 += int32(x[5])
			a6 += int32(x[6])
			a7 += int32(x[7])
		}
		s := acc[c : c+8 : c+8]
		s[0] += a0
		s[1] += a1
		s[2] += a2
		s[3] += a3
		s[4] += a4
		s[5] += a5
		s[6] += a6
		s[7] += a7
	}
}

// isDense says whether a row of n entries among nclass classes is stored
// densely, stride weights added eight at a time (AVX2) where the sparse
// loop adds one: rows with more than a fifth of the classes. The parser's
// frequent features have such rows; with a third as the bound, parsing the
// corpus's candidate sentences took 4.5% longer (with a tenth, the dense
// rows no longer stayed in the cache, and the gain was gone).
func isDense(n, nclass int) bool { return n*5 > nclass && n > 4 }
