package main

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/entitas-id/entitas/entity"
)

// web holds the page served at / and its script and style, so that the binary works
// offline and needs no files beside it.
//
//go:embed web
var web embed.FS

// server is the HTTP service of entitas serve. Its handlers are safe for concurrent use.
type server struct {
	// extract is the extractor's Extract; tests replace it to hold an extraction while
	// they look.
	extract  func(text string) *entity.Document
	maxBytes int64
	timeout  time.Duration
	token    string
	log      *slog.Logger
	// slots holds a token for each extraction running; its capacity is -concurrency.
	slots chan struct{}
	// large holds a token for each extraction of a long text running (see largeText); its
	// capacity is half of -concurrency, at least 1.
	large   chan struct{}
	metrics *metrics
	info    []byte // the answer of /v1/info, made once
}

// newServer returns the service for extractor x with the limits of c.
func newServer(x *entity.Extractor, c serveConfig, log *slog.Logger) *server {
	s := &server{
		extract:  x.Extract,
		maxBytes: c.maxBytes,
		timeout:  c.timeout,
		token:    c.token,
		log:      log,
		slots:    make(chan struct{}, c.concurrency),
		large:    make(chan struct{}, max(1, c.concurrency/2)),
	}
	s.metrics = newMetrics(s)
	s.info = serviceInfo(x, c)
	return s
}

// handler returns the service's routes behind its middleware (panic recovery, metrics,
// logging, the token). Each route has a twin without a method that answers 405 in JSON.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	route := func(method, path string, h http.HandlerFunc) {
		mux.HandleFunc(method+" "+path, h)
		allow := method
		if method == http.MethodGet {
			allow = "GET, HEAD"
		}
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			writeError(w, &apiError{status: http.StatusMethodNotAllowed, code: "method_not_allowed",
				msg: fmt.Sprintf("%s %s: want %s", r.Method, path, allow)})
		})
	}
	route(http.MethodPost, "/v1/extract", s.handleExtract)
	route(http.MethodPost, "/v1/extract/batch", s.handleBatch)
	route(http.MethodGet, "/healthz", s.handleHealth)
	route(http.MethodGet, "/v1/info", s.handleInfo)
	route(http.MethodGet, "/metrics", s.metrics.handle)
	route(http.MethodGet, "/{$}", s.handlePage)
	sub, err := fs.Sub(web, "web")
	if err != nil {
		panic(err) // web is embedded; a bug
	}
	files := http.FileServerFS(sub)
	route(http.MethodGet, "/app.js", files.ServeHTTP)
	route(http.MethodGet, "/style.css", files.ServeHTTP)
	route(http.MethodGet, "/types.css", s.handleTypesCSS)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, &apiError{status: http.StatusNotFound, code: "not_found", msg: "no such endpoint: " + r.URL.Path})
	})
	return s.middleware(mux)
}

// public reports whether path may be fetched without the token: the health check and the
// page's own files, which hold no data.
func public(path string) bool {
	switch path {
	case "/healthz", "/", "/app.js", "/style.css", "/types.css":
		return true
	}
	return false
}

// apiError is an error answered to a client: its status and a JSON body
// {"error", "code", "offset"?}.
type apiError struct {
	status int
	code   string // stable, for programs: "too_large", "invalid_utf8"…
	msg    string // for people
	offset int    // for invalid_utf8: the byte offset of the first bad byte; else unused
}

func (e *apiError) Error() string { return e.msg }

// body returns e as the JSON object clients get, on one line.
func (e *apiError) body() []byte {
	v := struct {
		Error  string `json:"error"`
		Code   string `json:"code"`
		Offset *int   `json:"offset,omitempty"`
	}{Error: e.msg, Code: e.code}
	if e.code == "invalid_utf8" {
		v.Offset = &e.offset
	}
	b, _ := json.Marshal(v)
	return append(b, '\n')
}

// writeError answers err, an *apiError or anything else (a 500).
func writeError(w http.ResponseWriter, err error) {
	var e *apiError
	if !errors.As(err, &e) {
		e = &apiError{status: http.StatusInternalServerError, code: "internal", msg: "internal error"}
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	if e.status == http.StatusServiceUnavailable {
		h.Set("Retry-After", retryAfter)
	}
	if e.status == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", `Bearer realm="entitas"`)
	}
	w.WriteHeader(e.status)
	w.Write(e.body())
}

