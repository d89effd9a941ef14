//go:build !amd64 || purego

package parse

func prefetchSlots(slots *slot, mask uint32, keys *uint32, n int) {}

func prefetchAddrs(addrs *uintptr, n int) {}
