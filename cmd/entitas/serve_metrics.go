package main

import (
	"crypto/subtle"
	"fmt"
	"io"
	"maps"
	"net/http"
	"runtime"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// middleware wraps the routes: it counts and times every request, logs it, demands the
// token where one is set, and turns a panic into a logged 500, so that no panic reaches a
// client and the server goes on.
func (s *server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Add(1)
		defer s.metrics.inFlight.Add(-1)
		rec := &recorder{ResponseWriter: w}
		body := &countingBody{ReadCloser: r.Body}
		r.Body = body
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				if rec.status == 0 {
					writeError(rec, fmt.Errorf("panic: %v", p))
				}
				rec.panicked = true
			}
			status := rec.status
			switch {
			case rec.panicked && status == http.StatusOK:
				status = http.StatusInternalServerError // cut short after the answer had begun
			case status == 0 && r.Context().Err() != nil:
				status = 499 // the client hung up before an answer (nginx's code)
			case status == 0:
				status = http.StatusOK
			}
			d := time.Since(start)
			s.metrics.observe(routeOf(r.URL.Path), status, body.n.Load(), rec.n, d)
			s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", status,
				"in", body.n.Load(), "out", rec.n, "ms", float64(d.Microseconds())/1000, "remote", r.RemoteAddr)
		}()
		if s.token != "" && !public(r.URL.Path) && !s.authorized(r) {
			writeError(rec, &apiError{status: http.StatusUnauthorized, code: "unauthorized",
				msg: "this server wants the header Authorization: Bearer TOKEN"})
			return
		}
		next.ServeHTTP(rec, r)
	})
}

// authorized reports whether r carries the token, compared in constant time.
func (s *server) authorized(r *http.Request) bool {
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	return ok && strings.EqualFold(scheme, "Bearer") &&
		subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.token)) == 1
}

