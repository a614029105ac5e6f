package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/entitas-id/entitas/entity"
)

// testConfig is the configuration of the test servers unless a test changes it.
func testConfig() serveConfig {
	return serveConfig{addr: "127.0.0.1:0", maxBytes: 2 << 20, timeout: 5 * time.Second, concurrency: 2}
}

// newTestServer starts the service on 127.0.0.1 with c.
func newTestServer(t testing.TB, c serveConfig) (*server, *httptest.Server) {
	t.Helper()
	s := newServer(entity.Default(), c, slog.New(slog.DiscardHandler))
	hs := httptest.NewUnstartedServer(s.handler())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs.Listener.Close()
	hs.Listener = ln
	hs.Start()
	t.Cleanup(hs.Close)
	return s, hs
}

// answer is a response, read whole.
type answer struct {
	status int
	header http.Header
	body   string
}

// fetch sends a request and reads the whole answer; header holds extra request headers as
// "Name: value" strings.
func fetch(method, url, contentType string, body io.Reader, header ...string) (answer, error) {
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return answer{}, err
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for _, h := range header {
		k, v, _ := strings.Cut(h, ": ")
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return answer{res.StatusCode, res.Header, string(b)}, err
}

// call is fetch for the test's goroutine: it stops the test on a failure.
func call(t testing.TB, method, url, contentType string, body io.Reader, header ...string) answer {
	t.Helper()
	a, err := fetch(method, url, contentType, body, header...)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// goCall is fetch in a goroutine of its own; the answer comes on the channel.
func goCall(t testing.TB, method, url, contentType string, body io.Reader) <-chan answer {
	c := make(chan answer, 1)
	go func() {
		a, err := fetch(method, url, contentType, body)
		if err != nil {
			t.Error(err)
		}
		c <- a
	}()
	return c
}

// articles returns the repository's test articles by name.
func articles(t testing.TB) map[string]string {
	t.Helper()
	names, _ := filepath.Glob("../../testdata/articles/*.txt")
	m := map[string]string{}
	for _, n := range names {
		if strings.HasSuffix(n, ".marked.txt") {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = string(b)
	}
	if len(m) == 0 {
		t.Skip("no test articles")
	}
	return m
}

func decodeDoc(t testing.TB, s string) jsonDoc {
	t.Helper()
	var d jsonDoc
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("decoding %.200q: %v", s, err)
	}
	return d
}

// TestServeExtractSameAsCLI checks that POST /v1/extract answers, for each test article,
// the entities and quotes with the byte offsets that "entitas -format json" prints, whether
// the article is sent as text/plain, without a Content-Type, or inside JSON.
func TestServeExtractSameAsCLI(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	for name, text := range articles(t) {
		code, out, errs := runCmd(t, "", "-format", "json", name)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		want := decodeDoc(t, out)
		jsonBody, _ := json.Marshal(map[string]any{"text": text})
		for _, tc := range []struct {
			ctype string
			body  string
		}{
			{"text/plain; charset=utf-8", text},
			{"", text},
			{"application/json", string(jsonBody)},
		} {
			a := call(t, "POST", hs.URL+"/v1/extract", tc.ctype, strings.NewReader(tc.body))
			if a.status != 200 || a.header.Get("Content-Type") != "application/json" {
				t.Fatalf("%s %q: status %d %s: %s", name, tc.ctype, a.status, a.header.Get("Content-Type"), a.body)
			}
			got := decodeDoc(t, a.body)
			if !reflect.DeepEqual(got.Entities, want.Entities) || !reflect.DeepEqual(got.Quotes, want.Quotes) {
				t.Errorf("%s %q: the answer differs from -format json", name, tc.ctype)
			}
			for _, e := range got.Entities {
				if text[e.Start:e.End] != e.Text {
					t.Errorf("%s: entity %+v: text[%d:%d] = %q", name, e, e.Start, e.End, text[e.Start:e.End])
				}
			}
			if got.File != "" || got.ID != nil {
				t.Errorf("%s: file %q id %s, want none", name, got.File, got.ID)
			}
		}
	}
}

// TestServeExtractTypes checks the type filter, in the query and in JSON, against an
// extractor built with entity.WithTypes.
func TestServeExtractTypes(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	text := articles(t)[article]
	x, err := entity.New(entity.WithTypes(entity.Leader, entity.Person))
	if err != nil {
		t.Fatal(err)
	}
	want := newJSONDoc(&document{text: text, ent: x.Extract(text)})
	if len(want.Entities) == 0 {
		t.Fatal("no LEADER or PERSON in the article")
	}
	body, _ := json.Marshal(map[string]any{"text": text, "types": []string{"LEADER", "person"}, "id": "a-1"})
	for _, a := range []answer{
		call(t, "POST", hs.URL+"/v1/extract?types=LEADER,PERSON", "text/plain", strings.NewReader(text)),
		call(t, "POST", hs.URL+"/v1/extract", "application/json", bytes.NewReader(body)),
	} {
		got := decodeDoc(t, a.body)
		if a.status != 200 || !reflect.DeepEqual(got.Entities, want.Entities) || !reflect.DeepEqual(got.Quotes, want.Quotes) {
			t.Errorf("status %d; %d entities, want %d", a.status, len(got.Entities), len(want.Entities))
		}
	}
	if got := decodeDoc(t, call(t, "POST", hs.URL+"/v1/extract", "application/json", bytes.NewReader(body)).body); string(got.ID) != `"a-1"` {
		t.Errorf("id %s, want \"a-1\" carried over", got.ID)
	}
}

// TestServeHTML checks ?format=html: the page of -format html for the text sent.
func TestServeHTML(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	text := articles(t)[article]
	a := call(t, "POST", hs.URL+"/v1/extract?format=html", "text/plain", strings.NewReader(text))
	want := htmlPage(&document{item: item{name: "article"}, text: text, ent: entity.Default().Extract(text)}, "")
	if a.status != 200 || a.header.Get("Content-Type") != "text/html; charset=utf-8" || a.body != want {
		t.Errorf("status %d, %s, page %.80q", a.status, a.header.Get("Content-Type"), a.body)
	}
	if csp := a.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
}

// TestServeErrors checks the status, body and headers of every refusal.
func TestServeErrors(t *testing.T) {
	c := testConfig()
	c.maxBytes = 64
	_, hs := newTestServer(t, c)
	bad := "Presiden “Joko” \xffWidodo"                                                 // the bad byte is at 20: “ and ” are 3 bytes each
	badJSON := "{\"text\": \"Jakarta \xfe\"}"                                           // the bad byte is at 18 of the body
	chunked := func(s string) io.Reader { return io.MultiReader(strings.NewReader(s)) } // no length: sent chunked
	for _, tc := range []struct {
		name, method, path, ctype string
		body                      io.Reader
		status                    int
		want                      string
		header                    string // "Name: value" the answer must have
	}{
		{"too large", "POST", "/v1/extract", "text/plain", strings.NewReader(strings.Repeat("a", 65)), 413,
			`{"error":"the body is larger than 64 bytes (-max-bytes)","code":"too_large"}`, ""},
		{"too large, chunked", "POST", "/v1/extract", "text/plain", chunked(strings.Repeat("é", 40)), 413,
			`{"error":"the body is larger than 64 bytes (-max-bytes)","code":"too_large"}`, ""},
		{"at the limit", "POST", "/v1/extract", "text/plain", strings.NewReader(strings.Repeat("a", 64)), 200, "", ""},
		{"invalid UTF-8", "POST", "/v1/extract", "text/plain", strings.NewReader(bad), 400,
			`{"error":"the body is not valid UTF-8 at byte 20","code":"invalid_utf8","offset":20}`, ""},
		{"invalid UTF-8 in JSON", "POST", "/v1/extract", "application/json", strings.NewReader(badJSON), 400,
			`{"error":"the body is not valid UTF-8 at byte 18","code":"invalid_utf8","offset":18}`, ""},
		{"unknown type in the query", "POST", "/v1/extract?types=LEADER,KING", "text/plain", strings.NewReader("Jakarta"), 400,
			`{"error":"unknown type \"KING\"; want some of COUNTRY,LOCATION,LEADER,PERSON,ORGANIZATION,WEAPON","code":"unknown_type"}`, ""},
		{"unknown type in JSON", "POST", "/v1/extract", "application/json", strings.NewReader(`{"text":"a","types":["CITY"]}`), 400,
			`{"error":"unknown type \"CITY\"; want some of COUNTRY,LOCATION,LEADER,PERSON,ORGANIZATION,WEAPON","code":"unknown_type"}`, ""},
		{"two types in one element", "POST", "/v1/extract", "application/json", strings.NewReader(`{"text":"a","types":["LEADER,PERSON"]}`), 400,
			`{"error":"unknown type \"LEADER,PERSON\"; give one type name an element","code":"unknown_type"}`, ""},
		{"unknown type in a batch query", "POST", "/v1/extract/batch?types=X", "application/x-ndjson", strings.NewReader(`{"text":"a"}`), 400,
			`{"error":"unknown type \"X\"; want some of COUNTRY,LOCATION,LEADER,PERSON,ORGANIZATION,WEAPON","code":"unknown_type"}`, ""},
		{"malformed JSON", "POST", "/v1/extract", "application/json", strings.NewReader(`{"text": "a"`), 400,
			`{"error":"malformed JSON: unexpected end of JSON input","code":"bad_json"}`, ""},
		{"text not a string", "POST", "/v1/extract", "application/json", strings.NewReader(`{"text": 1}`), 400,
			`{"error":"malformed JSON: json: cannot unmarshal number into Go struct field extractRequest.text of type string","code":"bad_json"}`, ""},
		{"no text", "POST", "/v1/extract", "application/json", strings.NewReader(`{"body": "a"}`), 400,
			`{"error":"the JSON object has no \"text\" string","code":"missing_text"}`, ""},
		{"unknown format", "POST", "/v1/extract?format=xml", "text/plain", strings.NewReader("a"), 400,
			`{"error":"format \"xml\": want json or html","code":"bad_format"}`, ""},
		{"another charset", "POST", "/v1/extract", "text/plain; charset=iso-8859-1", strings.NewReader("a"), 415,
			`{"error":"charset \"iso-8859-1\": only utf-8 is read","code":"bad_content_type"}`, ""},
		{"a form upload", "POST", "/v1/extract", "multipart/form-data; boundary=x", strings.NewReader("a"), 415,
			`{"error":"multipart/form-data: send the text as text/plain or application/json","code":"bad_content_type"}`, ""},
		{"GET extract", "GET", "/v1/extract", "", nil, 405,
			`{"error":"GET /v1/extract: want POST","code":"method_not_allowed"}`, "Allow: POST"},
		{"POST info", "POST", "/v1/info", "", nil, 405,
			`{"error":"POST /v1/info: want GET, HEAD","code":"method_not_allowed"}`, "Allow: GET, HEAD"},
		{"GET batch", "GET", "/v1/extract/batch", "", nil, 405,
			`{"error":"GET /v1/extract/batch: want POST","code":"method_not_allowed"}`, "Allow: POST"},
		{"no such path", "GET", "/v2/extract", "", nil, 404,
			`{"error":"no such endpoint: /v2/extract","code":"not_found"}`, ""},
	} {
		a := call(t, tc.method, hs.URL+tc.path, tc.ctype, tc.body)
		if a.status != tc.status {
			t.Errorf("%s: status %d, want %d: %s", tc.name, a.status, tc.status, a.body)
			continue
		}
		if tc.want != "" && (a.body != tc.want+"\n" || a.header.Get("Content-Type") != "application/json") {
			t.Errorf("%s: body %s (%s)\nwant %s", tc.name, a.body, a.header.Get("Content-Type"), tc.want)
		}
		if k, v, ok := strings.Cut(tc.header, ": "); ok && a.header.Get(k) != v {
			t.Errorf("%s: %s: %q, want %q", tc.name, k, a.header.Get(k), v)
		}
	}
}

// TestServeUTF8OffsetAsCLI checks that the offset of invalid UTF-8 is the one the command
// line reports for the same text.
func TestServeUTF8OffsetAsCLI(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	text := articles(t)[article]
	text = text[:300] + "\xc3(" + text[300:]
	_, _, errs := runCmd(t, text, "-format", "json")
	m := regexp.MustCompile(`byte (\d+)`).FindStringSubmatch(errs)
	if m == nil {
		t.Fatalf("the command line said %q", errs)
	}
	a := call(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader(text))
	var e struct{ Offset int }
	json.Unmarshal([]byte(a.body), &e)
	if a.status != 400 || fmt.Sprint(e.Offset) != m[1] || e.Offset != 300 {
		t.Errorf("status %d, offset %d; the command line says byte %s; the bad byte is at 300", a.status, e.Offset, m[1])
	}
}

// TestServeToken checks -token: 401 without the right bearer token, except for the
// health check and the page's files.
func TestServeToken(t *testing.T) {
	c := testConfig()
	c.token = "s3cret"
	_, hs := newTestServer(t, c)
	unauthorized := `{"error":"this server wants the header Authorization: Bearer TOKEN","code":"unauthorized"}` + "\n"
	for _, tc := range []struct {
		method, path, auth string
		status             int
	}{
		{"POST", "/v1/extract", "", 401},
		{"POST", "/v1/extract", "Authorization: Bearer wrong", 401},
		{"POST", "/v1/extract", "Authorization: Basic czNjcmV0", 401},
		{"POST", "/v1/extract", "Authorization: Bearer s3cret", 200},
		{"POST", "/v1/extract", "Authorization: bearer s3cret", 200},
		{"POST", "/v1/extract/batch", "", 401},
		{"GET", "/v1/info", "", 401},
		{"GET", "/metrics", "", 401},
		{"GET", "/metrics", "Authorization: Bearer s3cret", 200},
		{"GET", "/healthz", "", 200},
		{"GET", "/", "", 200},
		{"GET", "/app.js", "", 200},
	} {
		var h []string
		if tc.auth != "" {
			h = append(h, tc.auth)
		}
		a := call(t, tc.method, hs.URL+tc.path, "text/plain", strings.NewReader("Jakarta"), h...)
		if a.status != tc.status {
			t.Errorf("%s %s %q: status %d, want %d", tc.method, tc.path, tc.auth, a.status, tc.status)
		}
		if a.status == 401 && (a.body != unauthorized || a.header.Get("WWW-Authenticate") != `Bearer realm="entitas"`) {
			t.Errorf("%s %s: 401 with %q, WWW-Authenticate %q", tc.method, tc.path, a.body, a.header.Get("WWW-Authenticate"))
		}
	}
}

// blocker holds extractions until released, so that tests can fill the server.
type blocker struct {
	started chan string // the text of each extraction that starts
	release chan struct{}
	calls   atomic.Int64
}

func block(s *server) *blocker {
	b := &blocker{started: make(chan string, 100), release: make(chan struct{})}
	s.extract = func(text string) *entity.Document {
		b.calls.Add(1)
		b.started <- text
		<-b.release
		return entity.Default().Extract(text)
	}
	return b
}

// waitFor polls cond for up to 5 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("waited 5 s for %s", what)
}

// TestServeBusy checks the queue: with -concurrency 1 and the one extraction held, the
// next request waits -timeout and gets 503 with Retry-After, and so does a batch whose
// first line cannot start; the held request then finishes normally.
func TestServeBusy(t *testing.T) {
	c := testConfig()
	c.concurrency = 1
	c.timeout = 100 * time.Millisecond
	s, hs := newTestServer(t, c)
	b := block(s)
	first := goCall(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader("Presiden Joko Widodo"))
	<-b.started
	busy := `{"error":"every extractor stayed busy for the whole -timeout; retry later","code":"busy"}` + "\n"
	for _, path := range []string{"/v1/extract", "/v1/extract/batch"} {
		t0 := time.Now()
		a := call(t, "POST", hs.URL+path, "", strings.NewReader(`{"text":"Jakarta"}`))
		waited := time.Since(t0)
		if a.status != 503 || a.body != busy || a.header.Get("Retry-After") != "1" {
			t.Errorf("%s: status %d, Retry-After %q, body %s", path, a.status, a.header.Get("Retry-After"), a.body)
		}
		if waited < c.timeout {
			t.Errorf("%s: answered 503 after %v, before -timeout %v", path, waited, c.timeout)
		}
	}
	close(b.release)
	if a := <-first; a.status != 200 || !strings.Contains(a.body, `"LEADER"`) {
		t.Errorf("the held request: status %d: %s", a.status, a.body)
	}
	if n := b.calls.Load(); n != 1 {
		t.Errorf("%d extractions, want only the held one", n)
	}
	if !strings.Contains(call(t, "GET", hs.URL+"/metrics", "", nil).body, "\nentitas_busy_total 2\n") {
		t.Error("/metrics does not count the two 503s")
	}
}

// TestServeLargeTextsLeaveRoom checks that long texts take at most half the extractors:
// with -concurrency 2 and one long text held, a second long text waits and gets 503 while
// a short one is extracted at once.
func TestServeLargeTextsLeaveRoom(t *testing.T) {
	c := testConfig()
	c.timeout = 200 * time.Millisecond
	s, hs := newTestServer(t, c)
	b := block(s)
	long := strings.Repeat("Presiden Joko Widodo tiba di Jakarta. ", largeText/30)
	held := goCall(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader(long))
	<-b.started
	if a := call(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader(long)); a.status != 503 {
		t.Errorf("a second long text: status %d, want 503", a.status)
	}
	short := goCall(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader("Jakarta"))
	select {
	case text := <-b.started:
		if text != "Jakarta" {
			t.Errorf("started %.20q, want the short text", text)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the short text waits behind the long one")
	}
	close(b.release)
	for _, a := range []answer{<-held, <-short} {
		if a.status != 200 {
			t.Errorf("status %d", a.status)
		}
	}
	if len(s.slots) != 0 || len(s.large) != 0 {
		t.Errorf("%d slots and %d long-text slots still taken", len(s.slots), len(s.large))
	}
}

// TestServeClientGone checks that work stops when the client hangs up: a request waiting
// for an extractor leaves the queue without extracting, and a batch stops reading and
// extracting.
func TestServeClientGone(t *testing.T) {
	c := testConfig()
	c.concurrency = 1
	c.timeout = time.Minute
	s, hs := newTestServer(t, c)
	b := block(s)
	held := goCall(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader("held"))
	<-b.started

	// A single request waits in the queue, then its client gives up.
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "POST", hs.URL+"/v1/extract", strings.NewReader("gone"))
	done := make(chan error, 1)
	go func() {
		_, err := http.DefaultClient.Do(req)
		done <- err
	}()
	waitFor(t, "the request to wait", func() bool { return s.metrics.waiting.Load() == 1 })
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("client: %v", err)
	}
	waitFor(t, "the request to leave the queue", func() bool { return s.metrics.waiting.Load() == 0 })
	b.release <- struct{}{} // the held extraction ends
	if a := <-held; a.status != 200 {
		t.Errorf("the held request: status %d", a.status)
	}
	waitFor(t, "the held request to end", func() bool { return s.metrics.inFlight.Load() == 0 })
	if n := b.calls.Load(); n != 1 {
		t.Errorf("%d extractions; the request whose client left was extracted", n)
	}

	// A batch: one line answered, then the client hangs up while sending more.
	pr, pw := io.Pipe()
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	req, _ = http.NewRequestWithContext(ctx, "POST", hs.URL+"/v1/extract/batch", pr)
	req.Header.Set("Content-Type", "application/x-ndjson")
	resc := make(chan *http.Response, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			resc <- nil
			return
		}
		resc <- res
	}()
	fmt.Fprintln(pw, `{"id":1,"text":"Presiden Joko Widodo"}`)
	<-b.started
	b.release <- struct{}{}
	res := <-resc
	if res == nil {
		t.Fatal("no answer to the batch")
	}
	line := make([]byte, 4096)
	n, _ := res.Body.Read(line)
	if !bytes.HasPrefix(line[:n], []byte(`{"file":"","id":1,`)) {
		t.Fatalf("first line %q", line[:n])
	}
	fmt.Fprintln(pw, `{"id":2,"text":"Jakarta"}`) // held in the extractor: the client leaves meanwhile
	<-b.started
	cancel()
	pw.CloseWithError(errors.New("client gone"))
	close(b.release)
	waitFor(t, "the batch to end", func() bool { return s.metrics.inFlight.Load() == 0 })
	if n := b.calls.Load(); n != 3 {
		t.Errorf("%d extractions, want 3 (held, batch line 1, batch line 2)", n)
	}
}

