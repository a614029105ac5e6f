package entity

import (
	"iter"
	"slices"
	"sort"
	"strings"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// gazetteerSpans turns gazetteer matches into candidates. A match is dropped when it is an
// initial (see findInitials), or a single ordinary word that is capitalised only because it
// starts a sentence ("Antara lain", "Lima orang"). A weapon class named in small letters
// ("senjata pemusnah massal") is weak: it counts only when an acronym definition confirms
// it; names their owners write in small letters (detikcom, kumparan, al-Assad) are not
// weak. A match of an OTHER entry (an event, league, award or work) is a weak span
// that claims its tokens and is never reported.
func (s *state) gazetteerSpans() {
	s.matches = s.gazMatches() // unicase.go: caseless in text of one case
	s.touched = touchEntries(s.matches)
	// room for a candidate a match and one a capitalised head word, which the head-word
	// rules may begin a candidate at (more, as rare as they are, grow the candidates as
	// their pass goes: see addCand)
	heads, info := 0, s.info // (info read once, not at every word)
	for _, c := range s.caps {
		heads += b2i(info[c].flags&(fOrgHeadFirst|fPlaceHeadFirst) != 0)
	}
	s.cands = slices.Grow(s.cands, len(s.matches)+heads+16)
	prevEnd := -1 // where the last match kept ends
	for mi, m := range s.matches {
		first := s.toks[m.First]
		one := m.Last-m.First == 1 // a match of one word (until a known name's rest is added to it below)
		// (most texts have no words that are no entity: the map is not read then)
		if one && len(s.notEntity) > 0 && s.notEntity[first.Text(s.text)] {
			continue
		}
		if one && s.isInitial(m.First) && !s.isAllCaps(m.First) &&
			(s.is(m.First, fCommon) || s.is(m.First, fStop)) {
			continue
		}
		e := s.pickEntry(m)
		person := e.Type == gazetteer.Person || e.Type == gazetteer.Leader
		if (e.Type == gazetteer.Location || e.Type == gazetteer.Country) && m.First >= 2 && s.balineseStart(m.First-2, m.Last) {
			continue // a place's name after a Balinese name's opening is the person's: "I Made Sukadana"
		}
		if one && person && s.isAllCaps(m.First) && !s.isUni(m.First) && roman(s.word(m.First)) {
			continue // a roman numeral in capitals is no person's name: "kelas XI" is not Xi Jinping
		}
		if one && person {
			// a one-name person (Rivaldo, Wiranto) is taken for another's first name only:
			// "Rivaldo Manoppo" is not the Brazilian, "Menkopolhukam Wiranto" is Wiranto
			if s.word(m.First) != e.Name && s.unknownGivenBefore(m.First, prevEnd) {
				continue // a known person's short name as another's surname: "Yulianus Pigai", "Andi Prabowo"
			}
			if p := m.First - 1; typer.Trace == nil && p >= 0 && s.word(m.First) != e.Name && (s.word(p) == "di" || s.word(p) == "ke") {
				continue // a known person's short name after "di" or "ke" is a place's: "podium di Spielberg"
			}
			if s.unknownSurnameAfter(m.Last, mi) {
				n := s.restOfName(m.Last, mi, e.Name)
				if n == 0 {
					continue // … or as another's first name: "Yusril Abdurrahman"
				}
				// the rest of the known person's name, as this text spells it: "Luhut
				// Binsar Panjaitan" for Luhut Binsar Pandjaitan
				m.Last += n
				m.End = int(s.toks[m.Last-1].End)
				one = false
			}
		}
		if typer.Trace == nil && one && e.Type == gazetteer.Organization && s.is(m.First, fRank) && s.nameAfterRank(m.First, mi) {
			continue // a rank the gazetteer knows as a body too, before a name: "AKP Jefri Tampubolon", "AKP Boby Kusumawardhana"
		}
		if typer.Trace == nil && one && e.Type == gazetteer.Organization && !s.isAllCaps(m.First) && s.givenName(m.First) && s.x.companies[e] &&
			m.Last < len(s.toks) && s.isCap(m.Last) && !s.isAllCaps(m.Last) && s.nameShaped(m.Last) && s.givenName(m.Last) && !s.is(m.Last, fCommon) &&
			(mi+1 >= len(s.matches) || s.matches[mi+1].First != m.Last) {
			continue // a company's one-word name that is a given name too, before another: "Aldi Kurniawan", "Aldi Rahmat Syamsuddin"
		}
		if typer.Trace == nil && one && e.Type == gazetteer.Organization && s.isAllCaps(m.First) && m.First > 0 && countsPeople(s.lowAt(m.First-1)) {
			continue // a class the acronym also names, counted: "ribuan PMI asal NTT" (migrant workers, not the Red Cross)
		}
		if typer.Trace == nil && person && !one &&
			s.unknownGivenBefore(m.First, prevEnd) && s.listedFirstName(m.First-1) {
			continue // a known person's name of two words or more as the end of another's, after a first name: "Heru Budi Hartono", "Sergio Van Dijk"
		}
		if !one && person && s.oneSurnameAfter(m.Last, mi) {
			if n := s.restOfName(m.Last, mi, e.Name); n > 0 {
				m.Last += n // "Luhut Binsar Panjaitan" for Luhut Binsar Pandjaitan
				m.End = int(s.toks[m.Last-1].End)
			} else {
				continue // a known name as the start of another's: "Rudy Hartono Tandiari"
			}
		}
		prevEnd = m.Last
		sp := span{first: m.First, last: m.Last, start: m.Start, end: m.End, typ: e.Type, entry: e,
			id: e.ID, name: e.Name, role: e.Role, country: e.Country, source: source{rule: ruleGazetteer}, rank: 2}
		if e.Type == gazetteer.Country {
			sp.country = e.ID
		}
		switch {
		case (e.Type == gazetteer.Country || e.Type == gazetteer.Location) && (one && s.languageAt(m.First) ||
			m.First > 0 && isLanguageCue(s.lowAt(m.First-1)) && (!s.isCap(m.First-1) || s.isInitial(m.First-1))):
			// a language, no entity ("bahasa Indonesia", "berbahasa Jawa"): it claims its
			// tokens as a name of no entity type does
			sp.typ, sp.weak = gazetteer.Other, true
		case typer.Trace == nil && one && e.Type == gazetteer.Organization && s.isAllCaps(m.First) && m.First > 0 &&
			!s.isCap(m.First-1) && s.lex.specNouns[s.lowAt(m.First-1)]:
			// a standard a device's specification names, no entity: "pencahayaan RGB", not
			// the North Korean bureau (claimed as a name of no entity type is, so that no
			// rule guesses it; not for the typer's trainer)
			sp.typ, sp.weak = gazetteer.Other, true
		case e.Type == gazetteer.Other:
			// a known name of no entity type (Liga Champions, Piala Dunia) is weak: it
			// wins its tokens in selection, so that no later rule guesses them as a name,
			// and is never emitted
			sp.weak = true
		case s.isUni(m.First):
			sp.weak = s.foldWeak(m, e)
		case isLowerInitial(first.Text(s.text)) && e.Type == gazetteer.Weapon:
			sp.weak = true
		case typer.Trace == nil && one && e.Type == gazetteer.Weapon && s.weaponInName(m.First):
			continue
		}
		s.addCand(sp)
		if e.Type == gazetteer.Organization && m.Last < len(s.toks) && s.word(m.Last) == "RI" {
			// "BPOM RI", "DPR RI": the state's suffix belongs to the body's name
			sp.last, sp.end = m.Last+1, int(s.toks[m.Last].End)
			s.addCand(sp)
		}
	}
}

// weaponInName reports whether the known weapon's one-word name at token i, in title case
// and with no digit, is a word of another capitalised name: a capitalised word stands
// right before it (not the sentence's first) or right after it, on the same line. A
// weapon's name so placed is a person's, a club's, a product's or a place's: "Bethany
// Bradley", "Bradley Smith", "Patriot FC", "Arrow Launcher", "Apache Point Observatory"
// (not for the typer's trainer).
func (s *state) weaponInName(i int) bool {
	if s.isAllCaps(i) || hasDigit(s.word(i)) {
		return false
	}
	if i > 0 && s.toks[i-1].Kind == tokenize.Word && s.isCap(i-1) && !s.paraBreak(i) && i-1 != s.sentenceOf(i).First {
		return true
	}
	return i+1 < len(s.toks) && s.toks[i+1].Kind == tokenize.Word && s.isCap(i+1) && !s.paraBreak(i+1)
}

// unknownGivenBefore reports whether the word before token i is a capitalised name word
// that nothing knows: no ordinary word, title, rank, cue or sentence-opening word (but a
// first name of the word lists may open the sentence: "Robert Federer mengaku …", not
// for the typer's trainer), and no part of the match that ends at prevEnd. A known
// person's short name after it is another person's surname ("Yulianus Pigai" is not
// Natalius Pigai).
func (s *state) unknownGivenBefore(i, prevEnd int) bool {
	k := i - 1
	if k < 0 || k == prevEnd-1 || s.paraBreak(i) || s.toks[k].Kind != tokenize.Word || !s.isCap(k) || s.isAllCaps(k) ||
		s.isInitial(k) && !(typer.Trace == nil && s.listedFirstName(k)) || !s.nameShaped(k) {
		return false
	}
	return !s.ordinary(s.lowAt(k)) && !s.is(k, fStop) && !s.is(k, fTitle) && !s.is(k, fRank) && !s.is(k, fTitleSuffix) &&
		!s.is(k, fPortfolio) && s.cueOf(k) == cueNone
}

// nameAfterRank reports whether a person's name follows rank word r, which the
// gazetteer's match mi takes for a body (the Turkish party AKP, the fashion house Prada):
// a given name of the lists ("AKP Jefri Tampubolon"); or, when no capitalised word before
// r makes it part of a longer name ("PS TNI Manahati Lestusen", a club), a capitalised
// word shaped like a name that no match begins and no list calls an ordinary word, a
// title or a rank, itself or after an initial ("AKP Boby Kusumawardhana", "ujar AKP M
// Faruq", "2. Prada Danar"); not a place's or a body's name ("AKP Turki"), nor a word of
// capitals ("AKP CHP").
func (s *state) nameAfterRank(r, mi int) bool {
	j := r + 1
	if j >= len(s.toks) || s.toks[j].Kind != tokenize.Word || !s.isCap(j) || s.paraBreak(j) {
		return false
	}
	if !s.isAllCaps(j) && s.nameShaped(j) && s.givenName(j) {
		return true
	}
	if r > 0 && !s.isInitial(r) && s.toks[r-1].Kind == tokenize.Word && s.isCap(r-1) {
		return false
	}
	if mi+1 < len(s.matches) && s.matches[mi+1].First <= j+1 {
		return false
	}
	if len(s.word(j)) == 1 && j+1 < len(s.toks) && s.toks[j+1].Kind == tokenize.Word {
		j++ // an initial before the name: "AKP M Faruq"
	}
	return s.isCap(j) && !s.isAllCaps(j) && s.nameShaped(j) && !s.ordinary(s.lowAt(j)) && !s.is(j, fCommon) && !s.is(j, fStop) &&
		!s.is(j, fTitle) && !s.is(j, fRank) && !s.is(j, fTitleSuffix) && !s.is(j, fPortfolio) && s.cueOf(j) == cueNone
}

// listedFirstName reports whether the word at token k is a first name of the word lists
// (first-names.txt, first-names-intl.txt) and no ordinary word: "Robert", "Kevin".
func (s *state) listedFirstName(k int) bool {
	w := s.lowAt(k)
	return (s.lex.firstNames[w] || s.lex.intlFirstNames[w]) && !s.is(k, fCommon) && !s.ordinary(w)
}

// unknownSurnameAfter reports whether token j, right after the gazetteer match mi, is a
// capitalised name word that nothing knows (as unknownGivenBefore asks), no other match
// begins and no hyphen joins to another name ("Anies Baswedan-Sandiaga Uno"): the match is
// then another person's first name ("Yusril Abdurrahman"), or the start of its own full
// name spelt another way (see restOfName).
func (s *state) unknownSurnameAfter(j, mi int) bool {
	if j >= len(s.toks) || mi+1 < len(s.matches) && s.matches[mi+1].First <= j || s.paraBreak(j) ||
		s.toks[j].Kind != tokenize.Word || !s.isCap(j) || s.isAllCaps(j) || !s.nameShaped(j) ||
		strings.IndexByte(s.word(j), '-') >= 0 {
		return false
	}
	return !s.ordinary(s.lowAt(j)) && !s.is(j, fStop) && !s.is(j, fTitle) && !s.is(j, fRank) && !s.is(j, fTitleSuffix) &&
		!s.is(j, fPortfolio) && s.cueOf(j) == cueNone
}

// oneSurnameAfter reports whether one unknown name word, and no more capitalised words,
// follows the known person's full name that the match mi ends at token j: the known name
// is then the start of another person's ("Rudy Hartono Tandiari", "Taufik Hidayat
// Nugroho"), not one of a list or a title ("Roberto Carlos Mario Gomez", "Ed Sheeran
// Divide World Tour", "Oprah Winfrey Show").
func (s *state) oneSurnameAfter(j, mi int) bool {
	if !s.unknownSurnameAfter(j, mi) || isEnglishWord(s.lowAt(j)) {
		return false
	}
	return j+1 >= len(s.toks) || s.toks[j+1].Kind != tokenize.Word || !s.isCap(j+1)
}

// restOfName returns how many words from token j, right after the match mi of a known
// person's one-word short name, go on that person's full name: the first must be the full
// name's next word, and the others unknown name words as far as the full name goes. It
// returns 0 when the word at j is not the next word of the full name.
func (s *state) restOfName(j, mi int, full string) int {
	words := strings.Fields(strings.ToLower(full))
	at := slices.Index(words, s.lowAt(j-1))
	if at < 0 || at+1 >= len(words) || words[at+1] != s.lowAt(j) {
		return 0
	}
	n := 1
	for at+1+n < len(words) && s.unknownSurnameAfter(j+n, mi) {
		n++
	}
	return n
}

// countsPeople reports whether w, in small letters, counts or gathers persons, which a
// body's name does not follow: "para", "ribuan", "ratusan", "puluhan", "belasan".
func countsPeople(w string) bool {
	switch w {
	case "para", "ribuan", "ratusan", "puluhan", "belasan":
		return true
	}
	return false
}

// isLanguageCue reports whether the lowercase word w says that a country's or place's name
// after it names a language: "bahasa Indonesia", "berbahasa Jawa", "dwibahasa Inggris"
// (written so, or opening a sentence; "Kamus Besar Bahasa Indonesia" is a name).
func isLanguageCue(w string) bool {
	return slices.Contains(languageCues[:], w)
}

// languageCues are the words isLanguageCue reports; they have fRareCue and rareSundry.
var languageCues = [...]string{"bahasa", "berbahasa", "dwibahasa"}

// languageQualifier reports whether w, in small letters, may stand between a language cue
// and the list of languages it opens: "bahasa daerah, yakni Jawa dan Sunda", "tiga bahasa
// sekaligus, Indonesia, Jepang, dan Inggris", "bahasa asing, yaitu Inggris dan Arab".
func languageQualifier(w string) bool {
	switch w {
	case "daerah", "sekaligus", "asing", "resmi":
		return true
	}
	return false
}

// languageAt reports whether the word at token i names a language: right after a language
// cue in small letters (or opening a sentence: see isLanguageCue), or in a list of single
// words that such a cue opens, a list of three or more or one with nothing but a
// word in small letters that is no verb, or punctuation after it ("berbahasa Jawa, Sunda, Bugis, dan
// Minang disimpan", "bahasa Jawa dan Sunda pada …", "bahasa daerah, yakni Jawa dan Sunda,";
// not "bahasa Inggris dan Jakarta menyambutnya").
func (s *state) languageAt(i int) bool {
	if i == 0 || s.rareCues&rareSundry == 0 {
		return false // (a language is named only after a language cue, a word with rareSundry)
	}
	switch w := s.lowAt(i - 1); {
	case isLanguageCue(w):
		return !s.isCap(i-1) || s.isInitial(i-1)
	case w != "," && w != "dan" && w != "serta" && w != "atau" && w != "yakni" && w != "yaitu" && !languageQualifier(w):
		return false // (most names: no list before them)
	}
	commas := 0
	for k := i - 1; k >= 0 && i-k <= 10; k-- {
		switch w := s.lowAt(k); {
		case isLanguageCue(w):
			ends := i+1 >= len(s.toks) || s.toks[i+1].Kind != tokenize.Word || !s.isCap(i+1) && !s.predicateAt(i+1)
			return (!s.isCap(k) || s.isInitial(k)) && k < i-1 && (ends || commas >= 1)
		case w == ",":
			if k+1 < i && s.lowAt(k+1) != "yakni" && s.lowAt(k+1) != "yaitu" {
				commas++
			}
		case w == "dan" || w == "serta" || w == "atau" || w == "yakni" || w == "yaitu":
		case languageQualifier(w) && k > 0 && isLanguageCue(s.lowAt(k-1)):
		case s.toks[k].Kind == tokenize.Word && s.isCap(k) && !s.isInitial(k) && !s.isCap(k+1):
			// an earlier item of the list, a single word
		default:
			return false
		}
	}
	return false
}

// hyphenedCaps yields in text order the capitalised words (s.caps) that hold a hyphen, for
// placePairs and bodyPairs. It reads where the text's hyphens are (hyphenAt, which few
// words hold) and walks the capitalised words along with them, rather than reading every
// word's text.
func (s *state) hyphenedCaps(yield func(i int) bool) {
	s.hyphenShapes()
	caps, c := s.caps, 0 // caps[:c] start at or before the hyphen
	next := 0            // the hyphens before it are in a word yielded already
	for _, h := range s.hyphenAt {
		b := int(h)
		if b < next {
			continue
		}
		// (a binary search: the hyphens are few, the capitalised words between them many)
		c += sort.Search(len(caps)-c, func(j int) bool { return int(s.toks[caps[c+j]].Start) > b })
		// the last capitalised word that starts before the hyphen holds it if it ends after it
		if c == 0 || int(s.toks[caps[c-1]].End) <= b {
			continue
		}
		i := int(caps[c-1])
		next = int(s.toks[i].End) // (the word's other hyphens are no other word's)
		if !yield(i) {
			return
		}
	}
}

// placePairs splits hyphenated pairs of countries and places, which the tokenizer keeps as
// one word: "China-AS", "Korsel-Jepang". Each part must be a country or place on its own,
// so personal pairs (Jokowi-Kalla) and names (Soekarno-Hatta) stay whole. Both parts share
// the token; they are the only spans smaller than a token.
func (s *state) placePairs() {
	if s.hyphenShapes()&hyphenCapital == 0 {
		return // (each pair is a word whose parts are capitalised: capitalisedParts)
	}
	for i := range s.hyphenedCaps {
		t := &s.toks[i]
		if s.owner[i] >= 0 && (typer.Trace != nil || s.spans[s.owner[i]].entry != nil || s.spans[s.owner[i]].last != i+1) ||
			!capitalisedParts(t.Text(s.text)) {
			continue // (a head word's span that ends with the word may hold it: "Tanjung Pinang-Batam", see placeBeforePair)
		}
		var found []span
		off := int(t.Start)
		drop := -1 // the span of the word before, which the first part's name takes in
		parts := strings.Count(t.Text(s.text), "-") + 1
		for p := range strings.SplitSeq(t.Text(s.text), "-") {
			first, start := i, off
			e := placeEntry(s.lookup(p))
			if found == nil && i > 0 && typer.Trace == nil {
				// a longer name whose first words stand before the word: "Kuala Lumpur-Jakarta",
				// "Bandar Lampung-Palembang" (not for the typer's trainer)
				if f, fe, o := s.placeBeforePair(i, p); fe != nil {
					first, start, e, drop = f, int(s.toks[f].Start), fe, o
				}
			}
			if found == nil && s.owner[i] >= 0 && drop != int(s.owner[i]) {
				break // (found is nil: a span holds the word, which no longer name takes in)
			}
			if e == nil && found == nil && i > 0 {
				// the name's first word before the word: "Korea Selatan-Jepang"
				if o := s.owner[i-1]; o >= 0 && s.spans[o].first == i-1 && s.spans[o].last == i && s.spans[o].entry != nil &&
					int(s.toks[i-1].End)+1 == off {
					if e = placeEntry(s.x.gaz.Lookup(s.text[s.toks[i-1].Start : off+len(p)])); e != nil {
						first, start, drop = i-1, int(s.toks[i-1].Start), int(o)
					}
				}
			}
			if e == nil && typer.Trace == nil && found != nil && len(found) == parts-1 && i+1 < len(s.toks) && s.owner[i+1] < 0 &&
				t.End+1 == s.toks[i+1].Start && s.isCap(i+1) {
				// the last part's name, which goes on after the word, whose first word is no
				// place alone: "Australia-Selandia Baru" (not for the typer's trainer; a last
				// part that is a place alone is taken in below: "Indonesia-Korea Selatan")
				if le := placeEntry(s.x.gaz.Lookup(s.text[off:s.toks[i+1].End])); le != nil {
					sp := span{first: i, last: i + 2, start: off, end: int(s.toks[i+1].End), typ: le.Type, entry: le, id: le.ID,
						name: le.Name, country: le.Country, source: source{rule: ruleGazetteer}, rank: 2}
					if le.Type == gazetteer.Country {
						sp.country = le.ID
					}
					found = append(found, sp)
					break
				}
			}
			if e == nil && typer.Trace == nil && first == i && wordPart(p) && (s.routeNounBefore(i) || parts >= 4) {
				// a route's end the gazetteer lacks, beside one it knows: "KA Purwokerto-Kroya",
				// "rute Langsa-Besitang", "rute Solo-Yogyakarta-Kutoarjo"; or a stop of a
				// route of four places or more, two of which it knows (see below):
				// "Maumere-Ende-Borong-Ruteng" (not of a park of three: "Bromo-Tengger-Semeru";
				// not for the typer's trainer)
				found = append(found, span{first: i, last: i + 1, start: off, end: off + len(p), typ: gazetteer.Location,
					name: p, source: source{rule: ruleContextPlace}, rank: 2})
				off += len(p) + 1
				continue
			}
			if e == nil {
				found = nil
				break
			}
			sp := span{first: first, last: i + 1, start: start, end: off + len(p), typ: e.Type, entry: e, id: e.ID,
				name: e.Name, country: e.Country, source: source{rule: ruleGazetteer}, rank: 2}
			if e.Type == gazetteer.Country {
				sp.country = e.ID
			}
			found = append(found, sp)
			off += len(p) + 1
		}
		if n := len(found); n > 0 && i+1 < len(s.toks) && s.owner[i+1] < 0 && int(t.End)+1 == int(s.toks[i+1].Start) && s.isCap(i+1) {
			// the last part's name goes on after the word: "Indonesia-Korea Selatan"
			last := &found[n-1]
			if e := placeEntry(s.x.gaz.Lookup(s.text[last.start:s.toks[i+1].End])); e != nil {
				last.last, last.end, last.entry, last.typ, last.id, last.name, last.country = i+2, int(s.toks[i+1].End), e, e.Type, e.ID, e.Name, e.Country
				if e.Type == gazetteer.Country {
					last.country = e.ID
				}
			}
		}
		if known := 0; found != nil {
			for _, sp := range found {
				if sp.entry != nil {
					known++
				}
			}
			if known == 0 || parts >= 3 && known < 2 {
				found = nil // a route's ends both unknown: a name's, perhaps ("Jokowi-JK")
			} else if n := len(found); parts >= 3 && found[n-1].entry == nil && i+1 < len(s.toks) && int(t.End)+1 == int(s.toks[i+1].Start) && s.isCap(i+1) {
				found = nil // an unknown last stop whose name goes on: "Bandung-Surabaya-Kuala Lumpur-Istanbul"
			}
		}
		if found != nil && drop >= 0 {
			s.removeSpan(drop)
		}
		for _, sp := range found {
			s.addSpan(sp)
		}
	}
}

// bodyPairs splits hyphenated pairs of bodies the gazetteer knows, which the tokenizer
// keeps as one word, as placePairs splits places': "PKS-Gerindra", "koalisi Golkar-PAN"
// (the coalition's noun outside, as a noun for a pair is: the coalition has no name of its
// own). Each part must be a body on its own; both share the token. Not for the typer's
// trainer, whose weights were made without it.
func (s *state) bodyPairs() {
	if typer.Trace != nil || s.hyphenShapes()&hyphenCapital == 0 {
		return // (each pair is a word whose parts are capitalised: capitalisedParts)
	}
	for i := range s.hyphenedCaps {
		t := &s.toks[i]
		w := t.Text(s.text)
		h := strings.IndexByte(w, '-')
		if strings.Count(w, "-") != 1 || !capitalisedParts(w) {
			continue
		}
		if i > 0 && i+1 < len(s.toks) && s.word(i-1) == "(" && s.word(i+1) == ")" ||
			i+1 < len(s.toks) && s.toks[i+1].Start == t.End+1 && s.toks[i+1].Kind == tokenize.Word && s.isCap(i+1) {
			// an acronym in brackets names one body, "(GNPF-MUI)"; a name that goes on
			// after the word is one too: "Toyota-Astra Motor"
			continue
		}
		drop := -1
		if o := s.owner[i]; o >= 0 {
			// a head word's name of the coalition: "Koalisi Golkar-PAN"
			if sp := &s.spans[o]; sp.entry != nil || sp.first != i-1 || sp.last != i+1 || !coalitionNoun(s.lowAt(i-1)) {
				continue
			}
			drop = int(o)
		}
		l, r := bodyEntry(s.lookup(w[:h])), bodyEntry(s.lookup(w[h+1:]))
		if l == nil || r == nil || l == r {
			continue
		}
		if drop >= 0 {
			s.removeSpan(drop)
		}
		off := int(t.Start)
		for k, e := range []*gazetteer.Entry{l, r} {
			start, end := off, off+h
			if k == 1 {
				start, end = off+h+1, int(t.End)
			}
			s.addSpan(span{first: i, last: i + 1, start: start, end: end, typ: e.Type, entry: e, id: e.ID,
				name: e.Name, country: e.Country, source: source{rule: ruleGazetteer}, rank: 2})
		}
	}
}

// coalitionNoun reports whether w, in small letters, names a coalition of the bodies after
// it: "koalisi", "poros".
func coalitionNoun(w string) bool {
	return w == "koalisi" || w == "poros"
}

// bodyEntry returns the first of entries es if it is a body's, or nil.
func bodyEntry(es []*gazetteer.Entry) *gazetteer.Entry {
	if len(es) == 0 || es[0].Type != gazetteer.Organization {
		return nil
	}
	return es[0]
}

// placeBeforePair returns the first token and the entry of a place whose name's first one
// or two words stand before hyphenated token i, p being the part of the token up to its
// first hyphen: "Kuala Lumpur-Jakarta", "Bandar Lampung-Palembang", "Kuala Namu-Silangit";
// with the span to drop that a head word made of the words and the token ("Tanjung
// Pinang-Batam"), or -1; else i, nil and -1. Words another span holds end the name.
func (s *state) placeBeforePair(i int, p string) (int, *gazetteer.Entry, int) {
	drop := -1
	if o := s.owner[i]; o >= 0 {
		if sp := &s.spans[o]; sp.entry != nil || sp.last != i+1 || sp.first < i-2 || sp.first == i {
			return i, nil, -1
		}
		drop = int(o)
	}
	for f := i - 1; f >= 0 && f >= i-2; f-- {
		if s.owner[f] >= 0 && int(s.owner[f]) != drop || s.toks[f].Kind != tokenize.Word || !s.isCap(f) || s.toks[f].End+1 != s.toks[f+1].Start {
			break
		}
		if !s.mayStartGazName(f) {
			continue // no name the gazetteer knows starts with the word: no need to look it up
		}
		if e := placeEntry(s.lookup(s.text[s.toks[f].Start : int(s.toks[i].Start)+len(p)])); e != nil {
			if drop >= 0 && s.spans[drop].first < f {
				break
			}
			return f, e, drop
		}
	}
	return i, nil, -1
}

// mayStartGazName reports whether word token f may begin a name the gazetteer knows, as
// lowercase tells (see mayStartName): a lookup of the words from it, which tokenizes them
// and allocates a document, finds nothing otherwise. A word not all ASCII may, since keys
// fold diacritics.
func (s *state) mayStartGazName(f int) bool {
	low := s.lowAt(f)
	if !isASCII(low) {
		return true
	}
	return s.mayStartName(&s.toks[f], low, s.x.words.at(low).flags)
}

// routeNounBefore reports whether the word before token i names a route, whose ends a
// dash joins: "KA", "rute", "jalur", "lintas", "trayek", "relasi", "jurusan", "penerbangan".
func (s *state) routeNounBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch s.lowAt(i - 1) {
	case "ka", "rute", "jalur", "lintas", "trayek", "relasi", "jurusan", "penerbangan", "koridor", "ruas":
		return true
	}
	return false
}

