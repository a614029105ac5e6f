package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// acronyms handles definitions in brackets, in both orders and whatever the acronym's
// language: "Dewan Keamanan PBB (DK PBB)", "Republik Demokratik Rakyat Korea (DPRK)",
// "WMD (senjata pemusnah massal)". The long form and the acronym become two entities with
// one id and type; the brackets stay outside both. A long form is accepted when the
// gazetteer says both are one entry, when the acronym's letters can be read off the long
// form (Schwartz and Hearst's rule), or when both are already entities of the same type (a
// translated acronym: "Kepala Staf Gabungan Korea Selatan (JCS)"). An acronym defined by
// ordinary lowercase words ("operasi tangkap tangan (OTT)") is no entity anywhere in the
// document. "(Persero)", "(Purn.)", dates and a dateline's "(ANTARA)" never qualify.
func (s *state) acronyms() {
	defined := map[string]span{} // acronym text → its entity, for later bare mentions
	s.classAcronyms = s.classAcronyms[:0]
	for _, m := range s.marks {
		p := int(m)
		if p < 1 || s.word(p) != "(" {
			continue
		}
		q := p + 1
		for q < len(s.toks) && q-p <= 8 && s.word(q) != ")" && s.toks[q].Kind != tokenize.Punct {
			q++
		}
		if q >= len(s.toks) || s.word(q) != ")" || q == p+1 {
			continue
		}
		if sp, ok := s.tickerAfter(p, q); ok {
			defined[s.word(p+1)] = sp
			continue
		}
		if s.is(p+1, fStop) || s.is(p-1, fStop) && !s.bodyEndingInDirection(p, q) {
			continue // a common-noun abbreviation: BBM, APBN
		}
		if s.allAcronym(p+1, q) || s.syllabicAcronym(p+1, q) {
			if sp, ok := s.defineBefore(p, q); ok {
				defined[s.spanText(p+1, q)] = sp
			}
		} else if s.allAcronym(p-1, p) {
			s.defineAfter(p, q)
		}
	}
	s.dropClassAcronyms()
	if len(defined) == 0 {
		return
	}
	// later bare mentions of an acronym defined here; the first bytes and lengths of the
	// acronyms answer for most words without the map
	var firstBytes [256]bool
	var lens uint64 // bit min(n, 63) for an acronym of n bytes
	for k := range defined {
		if k != "" {
			firstBytes[k[0]] = true
			lens |= 1 << min(len(k), 63)
		}
	}
	for _, c := range s.caps {
		i := int(c)
		if s.owner[i] >= 0 {
			continue
		}
		w := s.word(i)
		if w == "" || !firstBytes[w[0]] || lens&(1<<min(len(w), 63)) == 0 {
			continue
		}
		full, ok := defined[w]
		if !ok {
			continue
		}
		sp := s.ruleSpan(i, i+1, full.typ, ruleNone)
		sp.source.link = linkAcronym
		sp.id, sp.name, sp.entry, sp.country = full.id, full.name, full.entry, full.country
		s.addSpan(sp)
	}
}

// dropClassAcronyms removes the gazetteer's mentions of the acronyms the text defines as a
// class in small letters (see defineBefore), in one pass over the spans.
func (s *state) dropClassAcronyms() {
	if len(s.classAcronyms) == 0 {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.entry == nil || sp.last-sp.first != 1 {
			continue
		}
		if w := s.word(sp.first); slices.Contains(s.classAcronyms, w) {
			s.removeSpan(k)
		}
	}
}

// bodyEndingInDirection reports whether a body's span whose name ends with a direction ends
// right before the brackets at token p, and the acronym in them, closing at q, spells the
// body's whole name: "PT Bandarudara Internasional Jawa Barat (BIJB)" (not "Dinas
// Pariwisata Provinsi Nusa Tenggara Barat (NTB)", the province's).
func (s *state) bodyEndingInDirection(p, q int) bool {
	k := s.owner[p-1]
	if k < 0 || !s.lex.placeDirections[s.lowAt(p-1)] || !s.allAcronym(p+1, q) {
		return false
	}
	sp := &s.spans[k]
	if sp.typ != gazetteer.Organization || sp.last != p {
		return false
	}
	first := sp.first
	if companyForm(s.lowAt(first)) {
		first++ // "PT"
	}
	return s.longFormStart(p, acronymLetters(s.spanText(p+1, q))) == first
}