// TestServePanic checks that a panic becomes a 500 with a JSON body and the server goes on.
func TestServePanic(t *testing.T) {
	s, hs := newTestServer(t, testConfig())
	var boom atomic.Bool
	boom.Store(true)
	s.extract = func(text string) *entity.Document {
		if boom.Load() {
			panic("boom")
		}
		return entity.Default().Extract(text)
	}
	a := call(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader("Jakarta"))
	if a.status != 500 || a.body != `{"error":"internal error","code":"internal"}`+"\n" {
		t.Errorf("status %d: %s", a.status, a.body)
	}
	if len(s.slots) != 0 {
		t.Errorf("%d extraction slots still taken after the panic", len(s.slots))
	}
	// In a batch the extraction runs in a worker goroutine: the line gets an error object.
	a = call(t, "POST", hs.URL+"/v1/extract/batch", "", strings.NewReader(`{"id":1,"text":"a"}`+"\n"+`{"id":2,"text":"b"}`))
	want := `{"line":1,"error":"internal error","code":"internal"}` + "\n" + `{"line":2,"error":"internal error","code":"internal"}` + "\n"
	if a.status != 200 || a.body != want {
		t.Errorf("batch: status %d: %s", a.status, a.body)
	}
	if len(s.slots) != 0 {
		t.Errorf("%d extraction slots still taken after the panic in a batch", len(s.slots))
	}
	boom.Store(false)
	if a := call(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader("Jakarta")); a.status != 200 {
		t.Errorf("after the panic: status %d", a.status)
	}
}