// recorder remembers the status and counts the bytes of an answer. Unwrap lets
// http.ResponseController reach the connection (flushing, deadlines, full duplex).
type recorder struct {
	http.ResponseWriter
	status   int
	n        int64
	panicked bool
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.n += int64(n)
	return n, err
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// countingBody counts the bytes read from a request body.
type countingBody struct {
	io.ReadCloser
	n atomic.Int64 // a batch reads its body in another goroutine
}

func (b *countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// routes are the paths the metrics tell apart; any other is "other".
var routes = []string{"/", "/v1/extract", "/v1/extract/batch", "/v1/info", "/healthz", "/metrics", "/app.js", "/style.css", "/types.css"}

func routeOf(path string) string {
	if slices.Contains(routes, path) {
		return path
	}
	return "other"
}

// latencyBuckets are the upper bounds of the latency histograms, in seconds.
var latencyBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30}

// histogram counts observations in latencyBuckets. Guarded by metrics.mu.
type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func (h *histogram) observe(v float64) {
	if h.counts == nil {
		h.counts = make([]uint64, len(latencyBuckets)+1)
	}
	i, _ := slices.BinarySearch(latencyBuckets, v)
	h.counts[i]++
	h.sum += v
	h.n++
}

// write writes h in the Prometheus text format; labels are its labels without braces.
func (h *histogram) write(w io.Writer, name, labels string) {
	sep := ""
	if labels != "" {
		sep = ","
	}
	var cum uint64
	for i, le := range latencyBuckets {
		if h.counts != nil {
			cum += h.counts[i]
		}
		fmt.Fprintf(w, "%s_bucket{%s%sle=\"%s\"} %d\n", name, labels, sep, strconv.FormatFloat(le, 'g', -1, 64), cum)
	}
	fmt.Fprintf(w, "%s_bucket{%s%sle=\"+Inf\"} %d\n", name, labels, sep, h.n)
	if labels != "" {
		labels = "{" + labels + "}"
	}
	fmt.Fprintf(w, "%s_sum%s %s\n%s_count%s %d\n", name, labels, strconv.FormatFloat(h.sum, 'g', -1, 64), name, labels, h.n)
}

// metrics are the service's counters, written by GET /metrics in the Prometheus text
// exposition format (version 0.0.4), by hand: the standard library has no writer for it
// and expvar's JSON has no histograms that Prometheus reads.
type metrics struct {
	s        *server
	inFlight atomic.Int64 // requests being answered
	waiting  atomic.Int64 // requests waiting for an extractor
	busy     atomic.Int64 // requests turned away with 503

	mu        sync.Mutex
	requests  map[[2]string]uint64 // {route, code} → count
	bytesIn   map[string]uint64    // route → request body bytes
	bytesOut  map[string]uint64    // route → answer bytes
	latency   map[string]*histogram
	docs      uint64
	docBytes  uint64
	extractHi histogram
}

func newMetrics(s *server) *metrics {
	return &metrics{s: s, requests: map[[2]string]uint64{}, bytesIn: map[string]uint64{},
		bytesOut: map[string]uint64{}, latency: map[string]*histogram{}}
}

// observe counts one answered request.
func (m *metrics) observe(route string, status int, in, out int64, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[[2]string{route, strconv.Itoa(status)}]++
	m.bytesIn[route] += uint64(in)
	m.bytesOut[route] += uint64(out)
	h := m.latency[route]
	if h == nil {
		h = &histogram{}
		m.latency[route] = h
	}
	h.observe(d.Seconds())
}

// extracted counts one document extracted.
func (m *metrics) extracted(size int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.docs++
	m.docBytes += uint64(size)
	m.extractHi.observe(d.Seconds())
}

// handle is GET /metrics.
func (m *metrics) handle(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	help := func(name, typ, text string) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", name, text, name, typ)
	}
	m.mu.Lock()
	help("entitas_http_requests_total", "counter", "Requests answered, by route and status code (499: the client hung up first).")
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return strings.Compare(a[0]+" "+a[1], b[0]+" "+b[1]) })
	for _, k := range keys {
		fmt.Fprintf(&b, "entitas_http_requests_total{route=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	for _, c := range []struct {
		name, text string
		by         map[string]uint64
	}{
		{"entitas_http_request_bytes_total", "Bytes of request bodies read, by route.", m.bytesIn},
		{"entitas_http_response_bytes_total", "Bytes of answers written, by route.", m.bytesOut},
	} {
		help(c.name, "counter", c.text)
		for _, route := range slices.Sorted(maps.Keys(c.by)) {
			fmt.Fprintf(&b, "%s{route=%q} %d\n", c.name, route, c.by[route])
		}
	}
	help("entitas_http_request_duration_seconds", "histogram", "Time to answer a request, by route.")
	for _, route := range slices.Sorted(maps.Keys(m.latency)) {
		m.latency[route].write(&b, "entitas_http_request_duration_seconds", fmt.Sprintf("route=%q", route))
	}
	help("entitas_documents_total", "counter", "Documents extracted.")
	fmt.Fprintf(&b, "entitas_documents_total %d\n", m.docs)
	help("entitas_document_bytes_total", "counter", "Bytes of text extracted.")
	fmt.Fprintf(&b, "entitas_document_bytes_total %d\n", m.docBytes)
	help("entitas_extraction_duration_seconds", "histogram", "Time to extract one document, without the wait for an extractor.")
	m.extractHi.write(&b, "entitas_extraction_duration_seconds", "")
	m.mu.Unlock()

	help("entitas_http_requests_in_flight", "gauge", "Requests being answered.")
	fmt.Fprintf(&b, "entitas_http_requests_in_flight %d\n", m.inFlight.Load())
	help("entitas_extractions_in_flight", "gauge", "Extractions running.")
	fmt.Fprintf(&b, "entitas_extractions_in_flight %d\n", len(m.s.slots))
	help("entitas_extractions_max", "gauge", "Extractions that may run at once (-concurrency).")
	fmt.Fprintf(&b, "entitas_extractions_max %d\n", cap(m.s.slots))
	help("entitas_extractions_waiting", "gauge", "Requests waiting for an extractor.")
	fmt.Fprintf(&b, "entitas_extractions_waiting %d\n", m.waiting.Load())
	help("entitas_busy_total", "counter", "Requests turned away with 503 after waiting -timeout for an extractor.")
	fmt.Fprintf(&b, "entitas_busy_total %d\n", m.busy.Load())
	help("go_goroutines", "gauge", "Goroutines that exist.")
	fmt.Fprintf(&b, "go_goroutines %d\n", runtime.NumGoroutine())
	sample := []rtmetrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/total:bytes"}}
	rtmetrics.Read(sample)
	help("go_memstats_heap_alloc_bytes", "gauge", "Bytes of live and not yet collected heap objects.")
	fmt.Fprintf(&b, "go_memstats_heap_alloc_bytes %d\n", sampleUint(sample[0]))
	help("go_memstats_sys_bytes", "gauge", "Bytes of memory the Go runtime got from the system.")
	fmt.Fprintf(&b, "go_memstats_sys_bytes %d\n", sampleUint(sample[1]))

	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	io.WriteString(w, b.String())
}

func sampleUint(s rtmetrics.Sample) uint64 {
	if s.Value.Kind() == rtmetrics.KindUint64 {
		return s.Value.Uint64()
	}
	return 0
}
