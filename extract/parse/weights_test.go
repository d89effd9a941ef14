package parse

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestReadWeights_RoundTrip writes a table of random rows (weights at the
// extremes of int16, so varints of one to three bytes) and reads it back
// through buffers of several sizes: rows decoded from the buffer in one
// loop, and rows cut by the end of a small buffer, decoded varint by varint.
func TestReadWeights_RoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const nclass = 104
	w := &weights{nclass: nclass, scale: 1.5}
	key := uint32(0)
	for range 3000 {
		key += 1 + uint32(r.IntN(1000))
		w.keys = append(w.keys, key)
		w.start = append(w.start, uint32(len(w.ents)))
		n := 1 + r.IntN(nclass)
		if r.IntN(2) == 0 {
			n = 1 + r.IntN(4)
		}
		for _, c := range r.Perm(nclass)[:n] {
			v := int16(r.IntN(200) - 100)
			switch r.IntN(4) {
			case 0:
				v = -32768
			case 1:
				v = 32767
			case 2:
				v = int16(r.Uint32())
			}
			w.ents = append(w.ents, newEntry(uint16(c), v))
		}
		row := w.ents[w.start[len(w.start)-1]:]
		slices.SortFunc(row, func(a, b wentry) int { return int(a.class()) - int(b.class()) })
	}
	w.start = append(w.start, uint32(len(w.ents)))
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	if err := w.writeTo(bw); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	for _, size := range []int{16, 1000, 1 << 16} {
		got, err := readWeights(bufio.NewReaderSize(bytes.NewReader(buf.Bytes()), size))
		if err != nil {
			t.Fatalf("buffer of %d: %v", size, err)
		}
		if !slices.Equal(got.keys, w.keys) || !slices.Equal(got.start, w.start) || !slices.Equal(got.ents, w.ents) {
			t.Errorf("buffer of %d: the table read back differs from the one written", size)
		}
	}
}

// TestWeightsAdd checks the sums of weights.add, which finds each key's
// row in the slots and adds it densely or entry by entry, against a map
// from each key to its row, for features that are and are not in the
// table, in more than one chunk of lookups.
func TestWeightsAdd(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const nclass = 104
	w := &weights{nclass: nclass, scale: 1}
	rows := map[uint32][]wentry{}
	key := uint32(0)
	for range 5000 {
		key += 1 + uint32(r.IntN(1000))
		w.keys = append(w.keys, key)
		w.start = append(w.start, uint32(len(w.ents)))
		var n int
		switch r.IntN(3) {
		case 0:
			n = 1 + r.IntN(4)
		case 1:
			n = 19 + r.IntN(4) // on either side of isDense's bound
		default:
			n = 1 + r.IntN(nclass)
		}
		cs := r.Perm(nclass)[:n]
		slices.Sort(cs)
		for _, c := range cs {
			w.ents = append(w.ents, newEntry(uint16(c), int16(r.IntN(65536)-32768)))
		}
		rows[key] = w.ents[w.start[len(w.start)-1]:]
	}
	w.start = append(w.start, uint32(len(w.ents)))
	w.build()
	var look lookups
	check := func(order string) {
		for range 200 {
			feats := make([]uint32, 1+r.IntN(3*lookupChunk))
			for i := range feats {
				if r.IntN(4) == 0 {
					feats[i] = r.Uint32() | 1 // most likely no key
				} else {
					feats[i] = w.keys[r.IntN(len(w.keys))]
				}
			}
			var want [256]int32
			for _, f := range feats {
				for _, e := range rows[f] {
					want[e.class()] += int32(e.weight())
				}
			}
			var got [256]int32
			w.add(&got, feats, &look, w.stride)
			if got != want {
				t.Fatalf("%s: add of %d features: sums differ from the rows'", order, len(feats))
			}
			if w.narrow == 0 {
				continue
			}
			// The classes of the first lanes, when only those are added.
			got = [256]int32{}
			w.add(&got, feats, &look, w.narrow)
			for _, c := range w.lanes[:w.narrow] {
				if got[c] != want[c] {
					t.Fatalf("%s: add of %d features, %d lanes: class %d is %d, want %d", order, len(feats), w.narrow, c, got[c], want[c])
				}
			}
		}
	}
	check("classes in order")
	w.setLanes(parserLanes(nclass))
	check("parser's lanes")
	// A table pruned keeps the order of its lanes.
	w.prune(1 << 12)
	for k, e := range rows {
		rows[k] = slices.DeleteFunc(slices.Clone(e), func(e wentry) bool { return e.weight() > -1<<12 && e.weight() < 1<<12 })
	}
	check("parser's lanes, pruned")
}