// TestServeHealthInfo checks /healthz and /v1/info against the gazetteer.
func TestServeHealthInfo(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	if a := call(t, "GET", hs.URL+"/healthz", "", nil); a.status != 200 || a.body != "ok\n" {
		t.Errorf("/healthz: %d %q", a.status, a.body)
	}
	a := call(t, "GET", hs.URL+"/v1/info", "", nil)
	var info infoDoc
	if err := json.Unmarshal([]byte(a.body), &info); err != nil || a.status != 200 {
		t.Fatalf("/v1/info: %d %v", a.status, err)
	}
	g := entity.Default().Gazetteer()
	total := 0
	for typ, n := range g.Counts() {
		if info.Gazetteer.ByType[typ.String()] != n {
			t.Errorf("%s: %d entries, the gazetteer has %d", typ, info.Gazetteer.ByType[typ.String()], n)
		}
		total += n
	}
	inFiles := 0
	date := regexp.MustCompile(`^\d{4}-\d{2}(-\d{2})?$`)
	for _, f := range info.Gazetteer.Files {
		inFiles += f.Entries
		if !date.MatchString(f.AsOf) || f.Entries == 0 {
			t.Errorf("file %+v", f)
		}
	}
	if info.Gazetteer.Entries != total || inFiles != total || len(info.Types) != 6 || info.Limits.MaxBytes != 2<<20 || info.Version == "" {
		t.Errorf("info %+v: %d entries, %d in files, want %d", info, info.Gazetteer.Entries, inFiles, total)
	}
}

