package entity

import (
	"github.com/entitas-id/entitas/entity/internal/typer"
	"strings"
	"unicode/utf8"

	"github.com/entitas-id/entitas/internal/swar"
	"github.com/entitas-id/entitas/tokenize"
)

// Tests on single tokens and their neighbours that the rules share: case and shape, the
// word lists a token is on, name-likeness, and breaks. The rule files above read tokens
// only through these.

// lowAt returns the lowercase text of token i. It picks the string the form lies in, then
// slices it once, the offsets taken as unsigned (they are never negative there), so that
// the code inlined at each of its many uses holds one slicing, with its checks, not two.
func (s *state) lowAt(i int) string {
	sp := s.lows[i]
	src := s.lowAll
	if sp.start < 0 {
		src, sp.start = s.text, ^sp.start
	}
	return src[uint32(sp.start):uint32(sp.end)]
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isCap reports whether token i is a word starting with a capital letter.
func (s *state) isCap(i int) bool {
	return s.info[i].flags&fCap != 0
}

// capsLeadWord reports whether token i, a word in capitals of five letters or more, opens
// a paragraph, is a word that news mostly writes in small letters (corpusWords) and has a
// word in small letters after it: the lead word some outlets write in capitals, no
// acronym ("KELEBIHAN berat badan sangat mengganggu", "GEJOLAK cinta Tajudin (70)",
// "BERWISATA di Kota Solo"); "BMKG menghimbau" and "LINE bekerja sama" are no such word.
func (s *state) capsLeadWord(i int) bool {
	if !s.paraStart(i) || utf8.RuneCountInString(s.word(i)) < 5 || !s.corpusWord(i) {
		return false
	}
	return i+1 < len(s.toks) && s.toks[i+1].Kind == tokenize.Word && !s.isCap(i+1)
}

// initialOrdinary reports whether token i begins a sentence or quotation and is a word
// that news mostly writes in small letters (corpusWords): its capital says nothing, and it
// is no name ("Fenomena kepanikan", "Cedera Rivan").
func (s *state) initialOrdinary(i int) bool {
	return s.isInitial(i) && s.corpusWord(i)
}

// givenName reports whether token i's lowercase text is a given name (Extractor.
// givenNames): a word's flags say so (fGiven), and another token is looked up.
func (s *state) givenName(i int) bool {
	if s.toks[i].Kind == tokenize.Word {
		return s.is(i, fGiven)
	}
	return s.x.givenNames[s.lowAt(i)]
}

// corpusWord reports whether token i's lowercase form is a corpus word (isCorpusWord). It
// keeps the answer for the last token asked about, which the rules often ask about twice
// in a row (classify, then typeName), and the lookup mostly misses the processor's caches.
func (s *state) corpusWord(i int) bool {
	if s.corpusTok != i+1 {
		s.corpusTok, s.corpusIs = i+1, isCorpusWord(s.lowAt(i))
	}
	return s.corpusIs
}

// balineseStart reports whether the name [first, last) opens the Balinese way, "I" or "Ni"
// then a birth-order or caste name (lexicon/balinese-names.txt), or a noble's "Anak Agung",
// "Ida Bagus" or "Ida Ayu" (or, the same way, a Buton or Muna noble's "La Ode", "Wa Ode"),
// with more after it.
func (s *state) balineseStart(first, last int) bool {
	if last-first < 3 {
		return false
	}
	switch w, next := s.word(first), s.word(first+1); w {
	case "I", "Ni":
		return s.lex.balineseNames[s.lowAt(first+1)] && s.isCap(first+1)
	case "Anak":
		return next == "Agung"
	case "Ida":
		return next == "Bagus" || next == "Ayu"
	case "La", "Wa":
		return next == "Ode" // the Buton and Muna nobility's names: "La Ode Muhammad Syafril"
	}
	return false
}

// isAllCaps reports whether token i is written in capitals only, with two letters or more.
func (s *state) isAllCaps(i int) bool {
	return s.info[i].flags&fAllCaps != 0
}

// shapeFlags computes fCap and fAllCaps for a word token t whose text is w.
func shapeFlags(t tokenize.Token, w string) wordFlag {
	if t.Kind != tokenize.Word || !tokenize.IsCapitalized(w) {
		return 0
	}
	letters := 0
	for _, r := range w {
		switch {
		case 'a' <= r && r <= 'z':
			return fCap
		case 'A' <= r && r <= 'Z':
			letters++
		case r > 0x7f && strings.ToUpper(string(r)) != string(r):
			return fCap
		}
	}
	if letters >= 2 {
		return fCap | fAllCaps
	}
	return fCap
}

// is reports whether token i is on the word list f.
func (s *state) is(i int, f wordFlag) bool {
	return s.info[i].flags&f != 0
}

// paraBreak reports whether a line break separates token i from token i-1.
func (s *state) paraBreak(i int) bool {
	return i > 0 && s.toks[i].AfterLineBreak()
}

// prevLow returns the lowercase token before i, or "".
func (s *state) prevLow(i int) string {
	if i == 0 {
		return ""
	}
	return s.lowAt(i - 1)
}

// looksLikePersonalName reports whether tokens [first, last) read as a personal name: one
// to four name-shaped words (five for a Balinese name, whose "I" or "Ni" and birth-order
// name are taken as they are: see balineseStart), no acronym, no ordinary word
// (Penghargaan, Evolusi). An inner
// word with one of the flags inner is let through whatever its shape: a particle before an
// age ("Mariani Br Sembiring (41)"), an ordinary word before a reporting verb ("Maruli Tua
// Sihombing, menyatakan").
func (s *state) looksLikePersonalName(first, last int, inner wordFlag) bool {
	balinese := s.balineseStart(first, last)
	if last-first > 4 && !(balinese && last-first == 5) {
		return false
	}
	for i := first; i < last; i++ {
		if balinese && i <= first+1 {
			continue // "Ni Luh …", "I Wayan …"
		}
		if s.isAllCaps(i) || s.toks[i].Kind != tokenize.Word {
			return false
		}
		if i > first && i < last-1 && s.is(i, inner) {
			continue
		}
		if s.is(i, fCommon) && !(i > first && s.stopInName(i)) || !s.nameShaped(i) {
			return false // (a month inside a name is the name's: "Sabang Ramadhan Nasution")
		}
	}
	return true
}

// nameShaped reports whether token i is shaped like a personal name: three letters or
// more, a capital first and small letters after it except after a hyphen or apostrophe
// (Soo-suk, Ma'ruf), no digits. "CoC", "iPhone", "I", "V" and "Hwasong-20" are not.
func (s *state) nameShaped(i int) bool {
	w := s.word(i)
	if len(w) < 3 {
		return false
	}
	if s.isUni(i) {
		w = s.lowAt(i) // unicase.go: the shape of "JOKO" says nothing
	}
	if plainName(w) {
		return true // most names: "Joko", "Widodo"
	}
	// byte by byte: a digit or a capital is one ASCII byte, which no other character's
	// bytes are, and the character before a capital is a hyphen, an apostrophe or "’"
	// exactly when the bytes before it are
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case '0' <= c && c <= '9':
			return false
		case k > 0 && 'A' <= c && c <= 'Z':
			if p := w[k-1]; p != '-' && p != '\'' && !(k >= 3 && w[k-3:k] == "’") {
				return false
			}
		}
	}
	return true
}

