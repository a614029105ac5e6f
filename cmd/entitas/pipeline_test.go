package main

import (
	"bytes"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestPipelineOrderAndWindow checks that output keeps input order whatever order the
// workers finish in, and that no more documents are in flight than the window allows.
func TestPipelineOrderAndWindow(t *testing.T) {
	const n, jobs, window = 500, 4, 8
	var inFlight, peak atomic.Int64
	produce := func(put func(*document) bool) {
		for i := range n {
			d := &document{line: i}
			inFlight.Add(1)
			for {
				p := peak.Load()
				if c := inFlight.Load(); c <= p || peak.CompareAndSwap(p, c) {
					break
				}
			}
			if !put(d) {
				return
			}
		}
	}
	work := func(d *document) {
		if d.line%7 == 0 { // some documents are slow
			time.Sleep(200 * time.Microsecond)
		}
	}
	next := 0
	emit := func(d *document) error {
		if d.line != next {
			t.Fatalf("got document %d, want %d", d.line, next)
		}
		next++
		inFlight.Add(-1)
		return nil
	}
	if err := pipeline(jobs, window, produce, work, emit); err != nil {
		t.Fatal(err)
	}
	if next != n {
		t.Errorf("emitted %d of %d", next, n)
	}
	// window in the order queue, one handed to a worker channel, one held by emit, one
	// being made by the producer.
	if max := int64(window + jobs + 3); peak.Load() > max {
		t.Errorf("%d documents in flight, want at most %d", peak.Load(), max)
	}
}

// TestPipelineStops checks that an error from emit stops the producer.
func TestPipelineStops(t *testing.T) {
	var made atomic.Int64
	produce := func(put func(*document) bool) {
		for i := 0; ; i++ {
			made.Add(1)
			if !put(&document{line: i}) {
				return
			}
		}
	}
	boom := errors.New("boom")
	err := pipeline(2, 4, produce, func(*document) {}, func(d *document) error {
		if d.line == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	time.Sleep(10 * time.Millisecond)
	if m := made.Load(); m > 30 {
		t.Errorf("producer made %d documents after the stop", m)
	}
}

func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	now := time.Unix(0, 0)
	p := newProgress(&buf, []item{{name: "a", size: 3_000_000}, {name: "b", size: 3_000_000}}, false)
	if p.w != nil {
		t.Fatal("progress on a buffer, which is not a terminal")
	}
	p.w, p.now, p.start = &buf, func() time.Time { return now }, now
	now = now.Add(2 * time.Second)
	p.add(2_000_000)
	if got, want := buf.String(), "\rentitas: 1/2 documents, 1.0 MB/s, 4s left\x1b[K"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
	buf.Reset()
	now = now.Add(100 * time.Millisecond) // too soon to write again
	p.add(1)
	if buf.Len() != 0 {
		t.Errorf("wrote %q within 250ms", buf.String())
	}
	p.finish()
	if !strings.HasSuffix(buf.String(), "\n") {
		t.Errorf("finish wrote %q", buf.String())
	}

	// A small input stays silent, even on a terminal.
	buf.Reset()
	small := newProgress(&buf, []item{{name: "a", size: 10}}, false)
	small.w = &buf
	small.add(10)
	small.finish()
	if buf.Len() != 0 {
		t.Errorf("small input wrote %q", buf.String())
	}

	// JSON Lines: the count is unknown, the size is not.
	j := newProgress(&buf, []item{{name: "c.jsonl", size: 10 << 20}}, true)
	if j.totalDocs != -1 || j.totalBytes != 10<<20 || !j.large() {
		t.Errorf("jsonl progress %+v", j)
	}
}