// TestServeMetrics checks that /metrics counts requests and bytes, and that every line is
// in the Prometheus text format.
func TestServeMetrics(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	text := "Presiden Joko Widodo tiba di Jakarta."
	for range 2 {
		call(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader(text))
	}
	call(t, "POST", hs.URL+"/v1/extract", "text/plain", strings.NewReader("\xff"))
	a := call(t, "GET", hs.URL+"/metrics", "", nil)
	if a.status != 200 || !strings.HasPrefix(a.header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("status %d, %s", a.status, a.header.Get("Content-Type"))
	}
	for _, want := range []string{
		`entitas_http_requests_total{route="/v1/extract",code="200"} 2`,
		`entitas_http_requests_total{route="/v1/extract",code="400"} 1`,
		fmt.Sprintf(`entitas_http_request_bytes_total{route="/v1/extract"} %d`, 2*len(text)+1),
		`entitas_http_request_duration_seconds_count{route="/v1/extract"} 3`,
		`entitas_http_request_duration_seconds_bucket{route="/v1/extract",le="+Inf"} 3`,
		"entitas_documents_total 2",
		fmt.Sprintf("entitas_document_bytes_total %d", 2*len(text)),
		"entitas_extraction_duration_seconds_count 2",
		"entitas_http_requests_in_flight 1", // this request
		"entitas_extractions_in_flight 0",
		"entitas_extractions_max 2",
	} {
		if !strings.Contains(a.body, "\n"+want+"\n") {
			t.Errorf("no line %q", want)
		}
	}
	line := regexp.MustCompile(`^(# (HELP|TYPE) [a-z_]+ .+|[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? [0-9.e+-]+)$`)
	for _, l := range strings.Split(strings.TrimSuffix(a.body, "\n"), "\n") {
		if !line.MatchString(l) {
			t.Errorf("not Prometheus text: %q", l)
		}
	}
}