// plainName reports whether w, of swar.MaxPacked bytes or fewer, is all ASCII with no
// digit and no capital after its first byte, eight bytes at a time: a word nameShaped
// passes without reading it byte by byte. False says nothing.
func plainName(w string) bool {
	if len(w) > swar.MaxPacked {
		return false
	}
	a, b := swar.Pack(w) // b's top byte, the length, is neither a letter nor a digit
	if (a|b)&swar.HighBits != 0 {
		return false
	}
	// a digit is a byte that adding 0x50 gives its high bit ('0' or above) and adding 0x46
	// does not ('9' or below)
	digits := (a+0x5050505050505050)&^(a+0x4646464646464646)&swar.HighBits |
		(b+0x5050505050505050)&^(b+0x4646464646464646)&swar.HighBits
	return digits|swar.Upper(a)&^0x80|swar.Upper(b) == 0
}

// givenAbbrev reports whether w, in small letters, is a first name shortened with a
// period, as Indonesian names often are written: "moh." (Mohammad), "muh.", "moch.",
// "mhd.", "abd." (Abdul), "ach.", "akh.".
func givenAbbrev(w string) bool {
	switch w {
	case "moh.", "muh.", "moch.", "mochd.", "mhd.", "abd.", "ach.", "akh.", "mokh.":
		return true
	}
	return false
}

