package jsonlines

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/newscorpus"
)

// The reference: the structs the command line encoded with encoding/json before this
// package, field for field.
type refDoc struct {
	File     string          `json:"file"`
	ID       json.RawMessage `json:"id,omitempty"`
	Entities []refEntity     `json:"entities"`
	Quotes   []refQuote      `json:"quotes"`
}

type refEntity struct {
	Type    string `json:"type"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	ID      string `json:"id"`
	Name    string `json:"name"`
	Role    string `json:"role"`
	Country string `json:"country"`
	Source  string `json:"source"`
}

type refQuote struct {
	Text    string      `json:"text"`
	Start   int         `json:"start"`
	End     int         `json:"end"`
	Cue     string      `json:"cue"`
	Speaker *refSpeaker `json:"speaker"`
}

type refSpeaker struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Name  string `json:"name"`
	ID    string `json:"id"`
	Type  string `json:"type"`
}

// reference encodes a document as encoding/json did.
func reference(t testing.TB, file string, id []byte, d *entity.Document) []byte {
	v := refDoc{File: file, ID: id, Entities: []refEntity{}, Quotes: []refQuote{}}
	for _, e := range d.Entities {
		v.Entities = append(v.Entities, refEntity{TypeName(e.Type), e.Text, e.Start, e.End, e.ID, e.Name, e.Role, e.Country, e.Source})
	}
	for _, q := range d.Quotes {
		rq := refQuote{Text: q.Text, Start: q.Start, End: q.End, Cue: q.Cue}
		if s := q.Speaker; s != nil {
			rq.Speaker = &refSpeaker{s.Text, s.Start, s.End, s.Name, s.ID, TypeName(s.Type)}
		}
		v.Quotes = append(v.Quotes, rq)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// nasty are strings that exercise every escape.
var nasty = []string{
	"", "plain", `"quoted" \back\slash/`, "tab\tnew\nline\rcr\bbs\fff", "\x00\x01\x1f\x7f",
	"<b>&amp;</b>", "\u2028line\u2029para", "bad \xff\xfe utf8 \xe2\x80", "“kutipan” — é ü 中文 😀",
	"\ufffd", "end\\",
}

func TestAppendDocumentLikeEncodingJSON(t *testing.T) {
	texts, err := newscorpus.Testdata()
	if err != nil {
		t.Skip(err)
	}
	ids := [][]byte{nil, []byte(`"a"`), []byte(`7`), []byte(`{ "x" : [1, 2,  "a b\" c"] }`), []byte("\"\\u00e9 x\"")}
	var got []byte
	for i, text := range texts {
		d := entity.Default().Extract(text)
		id := ids[i%len(ids)]
		got = AppendDocument(got[:0], fmt.Sprintf("dir/%d.txt", i), id, d)
		if want := reference(t, fmt.Sprintf("dir/%d.txt", i), id, d); !bytes.Equal(got, want) {
			t.Fatalf("article %d:\ngot  %s\nwant %s", i, got, want)
		}
	}
	// Every escape, in every field.
	for _, s := range nasty {
		d := &entity.Document{
			Entities: []entity.Entity{{Type: entity.Person, Text: s, Start: -1, End: 1 << 40, ID: s, Name: s, Role: s, Country: s, Source: s}, {}},
			Quotes:   []entity.Quote{{Text: s, Cue: s, Speaker: &entity.Speaker{Text: s, Name: s, ID: s}}, {Text: s}},
		}
		got = AppendDocument(got[:0], s, nil, d)
		if want := reference(t, s, nil, d); !bytes.Equal(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", s, got, want)
		}
	}
	if got := AppendDocument(nil, "f", nil, &entity.Document{}); string(got) != `{"file":"f","entities":[],"quotes":[]}`+"\n" {
		t.Errorf("empty document: %s", got)
	}
}

// TestPlainPrefix checks that plainPrefix stops at the first byte that is not plain, with
// any byte at any place in strings of every length up to 40 (the sixteen-byte loop, the
// eight-byte step and the tail), plain or not bytes after it.
func TestPlainPrefix(t *testing.T) {
	for c := range 256 {
		for n := range 41 {
			for p := range n {
				for _, after := range []byte{'m', 0, '"', 0xff} {
					b := []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN")[:n]
					b[p] = byte(c)
					if p+1 < n {
						b[p+1] = after
					}
					want := 0
					for n >= 8 && want < n && plain[b[want]] {
						want++
					}
					if got := plainPrefix(b); got != want {
						t.Errorf("%q: plainPrefix %d, want %d", b, got, want)
					}
					if got := plainPrefix(string(b)); got != want {
						t.Errorf("%q: plainPrefix (string) %d, want %d", b, got, want)
					}
				}
			}
		}
	}
}

func TestAppendStringEveryByte(t *testing.T) {
	for c := range 256 {
		cases := []string{string(rune(c)), string([]byte{byte(c)}), "a" + string([]byte{byte(c)}) + "z"}
		for p := range 20 { // at every place of the eight-byte steps
			b := []byte("abcdefghijklmnopqrst")
			b[p] = byte(c)
			cases = append(cases, string(b), string(b[:p+1]), string(b)+"\u2028")
		}
		for _, s := range cases {
			want, _ := json.Marshal(s)
			want = bytes.ReplaceAll(bytes.ReplaceAll(bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<")), []byte(`\u003e`), []byte(">")), []byte(`\u0026`), []byte("&"))
			if got := AppendString(nil, s); !bytes.Equal(got, want) {
				t.Errorf("%q: got %s, want %s", s, got, want)
			}
		}
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		line, id, text string
		err            error
	}{
		{`{"id":"x","text":"halo"}`, `"x"`, "halo", nil},
		{` { "text" : "a\nb\u00e9\ud83d\ude00\ud800x\"\\\/" , "id" : 12 } `, "12", "a\nbé😀\ufffdx\"\\/", nil},
		{`{"id":null,"text":"halo"}`, "", "halo", nil},
		{`{"text":"a","text":"b"}`, "", "b", nil},
		{`{"te\u0078t":"esc key","id":{"a":[1,2.5e-3,true,false,null]}}`, `{"a":[1,2.5e-3,true,false,null]}`, "esc key", nil},
		{`{"text":""}`, "", "", nil},
		{`{}`, "", "", ErrNoField},
		{`{"id":"x"}`, "", "", ErrNoField},
		{`{"text":5}`, "", "", ErrNotString},
		{`{"text":null}`, "", "", ErrNotString},
		{`{"text":"a","text":null}`, "", "", ErrNotString},
		{`{"text":["a"]}`, "", "", ErrNotString},
		{`["text"]`, "", "", ErrMalformed},
		{`"text"`, "", "", ErrMalformed},
		{``, "", "", ErrMalformed},
		{`{"text":"a"`, "", "", ErrMalformed},
		{`{"text":"a"}x`, "", "", ErrMalformed},
		{`{"text":"a",}`, "", "", ErrMalformed},
		{`{"text":"a\x"}`, "", "", ErrMalformed},
		{`{"text":"a\u12"}`, "", "", ErrMalformed},
		{"{\"text\":\"a\tb\"}", "", "", ErrMalformed},
		{`{"text":"a","n":01}`, "", "", ErrMalformed},
		{`{"text":"a","n":-}`, "", "", ErrMalformed},
		{`{"text":"a","n":1.}`, "", "", ErrMalformed},
		{`{"text":"a","n":tru}`, "", "", ErrMalformed},
		{`{"text":"a","n":[1,]}`, "", "", ErrMalformed},
		{`{"text":"a" "id":1}`, "", "", ErrMalformed},
		{`{text:"a"}`, "", "", ErrMalformed},
		{"{\"text\":\"a\xff\"}", "", "", ErrUTF8},
		{"{\"x\":\"\xe2\x80\",\"text\":\"a\"}", "", "", ErrUTF8},
		{"{\xff}", "", "", ErrUTF8},
		{`{"text":"a","n":` + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + `}`, "", "", ErrMalformed},
	} {
		rec, err := Decode([]byte(tc.line), "text")
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("%.60s: err %v, want %v", tc.line, err, tc.err)
			}
			continue
		}
		if err != nil || string(rec.ID) != tc.id || rec.Text != tc.text {
			t.Errorf("%s: id %s text %q err %v", tc.line, rec.ID, rec.Text, err)
		}
	}
}

// FuzzDecode checks Decode against encoding/json: the same records accepted, the same text
// and id.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"id":"x","text":"halo"}`, `{"text":"a\nb\u00e9\ud83d\ude00"}`, `{"text":null}`, `{"id":[1,{"a":2}],"text":""}`, "{\"text\":\"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		rec, err := Decode(line, "text")
		var m map[string]json.RawMessage
		jerr := json.Unmarshal(line, &m)
		if jerr != nil || !utf8.Valid(line) {
			if err == nil {
				t.Fatalf("%q: accepted, encoding/json says %v", line, jerr)
			}
			return
		}
		raw, ok := m["text"]
		var text string
		if !ok || string(raw) == "null" || json.Unmarshal(raw, &text) != nil {
			if err == nil {
				t.Fatalf("%q: accepted without a text string", line)
			}
			return
		}
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if rec.Text != text {
			t.Fatalf("%q: text %q, want %q", line, rec.Text, text)
		}
		id := m["id"]
		if string(id) == "null" {
			id = nil
		}
		if got, want := AppendCompact(nil, rec.ID), AppendCompact(nil, id); !bytes.Equal(got, want) {
			t.Fatalf("%q: id %s, want %s", line, got, want)
		}
	})
}

