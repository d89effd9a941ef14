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
