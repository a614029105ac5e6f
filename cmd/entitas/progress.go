package main

import (
	"fmt"
	"io"
	"time"
)

// Inputs at least this large show a progress line (on a terminal).
const (
	progressDocs  = 200
	progressBytes = 5 << 20
)

// progress prints a line on stderr, rewritten in place, with the documents done, the speed
// and the time left when the input's size is known. It is silent unless stderr is a
// terminal and the input is large.
type progress struct {
	w          io.Writer // nil: silent
	totalDocs  int       // -1 when unknown (JSON Lines, standard input)
	totalBytes int64     // -1 when unknown (standard input)
	docs       int
	bytes      int64
	start      time.Time
	last       time.Time // when the line was last written
	shown      bool
	now        func() time.Time
}

// newProgress returns the progress line for items (JSON Lines files when jsonl), printed
// to stderr if it is a terminal.
func newProgress(stderr io.Writer, items []item, jsonl bool) *progress {
	p := &progress{totalDocs: len(items), now: time.Now}
	if jsonl {
		p.totalDocs = -1
	}
	if isTerminal(stderr) {
		p.w = stderr
	}
	for _, it := range items {
		if it.err != nil {
			continue
		}
		if it.size < 0 {
			p.totalBytes = -1
			break
		}
		p.totalBytes += it.size
	}
	p.start = p.now()
	return p
}

// large reports whether the input is large enough for a progress line.
func (p *progress) large() bool {
	return p.totalDocs > progressDocs || p.totalBytes > progressBytes ||
		p.docs > progressDocs || p.bytes > progressBytes
}

// add counts one document of size bytes as done.
func (p *progress) add(size int64) {
	p.docs++
	if size > 0 {
		p.bytes += size
	}
	if p.w == nil || !p.large() {
		return
	}
	if now := p.now(); now.Sub(p.last) >= 250*time.Millisecond {
		p.last = now
		fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(now))
		p.shown = true
	}
}

// line is the progress line's text at time now.
func (p *progress) line(now time.Time) string {
	secs := now.Sub(p.start).Seconds()
	s := fmt.Sprintf("entitas: %d documents", p.docs)
	if p.totalDocs > 0 {
		s = fmt.Sprintf("entitas: %d/%d documents", p.docs, p.totalDocs)
	}
	if secs <= 0 {
		return s
	}
	rate := float64(p.bytes) / secs // bytes a second
	s += fmt.Sprintf(", %.1f MB/s", rate/1e6)
	if p.totalBytes > 0 && rate > 0 && p.bytes < p.totalBytes {
		left := time.Duration(float64(p.totalBytes-p.bytes) / rate * float64(time.Second))
		s += fmt.Sprintf(", %s left", left.Round(time.Second))
	}
	return s
}

// finish writes the last state of the line and ends it, if a line was shown.
func (p *progress) finish() {
	if p.shown {
		fmt.Fprintf(p.w, "\r%s\x1b[K\n", p.line(p.now()))
	}
}