// documentHead reports whether w, in small letters, opens the name of a kind of document,
// a letter, a card or a number one is issued, whose acronym names no body.
func documentHead(w string) bool {
	switch w {
	case "surat", "kartu", "nomor", "laporan", "bukti", "sertifikat", "akta", "dokumen", "formulir", "kitab", "buku", "izin":
		return true
	}
	return false
}

// allAcronym reports whether tokens [first, last) are all-capitals words (DK PBB, DPRK).
func (s *state) allAcronym(first, last int) bool {
	if first < 0 || last-first > 3 {
		return false
	}
	for i := first; i < last; i++ {
		if !s.isAllCaps(i) {
			return false
		}
	}
	return true
}

// syllabicAcronym reports whether tokens [first, last) are one capitalised word that may
// be a syllabic acronym (Banggar, Kemlu, Apkasi); defineBefore still requires its letters
// to be read off the long form.
func (s *state) syllabicAcronym(first, last int) bool {
	return last == first+1 && s.isCap(first) && !s.is(first, fCommon) && len(s.word(first)) <= 12 &&
		!s.isInitial(first)
}

// tickerAfter reads a stock ticker in brackets after a listed company's name, the brackets
// at tokens p and q: "PT Kirimin Teknologi Nusantara Tbk (KRMN)", "PT Adhi Karya (Persero)
// Tbk (ADHI)". A ticker is four capital letters; it is the company, which later bare
// mentions then are too ("saham KRMN"). It reports the ticker's span and whether it made one.
func (s *state) tickerAfter(p, q int) (span, bool) {
	w := s.word(p + 1)
	if q != p+2 || len(w) != 4 || !s.isAllCaps(p+1) || !isASCII(w) || p < 2 || !isTbk(s.word(p-1)) {
		return span{}, false
	}
	c := p - 2 // the token before "Tbk", or before "(Persero) Tbk"
	if s.word(c) == ")" && c >= 3 && s.word(c-2) == "(" {
		c -= 3
	}
	k := s.owner[c]
	if o := s.owner[p-1]; o >= 0 {
		k = o // "Tbk" already joined to the name
	}
	if k < 0 || s.spans[k].typ != gazetteer.Organization || s.owner[p+1] >= 0 && s.spans[s.owner[p+1]].entry != nil {
		return span{}, false
	}
	if o := s.owner[p+1]; o >= 0 {
		s.removeSpan(int(o)) // a guess at the bare acronym gives way to the company
	}
	company := s.spans[k]
	sp := s.ruleSpan(p+1, q, gazetteer.Organization, ruleAcronym)
	sp.id, sp.name, sp.entry, sp.country = company.id, company.name, company.entry, company.country
	s.addSpan(sp)
	return sp, true
}

