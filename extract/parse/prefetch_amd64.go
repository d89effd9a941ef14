//go:build amd64 && !purego

package parse

// prefetchSlots asks the CPU to load slots[keys[i]&mask] for i < n into the
// cache, without waiting for them. Prefetches change the speed, never the
// scores.
//
//go:noescape
func prefetchSlots(slots *slot, mask uint32, keys *uint32, n int)

// prefetchAddrs asks the CPU to load the n addresses into the cache. An
// address may be of any memory: a prefetch never faults.
//
//go:noescape
func prefetchAddrs(addrs *uintptr, n int)
