//go:build !amd64 || purego

package parse

const haveAVX2 = false

func addDenseAVX2(acc *[256]int32, dense *int16, offs *int, n int, width int) {
	panic("unreachable: no AVX2")
}