// defineBefore handles "LONG FORM (ACR)" with the brackets at tokens p and q. It returns the
// acronym's entity when one results.
func (s *state) defineBefore(p, q int) (span, bool) {
	acr := s.spanText(p+1, q)
	ka := s.spanAt(p+1, q)
	if !s.allAcronym(p+1, q) && ka < 0 {
		// a syllabic acronym must spell its long form: Badan Anggaran (Banggar)
		if k := s.owner[p-1]; k < 0 && !s.initialsSpell(p, acronymLetters(acr)) || k >= 0 && !lettersMatch(acronymLetters(acr), s.spanText(s.spans[k].first, s.spans[k].last)) {
			return span{}, false
		}
	}
	kl := -1
	if k := s.owner[p-1]; k >= 0 {
		kl = int(k)
	}
	letters := acronymLetters(acr)
	if kl < 0 {
		// no entity before: read the long form off the words
		first := s.longFormStart(p, letters)
		if first < 0 {
			return span{}, false
		}
		if !s.anyCap(first, p) || typer.Trace == nil && (documentHead(s.lowAt(first)) || lawHead(s.lowAt(first)) || s.phraseAt(&s.lex.titles, first) == p-first) {
			// (or a document's or a law's name: "Surat Pemberitahuan (SPT)", "Surat Keterangan
			// Lunas (SKL)", "Kitab Undang-Undang Hukum Pidana (KUHP)"; or a title's, a role
			// and no body: "Jaksa Penuntut Umum (JPU)"; not for the name typer's
			// trainer (typer.Trace), so that its training data stay what the weights were made
			// from)
			if ka < 0 || s.spans[ka].entry == nil {
				s.markNotEntity(acr, ka)
			}
			return span{}, false
		}
		if typer.Trace == nil && s.conceptWords(first, p) {
			// a concept's, a program's or a measure's name in ordinary words, no body's:
			// "Pajak Pertambahan Nilai (PPN)", "Lomba Kompetensi Siswa (LKS)", "Platelet
			// Rich Plasma (PRP)" (not for the typer's trainer); an English one's words, free,
			// are claimed as a name of no entity type, so that no rule takes some of them for a
			// body's: "platform Business to Consumer (B2C)"
			if ka < 0 || s.spans[ka].entry == nil {
				s.markNotEntity(acr, ka)
			}
			if !s.covered(first, p) && s.englishWords(first, p) && (first == 0 || !s.isCap(first-1)) {
				sp := s.ruleSpan(first, p, gazetteer.Other, ruleAcronymLongForm)
				sp.weak = true
				s.addSpan(sp)
			}
			return span{}, false
		}
		if o := s.owner[first]; s.covered(first, p) {
			// (but a country's name may open the long form: "United States International
			// Trade Commission (USITC)")
			if o < 0 || s.spans[o].first != first || s.spans[o].typ != gazetteer.Country || s.spans[o].last >= p || s.covered(s.spans[o].last, p) ||
				!s.capWords(first, p) || s.is(p-1, fEventHead) || eventWord(s.lowAt(p-1)) {
				return span{}, false
			}
			s.removeSpan(int(o))
		}
		typ := gazetteer.Organization
		if ka >= 0 {
			typ = s.spans[ka].typ
		} else if s.personsName(first, p) {
			if !personsInitials(s, first, p, letters) {
				return span{}, false // a country's code after a player: "Chen Qingchen (CHN)"
			}
			// a person's initials after the name, as reports of suspects and officials
			// give them: "Syafruddin Arsyad Temenggung (SAT)"
			typ = gazetteer.Person
		}
		s.addSpan(s.ruleSpan(first, p, typ, ruleAcronymLongForm))
		kl = int(s.owner[first])
		ka = s.spanAt(p+1, q)
	}
	long := &s.spans[kl]
	if long.last != p {
		return span{}, false
	}
	if long.entry == nil && long.typ == gazetteer.Organization && !lettersMatch(letters, s.spanText(long.first, long.last)) {
		if first := s.longFormStart(p, letters); first >= 0 && first < long.first && long.first-first <= 2 && (!s.covered(first, long.first) || s.countryOnly(first, long.first)) &&
			s.capWords(first, long.first) && !s.titleWithin(first, long.first) {
			// the long form begins a word or two before the body's head word: "Tim |
			// Gabungan Pencari Fakta (TGPF)", or with a country's name: "United States |
			// International Trade Commission (USITC)"
			sp := s.ruleSpan(first, p, long.typ, long.source.rule)
			if o := s.owner[first]; o >= 0 && int(o) != kl {
				s.removeSpan(int(o))
			}
			s.removeSpan(kl)
			s.addSpan(sp)
			kl = int(s.owner[first])
			long = &s.spans[kl]
		}
	}
	if ka >= 0 {
		a := &s.spans[ka]
		same := a.entry != nil && a.entry == long.entry
		if !same && !lettersMatch(letters, s.spanText(long.first, long.last)) && a.typ != long.typ {
			if first := s.longFormStart(p, letters); long.typ == gazetteer.Country && a.entry != nil && first >= 0 && first < long.first && !s.anyCap(first, long.first) {
				// a class in small letters that a country's name ends, which the text
				// defines the acronym as: "pekerja migran Indonesia (PMI)" is no Palang
				// Merah Indonesia here, nor anywhere in the document (see dropClassAcronyms)
				s.markNotEntity(acr, ka)
				s.classAcronyms = append(s.classAcronyms, acr)
			}
			return span{}, false
		}
		s.unify(long, a)
		return *a, true
	}
	if s.covered(p+1, q) && q-p > 2 && long.entry == nil && lettersMatch(letters, s.spanText(long.first, long.last)) && s.onlyBodiesIn(p+2, q) {
		// an acronym whose last word is its parent body's, which the long form ends with:
		// "Fakultas Ekonomi dan Bisnis Universitas Indonesia (FEB UI)"
		for k := p + 2; k < q; k++ {
			if o := s.owner[k]; o >= 0 {
				s.removeSpan(int(o))
			}
		}
	}
	if s.covered(p+1, q) || s.inDateline(p+1) ||
		(!lettersMatch(letters, s.spanText(long.first, long.last)) && long.entry == nil && !s.translatedAcronym(long, p+1, q)) {
		return span{}, false
	}
	if long.typ == gazetteer.Country && !lettersMatch(letters, s.spanText(long.first, long.last)) && !slices.Contains(long.entry.Forms(), acr) {
		// a country's own acronyms are its forms; one that spells more words is a body's
		// whose name the country ends ("Federazione Italiana Giuoco Calcio (FIGC)"), or
		// a class's in small letters ("pekerja migran Indonesia (PMI)"), no entity
		if first := s.longFormStart(p, letters); first < 0 || first >= long.first || !s.anyCap(first, long.first) {
			return span{}, false
		}
		sp := s.ruleSpan(p+1, q, gazetteer.Organization, ruleAcronym)
		s.addSpan(sp)
		return sp, true
	}
	sp := s.ruleSpan(p+1, q, long.typ, ruleAcronym)
	sp.id, sp.name, sp.entry, sp.country = long.id, long.name, long.entry, long.country
	s.addSpan(sp)
	return sp, true
}

