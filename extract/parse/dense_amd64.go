//go:build amd64 && !purego

package parse

import "golang.org/x/sys/cpu"

// haveAVX2 says whether addDenseAVX2 may run.
var haveAVX2 = cpu.X86.HasAVX2

// addDenseAVX2 adds to acc[:width] the first width weights of the dense
// rows that start at the int16 offsets offs[:n] of dense. width is a
// multiple of 8 and at most 256. It is the work of weights.addDenseGo, sixteen weights to an
// instruction pair (widen to int32, add); integer sums do not depend on
// their order, so the scores are the same to the bit.
//
//go:noescape
func addDenseAVX2(acc *[256]int32, dense *int16, offs *int, n int, width int)
