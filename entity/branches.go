package entity

import (
	"strings"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// countryBranches makes a body's name and a country's of one word right after it one body,
// the body's arm in that country or a group named for it, as companies, promoters and fan
// clubs name theirs: "produsen raket Kawasaki Sports Indonesia", "promotor iMe Indonesia",
// "Fanbase Verdie Indonesia", "Analis Samudera Riset Indonesia Cindy Marcella Wijaya".
// The name before the country is one a rule took for a body (no gazetteer entry, which a
// known company keeps apart: "Spotify Indonesia"), or one to three free words with a
// capital, not all ordinary words or portfolios ("Menteri Pertahanan Ukraina"), right after a noun that introduces a body or a title
// ("Direktur iMe Indonesia"); the country is one space after it, and a capitalised word
// after the country is a person's name that a rule found there. Not a common noun before
// the country ("Pemerintah Indonesia", "penggemar Indonesia"): no name stands before it.
//
// It gathers in the same pass over the spans, for suffixedBodyOpeners, which it calls last,
// the names in small letters of the bodies a rule made of three words or more that an
// ordinary word opens and an English suffix ends.
func (s *state) countryBranches() {
	var whole map[string]bool
	for k := range s.spans {
		r := &s.spans[k]
		if !r.dead && r.typ == gazetteer.Organization && r.entry == nil && r.last-r.first >= 3 && s.is(r.last-1, fOrgSuffix) && s.is(r.first, fCommon) {
			if whole == nil {
				whole = map[string]bool{}
			}
			whole[strings.ToLower(r.name)] = true
			continue
		}
		if r.dead || r.typ != gazetteer.Country || r.last-r.first != 1 || r.first < 2 ||
			s.toks[r.first].Start != s.toks[r.first-1].End+1 || s.toks[r.first-1].Kind != tokenize.Word ||
			r.start != int(s.toks[r.first].Start) || r.end != int(s.toks[r.first].End) {
			continue // (a country's name that fills its token: not "Amerika" in "Afrika-Amerika")
		}
		if r.last < len(s.toks) && s.toks[r.last].Kind == tokenize.Word && s.isCap(r.last) {
			o := s.owner[r.last]
			if o < 0 || s.spans[o].first != r.last || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
				continue // the country opens a longer name: "Indonesia Convention Exhibition"
			}
		}
		first := -1
		if o := s.owner[r.first-1]; o >= 0 {
			b := &s.spans[o]
			if b.last != r.first || b.typ != gazetteer.Organization || b.entry != nil || b.source.link != linkNone {
				continue
			}
			if s.countryOfficeBefore(b.first) {
				continue
			}
			first = b.first
			s.removeSpan(int(o))
		} else {
			a, ordinary := r.first, 0
			for a > 0 && r.first-a < 3 && s.branchWord(a-1) {
				a--
				if s.is(a, fCommon) || s.is(a, fPortfolio) {
					ordinary++
				}
			}
			if a == r.first || ordinary == r.first-a || s.is(a, fPortfolio) || !s.bodyCueBefore(a) || s.countryOfficeBefore(a) {
				// (nor a title's portfolio: "Menteri Keuangan II Malaysia")
				continue
			}
			first = a
		}
		last := r.last
		s.removeSpan(k)
		s.addSpan(s.ruleSpan(first, last, gazetteer.Organization, ruleContextOrg))
	}
	s.suffixedBodyOpeners(whole)
}

// branchWord reports whether token i may be a word of a body's name before a country in
// countryBranches: a free word with a capital letter (a brand may open with a small one:
// "iMe"), no title's word, no generic term,
// stop word or preposition. It may stand between a title and its holder's name, the body
// the title is of: "Analis | Samudera Riset Indonesia | Cindy …".
func (s *state) branchWord(i int) bool {
	if s.toks[i].Kind != tokenize.Word || s.owner[i] >= 0 || s.is(i, fTitle) || s.is(i, fTitleFirst) ||
		s.is(i, fGeneric) || s.is(i, fStop) || s.is(i, fPlacePrep) {
		return false
	}
	if s.isCap(i) {
		return !s.isInitial(i)
	}
	w := s.word(i)
	for j := 1; j < len(w); j++ {
		if w[j] >= 'A' && w[j] <= 'Z' {
			return true
		}
	}
	return false
}

// bodyCueBefore reports whether a noun that introduces a body's name (lexicon/
// org-introducers.txt, of one word or two), "fanbase" or a title stands right before
// token a: "promotor iMe", "Fanbase Verdie", "Direktur iMe", "Analis Samudera Riset".
func (s *state) bodyCueBefore(a int) bool {
	if a < 1 || s.toks[a-1].Kind != tokenize.Word {
		return false
	}
	w := s.lowAt(a - 1)
	if w == "fanbase" || w == "fandom" || s.lex.orgIntroducers[w] || s.is(a-1, fTitle) {
		return true
	}
	return a >= 2 && s.toks[a-2].Kind == tokenize.Word && s.lex.orgIntroducers[s.lowAt(a-2)+" "+w]
}

// countryOfficeBefore reports whether a title with "Country" ends right before token a, or
// one word before it: the country after the body is the one its holder oversees, no part
// of the body's name ("Associate Country Manager Tokopaka Indonesia").
func (s *state) countryOfficeBefore(a int) bool {
	for j := a - 1; j >= 0 && j >= a-2; j-- {
		if s.toks[j].Kind == tokenize.Word && s.lowAt(j) == "country" {
			return true
		}
	}
	return false
}

// suffixedBodyOpeners puts back the ordinary noun that opens a company's name an English
// suffix ends, when the title's rules left the noun in the role before the body's other
// words and the document names the body whole elsewhere: "Direktur Rumah Bunyi Records
// Yudhistira …" after "label Rumah Bunyi Records", "Produser Rumah Sinema Pictures Angga
// …" after "Film produksi Rumah Sinema Pictures" (but "Direktur Eksekutif Sendai Energy",
// "Kepala Bagian Humas Skyline Music": no body named so).
// whole holds the names, in small letters, of the bodies a rule made with an English suffix
// and an ordinary word opening them (see countryBranches).
func (s *state) suffixedBodyOpeners(whole map[string]bool) {
	if whole == nil {
		return
	}
	for k := range s.spans {
		b := &s.spans[k]
		if b.dead || b.typ != gazetteer.Organization || b.entry != nil || b.first < 2 || b.last-b.first < 2 || !s.is(b.last-1, fOrgSuffix) {
			continue
		}
		j := b.first - 1
		if s.owner[j] >= 0 || s.toks[j].Kind != tokenize.Word || !s.isCap(j) || !s.inRole(j) && !s.is(j-1, fTitle) {
			continue
		}
		if !whole[s.lowAt(j)+" "+strings.ToLower(b.name)] {
			continue
		}
		nb := s.ruleSpan(j, b.last, gazetteer.Organization, b.source.rule)
		s.bits[j] &^= bitRole
		s.removeSpan(k)
		s.addSpan(nb)
	}
}
