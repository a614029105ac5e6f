package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/entitas-id/entitas/entity"
)

// batchItem is one line of a batch on its way from the reader to the answer.
type batchItem struct {
	line    int    // 1-based line of the body
	first   bool   // the first line handed over, which decides the status
	raw     []byte // the line, without its line end
	tooLong bool   // the line was longer than -max-bytes and was skipped
	readErr error  // reading the body failed here; the batch ends after this item
	out     []byte // the answer's line, made by a worker
	err     error  // errBusy or errGone when the line could not be extracted
	done    chan struct{}
}

// handleBatch is POST /v1/extract/batch: JSON Lines in, one answer line per input line out,
// in input order. A reader goroutine reads the body line by line while workers extract and
// this goroutine writes the answers, flushing each, so neither side holds the batch in
// memory: at most 2×-concurrency lines wait between reading and answering. The status is
// decided by the first line: 503 if it waited -timeout for an extractor; after that the
// answer has begun, so later lines wait for as long as the client stays, and a line that
// fails gets an error object in its place.
func (s *server) handleBatch(w http.ResponseWriter, r *http.Request) {
	types, err := parseTypes(r.URL.Query().Get("types"))
	if err != nil {
		writeError(w, errTypes(err))
		return
	}
	if _, err := mediaType(r); err != nil {
		writeError(w, err)
		return
	}
	rc := http.NewResponseController(w)
	rc.EnableFullDuplex() // answer while the body is still arriving; HTTP/2 always does
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()

	jobs := cap(s.slots)
	order := make(chan *batchItem, 2*jobs)
	todo := make(chan *batchItem, 2*jobs)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(order)
		defer close(todo)
		s.readBatch(ctx, rc, r.Body, func(it *batchItem) bool {
			it.done = make(chan struct{})
			select {
			case order <- it:
			case <-ctx.Done():
				return false
			}
			select {
			case todo <- it:
				return true
			case <-ctx.Done():
				return false
			}
		})
	})
	for range jobs {
		wg.Go(func() {
			for it := range todo {
				s.safeBatchLine(ctx, it, types)
				close(it.done)
			}
		})
	}
	finished := false
	defer func() {
		if !finished {
			cancel()
			rc.SetReadDeadline(time.Now()) // wake the reader if it waits for the client
			for range order {              // let the reader leave if it waits to hand a line over
			}
		}
		wg.Wait()
	}()

	started := false
	start := func() {
		if !started {
			started = true
			w.Header().Set("Content-Type", "application/x-ndjson")
			w.Header().Set("X-Content-Type-Options", "nosniff")
			w.WriteHeader(http.StatusOK)
		}
	}
	for it := range order {
		select {
		case <-it.done:
		case <-ctx.Done():
			return
		}
		switch {
		case it.err == errGone:
			return
		case it.err == errBusy && !started:
			writeError(w, errBusy)
			return
		}
		start()
		rc.SetWriteDeadline(time.Now().Add(s.timeout + writeSlack))
		if _, err := w.Write(it.out); err != nil {
			return
		}
		if err := rc.Flush(); err != nil {
			return
		}
		if it.readErr != nil {
			return
		}
	}
	start() // an empty batch: an empty answer
	finished = true
}

// readBatch reads the body's lines and hands each non-blank one to put, until the body
// ends, put returns false, or reading fails (the failure is handed over as a last item).
// Each line must arrive within bodyTimeout.
func (s *server) readBatch(ctx context.Context, rc *http.ResponseController, body io.Reader, put func(*batchItem) bool) {
	br := bufio.NewReaderSize(body, 64<<10)
	first := true
	for n := 1; ; n++ {
		rc.SetReadDeadline(time.Now().Add(bodyTimeout))
		if ctx.Err() != nil {
			return
		}
		raw, tooLong, err := readBatchLine(br, s.maxBytes)
		if tooLong || len(bytes.TrimSpace(raw)) > 0 {
			if !put(&batchItem{line: n, first: first, raw: raw, tooLong: tooLong}) {
				return
			}
			first = false
		}
		switch {
		case err == io.EOF:
			return
		case err != nil:
			put(&batchItem{line: n, first: first, readErr: err})
			return
		}
	}
}

// readBatchLine reads one line from br without its line end. A line longer than max bytes is
// read to its end and dropped, and tooLong is set; nothing longer than max is held.
func readBatchLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, frag...)
			if int64(len(line)) > max+2 { // room for "\r\n"
				line, tooLong = nil, true
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !tooLong {
			line = bytes.TrimRight(line, "\r\n")
			if int64(len(line)) > max {
				line, tooLong = nil, true
			}
		}
		return line, tooLong, err
	}
}

// batchError is the answer's line for an input line that could not be extracted.
type batchError struct {
	Line   int             `json:"line"`
	ID     json.RawMessage `json:"id,omitempty"`
	Error  string          `json:"error"`
	Code   string          `json:"code"`
	Offset *int            `json:"offset,omitempty"` // for invalid_utf8: in the line
}

// fail makes it.out the error object for its line.
func (it *batchItem) fail(id json.RawMessage, e *apiError) {
	be := batchError{Line: it.line, ID: id, Error: e.msg, Code: e.code}
	if e.code == "invalid_utf8" {
		be.Offset = &e.offset
	}
	it.out, _ = json.Marshal(be)
	it.out = append(it.out, '\n')
}

// safeBatchLine is batchLine in a worker goroutine, where the middleware cannot recover a
// panic: it recovers it, logs it and answers an error object for the line.
func (s *server) safeBatchLine(ctx context.Context, it *batchItem, types []entity.Type) {
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("panic", "path", "/v1/extract/batch", "line", it.line, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			it.err = nil
			it.fail(nil, &apiError{code: "internal", msg: "internal error"})
		}
	}()
	s.batchLine(ctx, it, types)
}

// batchLine makes it.out, the answer for one input line: the -format jsonl object of its
// text, or a batchError.
func (s *server) batchLine(ctx context.Context, it *batchItem, types []entity.Type) {
	fail := it.fail
	switch {
	case it.readErr != nil:
		fail(nil, &apiError{code: "bad_body", msg: "reading the body: " + it.readErr.Error()})
		return
	case it.tooLong:
		e := errTooLarge(s.maxBytes)
		e.msg = "the line is longer than the largest body (-max-bytes)"
		fail(nil, e)
		return
	}
	if i := invalidUTF8(string(it.raw)); i >= 0 {
		fail(nil, errUTF8("the line", i))
		return
	}
	var req extractRequest
	if err := json.Unmarshal(it.raw, &req); err != nil {
		fail(nil, errBadJSON(err))
		return
	}
	if string(req.ID) == "null" {
		req.ID = nil
	}
	if req.Text == nil {
		fail(req.ID, errNoText)
		return
	}
	more, err := requestTypes(req.Types)
	if err != nil {
		fail(req.ID, errTypes(err))
		return
	}
	ed, err := s.extractText(ctx, *req.Text, append(more, types...), it.first)
	if err != nil {
		it.err = err
		if err == errBusy { // a line after the first waits without limit; this is the first
			fail(req.ID, errBusy)
		}
		return
	}
	d := &document{text: *req.Text, ent: ed, id: req.ID}
	if it.out, err = docJSON(d); err != nil {
		fail(req.ID, &apiError{code: "internal", msg: "internal error"})
	}
}