// rankEndsName reports whether the rank's word at token i, capitalised, is the family name
// of the personal name that the word right before it opens: no other name follows it, and
// the word before is a name word, no rank, title or ordinary word ("Mayjen Shaukat Sultan
// kepada DPA", "Dede Yusuf - Lex Laksamana 28,85 persen"); a rank after a name and before
// another is that name's ("… Jaya Irjen Karyoto").
func (s *state) rankEndsName(i int) bool {
	p := i - 1
	if p < 0 || s.toks[p].Kind != tokenize.Word || !s.isCap(p) || s.toks[i].Start != s.toks[p].End+1 ||
		s.is(p, fRank) || s.is(p, fTitleSuffix) || s.is(p, fCommon) || s.is(p, fStop) || s.isAllCaps(p) || s.isRankOrTitleStart(p) || s.isInitial(p) {
		return false
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].Kind == tokenize.Word && (s.isCap(n) || s.is(n, fParticle)) {
		return false
	}
	return true
}

// nobleInName reports whether the monarch's word at token i ("Ratu", "Sultan", "Raja"), a
// rank before a name elsewhere ("Sultan Hamengku Buwono X"), stands inside a personal name
// as eastern Indonesian and Bugis names carry it: right after a first name, with only a
// space between, and before another capitalised word ("Agustina Ratu Nope", "Stefanus Ratu
// Dapa", "Andi Sultan Hasanuddin"), not after an honorific ("Sri Sultan …").
func (s *state) nobleInName(i int) bool {
	p, n := i-1, i+1
	if p < 0 || n >= len(s.toks) || s.toks[p].Kind != tokenize.Word || s.toks[n].Kind != tokenize.Word ||
		s.toks[i].Start != s.toks[p].End+1 || s.toks[n].Start != s.toks[i].End+1 || !s.isCap(n) || s.isAllCaps(n) {
		return false
	}
	if w := s.lowAt(i); w != "ratu" && w != "sultan" && w != "raja" {
		return false
	}
	return s.givenName(p) && s.isCap(p) && !s.isAllCaps(p) && !s.is(p, fRank|fTitle|fTitleSuffix|fCommon|fStop) && s.lowAt(p) != "sri" &&
		!s.is(n, fRank|fTitle|fStop)
}

