//go:build !linux

package parse

// reserve is the Linux one's fallback: the tables stay on the Go heap.
func (w *weights) reserve(nslots int) []slot { return nil }