// wordPart reports whether p, a part of a hyphenated word, is a capitalised word of
// letters only, three or more: a place's name may be one.
func wordPart(p string) bool {
	if len(p) < 3 || p[0] < 'A' || p[0] > 'Z' {
		return false
	}
	for k := 1; k < len(p); k++ {
		if c := p[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// placeEntry returns the first of entries es if it is a country's or a place's, else nil.
func placeEntry(es []*gazetteer.Entry) *gazetteer.Entry {
	if len(es) == 0 || (es[0].Type != gazetteer.Country && es[0].Type != gazetteer.Location) {
		return nil
	}
	return es[0]
}

// lookup is s.x.gaz.Lookup(p) for a text p the rules ask about, a part of a hyphenated
// word or a name of a few words, remembered in a small table that the state keeps from
// one document to the next (partCache), keyed by the text packed into two integers
// (wordKey), so that it holds no string of the text: Lookup tokenizes p and matches the
// gazetteer against it, some five thousand instructions, and the same texts recur (over
// IndoSum, 1,780 lookups a pass of 571 parts of hyphenated words; places and bodies named
// again and again). A text longer than a key holds is looked up each time.
func (s *state) lookup(p string) []*gazetteer.Entry {
	if len(p) == 0 || len(p) > maxInline {
		return s.x.gaz.Lookup(p)
	}
	if s.partCache == nil {
		s.partCache = new([partCacheSize]partEntries)
	}
	a, b := wordKey(p)
	c := &s.partCache[(a^b*0x9e3779b97f4a7c15)*0xd6e8feb86659fd93>>(64-partCacheBits)]
	if c.a == a && c.b == b { // b is 0 only in an empty slot: a key holds its length
		return c.es
	}
	es := s.x.gaz.Lookup(p)
	*c = partEntries{a: a, b: b, es: es}
	return es
}

// partCacheBits is log2 of the slots of state.partCache: 20 KB.
const (
	partCacheBits = 9
	partCacheSize = 1 << partCacheBits
)

// partEntries is one part of state.partCache, by its key (wordKey), and its entries.
type partEntries struct {
	a, b uint64
	es   []*gazetteer.Entry
}

// entryOrder ranks the types of an ambiguous match, lowest first.
var entryOrder = [...]int{gazetteer.Country: 0, gazetteer.Leader: 1, gazetteer.Person: 2,
	gazetteer.Organization: 3, gazetteer.Location: 4, gazetteer.Weapon: 5, gazetteer.Other: 6}

// touchEntries reads the type of the entries of each match, and returns them or'd: the
// entries lie apart in memory, mostly outside the processor's caches, and read in a loop
// that does nothing else, many are fetched at once, where gazetteerSpans, which reads them
// between rules, would wait for each in turn.
func touchEntries(ms []gazetteer.Match) gazetteer.Type {
	var t gazetteer.Type
	for i := range ms {
		for _, e := range ms[i].Entries {
			t |= e.Type
		}
	}
	return t
}

// pickEntry chooses among the entries of an ambiguous match: a country over a place of the
// same name, a known person over a place, any entity over a name of no entity type (OTHER),
// otherwise the first defined.
func (s *state) pickEntry(m gazetteer.Match) *gazetteer.Entry {
	best := m.Entries[0]
	for _, e := range m.Entries[1:] {
		if entryOrder[e.Type] < entryOrder[best.Type] {
			best = e
		}
	}
	return best
}

func isLowerInitial(w string) bool {
	return w != "" && 'a' <= w[0] && w[0] <= 'z'
}

// capitalisedParts reports whether every hyphen-separated part of w starts with a capital
// letter, as in "China-AS" and unlike "Jong-un" or "Covid-19".
func capitalisedParts(w string) bool {
	for p := range strings.SplitSeq(w, "-") {
		if p == "" || !tokenize.IsCapitalized(p) {
			return false
		}
	}
	return true
}

// weaponFamilies collects the prefixes of numbered weapon names in the gazetteer
// (Hwasong-19, Su-35, F-16), so that a member the gazetteer does not list is still known.
func weaponFamilies(g *gazetteer.Gazetteer) map[string]*gazetteer.Entry {
	m := map[string]*gazetteer.Entry{}
	for _, e := range g.Entries() {
		if e.Type != gazetteer.Weapon {
			continue
		}
		for _, f := range e.Forms() {
			if prefix, ok := familyPrefix(f); ok && m[prefix] == nil {
				m[prefix] = e
			}
		}
	}
	return m
}

// hyphenShape says what some hyphen of the text stands between (see hyphenShapes).
type hyphenShape uint8

const (
	hyphenShapesRead   hyphenShape = 1 << iota // the text's hyphens have been read
	hyphenSmallCapital                         // a small ASCII letter and a capital: "Saputra-Rini" (pairHyphen)
	hyphenDigitCapital                         // a digit and a capital: "7-Juan" (numberedPlayers)
	hyphenFamily                               // a byte that is no digit, hyphen or space and a digit: "Hwasong-20" (familyPrefix)
	hyphenCapital                              // anything and a capital or a byte beyond ASCII: "China-AS", "Korea-Ürümqi" (capitalisedParts)
)

// hyphenOffsets yields in text order the byte offsets of the text's hyphens that have a
// byte on each side, from the list hyphenShapes made (hyphenAt) rather than by reading
// every token.
func (s *state) hyphenOffsets() iter.Seq[int] {
	return func(yield func(int) bool) {
		s.hyphenShapes()
		for _, i := range s.hyphenAt {
			if i > 0 && int(i)+1 < len(s.text) && !yield(int(i)) {
				return
			}
		}
	}
}

// hyphenShapes returns what the text's hyphens stand between, read in one pass over them
// the first time a rule asks, so that the rules that act only at a hyphen of some shape
// return at once in a text that has none. The pass searches the text for its hyphens and
// lists where they are (hyphenAt), for hyphenOffsets and hyphenedCaps to read again.
func (s *state) hyphenShapes() hyphenShape {
	if s.hyphens&hyphenShapesRead != 0 {
		return s.hyphens
	}
	h := hyphenShapesRead
	s.hyphenAt = s.hyphenAt[:0]
	for off := 0; ; {
		i := strings.IndexByte(s.text[off:], '-')
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		s.hyphenAt = append(s.hyphenAt, int32(i))
		if i == 0 || i+1 == len(s.text) {
			continue // (no byte on one side)
		}
		if a := s.text[i+1]; 'A' <= a && a <= 'Z' || a >= 0x80 {
			h |= hyphenCapital
		}
		switch b, a := s.text[i-1], s.text[i+1]; {
		case 'A' <= a && a <= 'Z' && 'a' <= b && b <= 'z':
			h |= hyphenSmallCapital
		case 'A' <= a && a <= 'Z' && '0' <= b && b <= '9':
			h |= hyphenDigitCapital
		case '0' <= a && a <= '9' && b != ' ' && b != '-' && (b < '0' || b > '9'):
			h |= hyphenFamily
		}
	}
	s.hyphens = h
	return h
}

// familyPrefix splits "Hwasong-19" into "hwasong"; the part after the last hyphen must
// start with a digit and the part before must be letters.
func familyPrefix(w string) (string, bool) {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || w[k+1] < '0' || w[k+1] > '9' || strings.ContainsAny(w[:k], " -0123456789") {
		return "", false
	}
	return strings.ToLower(w[:k]), true
}

// settleOther runs after the acronym rule, which gives an acronym its long form's type and
// may confirm a weak long form. A name of no entity type stays weak, never reported, and so
// does an acronym whose letters spell it ("Islamic Solidarity Games (ISG)") or that the
// gazetteer knows as such a name; another acronym it defined is the entity the gazetteer
// knows by that acronym, or else an organization, as any unknown acronym is ("Asian Games
// 2018 (INASGOC)").
func (s *state) settleOther() {
	var events map[string]bool // acronyms of names of no entity type, for later mentions
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.typ != gazetteer.Other || sp.weak || sp.dead {
			continue
		}
		text := s.text[sp.start:sp.end]
		if events[text] {
			sp.weak = true
			continue
		}
		if long := s.otherNextTo(sp); long != nil && lettersMatch(acronymLetters(text), s.spanText(long.first, long.last)) {
			sp.weak = true
			if events == nil {
				events = map[string]bool{}
			}
			events[text] = true
			continue
		}
		var best *gazetteer.Entry
		other := false
		for _, e := range s.x.gaz.Lookup(text) {
			if e.Type == gazetteer.Other {
				other = true
			} else if best == nil || entryOrder[e.Type] < entryOrder[best.Type] {
				best = e
			}
		}
		switch {
		case best != nil:
			sp.typ, sp.entry, sp.id, sp.name, sp.role, sp.country = best.Type, best, best.ID, best.Name, best.Role, best.Country
			if best.Type == gazetteer.Country {
				sp.country = best.ID
			}
		case other:
			sp.weak = true
		default:
			sp.typ, sp.entry, sp.id, sp.name, sp.role, sp.country = gazetteer.Organization, nil, "", text, "", ""
		}
	}
	if events == nil {
		return
	}
	for k := range s.spans {
		if sp := &s.spans[k]; sp.typ == gazetteer.Other && events[s.text[sp.start:sp.end]] {
			sp.weak = true
		}
	}
}

// otherNextTo returns the span of a name of no entity type that the bracketed acronym sp
// defines ("Islamic Solidarity Games (ISG)") or that defines it ("ISG (Islamic Solidarity
// Games)"), or nil.
func (s *state) otherNextTo(sp *span) *span {
	n := len(s.toks)
	var k int
	switch {
	case sp.first >= 2 && sp.last < n && s.word(sp.first-1) == "(" && s.word(sp.last) == ")":
		k = int(s.owner[sp.first-2])
	case sp.last+1 < n && s.word(sp.last) == "(":
		k = int(s.owner[sp.last+1])
	default:
		return nil
	}
	if k < 0 || s.spans[k].typ != gazetteer.Other {
		return nil
	}
	return &s.spans[k]
}

// weaponFamilies finds unlisted members of known weapon families: "Hwasong-20".
func (s *state) weaponFamilies() {
	if len(s.x.families) == 0 || s.hyphenShapes()&hyphenFamily == 0 {
		return
	}
	for _, c := range s.caps {
		i, t := int(c), &s.toks[c]
		if last := s.text[t.End-1]; s.owner[i] >= 0 || last < '0' || last > '9' {
			continue // a family member ends in its number: Hwasong-20, F-16
		}
		if int(t.End) < len(s.text) && s.text[t.End] == '/' || i > 0 && s.lowAt(i-1) == "visa" {
			// a letter's or a decision's number ("surat nomor S-781/MK.08/2017", "B-1065/
			// GOLKAR/IV/2017") and a visa's class ("visa R-1", "visa B-2") are no weapons
			continue
		}
		prefix, ok := familyPrefix(t.Text(s.text))
		if !ok || prefix == "h" {
			// (an "H" and a number counts the days to a feast or an event, "H-4",
			// "H+2 Lebaran", whatever the Xian H-6 bomber's family says)
			continue
		}
		if e := s.x.families[prefix]; e != nil {
			sp := s.ruleSpan(i, i+1, gazetteer.Weapon, ruleWeaponFamily)
			sp.source.family = e
			sp.country = e.Country
			s.addSpan(sp)
		}
	}
}
