package main

import (
	"bytes"
	"encoding/json"
	"sync"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/jsonlines"
)

// jsonDoc is the JSON of one document for -format json and jsonl. Every key is always
// present, and entities and quotes are arrays, never null, so that other tools need no
// special cases.
type jsonDoc struct {
	File     string          `json:"file"`
	ID       json.RawMessage `json:"id,omitempty"` // the JSON Lines record's id, as written
	Entities []jsonEntity    `json:"entities"`
	Quotes   []jsonQuote     `json:"quotes"`
	Unicase  bool            `json:"unicase,omitempty"` // entity.Document.Unicase
	Wrapped  bool            `json:"wrapped,omitempty"` // entity.Document.Tokens.Wrapped
	Flat     bool            `json:"flat,omitempty"`    // entity.Document.Tokens.Flat
}

type jsonEntity struct {
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

type jsonQuote struct {
	Text    string       `json:"text"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Cue     string       `json:"cue"`
	Speaker *jsonSpeaker `json:"speaker"` // null when no speaker was found
}

type jsonSpeaker struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Name  string `json:"name"`
	ID    string `json:"id"`   // "" when the speaker is not an entity
	Type  string `json:"type"` // "" when the speaker is not an entity
}

// typeName returns the name of an entity type, "" for the zero type.
func typeName(t entity.Type) string { return jsonlines.TypeName(t) }

// appendDocJSON appends the JSON object of d's extraction on one line, ended by "\n", as
// -format jsonl writes it. It is the same as encoding newJSONDoc(d) with encoding/json
// (without HTML escaping), byte for byte, and much faster.
func appendDocJSON(dst []byte, d *document) []byte {
	return jsonlines.AppendDocument(dst, d.name, d.id, d.ent)
}

// newJSONDoc converts d's extraction into its JSON form.
func newJSONDoc(d *document) *jsonDoc {
	v := &jsonDoc{File: d.name, ID: d.id, Entities: []jsonEntity{}, Quotes: []jsonQuote{}, Unicase: d.ent.Unicase,
		Wrapped: d.ent.Tokens != nil && d.ent.Tokens.Wrapped, Flat: d.ent.Tokens != nil && d.ent.Tokens.Flat}
	for _, e := range d.ent.Entities {
		v.Entities = append(v.Entities, jsonEntity{Type: typeName(e.Type), Text: e.Text, Start: e.Start, End: e.End,
			ID: e.ID, Name: e.Name, Role: e.Role, Country: e.Country, Source: e.Source})
	}
	for _, q := range d.ent.Quotes {
		jq := jsonQuote{Text: q.Text, Start: q.Start, End: q.End, Cue: q.Cue}
		if s := q.Speaker; s != nil {
			jq.Speaker = &jsonSpeaker{Text: s.Text, Start: s.Start, End: s.End, Name: s.Name, ID: s.ID, Type: typeName(s.Type)}
		}
		v.Quotes = append(v.Quotes, jq)
	}
	return v
}

// jsonFormatter writes one JSON object per document: on one line (jsonl) or indented.
type jsonFormatter struct {
	stream
	indent bool
}

func (f *jsonFormatter) render(d *document) ([]byte, error) {
	buf := getBuffer()
	if !f.indent {
		return appendDocJSON(buf, d), nil
	}
	compact := appendDocJSON(buf, d)
	var out bytes.Buffer
	out.Grow(2 * len(compact))
	err := json.Indent(&out, compact, "", "  ") // as json.Encoder with SetIndent("", "  ")
	putBuffer(compact)
	return out.Bytes(), err
}

// write puts out the document's output and keeps its buffer for another.
func (f *jsonFormatter) write(d *document) error {
	err := f.stream.write(d)
	if !f.indent {
		putBuffer(d.out)
		d.out = nil
	}
	return err
}

// buffers are the input lines of -input jsonl and the output of -format jsonl, reused
// across documents.
var buffers sync.Pool

// getBuffer returns an empty buffer from the pool, or a new one.
func getBuffer() []byte {
	if b, ok := buffers.Get().(*[]byte); ok {
		return (*b)[:0]
	}
	return make([]byte, 0, 16<<10)
}

// putBuffer gives b back to the pool, unless it is too large to keep.
func putBuffer(b []byte) {
	if cap(b) > 1<<20 {
		return
	}
	buffers.Put(&b)
}