// personsName reports whether the long form [first, p) of an acronym is a person's name of
// two to four words, the first a given name, none a body's or place's head word or an
// English word ("James Cook University").
func (s *state) personsName(first, p int) bool {
	if p-first < 2 || !s.is(first, fGiven) || !s.capWords(first, p) || !s.looksLikePersonalName(first, p, 0) {
		return false
	}
	for i := first; i < p; i++ {
		if s.is(i, fOrgHead|fOrgHeadFirst|fOrgSuffix|fPlaceHeadFirst|fEventHead) || i > first && isEnglishWord(s.lowAt(i)) && !s.givenName(i) {
			return false
		}
	}
	return true
}

// personsInitials reports whether the letters of an acronym after the name [first, p) are
// its words' initials in order, one letter a word and at most one more ("Andi Agustinus
// (AA)", "Dewi Suryana (DSU)").
func personsInitials(s *state, first, p int, letters string) bool {
	if n := p - first; len(letters) < n || len(letters) > n+1 {
		return false
	}
	k := 0
	for i := first; i < p; i++ {
		c := s.lowAt(i)[0]
		for k < len(letters) && letters[k] != c {
			if i == first {
				return false // the first letter is the first word's
			}
			k++
		}
		if k == len(letters) {
			return false
		}
		k++
	}
	return true
}

// onlyBodiesIn reports whether the tokens [first, last) all belong to bodies' spans that lie
// wholly inside them.
func (s *state) onlyBodiesIn(first, last int) bool {
	for k := first; k < last; k++ {
		o := s.owner[k]
		if o < 0 || s.spans[o].typ != gazetteer.Organization || s.spans[o].first < first || s.spans[o].last > last {
			return false
		}
	}
	return true
}

// translatedAcronym reports whether the acronym at tokens [first, last), in brackets right
// after the body long, may be the acronym of the body's name in another language, whose
// letters the long form need not spell: a body named by its head word in Indonesian and
// an acronym of capitals, two letters to six, and at most one word more: "Badan Antariksa
// Eropa (ESA)", "Pusat Pengendalian dan Pencegahan Penyakit Afrika (Africa CDC)".
func (s *state) translatedAcronym(long *span, first, last int) bool {
	if long.typ != gazetteer.Organization || long.source.rule != ruleOrgHead || last-first > 2 || !s.isAllCaps(last-1) {
		return false
	}
	w := s.word(last - 1)
	if len(w) < 2 || len(w) > 6 || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 || last-first == 2 && !s.isCap(first) {
		return false // not a model's name: "Ducati Team (GP17)"
	}
	letters := acronymLetters(s.spanText(first, last))
	for k := max(0, long.first-3); k < long.first; k++ {
		if lettersMatch(letters, s.spanText(k, long.last)) {
			return false // a title's acronym: "Kepala Staf Angkatan Darat (KSAD)"
		}
	}
	return true
}

