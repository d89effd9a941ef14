//go:build amd64 && !purego

#include "textflag.h"

// func prefetchSlots(slots *slot, mask uint32, keys *uint32, n int)
//
// PREFETCHT0 of slots[keys[i]&mask] for i < n: a prefetch does not wait
// for its line, so all n misses are under way at once.
TEXT ·prefetchSlots(SB), NOSPLIT, $0-32
	MOVQ slots+0(FP), SI
	MOVL mask+8(FP), DX
	MOVQ keys+16(FP), BX
	MOVQ n+24(FP), CX
	XORQ R8, R8

slot:
	CMPQ R8, CX
	JGE  slotdone
	MOVL (BX)(R8*4), AX
	ANDL DX, AX
	PREFETCHT0 (SI)(AX*8)
	INCQ R8
	JMP  slot

slotdone:
	RET

// func prefetchAddrs(addrs *uintptr, n int)
//
// PREFETCHT0 of each of the n addresses.
TEXT ·prefetchAddrs(SB), NOSPLIT, $0-16
	MOVQ addrs+0(FP), BX
	MOVQ n+8(FP), CX
	XORQ R8, R8

addr:
	CMPQ R8, CX
	JGE  addrdone
	MOVQ (BX)(R8*8), AX
	PREFETCHT0 (AX)
	INCQ R8
	JMP  addr

addrdone:
	RET