// isNameToken reports whether token i can be part of a personal name: a capitalised word
// that is not a rank, title or stop word, an initial ("A."), or a particle between
// capitalised words (bin, van, de).
func (s *state) isNameToken(i int) bool {
	t := &s.toks[i]
	if t.Kind != tokenize.Word {
		return false
	}
	if s.inRole(i) {
		return false
	}
	if flags := s.info[i].flags; flags&fCap != 0 { // (its lists read once)
		if flags&fAllCaps != 0 && s.isUni(i) {
			return false // unicase.go: an unknown word that reads as an acronym ("dpp")
		}
		if flags&fStop != 0 && !s.stopInName(i) {
			return false
		}
		w := s.word(i)
		if strings.IndexByte(w, '.') < 0 {
			if flags&(fRank|fTitleSuffix) == 0 {
				return true // most words: no initial, no abbreviation
			}
			return flags&fTitleSuffix == 0 && (s.rankEndsName(i) || s.nobleInName(i))
		}
		if (len(w) == 2 && w[1] == '.' || w == "Hi.") && s.middleInitial(i) {
			return true // a middle initial: "Marwan O. Baasir", or Haji so written in Maluku: "Samsudin Hi. Abdullah"
		}
		if givenAbbrev(s.lowAt(i)) && i+1 < len(s.toks) && s.toks[i+1].Kind == tokenize.Word && s.isCap(i+1) && !s.isAllCaps(i+1) {
			return true // a first name shortened, before the rest of the name: "Moh. Ramli", "Muh. Nasir"
		}
		if i > 0 && w != "Co." && legalFormAbroad(w) && s.toks[i-1].Kind == tokenize.Word && s.isCap(i-1) && t.Start == s.toks[i-1].End+1 {
			return true // a company's legal form abroad, with its period, ends its name: "Coast Savings Financial Inc." ("Co." opens "Co., Ltd.", read later)
		}
		return false // another word with a period in it
	}
	if i > 0 && s.isCap(i-1) && arabicArticle(s.word(i)) {
		return true // "Nuri al-Maliki", "Omar al-Beshir", "Rizki Ananda al-Habsyi"
	}
	if !s.is(i, fParticle) || i == 0 || i+1 >= len(s.toks) {
		return false
	}
	// between capitalised words, or two particles between them: "Pieter van der Linden"
	before := s.isCap(i-1) || i > 1 && s.is(i-1, fParticle) && s.toks[i-1].Kind == tokenize.Word && s.isCap(i-2)
	after := s.isCap(i+1) || i+2 < len(s.toks) && s.is(i+1, fParticle) && s.toks[i+1].Kind == tokenize.Word && s.isCap(i+2)
	return before && after
}

// arabicArticle reports whether the word w is a name with the Arabic article in small
// letters before its capital: "al-Maliki", "el-Sisi", "as-Sisi", "asy-Syafii".
func arabicArticle(w string) bool {
	// the articles are of two or three letters, with no hyphen: the hyphen after one is
	// the word's third or fourth byte (a search of the whole word for it cost the words
	// after every capitalised one a call)
	var h int
	switch {
	case len(w) > 3 && w[2] == '-':
		h = 2
	case len(w) > 4 && w[3] == '-':
		h = 3
	default:
		return false
	}
	if w[h+1] < 'A' || w[h+1] > 'Z' {
		return false
	}
	switch w[:h] {
	case "al", "el", "as", "asy", "ash", "ad", "ar", "an", "at", "az", "ath":
		return true
	}
	return false
}

// middleInitial reports whether the one-letter abbreviation at token i ("O.") stands
// between two name words: capitalised, no acronym nor ordinary word (a first name the
// gazetteer knows may be one), so not "Serie A. Hasil …" nor "APTRI M.".
func (s *state) middleInitial(i int) bool {
	name := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].Kind == tokenize.Word && s.isCap(k) && !s.isAllCaps(k) &&
			(!s.ordinary(s.lowAt(k)) || s.givenName(k))
	}
	return name(i-1) && name(i+1)
}

// stopInName reports whether the month at token i is a personal name's word (nameMonth),
// standing between two capitalised words that are neither ordinary nor stop words:
// "Fajar Ramadhan Siregar", "Dwi Agustus Pratama" (a date has a number before its month).
// Most capitalised stop words are none of the words it looks for, and it returns after
// the look-ups of the word and the one before it.
func (s *state) stopInName(i int) bool {
	if i == 0 {
		return false
	}
	if europeanParticle(s.lowAt(i-1)) && s.toks[i-1].Kind == tokenize.Word && !s.isAllCaps(i) && (s.isCap(i-1) || s.nameWordAt(i-2)) {
		return true // a surname after a particle, a time zone's name or not: "Jeroen de Wit", "De Wit"
	}
	w := s.lowAt(i)
	if typer.Trace == nil && w == "islam" && !s.isInitial(i-1) && s.isCap(i-1) && s.givenName(i-1) && s.toks[i-1].Kind == tokenize.Word {
		return true // a family name after a first name: "Ariful Islam", "Nurul Islam" (not for the typer's trainer)
	}
	return nameMonth(w) && !s.isInitial(i-1) && (s.nameWordAt(i-1) && (s.nameWordAt(i+1) || s.nameWordAt(i-2) || fastingMonth(w) && s.closesApposition(i+1)) ||
		s.isCap(i-1) && s.givenName(i-1)) // (after a first name: "Bintang Ramadhan")
}

