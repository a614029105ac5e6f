package entity

import (
	"github.com/entitas-id/entitas/tokenize"
)

// state is the per-call scratch of one Extract.
type state struct {
	x    *Extractor
	doc  *Document
	toks []tokenize.Token
	ents []Entity
}

func newState(x *Extractor, d *Document) *state {
	return &state{x: x, doc: d, toks: d.Tokens.Tokens}
}

// run is the pipeline.
func (s *state) run() {
	for _, m := range s.x.gaz.Match(s.toks) {
		e := m.Entries[0]
		s.ents = append(s.ents, Entity{Type: e.Type, Text: s.doc.Text[m.Start:m.End], Start: m.Start, End: m.End,
			ID: e.ID, Name: e.Name, Role: e.Role, Country: e.Country, Source: "gazetteer:" + e.Source})
	}
	s.doc.Entities = s.ents
}
