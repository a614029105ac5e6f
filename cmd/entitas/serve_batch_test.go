package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/entitas-id/entitas/entity"
)

// libraryLine is what the batch should answer for text with id: the library's result as
// the -format jsonl object.
func libraryLine(t *testing.T, x *entity.Extractor, id, text string) jsonDoc {
	t.Helper()
	d := &document{text: text, ent: x.Extract(text)}
	if id != "" {
		d.id = json.RawMessage(id)
	}
	b, err := docJSON(d)
	if err != nil {
		t.Fatal(err)
	}
	return decodeDoc(t, string(b))
}

// TestServeBatch checks each kind of line: answered in input order, one answer a line,
// the right entities for good lines and an error object in place of each bad one.
func TestServeBatch(t *testing.T) {
	c := testConfig()
	c.maxBytes = 200
	_, hs := newTestServer(t, c)
	lines := []string{
		`{"id":"a","text":"Presiden Joko Widodo tiba di Jakarta."}`,
		``,
		`{"id":7,"text":"Menlu Sugiono bertemu Menlu Singapura di Jakarta.","types":["COUNTRY"]}`,
		"{\"id\":\"bad\",\"text\":\"“x” \xff\"}",
		`not JSON`,
		`{"id":"nt"}`,
		`{"id":"u","text":"a","types":["KING"]}`,
		`{"id":"long","text":"` + strings.Repeat("a", 200) + `"}`,
		`{"id":null,"text":""}`,
		"{\"id\":\"crlf\",\"text\":\"Warga Surabaya\"}\r",
		`{"id":"last","text":"Kim Jong-un"}`, // no line end after the last line
	}
	a := call(t, "POST", hs.URL+"/v1/extract/batch", "application/x-ndjson", strings.NewReader(strings.Join(lines, "\n")))
	if a.status != 200 || a.header.Get("Content-Type") != "application/x-ndjson" {
		t.Fatalf("status %d, %s: %s", a.status, a.header.Get("Content-Type"), a.body)
	}
	got := strings.Split(strings.TrimSuffix(a.body, "\n"), "\n")
	x := entity.Default()
	onlyCountries, _ := entity.New(entity.WithTypes(entity.Country))
	type want struct {
		doc *jsonDoc // a good line
		err string   // or the error object, exactly
	}
	doc := func(x *entity.Extractor, id, text string) want {
		d := libraryLine(t, x, id, text)
		return want{doc: &d}
	}
	wants := []want{
		doc(x, `"a"`, "Presiden Joko Widodo tiba di Jakarta."),
		doc(onlyCountries, `7`, "Menlu Sugiono bertemu Menlu Singapura di Jakarta."),
		{err: `{"line":4,"error":"the line is not valid UTF-8 at byte 28","code":"invalid_utf8","offset":28}`},
		{err: `{"line":5,"error":"malformed JSON: invalid character 'o' in literal null (expecting 'u')","code":"bad_json"}`},
		{err: `{"line":6,"id":"nt","error":"the JSON object has no \"text\" string","code":"missing_text"}`},
		{err: `{"line":7,"id":"u","error":"unknown type \"KING\"; want some of COUNTRY,LOCATION,LEADER,PERSON,ORGANIZATION,WEAPON","code":"unknown_type"}`},
		{err: `{"line":8,"error":"the line is longer than the largest body (-max-bytes)","code":"too_large"}`},
		doc(x, "", ""),
		doc(x, `"crlf"`, "Warga Surabaya"),
		doc(x, `"last"`, "Kim Jong-un"),
	}
	if len(got) != len(wants) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(wants), a.body)
	}
	for i, w := range wants {
		if w.doc == nil {
			if got[i] != w.err {
				t.Errorf("line %d: %s\nwant %s", i+1, got[i], w.err)
			}
			continue
		}
		if d := decodeDoc(t, got[i]); !reflect.DeepEqual(d, *w.doc) {
			t.Errorf("line %d: %s\nwant %+v", i+1, got[i], *w.doc)
		}
	}
	if wants[0].doc.Entities[0].Type != "LEADER" || len(wants[1].doc.Entities) != 1 || wants[1].doc.Entities[0].Type != "COUNTRY" {
		t.Errorf("the test's own expectations are off: %+v %+v", wants[0].doc, wants[1].doc)
	}
}

