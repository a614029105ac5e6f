package main

import (
	"bytes"
	"encoding/json"

	"github.com/entitas-id/entitas/entity"
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
func typeName(t entity.Type) string {
	if t == 0 {
		return ""
	}
	return t.String()
}

// newJSONDoc converts d's extraction into its JSON form.
func newJSONDoc(d *document) *jsonDoc {
	v := &jsonDoc{File: d.name, ID: d.id, Entities: []jsonEntity{}, Quotes: []jsonQuote{}, Unicase: d.ent.Unicase}
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
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep < > & readable; the output is not embedded in HTML
	if f.indent {
		enc.SetIndent("", "  ")
	}
	err := enc.Encode(newJSONDoc(d))
	return buf.Bytes(), err
}