// eventWord reports whether w, in small letters, ends the English name of an event or
// an agreement, no body's: "Indonesia Banking Expo", "Indonesia Knowledge Forum", "…
// Comprehensive Economic Partnership Agreement" (see also lexicon/event-heads.txt).
func eventWord(w string) bool {
	switch w {
	case "forum", "agreement", "exhibition", "show", "championship", "apps", "awards", "series", "week":
		return true
	}
	return false
}

// countryOnly reports whether tokens [first, last) are all one country's name, a span of
// its own.
func (s *state) countryOnly(first, last int) bool {
	o := s.owner[first]
	return o >= 0 && s.spans[o].first == first && s.spans[o].last == last && s.spans[o].typ == gazetteer.Country
}

// defineAfter handles "ACR (long form)" with the acronym at p-1.
func (s *state) defineAfter(p, q int) {
	ka := s.owner[p-1]
	kl := s.spanAt(p+1, q)
	if kl < 0 {
		if ka >= 0 && typer.Trace == nil && s.spans[ka].entry != nil && s.spans[ka].typ == gazetteer.Organization && s.spans[ka].first == p-1 && s.spans[ka].last == p &&
			s.smallWords(p+1, q) && lettersMatch(acronymLetters(s.word(p-1)), s.spanText(p+1, q)) && !s.entryForm(s.spans[ka].entry, s.spanText(p+1, q)) {
			// a known body's acronym that a long form in small letters, not the body's,
			// spells out names a thing: "dilengkapi dengan HBS (hold baggage screening)"
			// is no Harvard Business School (not for the typer's trainer)
			s.removeSpan(int(ka))
		}
		return
	}
	long := &s.spans[kl]
	if ka < 0 {
		if !lettersMatch(acronymLetters(s.word(p-1)), s.spanText(long.first, long.last)) {
			return
		}
		sp := s.ruleSpan(p-1, p, long.typ, ruleAcronym)
		sp.id, sp.name, sp.entry, sp.country = long.id, long.name, long.entry, long.country
		s.addSpan(sp)
		return
	}
	a := &s.spans[ka]
	if (a.entry != nil && a.entry == long.entry) || lettersMatch(acronymLetters(a.name), s.spanText(long.first, long.last)) || a.typ == long.typ {
		long.weak = false
		s.unify(long, a)
	}
}

// smallWords reports whether [first, last) is two words or more, all in small letters.
func (s *state) smallWords(first, last int) bool {
	if last-first < 2 {
		return false
	}
	for k := first; k < last; k++ {
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) {
			return false
		}
	}
	return true
}

// entryForm reports whether text is one of the entry's forms, whatever its case.
func (s *state) entryForm(e *gazetteer.Entry, text string) bool {
	for _, f := range e.Forms() {
		if strings.EqualFold(f, text) {
			return true
		}
	}
	return false
}

// unify gives the acronym a and its long form one identity: the gazetteer's when either has
// an entry (the long form's first), else the long form's.
func (s *state) unify(long, a *span) {
	switch {
	case long.entry != nil:
		a.entry, a.typ, a.id, a.name = long.entry, long.typ, long.id, long.name
	case a.entry != nil:
		long.entry, long.typ, long.id, long.name = a.entry, a.typ, a.id, a.name
		long.source.acronym = true
	default:
		a.typ, a.name = long.typ, long.name
	}
	if a.country == "" {
		a.country = long.country
	}
	if long.country == "" {
		long.country = a.country
	}
}

// titleWithin reports whether a title or a title's word stands in tokens [first, last):
// "Kepala Staf | Angkatan Darat (KSAD)" names an office, not a body.
func (s *state) titleWithin(first, last int) bool {
	for i := first; i < last; i++ {
		if s.inRole(i) || s.is(i, fTitle) || s.phraseAt(&s.lex.titles, i) > 0 {
			return true
		}
	}
	return false
}

// capWords reports whether tokens [first, last) are all capitalised words.
func (s *state) capWords(first, last int) bool {
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.isCap(i) {
			return false
		}
	}
	return true
}

// spanAt returns the index of the chosen span covering exactly tokens [first, last), or -1.
func (s *state) spanAt(first, last int) int {
	k := s.owner[first]
	if k < 0 || s.spans[k].first != first || s.spans[k].last != last {
		return -1
	}
	return int(k)
}

