package entity

import (
	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// businessNames retypes the names that the rules over words or the typer guessed to be a
// person's or a place's where a word for a kind of business opens or closes them, or
// stands right before them (lexicon/business-words.txt): "Warung Sarimo", "Sinar Cafe",
// "Kuki Store", "label Dewi Project" are ORGANIZATIONs, and "Kafe Sinar" takes its
// capitalised head in ("Kafe [Sinar]" was a person). A word for a road structure that opens
// or closes a name (lexicon/structure-words.txt) makes it a LOCATION: "Flyover Pelangi".
// Names the gazetteer knows keep their entries. Not for the typer's trainer, whose weights
// were made without it.
func (s *state) businessNames() {
	if typer.Trace != nil || s.cues&fBusiness == 0 {
		return // (each change needs a business or structure word, which only words are: see fBusiness)
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.entry != nil || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader && sp.typ != gazetteer.Location {
			continue
		}
		first, last := s.lowAt(sp.first), s.lowAt(sp.last-1)
		if sp.typ != gazetteer.Location && sp.last-sp.first >= 2 && (s.structureWord(first) || s.structureWord(last)) {
			sp.typ, sp.role, sp.source = gazetteer.Location, "", source{rule: ruleContextPlace}
			continue
		}
		if sp.last-sp.first >= 2 && (s.businessWord(first) || s.businessWord(last)) {
			sp.typ, sp.role, sp.source = gazetteer.Organization, "", source{rule: ruleContextOrg}
			if s.businessWord(first) {
				s.placeEndsBusiness(k)
			}
			continue
		}
		h := sp.first - 1
		if h < 0 || s.toks[h].Kind != tokenize.Word || !s.businessWord(s.lowAt(h)) || s.toks[h].End+1 != s.toks[sp.first].Start ||
			s.owner[h] >= 0 || s.paraBreak(sp.first) {
			continue
		}
		sp.typ, sp.role, sp.source = gazetteer.Organization, "", source{rule: ruleContextOrg}
		if s.isCap(h) && s.lowAt(h) != "label" {
			// the head is the name's: "Kafe Sinar", "Warung Bu Ani"
			s.owner[h] = int32(k)
			sp.first, sp.start = h, int(s.toks[h].Start)
			sp.name = s.spanText(sp.first, sp.last)
		}
	}
}

// businessWord reports whether w is a word for a kind of business
// (lexicon/business-words.txt); the list's sieve answers for most words without the map.
func (s *state) businessWord(w string) bool {
	return s.lex.businessSieve.mayHold(w) && s.lex.businessWords[w]
}

// structureWord reports whether w is a word for a road structure
// (lexicon/structure-words.txt); the list's sieve answers for most words without the map.
func (s *state) structureWord(w string) bool {
	return s.lex.structureSieve.mayHold(w) && s.lex.structureWords[w]
}

// placeEndsBusiness takes into business span k, which its head word opens, a place of one
// word that the gazetteer split off its end: "Kafe Lereng Ungaran", where "Ungaran" is a
// regency too.
func (s *state) placeEndsBusiness(k int) {
	sp := &s.spans[k]
	e := sp.last
	if e >= len(s.toks) || s.toks[e].Start != s.toks[e-1].End+1 || s.toks[e].Kind != tokenize.Word || !s.isCap(e) || s.paraBreak(e) {
		return
	}
	o := s.owner[e]
	if o < 0 || s.spans[o].first != e || s.spans[o].last != e+1 || s.spans[o].typ != gazetteer.Location ||
		e+1 < len(s.toks) && s.toks[e+1].Kind == tokenize.Word && s.isCap(e+1) && s.toks[e+1].Start == s.toks[e].End+1 {
		return
	}
	s.removeSpan(int(o))
	sp = &s.spans[k]
	s.owner[e] = int32(k)
	sp.last, sp.end = e+1, int(s.toks[e].End)
	sp.name = s.spanText(sp.first, sp.last)
}
