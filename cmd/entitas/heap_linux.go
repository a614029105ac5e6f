package main

import (
	"runtime"
	"syscall"
	"unsafe"
)

// heapReserve is how much of the address space prepareHeap readies for the heap: about
// the peak heap of a run over many documents at GOGC 200 (a live heap of 8–9 MB, the
// gazetteer's mostly, and a goal three times that), with room for -j 2.
const heapReserve = 48 << 20

// hugePage is the size of a transparent huge page on amd64 and arm64 (with 4 KB pages).
const hugePage = 2 << 20

// prepareHeap asks Linux to back the heap with 2 MB pages where it can. Extraction
// allocates about seven bytes for each byte of text, so the heap climbs to its goal within
// the first documents and every page of it is touched: with 4 KB pages that is a page
// fault each (some 7,500 in a run over IndoSum, start-up included), and on a virtual
// machine a fault is dear: touching 64 MB freshly mapped took 15–29 µs a 4 KB page on
// the shared 2-core machine of December 2026, and 0.25–8 µs for each 4 KB with 2 MB pages
// (the most the first time in a process). With transparent_hugepage set to "madvise", as
// on that machine and in Ubuntu's kernels, Linux gives huge pages only where
// madvise(MADV_HUGEPAGE) asked for them, and the Go runtime does not ask for its heap.
//
// The runtime maps heap memory as the heap grows, and a mapping made later would not
// carry the advice; so prepareHeap allocates heapReserve bytes in one object, which the
// runtime maps without touching it, advises its whole 2 MB pages, drops the object and
// collects, so that the heap starts small and grows into that memory. Where transparent
// huge pages are off or always on, the advice changes nothing. Over IndoSum jsonl→jsonl
// with -j 1 this takes the page faults from about 7,500 to 1,800, and the peak resident
// memory from 43–45 MB to 44–50 MB (see the commit messages for times).
func prepareHeap() {
	b := make([]byte, heapReserve)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start := (p+hugePage-1)&^(hugePage-1) - p
	end := (p+uintptr(len(b)))&^(hugePage-1) - p
	if start < end {
		syscall.Madvise(b[start:end], syscall.MADV_HUGEPAGE) // an error leaves 4 KB pages: no harm
	}
	runtime.KeepAlive(b)
	b = nil
	runtime.GC()
}
