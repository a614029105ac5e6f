package main

import (
	"encoding/json"
)

// tokensFormatter writes -format tokens: per document one line
// {"file","tokens":[{"text","start","end","kind"}],"sentences":[{"start","end"}]}, which
// ../shared/tools/ud_eval.py reads; keep it byte for byte. JSON Lines records add their "id".
type tokensFormatter struct {
	stream
	withID bool
}

type jsonToken struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

func (f *tokensFormatter) render(d *document) ([]byte, error) {
	t := d.tok
	v := struct {
		File      string          `json:"file"`
		ID        json.RawMessage `json:"id,omitempty"`
		Tokens    []jsonToken     `json:"tokens"`
		Sentences []jsonSpan      `json:"sentences"`
	}{File: d.name, Tokens: make([]jsonToken, len(t.Tokens)), Sentences: make([]jsonSpan, len(t.Sentences))}
	if f.withID {
		v.ID = d.id
	}
	for i, tok := range t.Tokens {
		v.Tokens[i] = jsonToken{tok.Text(t.Text), int(tok.Start), int(tok.End), tok.Kind.String()}
	}
	for i, s := range t.Sentences {
		v.Sentences[i] = jsonSpan{s.Start, s.End}
	}
	b, err := json.Marshal(v)
	return append(b, '\n'), err
}