// benchDocs extracts from the test articles (IndoSum when ../shared is there, a slice).
func benchDocs(b *testing.B) []*entity.Document {
	texts, err := newscorpus.IndoSum()
	if err != nil {
		if texts, err = newscorpus.Testdata(); err != nil {
			b.Skip(err)
		}
	}
	if len(texts) > 300 {
		texts = texts[:300]
	}
	docs := make([]*entity.Document, len(texts))
	for i, t := range texts {
		docs[i] = entity.Default().Extract(t)
	}
	return docs
}

// BenchmarkAppendDocument measures the encoder, in bytes of JSON written; "json" is
// encoding/json over the same documents, as the command line did before.
func BenchmarkAppendDocument(b *testing.B) {
	docs := benchDocs(b)
	var size int64
	for _, d := range docs {
		size += int64(len(AppendDocument(nil, "articles.jsonl", []byte(`"id-1"`), d)))
	}
	b.Run("append", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			for _, d := range docs {
				buf = AppendDocument(buf[:0], "articles.jsonl", []byte(`"id-1"`), d)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				reference(b, "articles.jsonl", []byte(`"id-1"`), d)
			}
		}
	})
}

// BenchmarkDecode measures Decode over IndoSum's records (or testdata's), in bytes of
// JSON read; "json" is encoding/json as the command line used it before.
func BenchmarkDecode(b *testing.B) {
	texts, err := newscorpus.IndoSum()
	if err != nil {
		if texts, err = newscorpus.Testdata(); err != nil {
			b.Skip(err)
		}
	}
	var lines [][]byte
	var size int64
	for i, t := range texts {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "url": "https://example.com/x", "text": t})
		lines = append(lines, line)
		size += int64(len(line))
	}
	b.Run("decode", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				if _, err := Decode(l, "text"); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range lines {
				var m map[string]json.RawMessage
				var s string
				if !utf8.Valid(l) || json.Unmarshal(l, &m) != nil || json.Unmarshal(m["text"], &s) != nil {
					b.Fatal("bad line")
				}
			}
		}
	})
}

// TestAppendInt checks appendInt against strconv at every power of ten and its
// neighbours, and at the ends of int.
func TestAppendInt(t *testing.T) {
	ns := []int{math.MinInt, -10, -1, 0, math.MaxInt}
	for p := 1; p <= 1e18; p *= 10 {
		ns = append(ns, p-1, p, p+1)
	}
	for _, n := range ns {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Errorf("appendInt(%d) = %q, want %q", n, got, want)
		}
	}
}