// retryAfter is the Retry-After of a 503, in seconds: the queue was full for a whole
// -timeout, so an immediate retry would most likely be turned away again.
const retryAfter = "1"

// Errors of the requests, by kind.
var (
	errBusy = &apiError{status: http.StatusServiceUnavailable, code: "busy",
		msg: "every extractor stayed busy for the whole -timeout; retry later"}
	errNoText = &apiError{status: http.StatusBadRequest, code: "missing_text", msg: `the JSON object has no "text" string`}
)

func errTooLarge(max int64) *apiError {
	return &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large",
		msg: fmt.Sprintf("the body is larger than %d bytes (-max-bytes)", max)}
}

func errUTF8(what string, offset int) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "invalid_utf8", offset: offset,
		msg: fmt.Sprintf("%s is not valid UTF-8 at byte %d", what, offset)}
}

func errBadJSON(err error) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "bad_json", msg: "malformed JSON: " + err.Error()}
}

func errTypes(err error) *apiError {
	return &apiError{status: http.StatusBadRequest, code: "unknown_type", msg: err.Error()}
}

// errGone marks a request whose client hung up: nothing is answered.
var errGone = errors.New("client went away")

// largeText is the size from which a text is long: longer than any IndoSum article
// (the longest is 8.9 KB) and than nearly all news. Long texts may take only half the
// extractors, so that a flood of them leaves room for articles.
const largeText = 16 << 10

// acquire waits for a free extractor, and for a text of largeText or more also for one of
// the extractors long texts may take. With limit it waits up to -timeout (errBusy after);
// without, as long as the client stays, which the later lines of a batch already answering
// do. A request whose client hangs up leaves at once (errGone).
func (s *server) acquire(ctx context.Context, large, limit bool) error {
	var expired <-chan time.Time
	if limit {
		t := time.NewTimer(s.timeout)
		defer t.Stop()
		expired = t.C
	}
	if large {
		if err := s.wait(ctx, s.large, expired); err != nil {
			return err
		}
	}
	if err := s.wait(ctx, s.slots, expired); err != nil {
		if large {
			<-s.large
		}
		return err
	}
	return nil
}

// wait puts a token into sem, waiting while it is full.
func (s *server) wait(ctx context.Context, sem chan struct{}, expired <-chan time.Time) error {
	select {
	case sem <- struct{}{}:
		return nil
	default:
	}
	s.metrics.waiting.Add(1)
	defer s.metrics.waiting.Add(-1)
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return errGone
	case <-expired:
		s.metrics.busy.Add(1)
		return errBusy
	}
}

func (s *server) release(large bool) {
	<-s.slots
	if large {
		<-s.large
	}
}

// extractText runs the extractor on text once a slot is free, and keeps only the entities
// of types (all when empty), as entity.WithTypes would.
func (s *server) extractText(ctx context.Context, text string, types []entity.Type, limit bool) (*entity.Document, error) {
	large := len(text) >= largeText
	if err := s.acquire(ctx, large, limit); err != nil {
		return nil, err
	}
	defer s.release(large)
	if ctx.Err() != nil {
		return nil, errGone
	}
	start := time.Now()
	d := s.extract(text)
	s.metrics.extracted(len(text), time.Since(start))
	return keepTypes(d, types), nil
}

// keepTypes returns d with only the entities of types; d itself when types is empty.
// Quotes and their speakers stay as they are, as with entity.WithTypes.
func keepTypes(d *entity.Document, types []entity.Type) *entity.Document {
	if len(types) == 0 {
		return d
	}
	out := *d
	out.Entities = nil
	for _, e := range d.Entities {
		for _, t := range types {
			if e.Type == t {
				out.Entities = append(out.Entities, e)
				break
			}
		}
	}
	return &out
}

// extractRequest is the JSON body of POST /v1/extract and a line of a batch.
type extractRequest struct {
	ID    json.RawMessage `json:"id"`
	Text  *string         `json:"text"`
	Types []string        `json:"types"`
}

// requestTypes reads the types of a JSON request: each element one type name.
func requestTypes(names []string) ([]entity.Type, error) {
	var types []entity.Type
	for _, n := range names {
		if strings.Contains(n, ",") || strings.TrimSpace(n) == "" {
			return nil, fmt.Errorf("unknown type %q; give one type name an element", n)
		}
		t, err := parseTypes(n)
		if err != nil {
			return nil, err
		}
		types = append(types, t...)
	}
	return types, nil
}

