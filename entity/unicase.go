package entity

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

//go:generate go run ./internal/genwords -corpus ../../shared/corpus/indosum/articles.jsonl -out lexicon/corpuswords.txt -english /usr/share/dict/american-english-small -english-out lexicon/englishwords.txt

// Case says how an Extractor reads the case of letters (see WithCase). The zero Case is
// CaseAuto.
type Case uint8

const (
	// CaseAuto reads capitals as edited news uses them, except in a document, or a line
	// such as an ALL-CAPS headline, written in one case only: there it reads the text as
	// CaseInsensitive does. It is the default.
	CaseAuto Case = iota
	// CaseSensitive always reads capitals as edited news uses them: a name starts with a
	// capital, an acronym is written in capitals.
	CaseSensitive
	// CaseInsensitive reads every document as written in one case only: gazetteer names
	// match whatever their case where that is safe, and names are told by the words
	// around them and by not being ordinary words.
	CaseInsensitive
)

var caseNames = [...]string{CaseAuto: "auto", CaseSensitive: "sensitive", CaseInsensitive: "insensitive"}

// String returns "auto", "sensitive" or "insensitive".
func (c Case) String() string {
	if int(c) < len(caseNames) {
		return caseNames[c]
	}
	return fmt.Sprintf("Case(%d)", uint8(c))
}

// MarshalText writes the case mode's name.
func (c Case) MarshalText() ([]byte, error) {
	if int(c) >= len(caseNames) {
		return nil, fmt.Errorf("entity: unknown case mode %d", uint8(c))
	}
	return []byte(caseNames[c]), nil
}

// UnmarshalText reads "auto", "sensitive" or "insensitive", so that a Case can be a
// command-line flag (flag.TextVar).
func (c *Case) UnmarshalText(b []byte) error {
	for k, n := range caseNames {
		if string(b) == n {
			*c = Case(k)
			return nil
		}
	}
	return fmt.Errorf("entity: unknown case mode %q; want auto, sensitive or insensitive", b)
}

// WithCase sets how the extractor reads the case of letters; the default is CaseAuto.
func WithCase(c Case) Option {
	return func(cf *config) error {
		if int(c) >= len(caseNames) {
			return fmt.Errorf("entity: WithCase: unknown case mode %d", uint8(c))
		}
		cf.caseMode = c
		return nil
	}
}

// WithCase returns an extractor like x that reads the case of letters as c says (x itself
// when c is its mode already, or no mode at all). x is not changed; the two share their
// gazetteer and tables, so this is cheap, for a command line's flag say.
func (x *Extractor) WithCase(c Case) *Extractor {
	if c == x.caseMode || int(c) >= len(caseNames) {
		return x
	}
	y := *x
	y.caseMode = c
	return &y
}

// Thresholds of unicase detection (see detectCase).
const (
	// a document is unicase when at most one word in unicaseRatio has the minority case
	unicaseRatio = 100
	// a document needs this many words with letters to be judged
	unicaseMinWords = 3
	// a headline in capitals over a cased document has this many words in capitals, at
	// least and at most
	headlineMinWords, headlineMaxWords = 3, 16
)

// detectCase decides which tokens are written in one case only (s.uni) and reads them so:
// it sets Document.Unicase, gives their words the capitals a cased text would have had
// (recase), and finds their gazetteer names caselessly (see gazMatches). With CaseAuto a
// document is unicase when almost none of its words has the minority case; in a cased
// document, so is a headline in capitals: a first line of 3 to 16 words, all in capitals,
// over the body. (Lines in capitals further down, subheadings like "SIMAK JUGA: …" or
// "KATEGORI TEKNIS FILM PANJANG", are left to the cased rules, which read them as before.)
// Inside a cased line, a run of ordinary words in capitals is emphasis and unicase too (see
// markShouting): "KAMI WAHYUKAN kepada mereka".
// With CaseSensitive nothing is unicase, with CaseInsensitive everything is.
func (s *state) detectCase() {
	mode := s.x.caseMode
	if mode == CaseSensitive {
		return
	}
	// counts over the whole text: words, capitalised words (s.caps) and words with a small
	// letter (not "A", "4G", "COVID-19"); the first and the words with a small first
	// letter come from lowercase
	words, lowerWords := s.wordCount, s.lowerCount
	if lowerWords*unicaseRatio <= words {
		// few words begin with a small letter: count those with one further in too
		lowerWords = 0
		for i := range s.toks {
			t := &s.toks[i]
			if t.Kind == tokenize.Word && (s.info[i].flags&fAllCaps == 0 && hasLower(t.Text(s.text)) || 'a' <= t.Text(s.text)[0] && t.Text(s.text)[0] <= 'z') {
				lowerWords++
			}
		}
	}
	capWords := len(s.caps)
	// the first line, if it is a headline in capitals
	headline, lineUpper := -1, 0
	for i := range s.toks {
		if i > 0 && strings.IndexByte(s.text[s.toks[i-1].End:s.toks[i].Start], '\n') >= 0 {
			if lineUpper >= headlineMinWords && lineUpper <= headlineMaxWords {
				headline = i
			}
			break
		}
		if s.toks[i].Kind != tokenize.Word {
			continue
		}
		if f := s.info[i].flags; f&fAllCaps != 0 {
			lineUpper++
		} else if f&fCap == 0 || hasLower(s.word(i)) {
			break // a word in small letters: no headline
		}
	}
	switch {
	case mode == CaseInsensitive || words >= unicaseMinWords &&
		(capWords*unicaseRatio <= words || lowerWords*unicaseRatio <= words):
		s.doc.Unicase = true
		s.anyUni = true
		for i := range s.bits {
			s.bits[i] |= bitUni
		}
	case headline > 0:
		s.anyUni = true
		for i := range headline {
			s.bits[i] |= bitUni
		}
		s.markShouting(headline)
	default:
		if !s.markShouting(0) {
			return
		}
		s.shoutOnly = true
	}
	s.recase()
}