func (s *state) anyCap(first, last int) bool {
	for i := first; i < last; i++ {
		if s.isCap(i) {
			return true
		}
	}
	return false
}

// markNotEntity records that an acronym is a common noun here and drops its span, if any.
func (s *state) markNotEntity(acr string, k int) {
	if s.notEntity == nil {
		s.notEntity = map[string]bool{}
	}
	s.notEntity[acr] = true
	if k >= 0 {
		s.removeSpan(k)
	}
}

// initialsSpell reports whether the words right before token p begin with the letters of
// an acronym in mixed case, one word a letter, the first capitalised, one of them a body's
// head word (lexicon/org-suffixes.txt): "Center for Digital Society (CfDS)". (An acronym
// of capitals only may spell its long form more freely.)
func (s *state) initialsSpell(p int, letters string) bool {
	n := len(letters)
	if n < 2 || n > p || !s.isCap(p-n) {
		return false
	}
	body := false
	for k := 0; k < n; k++ {
		t := s.toks[p-n+k]
		if t.Kind != tokenize.Word || s.lowAt(p - n + k)[0] != letters[k] {
			return false
		}
		body = body || s.is(p-n+k, fOrgSuffix)
	}
	return body // a body's, not a term's: "Video on Demand (VoD)", "Internet of Things (IoT)"
}

// longFormStart finds where the long form of an acronym with the given letters begins among
// the words before token p (Schwartz and Hearst 2003): at most min(n+5, 2n) words back,
// staying in the sentence. It returns -1 when the letters cannot be read off the words.
func (s *state) longFormStart(p int, letters string) int {
	n := len([]rune(letters))
	if n < 2 {
		return -1
	}
	maxWords := min(n+5, 2*n)
	first := p
	for first > 0 && p-first < maxWords && s.toks[first-1].Kind == tokenize.Word {
		first--
	}
	if first == p {
		return -1
	}
	long := s.spanText(first, p)
	idx := longFormIndex(letters, long)
	if idx < 0 {
		return -1
	}
	for i := first; i < p; i++ {
		if int(s.toks[i].Start)-int(s.toks[first].Start) >= idx {
			return i
		}
	}
	return -1
}