// fastingMonth reports whether w, in small letters, is the fasting month, a name's word
// far more often than the other months are: "Fajar Ramadhan", "Zulfikar Ramadhan".
func fastingMonth(w string) bool { return w == "ramadan" || w == "ramadhan" }

// closesApposition reports whether token k, which may lie past the document, is a comma or
// an opening bracket, as after a name set off in apposition or given an age: "Ketua
// Koperasi …, Armiyadi Ramadhan, menyebut", "Armiyadi Ramadhan (41)" — where a month
// written after a name word is that name's last word, whatever the first ("selama
// Ramadhan," has no name word before it).
func (s *state) closesApposition(k int) bool {
	return k < len(s.toks) && (s.word(k) == "," || s.word(k) == "(")
}

// nameWordAt reports whether token k, which may lie outside the document, is a word that
// stopInName takes for a name's: capitalised, not all in capitals, shaped like a name, and
// neither a stop word nor an ordinary one. A call of its own, not inlined at each of
// stopInName's few uses of it, which most calls do not reach.
//
//go:noinline
func (s *state) nameWordAt(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].Kind == tokenize.Word && s.isCap(k) && !s.isAllCaps(k) &&
		s.nameShaped(k) && !s.is(k, fStop) && !s.is(k, fCommon)
}

// europeanParticle reports whether w is a particle of Dutch, German, French, Spanish,
// Portuguese or Italian surnames, which the surname proper follows: "de Wit", "van Dijk".
func europeanParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "ter", "ten", "du", "dos", "da", "del", "le", "la":
		return true
	}
	return false
}

// nameMonth reports whether the lowercase word w is a month's name that is a personal
// name too; a switch, not a map, since stopInName asks about most capitalised stop words.
func nameMonth(w string) bool {
	switch w {
	case "april", "mei", "juni", "juli", "agustus", "ramadan", "ramadhan":
		return true
	}
	return false
}

func isTerminalPunct(t string) bool {
	return t == "." || t == "!" || t == "?" || t == ";" || t == ":"
}

// isRankOrTitleStart reports whether token j begins a title or rank, which ends a body's
// name: "Direktur Penyidikan KPK Brigjen Pol …". It is asked of most runs' first words,
// and says no to most of them by their flags, inline, before rankOrTitleAt reads them.
func (s *state) isRankOrTitleStart(j int) bool {
	return s.is(j, fRank|fTitleFirst) && s.rankOrTitleAt(j)
}

// rankOrTitleAt is isRankOrTitleStart past its quick test of the flags: a rank, or the
// first word of a title (lexicon/titles.txt) that is no organization's head.
func (s *state) rankOrTitleAt(j int) bool {
	return s.is(j, fRank) || (s.phraseAt(&s.lex.titles, j) > 0 && !s.is(j, fOrgHead))
}

// isCloseAfterQuote reports whether token i follows a closing quotation mark, with at most
// a comma between.
func (s *state) isCloseAfterQuote(i int) bool {
	j := i - 1
	if j >= 0 && s.word(j) == "," {
		j--
	}
	return j >= 0 && s.toks[j].Kind == tokenize.CloseQuote
}

// startsSentence reports whether the quotation mark at token i opens its sentence (or a
// paragraph), as a quote continuing someone's words does; a quote inside another sentence
// ("Kalimat Ahok … yakni “…”") has its own context.
func (s *state) startsSentence(i int) bool {
	return s.sentenceOf(i).First == i || s.paraBreak(i)
}

// word returns the text of token i. The offsets are taken as unsigned, as they are: the
// slicing then reads them without sign extension, a few instructions fewer at each of
// the hundreds of places it is inlined. (Written as one expression, it stays cheap enough
// for the compiler to inline it into the largest functions too.)
func (s *state) word(i int) string {
	return s.text[uint32(s.toks[i].Start):uint32(s.toks[i].End)]
}

// digits reports whether t is made of ASCII digits only.
func digits(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}
