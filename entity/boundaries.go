package entity

import (
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// adjustBoundaries corrects chosen spans at their edges, where a word next to the span
// says what the span is:
//   - a company's "Tbk" right after its name belongs to it ("PT Bank Central Asia Tbk");
//   - a country's acronym written against a currency sign is the currency's, not the
//     country ("US$", "S$").
func (s *state) adjustBoundaries() {
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead {
			continue
		}
		e := sp.last
		switch sp.typ {
		case gazetteer.Organization:
			if e < len(s.toks) && s.owner[e] < 0 && s.toks[e].Text == "Tbk" && s.toks[e].Start == s.toks[e-1].End+1 {
				s.owner[e] = k
				sp.last, sp.end = e+1, s.toks[e].End
			}
		case gazetteer.Country:
			if e < len(s.toks) && s.toks[e].Start == sp.end && isCurrencySign(s.toks[e]) {
				s.removeSpan(k)
			}
		}
	}
}

// isCurrencySign reports whether a token is a currency sign: "$", "€", "£", "¥".
func isCurrencySign(t tokenize.Token) bool {
	switch t.Text {
	case "$", "€", "£", "¥":
		return true
	}
	return false
}
