package entity

import (
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// placePrepositions before an unknown capitalised name make it a place: "di Senayan",
// "kawasan Sunan".
var placePrepositions = setOf(`di ke kawasan wilayah daerah kota desa kecamatan kelurahan provinsi distrik
	kabupaten pulau`)

// contextSpans classifies the capitalised names that neither the gazetteer nor a head word
// or title explained, by what surrounds them:
//   - after a place preposition (di, ke) it is a LOCATION;
//   - next to a speech cue ("kata Eva", "Ruhut mengatakan", "menurut Firman") a PERSON;
//   - an unknown all-capitals word of three letters or more is an ORGANIZATION;
//   - any other run of capitalised words inside a sentence is a PERSON.
//
// Ordinary words capitalised because they start a sentence or a quotation, days, months,
// religions and the like (lexicon/stop.txt) are never names, and initials standing for an
// unnamed person are left out (see findInitials).
func (s *state) contextSpans() {
	next := 0 // the first token after the last run looked at
	for _, c := range s.caps {
		i := int(c)
		if i < next || s.owner[i] >= 0 {
			continue
		}
		first := i
		last := i
		for last < len(s.toks) && s.owner[last] < 0 && s.isNameToken(last) && !s.notEntity[s.toks[last].Text] &&
			!(last == first && s.isRankOrTitleStart(last)) && !(last > first && s.paraBreak(last)) {
			last++
		}
		if last == first {
			continue
		}
		next = last
		// an ordinary word or a cue starting the sentence is not part of the name
		for first < last && (s.initial[first] || s.info[first].cue != cueNone) &&
			(s.is(first, fCommon) || s.info[first].cue != cueNone || s.isRankOrTitleStart(first)) {
			first++
		}
		first = s.skipLeadingWords(first, last)
		for last > first && (s.is(last-1, fCommon) && last-first == 1 && s.initial[first]) {
			last--
		}
		if first == last {
			continue
		}
		if s.bodyBeforePlace(first, last) {
			continue
		}
		typ, src, ok := s.classify(first, last)
		if !ok {
			continue
		}
		if t := s.toks[last-1]; t.Suffix > 0 && last-first == 1 && !s.initial[first] &&
			lex.common[s.lowAt(last - 1)[:len(s.lowAt(last-1))-int(t.Suffix)]] {
			continue // an ordinary word with a clitic, capitalised mid-sentence: no name
		}
		s.addSpan(s.ruleSpan(first, last, typ, src))
	}
}

// bodyBeforePlace makes one organization of an unknown capitalised word and the city
// right after it: "Persiba Balikpapan", "Mitra Kukar", "PT Kereta Api Daop 8 Surabaya" —
// clubs, companies and branches are named that way, people are not. It reports whether it
// did.
func (s *state) bodyBeforePlace(first, last int) bool {
	if last-first != 1 || last >= len(s.toks) || s.initial[first] || !s.nameShaped(first) ||
		s.is(first, fCommon) || placePrepositions[s.prevLow(first)] {
		return false
	}
	k := s.owner[last]
	if k < 0 || s.spans[k].typ != gazetteer.Location || s.spans[k].first != last || s.spans[k].entry == nil ||
		s.spans[k].start != s.toks[last].Start || s.spans[k].end != s.toks[s.spans[k].last-1].End {
		return false // only a whole-word place: not one half of "Bali-Lombok"
	}
	place := s.spans[k]
	s.removeSpan(k)
	sp := s.ruleSpan(first, place.last, gazetteer.Organization, "rule:body-before-place")
	sp.country = place.country
	s.addSpan(sp)
	return true
}

// prevLow returns the lowercase token before i, or "".
func (s *state) prevLow(i int) string {
	if i == 0 {
		return ""
	}
	return s.lowAt(i - 1)
}

// skipLeadingWords drops ordinary capitalised words in front of a personal name: "Aktor
// Ben Stiller", "Setan Merah Jose Mourinho" → the name. It only does so when two or more
// name-shaped words remain.
func (s *state) skipLeadingWords(first, last int) int {
	k := first
	for k < last && s.is(k, fCommon) {
		k++
	}
	if k > first && last-k >= 2 && s.looksLikePersonalName(k, last) {
		return k
	}
	return first
}

// classify decides the type of the unknown name in tokens [first, last).
func (s *state) classify(first, last int) (Type, string, bool) {
	prev := ""
	if first > 0 {
		prev = s.lowAt(first - 1)
	}
	next := ""
	if last < len(s.toks) {
		next = s.lowAt(last)
	}
	single := last-first == 1
	allCaps := single && s.isAllCaps(first)
	switch {
	case s.dateline[first]:
		// "SEOUL, KumpalanNEWS –": the place in capitals, the outlet otherwise
		if allCaps || s.datelinePlaceUni(first) {
			return gazetteer.Location, "rule:dateline", true
		}
		return gazetteer.Organization, "rule:dateline", true
	case placePrepositions[prev] && !allCaps:
		return gazetteer.Location, "rule:context-place", true
	case lex.cues[prev] == cuePost || lex.cues[prev] == cueSource || lex.cues[next] == cuePre:
		if allCaps {
			return gazetteer.Organization, "rule:context-speech", true
		}
		return gazetteer.Person, "rule:context-speech", true
	case allCaps:
		if len(s.toks[first].Text) < 3 {
			return 0, "", false
		}
		return gazetteer.Organization, "rule:context-acronym", true
	case single && (s.initial[first] || s.is(first, fCommon) || !s.nameShaped(first) || prev == "(" || s.isUni(first) && !s.uniNameCue(first)):
		// a lone capitalised ordinary word, or one starting a sentence, is a name only with
		// a cue, a title or a fuller mention to link it to (see link); so is a lone unknown
		// word in unicase text, where it may be any word the word lists lack
		return 0, "", false
	case s.looksLikePersonalName(first, last):
		return gazetteer.Person, "rule:context-name", true
	}
	return 0, "", false
}

// looksLikePersonalName reports whether a run of two or more capitalised words with no cue
// around it reads as a personal name: no acronym, no ordinary word (Penghargaan, Evolusi),
// at most four words.
func (s *state) looksLikePersonalName(first, last int) bool {
	if last-first > 4 {
		return false
	}
	for i := first; i < last; i++ {
		if s.isAllCaps(i) || s.is(i, fCommon) || s.toks[i].Kind != tokenize.Word || !s.nameShaped(i) {
			return false
		}
	}
	return true
}

// nameShaped reports whether token i is shaped like a personal name: three letters or
// more, a capital first and small letters after it except after a hyphen or apostrophe
// (Soo-suk, Ma'ruf), no digits. "CoC", "iPhone", "I", "V" and "Hwasong-20" are not.
func (s *state) nameShaped(i int) bool {
	w := s.toks[i].Text
	if s.isUni(i) {
		w = s.lowAt(i) // unicase.go: the shape of "JOKO" says nothing
	}
	if len(w) < 3 {
		return false
	}
	prev := ' '
	for k, r := range w {
		switch {
		case r >= '0' && r <= '9':
			return false
		case k > 0 && prev != '-' && prev != '\'' && prev != '’' && 'A' <= r && r <= 'Z':
			return false
		}
		prev = r
	}
	return true
}