// mediaType returns the request's media type, "" when it has none, or a 415 when its
// charset is not UTF-8 or it is a form upload.
func mediaType(r *http.Request) (string, error) {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return "", nil
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", &apiError{status: http.StatusUnsupportedMediaType, code: "bad_content_type", msg: "Content-Type: " + err.Error()}
	}
	if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "utf8") {
		return "", &apiError{status: http.StatusUnsupportedMediaType, code: "bad_content_type",
			msg: fmt.Sprintf("charset %q: only utf-8 is read", cs)}
	}
	if strings.HasPrefix(mt, "multipart/") {
		return "", &apiError{status: http.StatusUnsupportedMediaType, code: "bad_content_type",
			msg: mt + ": send the text as text/plain or application/json"}
	}
	return mt, nil
}

// isJSON reports whether a media type is JSON (application/json or application/*+json).
func isJSON(mt string) bool {
	return mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}

// readBody reads the whole body, up to -max-bytes.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	if r.ContentLength > s.maxBytes {
		return nil, errTooLarge(s.maxBytes)
	}
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength) + bytes.MinRead) // ReadFrom wants MinRead free at the end
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, s.maxBytes))
	b := buf.Bytes()
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, errTooLarge(s.maxBytes)
	case r.Context().Err() != nil:
		return nil, errGone
	case err != nil:
		return nil, &apiError{status: http.StatusBadRequest, code: "bad_body", msg: "reading the body: " + err.Error()}
	}
	return b, nil
}

// handleExtract is POST /v1/extract.
func (s *server) handleExtract(w http.ResponseWriter, r *http.Request) {
	if err := s.extractOne(w, r); err != nil && err != errGone {
		writeError(w, err)
	}
}

func (s *server) extractOne(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	asHTML := false
	switch f := q.Get("format"); f {
	case "", "json":
	case "html":
		asHTML = true
	default:
		return &apiError{status: http.StatusBadRequest, code: "bad_format", msg: fmt.Sprintf("format %q: want json or html", f)}
	}
	types, err := parseTypes(q.Get("types"))
	if err != nil {
		return errTypes(err)
	}
	mt, err := mediaType(r)
	if err != nil {
		return err
	}
	body, err := s.readBody(w, r)
	if err != nil {
		return err
	}
	text := string(body)
	if i := invalidUTF8(text); i >= 0 {
		return errUTF8("the body", i)
	}
	var id json.RawMessage
	if isJSON(mt) {
		var req extractRequest
		if err := json.Unmarshal(body, &req); err != nil {
			return errBadJSON(err)
		}
		if req.Text == nil {
			return errNoText
		}
		text = *req.Text
		if string(req.ID) != "null" {
			id = req.ID
		}
		t, err := requestTypes(req.Types)
		if err != nil {
			return errTypes(err)
		}
		types = append(types, t...)
	}
	ed, err := s.extractText(r.Context(), text, types, true)
	if err != nil {
		return err
	}
	d := &document{text: text, ent: ed, id: id}
	if asHTML {
		d.name = "article"
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		// The page has inline style and no script; the text in it is escaped.
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
		h.Set("X-Content-Type-Options", "nosniff")
		_, err := io.WriteString(w, htmlPage(d, ""))
		return ignoreGone(err)
	}
	out, err := docJSON(d)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(out)
	return ignoreGone(err)
}

// ignoreGone turns a failed write to the client, which can only mean it went away, into
// errGone: there is nobody left to answer.
func ignoreGone(err error) error {
	if err != nil {
		return errGone
	}
	return nil
}

// handleHealth is GET /healthz: the process is up and answering.
func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, "ok\n")
}

// handleInfo is GET /v1/info.
func (s *server) handleInfo(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(s.info)
}

// handlePage is GET /: the page where a person pastes an article.
func (s *server) handlePage(w http.ResponseWriter, r *http.Request) {
	page, err := web.ReadFile("web/index.html")
	if err != nil {
		writeError(w, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	// Everything the page uses comes from this server; nothing runs inline.
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(page))
}

// handleTypesCSS is GET /types.css: the colours of the entity types, the same as those of
// -format html.
func (s *server) handleTypesCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	io.WriteString(w, typeStyles())
}

// docJSON returns d as the one-line JSON object of -format jsonl, the same object as
// -format json: the service answers exactly what the command line prints.
func docJSON(d *document) ([]byte, error) {
	return (&jsonFormatter{}).render(d)
}