// acronymLetters returns the lowercase letters of an acronym: "DK PBB" → "dkpbb".
func acronymLetters(a string) string {
	if len(a) <= 32 && isASCII(a) {
		// (most acronyms: their letters put in small letters on the stack, then copied once)
		var arr [32]byte
		n := 0
		for i := range len(a) {
			c := a[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c < 'a' || c > 'z' {
				continue
			}
			arr[n] = c
			n++
		}
		return string(arr[:n])
	}
	var b strings.Builder
	for _, r := range a {
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lettersMatch reports whether the acronym letters can be read off the long form.
func lettersMatch(letters, long string) bool {
	return longFormIndex(letters, long) >= 0
}

// longFormIndex runs Schwartz and Hearst's backward match of the acronym letters over the
// candidate long form and returns the byte index where the long form starts, or -1. The
// first letter must begin a word; Indonesian words may give more than one letter
// ("Kementerian Luar Negeri" → "Kemlu"), which the character-level match allows.
func longFormIndex(letters, long string) int {
	// both read from their ends a rune at a time, each rune of long in small letters
	lowerLast := func(s string) (rune, int) {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			return rune(c), 1
		}
		r, n := utf8.DecodeLastRuneInString(s)
		return unicode.ToLower(r), n
	}
	si, li := len(letters), len(long) // letters[:si] are to find in long[:li]
	for si > 0 {
		c, n := utf8.DecodeLastRuneInString(letters[:si])
		si -= n
		for {
			if li == 0 {
				return -1
			}
			r, m := lowerLast(long[:li])
			li -= m
			if r != c {
				continue
			}
			if si > 0 || li == 0 {
				break
			}
			if p, _ := lowerLast(long[:li]); !unicode.IsLetter(p) && !unicode.IsDigit(p) {
				break // the first letter begins a word
			}
		}
	}
	// back to the start of the word holding the first letter
	for li > 0 {
		r, m := lowerLast(long[:li])
		if unicode.IsSpace(r) {
			break
		}
		li -= m
	}
	return li
}

// conceptWords reports whether the long form [first, last) before an acronym is made of
// ordinary words only, Indonesian or English, with no word that heads or ends a body's
// name, no place and no given name: the name of a concept, a program or a measure
// ("Pajak Pertambahan Nilai", "Lomba Kompetensi Siswa", "User Generated Content"), not a
// body's ("Komisi Pemberantasan Korupsi", "Pelayaran Nasional Indonesia").
func (s *state) conceptWords(first, last int) bool {
	if last-first < 2 {
		return false
	}
	// a disease's or a pathogen's English name may hold medical words no list has ("Urinary
	// Tract Infection", "Human Papilloma Virus"): its last word says what it is
	medical := typer.Trace == nil && s.toks[last-1].Kind == tokenize.Word && diseaseWord(s.lowAt(last-1))
	for k := first; k < last; k++ {
		if s.toks[k].Kind != tokenize.Word {
			return false
		}
		w := s.lowAt(k)
		if !s.isCap(k) {
			if s.is(k, fConnector) || typer.Trace == nil && k > first && englishConnector(w) {
				continue // "dan", "untuk"; "Return on Advertising Spend", "Cost per Click"
			}
			return false
		}
		if !(medical || s.is(k, fCommon) || isEnglishWord(w) || s.corpusWord(k) || typer.Trace == nil && englishCompound(w)) || s.phraseAt(&s.lex.orgHeads, k) > 0 ||
			s.phraseAt(&s.lex.placeHeads, k) > 0 && !(typer.Trace == nil && k > first && estateHead(w)) || // ("Bantuan Stimulan Perumahan Swadaya")
			s.is(k, fOrgSuffix) || s.is(k, fGiven) || s.startsAt(k).place > 0 || s.startsAt(k).body > 0 || bodyWordOfConcept(w) ||
			s.lex.venueHeads[w] || englishPlaceEnd(w) || centreWord(w) {
			return false
		}
	}
	return true
}

// diseaseWord reports whether w, in small letters, is the English word that ends the name
// of a disease, a condition or a pathogen: "infection", "syndrome", "virus", "disease".
func diseaseWord(w string) bool {
	switch w {
	case "infection", "syndrome", "virus", "disease", "disorder", "fever", "deficiency":
		return true
	}
	return false
}

// englishWords reports whether [first, last) reads as English: at least half of its
// capitalised words are on the English word list or English words joined by hyphens, and
// its words in small letters are English ones that join them ("Business to Consumer",
// "Forward Collision-Avoidance Assist", "Energy Efficient Vehicles"; not "Rumah
// Perlindungan Sosial Anak").
func (s *state) englishWords(first, last int) bool {
	caps, english := 0, 0
	for k := first; k < last; k++ {
		w := s.lowAt(k)
		if !s.isCap(k) {
			if !englishConnector(w) {
				return false
			}
			continue
		}
		caps++
		if isEnglishWord(w) || englishCompound(w) {
			english++
		}
	}
	return caps > 0 && 2*english >= caps
}

// englishConnector reports whether w is an English word in small letters that joins the
// words of a concept's name: "Return on Advertising Spend", "Cost per Click", "Internet of
// Things" (a body's "of" comes with its head or suffix word, which conceptWords refuses).
func englishConnector(w string) bool {
	switch w {
	case "on", "per", "of", "for", "to", "by", "in", "and", "the", "with":
		return true
	}
	return false
}

// englishCompound reports whether w, in small letters, is English words joined by hyphens:
// "collision-avoidance", "cross-traffic".
func englishCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isEnglishWord(p) {
			return false
		}
	}
	return true
}

// bodyWordOfConcept reports whether w, in small letters, is an ordinary word that makes a
// long form a body's or a place's name all the same: "Royal Air Force", "Geological
// Survey", "Pusat Pendidikan dan Latihan Pelajar", "Kesatuan Pengelolaan Hutan", "Beach City
// International Stadium", "Food and Drug Administration".
func bodyWordOfConcept(w string) bool {
	switch w {
	case "force", "army", "navy", "police", "survey", "guard", "corps", "command", "pusat", "kesatuan", "stadium", "arena", "hall",
		"service", "party", "consultancy", "squad", "brigade", "movement", "front", "administration":
		return true
	}
	return false
}