// Thresholds of shouting (see markShouting): a run of words in capitals is emphasis when it
// has this many ordinary words at least, and they are at least half of its words.
const shoutMinOrdinary = 2

// markShouting marks as unicase (bitUni) the runs of words in capitals from token from on
// that are emphasis in cased text, not names: two words or more in capitals, in a line that
// has words in small letters too, at least two and at least half of them ordinary
// Indonesian words or verbs (see shoutWord) — "MEREKA ITU TIDAK LAIN", "KAMI WAHYUKAN",
// "mendatangi KANTOR DESA kemarin" — so that they are read as text in one case, where
// "ITU" is the word "itu" and no acronym, and "PEMIMPIN" no title before a name. Runs of
// acronyms ("DPP PKS", "PT PLN", "KPU RI") and names with a title ("PRESIDEN JOKO WIDODO")
// have fewer ordinary words and stay as they are; so do lines all in capitals, which
// detectCase leaves to the cased rules. It reports whether it marked any token.
func (s *state) markShouting(from int) bool {
	marked := false
	lineEnd, lineLower := -1, false // the line of the last run, and whether it has a word with a small letter
	// runs start at words in capitals, which s.allCaps lists (lowercase; no rule has
	// changed their case since): most documents have none of two words or more, and are
	// done with here
	caps := s.allCaps
	for n := 0; n < len(caps); n++ {
		first := int(caps[n])
		if first < from {
			continue
		}
		last, words := first, 0
		for i := first; i < len(s.toks) && (i == first || !s.toks[i].AfterLineBreak()); i++ {
			t := &s.toks[i]
			if t.Kind == tokenize.Word && s.info[i].flags&fAllCaps != 0 {
				last = i + 1
				words++
				continue
			}
			if w := t.Text(s.text); t.Kind == tokenize.Punct && (w == "," || w == ":" || w == ";") {
				continue // "TIDAK LAIN, HANYALAH": the run goes on
			}
			break
		}
		for n+1 < len(caps) && int(caps[n+1]) < last {
			n++ // the run's other words
		}
		if words < 2 { // an acronym alone, most runs
			continue
		}
		ordinary := 0
		for i := first; i < last; i++ {
			if s.toks[i].Kind == tokenize.Word && s.info[i].flags&fAllCaps != 0 && s.shoutWord(i) {
				ordinary++
			}
		}
		if ordinary < shoutMinOrdinary || 2*ordinary < words {
			continue
		}
		if w := s.word(first); w == "BACA" || w == "SIMAK" {
			continue // the label of a link to another article (see readAlsoLabel), read as written
		}
		if first >= lineEnd {
			lineEnd, lineLower = s.lineLower(first)
		}
		if !lineLower {
			continue // a line all in capitals, which detectCase leaves to the cased rules
		}
		for k := first; k < last; k++ {
			s.bits[k] |= bitUni
		}
		marked = true
	}
	if marked {
		s.anyUni = true
	}
	return marked
}

// lineLower returns the end of the line that holds token i and whether that line has a word
// with a small letter (see markShouting).
func (s *state) lineLower(i int) (end int, lower bool) {
	start := i
	for start > 0 && !s.toks[start].AfterLineBreak() {
		start--
	}
	end = i + 1
	for end < len(s.toks) && !s.toks[end].AfterLineBreak() {
		end++
	}
	for k := start; k < end && !lower; k++ {
		lower = s.toks[k].Kind == tokenize.Word && s.info[k].flags&fAllCaps == 0 && hasLower(s.word(k))
	}
	return end, lower
}

// shoutWord reports whether token i, a word in capitals, is a common Indonesian word
// (lexicon/common.txt, or written mostly in small letters in news: isCorpusWord), with its
// clitic or not ("PENOLONGNYA"), or shaped like a verb: six letters or more ending in -kan
// or opening with me-, ber- or ter- ("WAHYUKAN", "MENYUKAI"). The other word lists that
// ordinary reads (heads, ranks, titles) hold acronyms that are written so: "PT", "RSUD",
// "TNI".
func (s *state) shoutWord(i int) bool {
	low := s.lowAt(i)
	plain := func(w string) bool {
		return s.x.words.at(w).flags&fCommon != 0 || isCorpusWord(w)
	}
	if plain(low) {
		return true
	}
	for _, c := range [...]string{"nya", "lah", "mu", "ku"} {
		if len(low) > len(c)+2 && strings.HasSuffix(low, c) && plain(low[:len(low)-len(c)]) {
			return true
		}
	}
	return len(low) >= 6 && (strings.HasSuffix(low, "kan") || strings.HasPrefix(low, "me") || strings.HasPrefix(low, "ber") || strings.HasPrefix(low, "ter"))
}

