//go:build amd64 && !purego

#include "textflag.h"

// func addDenseAVX2(acc *[256]int32, dense *int16, offs *int, n int, width int)
//
// For each block of 32 classes (then of 8), the block's sums over all rows
// stay in registers (Y0-Y3); each row adds its int16 weights widened to
// int32 (VPMOVSXWD) and the sums are added to acc once per block.
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-40
	MOVQ acc+0(FP), DI
	MOVQ dense+8(FP), SI
	MOVQ offs+16(FP), BX
	MOVQ n+24(FP), CX
	MOVQ width+32(FP), R10
	SHLQ $1, R10 // bytes of a row's lanes added
	XORQ R8, R8  // byte offset of the block within a row

block4:
	LEAQ 64(R8), R11
	CMPQ R11, R10
	JGT  block1
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	XORQ R12, R12

row4:
	CMPQ R12, CX
	JGE  sum4
	MOVQ (BX)(R12*8), R13
	LEAQ (SI)(R13*2), R13
	ADDQ R8, R13
	VPMOVSXWD (R13), Y4
	VPADDD    Y4, Y0, Y0
	VPMOVSXWD 16(R13), Y5
	VPADDD    Y5, Y1, Y1
	VPMOVSXWD 32(R13), Y6
	VPADDD    Y6, Y2, Y2
	VPMOVSXWD 48(R13), Y7
	VPADDD    Y7, Y3, Y3
	INCQ R12
	JMP  row4

sum4:
	LEAQ    (DI)(R8*2), R9
	VPADDD  (R9), Y0, Y0
	VMOVDQU Y0, (R9)
	VPADDD  32(R9), Y1, Y1
	VMOVDQU Y1, 32(R9)
	VPADDD  64(R9), Y2, Y2
	VMOVDQU Y2, 64(R9)
	VPADDD  96(R9), Y3, Y3
	VMOVDQU Y3, 96(R9)
	ADDQ    $64, R8
	JMP     block4

block1:
	LEAQ 16(R8), R11
	CMPQ R11, R10
	JGT  done
	VPXOR Y0, Y0, Y0
	XORQ R12, R12

row1:
	CMPQ R12, CX
	JGE  sum1
	MOVQ (BX)(R12*8), R13
	LEAQ (SI)(R13*2), R13
	ADDQ R8, R13
	VPMOVSXWD (R13), Y4
	VPADDD    Y4, Y0, Y0
	INCQ R12
	JMP  row1

sum1:
	LEAQ    (DI)(R8*2), R9
	VPADDD  (R9), Y0, Y0
	VMOVDQU Y0, (R9)
	ADDQ    $16, R8
	JMP     block1

done:
	VZEROUPPER
	RET
