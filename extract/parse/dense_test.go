package parse

import (
	"math/rand/v2"
	"testing"
)

// TestAddDense checks the AVX2 sums against the Go ones, at the extremes
// of int16 and for strides that are and are not multiples of 32.
func TestAddDense(t *testing.T) {
	if !haveAVX2 {
		t.Skip("no AVX2")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, stride := range []int{8, 32, 40, 104, 256} {
		w := &weights{stride: stride, dense: make([]int16, 300*stride)}
		for i := range w.dense {
			switch r.IntN(4) {
			case 0:
				w.dense[i] = -32768
			case 1:
				w.dense[i] = 32767
			default:
				w.dense[i] = int16(r.Uint32())
			}
		}
		for _, n := range []int{1, 2, 7, 128} {
			offs := make([]int, n)
			for i := range offs {
				offs[i] = r.IntN(300) * stride
			}
			var got, want [256]int32
			for i := range got {
				got[i] = int32(i)
				want[i] = int32(i)
			}
			addDenseAVX2(&got, &w.dense[0], &offs[0], n, stride)
			w.addDenseGo(&want, offs, stride)
			if got != want {
				t.Fatalf("stride %d, %d rows: AVX2 sums differ from Go's", stride, n)
			}
		}
	}
}