// TestServeBatchOrder sends articles of very different sizes, so that later ones finish
// first, and checks that the answers come back in input order and equal the library's.
func TestServeBatchOrder(t *testing.T) {
	c := testConfig()
	c.concurrency = 4
	_, hs := newTestServer(t, c)
	var texts []string
	for _, text := range articles(t) {
		texts = append(texts, text, text[:len(text)/7], strings.Repeat(text, 5))
	}
	var body strings.Builder
	enc := json.NewEncoder(&body)
	for i, text := range texts {
		enc.Encode(map[string]any{"id": i, "text": text})
	}
	a := call(t, "POST", hs.URL+"/v1/extract/batch", "application/x-ndjson", strings.NewReader(body.String()))
	got := strings.Split(strings.TrimSuffix(a.body, "\n"), "\n")
	if a.status != 200 || len(got) != len(texts) {
		t.Fatalf("status %d, %d lines for %d texts", a.status, len(got), len(texts))
	}
	x := entity.Default()
	for i, line := range got {
		if d := decodeDoc(t, line); !reflect.DeepEqual(d, libraryLine(t, x, fmt.Sprint(i), texts[i])) {
			t.Errorf("line %d: id %s, not the library's result for text %d", i+1, d.ID, i)
		}
	}
}

// TestServeBatchStreams checks that the answer to a line arrives while the client is still
// sending the body, so that a corpus never has to be held in memory on either side.
func TestServeBatchStreams(t *testing.T) {
	_, hs := newTestServer(t, testConfig())
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", hs.URL+"/v1/extract/batch", pr)
	resc := make(chan *http.Response, 1)
	go func() {
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			pr.CloseWithError(err)
		}
		resc <- res
	}()
	var res *http.Response
	var rd *bufio.Reader
	for i := range 3 {
		fmt.Fprintf(pw, `{"id":%d,"text":"Presiden Joko Widodo tiba di Jakarta."}`+"\n", i)
		if res == nil {
			select {
			case res = <-resc:
			case <-time.After(5 * time.Second):
				t.Fatal("no answer while the body is open")
			}
			if res == nil {
				return
			}
			defer res.Body.Close()
			rd = bufio.NewReader(res.Body)
		}
		line, err := rd.ReadString('\n')
		if err != nil || !strings.HasPrefix(line, fmt.Sprintf(`{"file":"","id":%d,"entities":[{"type":"LEADER"`, i)) {
			t.Fatalf("line %d: %q %v", i+1, line, err)
		}
	}
	pw.Close()
	if rest, _ := io.ReadAll(rd); len(rest) != 0 {
		t.Errorf("after the body ended: %q", rest)
	}
}

func TestReadBatchLine(t *testing.T) {
	for _, tc := range []struct {
		in    string
		max   int64
		lines []string // "!" for a line too long
	}{
		{"a\nbb\r\nccc", 3, []string{"a", "bb", "ccc"}},
		{"abcd\nef\n", 3, []string{"!", "ef", ""}},
		{"abc\r\n", 3, []string{"abc", ""}},
		{strings.Repeat("x", 100000) + "\nok", 10, []string{"!", "ok"}},
		{strings.Repeat("y", 100000) + "\n", 100000, []string{strings.Repeat("y", 100000), ""}},
		{"", 5, []string{""}},
	} {
		br := bufio.NewReaderSize(strings.NewReader(tc.in), 16)
		var got []string
		for {
			line, tooLong, err := readBatchLine(br, tc.max)
			if tooLong {
				got = append(got, "!")
			} else {
				got = append(got, string(line))
			}
			if err != nil {
				break
			}
		}
		if !reflect.DeepEqual(got, tc.lines) {
			t.Errorf("%.20q max %d: %.60q, want %.60q", tc.in, tc.max, got, tc.lines)
		}
	}
}