// hasLower reports whether w has a lowercase letter.
func hasLower(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; 'a' <= c && c <= 'z' {
			return true
		} else if c >= utf8.RuneSelf {
			for _, r := range w[k:] {
				if unicode.IsLower(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// isUni reports whether token i is in text written in one case only.
func (s *state) isUni(i int) bool {
	return s.bits[i]&bitUni != 0
}

// corpusWords is lexicon/corpuswords.txt, the words that news writes mostly in small
// letters, read on first use.
var corpusWords = sync.OnceValue(func() *textSet {
	return mustTextSet("corpuswords.txt")
})

// isCorpusWord reports whether the lowercase word w is in corpusWords.
func isCorpusWord(w string) bool {
	return corpusWords().has(w)
}

// englishWords is lexicon/englishwords.txt, English words of the kind that are not names,
// read on first use.
var englishWords = sync.OnceValue(func() *textSet {
	return mustTextSet("englishwords.txt")
})

// isEnglishWord reports whether the lowercase word w is in englishWords.
func isEnglishWord(w string) bool {
	return englishWords().has(w)
}

// mustTextSet returns the textSet of a lexicon file of one word a line.
func mustTextSet(name string) *textSet {
	text, err := readLexicon(name)
	if err != nil {
		panic(err) // the embedded file is checked by tests; this is a bug
	}
	s, err := newTextSet(name, text)
	if err != nil {
		panic(err)
	}
	return s
}

// textSet is the set of the words of a lexicon file of one word a line (see eachLine),
// for files of tens of thousands of words: an open-addressing table of where each word
// lies in the file's text, behind a Bloom filter over them that answers most lookups of
// words the set lacks (names, mostly) from 64 KB that stay in the processor's cache.
// Building it costs a hash and a slot a word, where a map costs an entry and its growth.
type textSet struct {
	text string
	// slots hold a word's offset in text << 32, 16 bits of its hash (slotCheck) << 16 and
	// its length; 0 in an empty slot. The hash's bits answer for most slots of other words
	// of its length without reading their text, which lies apart in memory.
	slots []uint64
	shift uint // 64 - log2(len(slots))
	n     int  // the number of words
	bloom bloom
}

// newTextSet returns the set of the words of text, the text of the lexicon file name.
func newTextSet(name, text string) (*textSet, error) {
	size, shift := tableSize(strings.Count(text, "\n")+1, 3, 4)
	s := &textSet{text: text, slots: make([]uint64, size), shift: shift}
	mask := uint64(size - 1)
	err := eachLineAt(name, text, 1, func(f []string, at int) error {
		w := f[0]
		if len(w) > 0xffff {
			return fmt.Errorf("%s: a word of %d bytes, more than %d", name, len(w), 0xffff)
		}
		h := wordHash(bloomSeed, w)
		for i := h >> s.shift; ; i = (i + 1) & mask {
			switch v := s.slots[i]; {
			case v == 0:
				s.slots[i] = uint64(at)<<32 | uint64(slotCheck(h, len(w)))
				s.bloom.addHash(h)
				s.n++
				return nil
			case s.at(v) == w:
				return nil // listed twice
			}
		}
	})
	return s, err
}

// at returns the word of slot value v.
func (s *textSet) at(v uint64) string {
	return s.text[v>>32 : v>>32+uint64(uint16(v))]
}

// has reports whether w is in the set.
func (s *textSet) has(w string) bool {
	h := wordHash(bloomSeed, w)
	if !s.bloom.hasHash(h) {
		return false
	}
	mask := uint64(len(s.slots) - 1)
	for i := h >> s.shift; ; i = (i + 1) & mask {
		v := s.slots[i]
		if v == 0 {
			return false
		}
		if uint32(v) == slotCheck(h, len(w)) && s.at(v) == w {
			return true
		}
	}
}

// slotCheck is the low half of the slot of a word of hash h and length n (at most 0xffff):
// 16 bits of h, which neither the slot's position nor the Bloom filter reads, and n.
func slotCheck(h uint64, n int) uint32 {
	return uint32(h>>25)&0xffff<<16 | uint32(n)
}

// len returns the number of words in the set.
func (s *textSet) len() int {
	return s.n
}

// bloom is a Bloom filter of 2^19 bits with two hash functions, for sets of tens of
// thousands of words (about 1% false positives at 24,000, about 2% at 38,000). Both bits
// of a word lie in one 64-bit word of the filter, so that a lookup costs one read of
// memory, not two: the filter is larger than the processor's nearest cache, and most words
// looked up are absent.
type bloom struct{ bits [1 << 13]uint64 }

var bloomSeed = newHashSeed()

// bloomMask returns the word of the filter for hash h (wordHash with bloomSeed),
// from its low 13 bits, and the mask of the two bits in it, from the next 12: bits 0 to
// 24, which the slot of a textSet (its top bits) and slotCheck do not read.
func bloomMask(h uint64) (uint64, uint64) {
	return h & (1<<13 - 1), 1<<(h>>13&63) | 1<<(h>>19&63)
}

// addHash adds the word of hash h (wordHash with bloomSeed).
func (b *bloom) addHash(h uint64) {
	k, m := bloomMask(h)
	b.bits[k] |= m
}

// hasHash reports whether the word of hash h may be in the filter.
func (b *bloom) hasHash(h uint64) bool {
	k, m := bloomMask(h)
	return b.bits[k]&m == m
}

// knownFlags are the word lists whose words are ordinary words, not names on their own.
const knownFlags = fCommon | fStop | fRank | fTitle | fOrgHead | fPortfolio | fParticle | fPronoun |
	fDeterminer | fTitleSuffix | fConnector | fInitialCue

// ordinary reports whether the lowercase word w is an ordinary word: on one of the word
// lists, written mostly in small letters in news, or a hyphenated compound of such words
// (sehari-hari, negara-negara).
func (s *state) ordinary(w string) bool {
	if info, ok := s.x.words.get(w); ok && (info.flags&knownFlags != 0 || info.cue&cueKinds != cueNone) {
		return true
	}
	if isCorpusWord(w) {
		return true
	}
	if strings.IndexByte(w, '-') > 0 {
		for p := range strings.SplitSeq(w, "-") {
			if p != "" && !s.ordinary(p) {
				return false
			}
		}
		return true
	}
	return false
}

// nameLike reports whether word token i, in unicase text, may be (part of) a name: three
// letters or more, only letters, hyphens and apostrophes, and not an ordinary word, nor
// with its clitic taken off.
func (s *state) nameLike(i int) bool {
	t := &s.toks[i]
	low := s.lowAt(i)
	if t.Kind != tokenize.Word || len(low) < 3 || strings.IndexByte(low, '.') >= 0 {
		return false
	}
	for _, r := range low {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	if s.ordinary(low) {
		return false
	}
	if t.Suffix > 0 && int(t.Suffix) < len(low) && s.ordinary(low[:len(low)-int(t.Suffix)]) {
		return false
	}
	return true
}

// acronymLike reports whether the lowercase word w reads as an acronym: three to five
// letters with no vowel (kpk, dpr, bnpb).
func acronymLike(w string) bool {
	if len(w) < 3 || len(w) > 5 {
		return false
	}
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u':
			return false
		case c < 'a' || c > 'z':
			return false
		}
	}
	return true
}

// recase gives the words of unicase text the capitals that cased text would have had, in
// the word flags the rules read (fCap, fAllCaps): the words of a gazetteer name found
// caselessly, with its acronyms in capitals, and the words that are no ordinary word; and
// takes them away from every other word. It then lists the capitalised words again.
func (s *state) recase() {
	s.cliticsInCapitals()
	s.ucMatches = s.foldMatches(s.ucMatches[:0])
	// one byte a token (ucInName, ucPlaceStart) and the bodies' names, not a table a token
	// for each, so that the few bytes a token of a long text costs stay few
	inName := ucMarks(make([]uint8, len(s.toks)))
	var bodies ucBodies // the bodies' names, in text order
	for _, m := range s.ucMatches {
		switch m.Entries[0].Type {
		case gazetteer.Organization:
			bodies = append(bodies, [2]int32{int32(m.First), int32(m.Last)})
		case gazetteer.Country, gazetteer.Location:
			inName[m.First] |= ucPlaceStart
		}
		for i := m.First; i < m.Last; i++ {
			inName[i] |= ucInName
			f := s.info[i].flags&^(fCap|fAllCaps) | fCap
			if m.Last-m.First == 1 || s.toks[i].Kind == tokenize.Word && !s.ordinary(s.lowAt(i)) {
				for _, e := range m.Entries {
					if e.IsAcronym(s.lowAt(i)) {
						f |= fAllCaps
						break
					}
				}
			}
			s.info[i].flags = f
		}
	}
	// name-like words; an English word only before a name-like word that is not English
	// ("park jin-woo", "song joong ki"), so that runs of English words ("convention
	// center", "asian games") are not taken for personal names
	english := englishWords()
	next := false // the next token is a name-like word that is not English
	for i := len(s.toks) - 1; i >= 0; i-- {
		if !s.isUni(i) || inName.has(i) || s.toks[i].Kind != tokenize.Word {
			next = false
			continue
		}
		f := s.info[i].flags &^ (fCap | fAllCaps)
		nl := s.nameLike(i)
		en := nl && english.has(s.lowAt(i))
		if nl && (!en || next || s.besideCue(i)) {
			f |= fCap
			if acronymLike(s.lowAt(i)) {
				f |= fAllCaps
			}
		}
		s.info[i].flags = f
		next = nl && !en
	}
	for i := 1; i < len(s.toks); i++ {
		// words that end a name only after another name word: "aditya pramana putra",
		// "song joong ki"
		if s.isUni(i) && !inName.has(i) && s.isCap(i-1) && !inName.has(i-1) && s.toks[i].Kind == tokenize.Word &&
			(s.lex.nameEnders[s.lowAt(i)] || len(s.lowAt(i)) == 2 && !s.ordinary(s.lowAt(i))) {
			s.info[i].flags |= fCap
		}
	}
	for i := 1; i+1 < len(s.toks); i++ {
		// an ordinary word between two name words of a name no list knows is one of its
		// words, as in cased text it would be capitalised: "maruli tua sihombing", "indra
		// waspada kusuma" (not a verb between two names: "rudi bertemu ani")
		if s.isUni(i) && !inName.has(i) && !inName.has(i-1) && !inName.has(i+1) && s.toks[i].Kind == tokenize.Word &&
			s.is(i, fCommon) && !s.is(i, fStop) && !s.is(i, fConnector) && !s.is(i, fNickCue) && s.cueOf(i) == cueNone &&
			!s.is(i, fRoleEnder) &&
			s.isCap(i-1) && s.isCap(i+1) && !s.isAllCaps(i-1) && !s.isAllCaps(i+1) && plainWord(s.lowAt(i)) {
			s.info[i].flags |= fCap
		}
	}
	s.recaseGivenFirst(inName)
	s.recaseNameEnd(inName)
	s.recaseHeads(inName, bodies)
	s.recaseTitles(inName)
	s.recaseDateline(inName)
	for i := len(s.toks) - 2; i >= 0; i-- {
		// a rank or honorific before a name is capitalised in cased text: "Kolonel Park",
		// "Pak Denny"; titleSpans reads it so
		if s.isUni(i) && s.is(i, fRank) && s.isCap(i+1) && !s.isAllCaps(i+1) {
			s.info[i].flags |= fCap
		}
	}
	caps := s.caps[:0]
	var seen wordFlag
	for i := range s.toks {
		if s.info[i].flags&fCap != 0 {
			caps = append(caps, int32(i))
		}
		seen |= s.info[i].flags
	}
	s.caps, s.cues = caps, seen
}

// recaseTitles capitalises, in unicase text, a title and the words of its role before a
// body's or a place's name that a holder's name follows, as cased news writes a title
// before its holder: "direktur konsumer bank arunika yohanes parlindungan saragih
// mengatakan" is read as "Direktur Konsumer Bank Arunika Yohanes Parlindungan Saragih",
// where the title's capital lets the rules tell the body from the holder. The role's words
// are ordinary words that may belong to it (roleWordUni), up to four, no head word of a
// place ("manager pelabuhan kawasan tegal …"); the capitalised run after them opens with a
// body's name (a head word, a gazetteer name, an acronym; not a place's head), has three
// words or more, a given name and a word after it among them (holderIn), and ends before a
// verb of saying or a comma. Function words in the role keep their small letters ("kepala bidang
// kedaruratan dan logistik bpbd").
func (s *state) recaseTitles(inName ucMarks) {
	for i := 0; i < len(s.toks); i++ {
		if !s.isUni(i) || s.isCap(i) || inName.has(i) || s.toks[i].Kind != tokenize.Word {
			continue
		}
		n := s.phraseAt(&s.lex.titles, i)
		if n == 0 || s.is(i, fOrgHead) {
			continue
		}
		j := i + n
		for k := 0; k < 4 && j < len(s.toks) && s.isUni(j) && s.toks[j].Kind == tokenize.Word && !s.isCap(j) &&
			(s.roleWordUni(j) || s.is(j, fConnector)) && s.phraseAt(&s.lex.placeHeads, j) == 0; k++ {
			j++
		}
		if j >= len(s.toks) || !s.isCap(j) || s.toks[j].Kind != tokenize.Word {
			continue
		}
		e := j
		for e < len(s.toks) && s.isUni(e) && s.toks[e].Kind == tokenize.Word && s.isCap(e) {
			e++
		}
		if e-j < 3 || e >= len(s.toks) || s.cueOf(e) != cuePre && s.word(e) != "," ||
			s.phraseAt(&s.lex.orgHeads, j) == 0 && !inName.has(j) && !s.isAllCaps(j) || s.phraseAt(&s.lex.placeHeads, j) > 0 ||
			!s.holderIn(j+1, e) {
			continue
		}
		for k := i; k < j; k++ {
			if !s.is(k, fConnector) && !s.is(k, fStop) {
				s.info[k].flags |= fCap
			}
		}
		i = e
	}
}

// holderIn reports whether a given name (givenName) followed by another capitalised word
// stands in tokens [first, last): the holder's name after a body's in a title's run.
func (s *state) holderIn(first, last int) bool {
	for k := first; k+1 < last; k++ {
		if s.givenName(k) && s.isCap(k+1) {
			return true
		}
	}
	return false
}

// recaseGivenFirst capitalises, in unicase text, a given name of three letters or more that
// is also an ordinary word ("citra", "embun", "bayu") right before a name-like word, as cased text writes the name it
// begins: "citra maharani siahaan", "embun kartini latief". The word after it is one that
// recase capitalised for being no ordinary word, not a gazetteer name nor an acronym; a
// function word, title or rank is never so read ("putri" as a title, "lalu" as "then"), nor an
// English word that no list of first names gives ("the"), nor a word after an ordinary
// word, which it may qualify ("suara indah arina"). The same word
// elsewhere in the text, where a speech cue puts a name ("kata citra", "timpal embun"), is
// then the person's name too, as its capital says in cased text.
func (s *state) recaseGivenFirst(inName ucMarks) {
	var seen map[string]bool
	for i := 0; i+1 < len(s.toks); i++ {
		if !s.isUni(i) || !s.isUni(i+1) || inName.has(i) || inName.has(i+1) || s.toks[i].Kind != tokenize.Word ||
			s.isCap(i) || !s.givenName(i) || !s.isCap(i+1) || s.isAllCaps(i+1) || s.toks[i+1].Kind != tokenize.Word {
			continue
		}
		w := s.lowAt(i)
		if len(w) < 3 || s.is(i, fStop) || s.is(i, fConnector) || s.is(i, fRoleEnder) || s.is(i, fPlacePrep) || s.is(i, fNickCue) ||
			s.cueOf(i) != cueNone || s.isRankOrTitleStart(i) || s.is(i, fTitle) || s.lex.nameEnders[w] || s.lex.nameAdverbs[w] ||
			!s.lex.givenWords[w] && !s.lex.firstNames[w] && !s.lex.intlFirstNames[w] && isEnglishWord(w) {
			continue
		}
		if p := i - 1; p >= 0 && s.toks[p].Kind == tokenize.Word && !s.isCap(p) && !inName.has(p) && s.cueOf(p) == cueNone &&
			!s.isRankOrTitleStart(p) && !s.is(p, fTitle) {
			continue // "suara indah arina", "kisah cinta dilan": the word goes with the one before
		}
		s.info[i].flags |= fCap
		if seen == nil {
			seen = make(map[string]bool)
		}
		seen[w] = true
	}
	s.recaseMentions(seen, inName)
}

// recaseMentions capitalises, in unicase text, the ordinary words of seen (words that
// recase read as part of a personal name elsewhere in the text) where a speech cue puts a
// name: "kata citra", "embun mengatakan", "…,” timpal rahim".
func (s *state) recaseMentions(seen map[string]bool, inName ucMarks) {
	if seen == nil {
		return
	}
	for i := range s.toks {
		if s.isUni(i) && !inName.has(i) && s.toks[i].Kind == tokenize.Word && !s.isCap(i) && seen[s.lowAt(i)] &&
			(s.besideCue(i) || s.uniNameCue(i) || i > 0 && s.lex.cues[s.lowAt(i-1)] == cuePostOnly && s.isCloseAfterQuote(i-1)) {
			s.info[i].flags |= fCap
		}
	}
}

// recaseNameEnd capitalises, in unicase text, an ordinary word that ends a personal name
// after two name words or more, where what follows says that the name has ended: a verb
// of saying ("cecep nurul yakin mengatakan", "boy rafli amar menegaskan"), an age in
// brackets ("yuliana bere mau (34)"), or a comma that closes a name set off by commas
// (", muhammad arsyad rahim, mengatakan"). The word is a plain one (see plainWord), no
// function word, title or cue, nor one with a clitic; before a verb or a comma, no word of
// time or manner that stands between a name and its verb (lexicon/name-adverbs.txt:
// "kemarin", "bakal", "tak"). The same word elsewhere,
// where a speech cue puts a name, is the person's too (recaseMentions): "kata rahim".
func (s *state) recaseNameEnd(inName ucMarks) {
	var seen map[string]bool
	for i := 1; i+1 < len(s.toks); i++ {
		if !s.isUni(i) || inName.has(i) || s.toks[i].Kind != tokenize.Word || s.isCap(i) {
			continue
		}
		w := s.lowAt(i)
		if !plainWord(w) || s.toks[i].Suffix > 0 || s.is(i, fStop) || s.is(i, fConnector) || s.is(i, fRoleEnder) ||
			s.is(i, fPlacePrep) || s.is(i, fNickCue) || s.is(i, fRank) || s.is(i, fTitle) || s.cueOf(i) != cueNone ||
			s.isRankOrTitleStart(i) || s.phraseAt(&s.lex.orgHeads, i) > 0 || s.phraseAt(&s.lex.placeHeads, i) > 0 {
			continue
		}
		nameWord := func(k int) bool {
			return k >= 0 && s.isUni(k) && !inName.has(k) && s.toks[k].Kind == tokenize.Word && s.isCap(k) && !s.isAllCaps(k)
		}
		if !nameWord(i-1) || !nameWord(i-2) {
			continue
		}
		start := i - 2
		for start > 0 && nameWord(start-1) {
			start--
		}
		switch n := i + 1; {
		case s.word(n) == "(" && n+1 < len(s.toks) && s.toks[n+1].Kind == tokenize.Number:
		case s.lex.nameAdverbs[w]:
			continue
		case s.cueOf(n) == cuePre:
		case s.word(n) == "," && start > 0 && (s.word(start-1) == "," || start > 1 && s.is(start-1, fRank) && s.word(start-2) == ","):
		default:
			continue
		}
		s.info[i].flags |= fCap
		if seen == nil {
			seen = make(map[string]bool)
		}
		seen[w] = true
	}
	s.recaseMentions(seen, inName)
}

// plainWord reports whether the lowercase word w is a word of three to eight letters with no
// verb's affix (me-, ber-, di-, ter-, per-, -kan, -i, -an): a word that may stand inside a
// name ("tua", "waspada"), not a verb or a derived noun.
func plainWord(w string) bool {
	if len(w) < 3 || len(w) > 8 {
		return false
	}
	for _, p := range [...]string{"me", "ber", "di", "ter", "per"} {
		if strings.HasPrefix(w, p) {
			return false
		}
	}
	return !strings.HasSuffix(w, "kan") && !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "i")
}

// besideCue reports whether token i stands where a speech cue puts a name: after "kata",
// "menurut" and the like, or before "mengatakan" and the like.
func (s *state) besideCue(i int) bool {
	if i > 0 {
		if k := s.lex.cues[s.lowAt(i-1)]; k == cuePost || k == cueSource {
			return true
		}
	}
	return i+1 < len(s.toks) && s.lex.cues[s.lowAt(i+1)] == cuePre
}

// foldMatches appends the gazetteer names in unicase text, matched whatever their case
// where that is safe: a name of two words or more, or one word of three letters or more
// that is no ordinary word ("rusia", "pbb", "jokowi"; never "as", "bank", "batu").
func (s *state) foldMatches(dst []gazetteer.Match) []gazetteer.Match {
	from := make([]int32, 0, 64)
	for i := range s.toks {
		if !s.isUni(i) || s.toks[i].Kind != tokenize.Word {
			continue
		}
		low := s.lowAt(i)
		if s.x.words.at(low).flags&(fGazFirst|fGazLower) != 0 || !isASCII(low) ||
			s.toks[i].Suffix > 0 && s.x.words.at(low[:len(low)-int(s.toks[i].Suffix)]).flags&(fGazFirst|fGazLower) != 0 {
			from = push(from, int32(i), i, len(s.toks)) // (a word a token, at most)
		}
	}
	prevCountry := -1 // the end of the last country found
	return s.x.gaz.AppendMatchesFold(dst, s.doc.Tokens, from, func(m gazetteer.Match) bool {
		for i := m.First; i < m.Last; i++ {
			if !s.isUni(i) {
				return false
			}
		}
		ok := m.Last-m.First > 1 || s.nameLike(m.First) || s.countryAcronymUni(m, prevCountry)
		if ok && m.Entries[0].Type == gazetteer.Country {
			prevCountry = m.Last
		}
		return ok
	})
}

// countryAcronymUni reports whether m, one word of two letters in unicase text, is a
// country's acronym there ("as" for the United States): it is, and the word before it is
// one of countryContext, or it stands next to another country, joined by "dan" or a
// comma ("korea utara dan as", "as dan china"). prevCountry is the end of the last
// country found before it, or -1.
func (s *state) countryAcronymUni(m gazetteer.Match, prevCountry int) bool {
	i := m.First
	if m.Last-i != 1 || len(s.lowAt(i)) != 2 {
		return false
	}
	country := false
	for _, e := range m.Entries {
		country = country || e.Type == gazetteer.Country && e.IsAcronym(s.lowAt(i))
	}
	if !country {
		return false
	}
	joins := func(k int) bool { return k >= 0 && k < len(s.toks) && (s.word(k) == "," || s.lowAt(k) == "dan") }
	switch {
	case i > 0 && s.lex.countryContext[s.lowAt(i-1)]:
		return true
	case prevCountry >= 0 && prevCountry == i-1 && joins(i-1):
		return true
	case joins(i+1) && i+2 < len(s.toks):
		for n := 2; n >= 1; n-- {
			if i+2+n > len(s.toks) {
				continue
			}
			name := s.lowAt(i + 2)
			if n == 2 {
				name += " " + s.lowAt(i+3)
			}
			for _, e := range s.x.gaz.Lookup(strings.ToUpper(name[:1]) + name[1:]) {
				if e.Type == gazetteer.Country {
					return true
				}
			}
		}
	}
	return false
}

// gazMatches returns the gazetteer matches of the document: those of the case-sensitive
// matcher outside unicase text and those of foldMatches inside it, in text order.
func (s *state) gazMatches() []gazetteer.Match {
	if !s.anyUni {
		return s.x.gaz.AppendMatchesFromKeys(s.matches[:0], s.doc.Tokens, s.gazFrom, s.gazFirst)
	}
	if s.doc.Unicase {
		return append(s.matches[:0], s.ucMatches...)
	}
	cased := s.x.gaz.AppendMatchesFromKeys(s.matches[:0], s.doc.Tokens, s.gazFrom, s.gazFirst)
	out := make([]gazetteer.Match, 0, len(cased)+len(s.ucMatches))
	k := 0
	for _, m := range cased {
		uni := false
		for i := m.First; i < m.Last && !uni; i++ {
			uni = s.isUni(i)
		}
		if uni {
			continue
		}
		for k < len(s.ucMatches) && s.ucMatches[k].First < m.First {
			out = append(out, s.ucMatches[k])
			k++
		}
		out = append(out, m)
	}
	out = append(out, s.ucMatches[k:]...)
	s.matches = cased
	return out
}

// foldWeak reports whether a gazetteer match in unicase text is of a form written with a
// small first letter in the gazetteer ("senjata pemusnah massal"), which counts only when
// confirmed, as in cased text.
func (s *state) foldWeak(m gazetteer.Match, e *gazetteer.Entry) bool {
	for _, f := range e.Forms() {
		d := tokenize.Tokenize(f)
		if len(d.Tokens) != m.Last-m.First || !isLowerInitial(f) {
			continue
		}
		same := true
		for k, t := range d.Tokens {
			low := s.lowAt(m.First + k)
			if k == len(d.Tokens)-1 && strings.ToLower(t.Text(f)) != low && s.toks[m.First+k].Suffix > 0 {
				low = low[:len(low)-int(s.toks[m.First+k].Suffix)]
			}
			if strings.ToLower(t.Text(f)) != low {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}

// cliticsInCapitals marks the clitics of words in capitals in unicase text, which the
// tokenizer looks for in small letters only: "KATANYA" gets the Suffix of "katanya",
// "KUBACA" the Prefix of "kubaca". It changes the document's tokens, which then say where
// the word may be split as they would for the word in small letters.
func (s *state) cliticsInCapitals() {
	for i := range s.toks {
		t := &s.toks[i]
		if !s.isUni(i) || t.Kind != tokenize.Word || t.Suffix > 0 || t.Prefix > 0 || s.lows[i].isAsIs() {
			continue
		}
		low := s.lowAt(i)
		if len(low) != len(t.Text(s.text)) || !(low[0] == 'k' || strings.HasSuffix(low, "nya") || strings.HasSuffix(low, "lah") ||
			strings.HasSuffix(low, "kah") || strings.HasSuffix(low, "pun") || strings.HasSuffix(low, "ku") ||
			strings.HasSuffix(low, "mu")) {
			continue
		}
		if d := tokenize.Tokenize(low); len(d.Tokens) == 1 && int(d.Tokens[0].End) == len(low) {
			t.Suffix, t.Prefix = d.Tokens[0].Suffix, d.Tokens[0].Prefix
		}
	}
}

// roleWordUni reports whether token j, an ordinary word in unicase text after a title, may
// still belong to the title's role, as its capital says in cased text ("kepala bidang
// mitigasi gunung api …"): any word but one that ends the phrase, a preposition, a
// conjunction or a verb (see endsRole).
func (s *state) roleWordUni(j int) bool {
	return s.isUni(j) && !s.endsRole(s.lowAt(j))
}

// endsRole reports whether the lowercase word w ends a title's phrase in unicase text: a
// function word (roleEnders) or a word shaped like an active or stative verb (me-, ber-,
// ter-, of six letters or more).
func (s *state) endsRole(w string) bool {
	if s.lex.roleEnders[w] || s.lex.cues[w] != cueNone {
		return true
	}
	return len(w) >= 6 && (strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber") || strings.HasPrefix(w, "ter"))
}

// uniFirstName reports whether token i, a lone unknown word in unicase text, is a first
// name of the lists (lexicon/first-names.txt, first-names-intl.txt) that stands alone, which
// makes it a person's name without a cue: "rizal memiliki harta", "kepada rizal.". Alone, it is followed by a punctuation mark, a function word or a verb (endsRole),
// not by a word that may be more of the name ("claudio bravo", "sudirman mansion"), and
// not preceded by a place's preposition, a dash, an abbreviation's point or an editor's
// bracket ("jalan thamrin – sudirman", "st. louis", "[cristian] gonzales").
func (s *state) uniFirstName(i int) bool {
	w := s.lowAt(i)
	if !s.lex.firstNames[w] && !s.lex.intlFirstNames[w] {
		return false
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].Kind == tokenize.Word && !s.endsRole(s.lowAt(n)) {
		return false
	}
	if i > 0 {
		if p := s.word(i - 1); strings.HasSuffix(p, ".") || p == "–" || p == "-" || p == "[" || s.is(i-1, fPlacePrep) ||
			s.toks[i-1].Kind == tokenize.Word && s.isCap(i-1) {
			return false
		}
	}
	return true
}

// uniNameCue reports whether the word before token i, a lone unknown word in unicase text,
// says that it is a person's name: "alias", "bernama", or a cue that follows a quote
// ("jelas", "lanjut", "tambah") after a comma or a closing quotation mark, as in "…, jelas
// denny." where the quotation marks were dropped.
func (s *state) uniNameCue(i int) bool {
	if i == 0 {
		return false
	}
	switch p := s.lowAt(i - 1); {
	case p == "alias" || p == "bernama":
		return true
	case s.lex.cues[p] == cuePostOnly && i >= 2:
		t := s.toks[i-2]
		return t.Text(s.text) == "," || t.Kind == tokenize.CloseQuote
	}
	return false
}

// ucInName and ucPlaceStart are recase's notes of a token of unicase text (ucMarks): a word
// of a gazetteer name found caselessly, the first of a country's or a place's name.
const (
	ucInName uint8 = 1 << iota
	ucPlaceStart
)

// ucMarks holds recase's notes, a byte a token.
type ucMarks []uint8

// has reports whether token i is a word of a gazetteer name found caselessly.
func (m ucMarks) has(i int) bool { return m[i]&ucInName != 0 }

// placeStart reports whether token i opens a country's or a place's name so found.
func (m ucMarks) placeStart(i int) bool { return m[i]&ucPlaceStart != 0 }

// ucBodies lists the bodies' names found caselessly, first and last token, in text order.
type ucBodies [][2]int32

// endAt returns the end of the body's name that starts at token i, or 0.
func (b ucBodies) endAt(i int) int32 {
	k, ok := slices.BinarySearchFunc(b, int32(i), func(e [2]int32, t int32) int { return int(e[0] - t) })
	if !ok {
		return 0
	}
	return b[k][1]
}

// recaseHeads capitalises, in unicase text, a head word of a body or place and the words
// after it up to the last name among them, as cased text writes them: "dinas kesehatan
// provinsi kalimantan timur", "universitas mulawarman", "rumah sakit nasser". The words
// after the head run up to a function word or verb (endsRole), a title or rank, or an
// acronym, whichever comes first; a name among them is a gazetteer name found caselessly
// (inName) or a name-like word. Without one the head stays an ordinary word ("dinas
// terkait"). A known body's name ends the run: "fraksi pdi perjuangan tjahjo kumolo" is
// the body and the person, as cased text writes them. A head that news mostly writes in
// small letters, before a known place, stays so: "kawasan asia", "wilayah jepang" are
// the place alone.
func (s *state) recaseHeads(inName ucMarks, bodies ucBodies) {
	for i := 0; i < len(s.toks); i++ {
		if !s.isUni(i) || inName.has(i) || s.toks[i].Kind != tokenize.Word {
			continue
		}
		n, place := s.phraseAt(&s.lex.orgHeads, i), false
		if pn := s.phraseAt(&s.lex.placeHeads, i); pn > n {
			n, place = pn, true
		}
		if n == 0 || place && i+n < len(s.toks) && inName.placeStart(i+n) && isCorpusWord(s.keyOf(i, i+n)) {
			continue
		}
		last := -1
		for j := i + n; j < len(s.toks) && j < i+n+maxNameWords && s.isUni(j) && s.toks[j].Kind == tokenize.Word; j++ {
			if place && j > i+n && s.phraseAt(&s.lex.placeHeads, j) > 0 {
				break // "kecamatan kemranjen kabupaten banyumas": the next place begins
			}
			if e := bodies.endAt(j); e > 0 {
				last = int(e) - 1
				break
			}
			if inName.has(j) || s.isCap(j) {
				last = j
				if s.isAllCaps(j) {
					break // after an acronym only places continue a name
				}
				continue
			}
			if place && last < 0 {
				break // a place's name starts right after its head: "lapangan kerja" is none
			}
			w := s.lowAt(j)
			if w == "dan" && j+1 < len(s.toks) && (inName.has(j+1) || s.isCap(j+1)) {
				continue // "kamar dagang dan industri jakarta" but not "dinas dan warga"
			}
			if s.endsRole(w) || s.is(j, fStop) || s.isRankOrTitleStart(j) {
				break
			}
		}
		if last < 0 {
			continue
		}
		for k := i; k <= last; k++ {
			if !inName.has(k) && !s.is(k, fConnector) {
				s.info[k].flags |= fCap
			}
		}
		i = last
	}
}

// maxDateline bounds the tokens of a dateline before its dash.
const maxDateline = 8

// recaseDateline finds the dateline that opens a unicase text ("seoul, kumpalannews –"),
// which the tokenizer, reading capitals, does not set apart, and gives it the shape of a
// cased one ("SEOUL, KumpalanNEWS –"): its words capitalised, the place told from the
// outlet by the comma between them (datelinePlaceUni).
func (s *state) recaseDateline(inName ucMarks) {
	comma, dash := -1, -1
	for i := 0; i < len(s.toks) && i <= maxDateline && s.isUni(i); i++ {
		t := s.word(i)
		if i > 0 && strings.IndexByte(s.text[s.toks[i-1].End:s.toks[i].Start], '\n') >= 0 {
			return
		}
		switch {
		case t == "," && comma < 0 && i > 0:
			comma = i
		case (t == "–" || t == "—" || t == "-") && comma > 0 && i > comma+1:
			dash = i
		case s.toks[i].Kind == tokenize.Word || t == "(" || t == ")" || t == ".":
			continue
		default:
			return
		}
		if dash > 0 {
			break
		}
	}
	if dash < 0 {
		return
	}
	for i := 0; i < dash; i++ {
		s.bits[i] |= bitDateline
		if s.toks[i].Kind != tokenize.Word || inName.has(i) {
			continue
		}
		s.info[i].flags |= fCap
	}
}

// datelinePlaceUni reports whether token i is in the place of a unicase dateline: before
// its comma.
func (s *state) datelinePlaceUni(i int) bool {
	if !s.isUni(i) {
		return false
	}
	for k := i; k < len(s.toks) && s.inDateline(k); k++ {
		if s.word(k) == "," {
			return true
		}
	}
	return false
}

// bareTitleUni reports whether a title ending before token e in unicase text stands alone,
// as a capitalised one does in cased text ("kata Presiden dalam sambutannya"): nothing
// follows it, or a punctuation mark, a function word or a verb, not more of its role
// ("kata kepala bidang mitigasi … ratih").
func (s *state) bareTitleUni(e int) bool {
	if !s.isUni(e - 1) {
		return false
	}
	return e >= len(s.toks) || s.toks[e].Kind != tokenize.Word || s.endsRole(s.lowAt(e))
}
