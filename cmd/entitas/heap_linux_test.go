package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestPrepareHeap checks that prepareHeap's advice lands: after it, a mapping of at least
// heapReserve less two huge pages carries the huge-page advice ("hg" in smaps' VmFlags).
func TestPrepareHeap(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || strings.Contains(string(mode), "[never]") {
		t.Skip("no transparent huge pages here")
	}
	prepareHeap()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var size int64 // of the mapping being read, in bytes
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 3 && fields[0] == "Size:":
			kb, _ := strconv.ParseInt(fields[1], 10, 64)
			size = kb << 10
		case len(fields) > 0 && fields[0] == "VmFlags:":
			for _, fl := range fields[1:] {
				if fl == "hg" && size >= heapReserve-2*hugePage {
					return
				}
			}
		}
	}
	t.Errorf("no mapping of %d MB or more advised for huge pages after prepareHeap", (heapReserve-2*hugePage)>>20)
}