// TestServePage checks the page and its files: served from the binary, with their types
// and a policy that keeps the page to this server.
func TestServePage(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	for _, tc := range []struct{ path, ctype, has string }{
		{"/", "text/html; charset=utf-8", `<script src="app.js" defer></script>`},
		{"/app.js", "text/javascript; charset=utf-8", "v1/extract"},
		{"/style.css", "text/css; charset=utf-8", "mark.e"},
		{"/types.css", "text/css; charset=utf-8", ".t-COUNTRY{background:"},
	} {
		a := call(t, "GET", hs.URL+tc.path, "", nil)
		if a.status != 200 || a.header.Get("Content-Type") != tc.ctype || !strings.Contains(a.body, tc.has) {
			t.Errorf("%s: status %d, %s, has %q: %v", tc.path, a.status, a.header.Get("Content-Type"), tc.has, strings.Contains(a.body, tc.has))
		}
	}
	a := call(t, "GET", hs.URL+"/", "", nil)
	if csp := a.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	for _, ext := range []string{"http://", "https://", "//cdn", "innerHTML"} {
		for _, f := range []string{"web/index.html", "web/app.js", "web/style.css"} {
			b, _ := web.ReadFile(f)
			if strings.Contains(string(b), ext) {
				t.Errorf("%s holds %q: the page must work offline and never write HTML from text", f, ext)
			}
		}
	}
}

