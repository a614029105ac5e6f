package main

import (
	"bufio"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Rate is a throughput measurement.
type Rate struct {
	Workers int     `json:"workers"`
	Docs    int     `json:"docs"`  // documents processed, over all passes
	Bytes   int64   `json:"bytes"` // bytes processed, over all passes
	Passes  int     `json:"passes"`
	Seconds float64 `json:"seconds"`
	MBps    float64 `json:"mb_per_s"` // 10^6 bytes a second
	DocsPS  float64 `json:"docs_per_s"`
	Found   int     `json:"entities"` // entities found in one pass
}

// throughput runs fn over docs on workers goroutines with GOMAXPROCS set to
// workers, repeating whole passes until minTime has passed (at least one).
func throughput(docs []string, workers int, minTime time.Duration, fn func(string) int) Rate {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(workers))
	var size int64
	for _, d := range docs {
		size += int64(len(d))
	}
	r := Rate{Workers: workers}
	runtime.GC()
	start := time.Now()
	for r.Passes == 0 || time.Since(start) < minTime {
		found := pass(docs, workers, fn)
		if r.Passes == 0 {
			r.Found = found
		}
		r.Passes++
		r.Docs += len(docs)
		r.Bytes += size
	}
	r.Seconds = time.Since(start).Seconds()
	r.MBps = float64(r.Bytes) / 1e6 / r.Seconds
	r.DocsPS = float64(r.Docs) / r.Seconds
	return r
}

// pass runs fn once over every document and returns the entities found.
func pass(docs []string, workers int, fn func(string) int) int {
	if workers <= 1 {
		n := 0
		for _, d := range docs {
			n += fn(d)
		}
		return n
	}
	var next, found atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			n := 0
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) {
					break
				}
				n += fn(docs[i])
			}
			found.Add(int64(n))
		})
	}
	wg.Wait()
	return int(found.Load())
}

// heapSampler records the peak of live heap objects (MemStats.HeapAlloc) by
// reading runtime/metrics, which does not stop the world, every period.
type heapSampler struct {
	peak atomic.Uint64
	stop chan struct{}
	done chan struct{}
}

const heapMetric = "/memory/classes/heap/objects:bytes"

func startHeapSampler(period time.Duration) *heapSampler {
	h := &heapSampler{stop: make(chan struct{}), done: make(chan struct{})}
	h.sample()
	go func() {
		defer close(h.done)
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-h.stop:
				return
			case <-t.C:
				h.sample()
			}
		}
	}()
	return h
}

func (h *heapSampler) sample() {
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	v := s[0].Value.Uint64()
	for {
		old := h.peak.Load()
		if v <= old || h.peak.CompareAndSwap(old, v) {
			return
		}
	}
}

// Peak returns the highest live heap seen so far.
func (h *heapSampler) Peak() uint64 {
	h.sample()
	return h.peak.Load()
}

// Stop ends sampling and returns the peak.
func (h *heapSampler) Stop() uint64 {
	close(h.stop)
	<-h.done
	return h.Peak()
}

// maxRSS returns the process's peak resident set size in bytes, from
// getrusage(RUSAGE_SELF). Linux reports kilobytes, macOS bytes.
func maxRSS() uint64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return uint64(ru.Maxrss)
	}
	return uint64(ru.Maxrss) * 1024
}

// vmHWM returns the peak resident set of this process's address space from
// /proc/self/status (Linux only; 0 elsewhere). Unlike getrusage it does not
// inherit the parent's peak when the child was started with vfork.
func vmHWM() uint64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}

// heapSys returns MemStats.Sys: all memory the Go runtime has obtained from the OS.
func heapSys() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Sys
}