// TestServeShutdown checks the graceful shutdown: once told to stop, the server refuses
// new connections, lets the request in flight finish, and returns.
func TestServeShutdown(t *testing.T) {
	s := newServer(entity.Default(), testConfig(), slog.New(slog.DiscardHandler))
	b := block(s)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.serve(ctx, ln) }()
	inFlight := goCall(t, "POST", url+"/v1/extract", "text/plain", strings.NewReader("Presiden Joko Widodo"))
	<-b.started
	stop()
	waitFor(t, "the listener to close", func() bool {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), 100*time.Millisecond)
		if err == nil {
			c.Close()
		}
		return err != nil
	})
	select {
	case err := <-served:
		t.Fatalf("serve returned %v with a request in flight", err)
	default:
	}
	close(b.release)
	if a := <-inFlight; a.status != 200 || !strings.Contains(a.body, `"LEADER"`) {
		t.Errorf("the request in flight: %d %s", a.status, a.body)
	}
	if err := <-served; err != nil {
		t.Errorf("serve: %v", err)
	}
}

// TestServeCommandLine checks the flags of entitas serve and its help.
func TestServeCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "-h"}, 0, "POST /v1/extract/batch"},
		{[]string{"serve", "-max-bytes", "0"}, 2, "-max-bytes 0: want at least 1"},
		{[]string{"serve", "-timeout", "0s"}, 2, "-timeout 0s: want more than 0"},
		{[]string{"serve", "-concurrency", "0"}, 2, "-concurrency 0: want at least 1"},
		{[]string{"serve", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"serve", "-gazetteer", "/nonexistent.tsv"}, 2, "bad -gazetteer file"},
		{[]string{"serve", "-addr", "127.0.0.1:99999"}, 1, "entitas serve: listen tcp"},
		{[]string{"serve", "-nope"}, 2, "flag provided but not defined"},
	} {
		code, _, errs := runCmd(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, stderr %.300q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
	if _, _, errs := runCmd(t, "", "-h"); !strings.Contains(errs, "entitas serve") {
		t.Error("entitas -h does not mention entitas serve")
	}
}

// TestServeUsageDocumentsEveryFlag checks that "entitas serve -h" explains each flag with
// an example command.
func TestServeUsageDocumentsEveryFlag(t *testing.T) {
	var c serveConfig
	var gaz listFlag
	fs := newServeFlagSet(&c, &gaz, io.Discard)
	n := 0
	fs.VisitAll(func(f *flag.Flag) {
		n++
		i := strings.Index(serveUsage, "\n  -"+f.Name+" ")
		if i < 0 {
			t.Errorf("serve -h does not document -%s", f.Name)
			return
		}
		rest := serveUsage[i+1:]
		if j := strings.Index(rest[1:], "\n  -"); j >= 0 {
			rest = rest[:j+1]
		}
		if !strings.Contains(rest, "e.g. ") || !strings.Contains(rest, "entitas serve") {
			t.Errorf("serve -h gives no example for -%s", f.Name)
		}
	})
	if n != 6 {
		t.Errorf("%d flags, want 6", n)
	}
}
