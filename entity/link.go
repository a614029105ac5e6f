package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/internal/swar"
	"github.com/entitas-id/entitas/tokenize"
)

// wordSieve answers no at once for most words that are not among a few keys, before a
// map is asked: it holds the keys' lengths (bit min(n, 63) for n bytes) and first bytes,
// and a word whose length or first byte no key has is none of them. It never says no to
// a key.
type wordSieve struct {
	lens   uint64
	firsts [4]uint64 // bit b%64 of firsts[b/64] for a key whose first byte is b
}

// add notes key w.
func (f *wordSieve) add(w string) {
	f.lens |= 1 << min(len(w), 63)
	if w != "" {
		f.firsts[w[0]>>6] |= 1 << (w[0] & 63)
	}
}

// mayHold reports whether w may be a key: false only when it is none.
func (f *wordSieve) mayHold(w string) bool {
	return f.lens&(1<<min(len(w), 63)) != 0 && (w == "" || f.firsts[w[0]>>6]&(1<<(w[0]&63)) != 0)
}

// aliasSpans finds the bare names of places that a head-word rule found earlier in the
// document: after "Kabupaten Muara Tebing", a later "Muara Tebing" is the same place; not
// a word between two name words of a longer name (see insideNameRun). So too a company's
// name of two words or more after its legal form: after "PT Awan Biru Nusantara", a later
// "Awan Biru Nusantara" is the same company.
func (s *state) aliasSpans() {
	known := map[string]span{}
	var prepOnly map[string]bool // the keys of known that name the place only after a preposition of place
	maxLen := 0
	for k := range s.spans {
		sp := &s.spans[k] // (a span is large: not copied for the few kept)
		if sp.entry == nil && typer.Trace == nil && sp.source.is(ruleOrgHead) && sp.typ == gazetteer.Organization && companyForm(s.lowAt(sp.first)) {
			// a company's name after its legal form, of two words or more, which later
			// mentions give without it: "PT Awan Biru Nusantara" … "CEO Awan Biru
			// Nusantara Fikri …" (not for the typer's trainer)
			e := sp.last
			if isTbk(s.word(e - 1)) {
				e--
			}
			if e-sp.first-1 >= 2 {
				key := s.keyOf(sp.first+1, e)
				known[key] = *sp
				maxLen = max(maxLen, e-sp.first-1)
			}
			continue
		}
		if !sp.source.is(rulePlaceHead) || sp.entry != nil {
			continue
		}
		head := s.phraseAt(&s.lex.placeHeads, sp.first)
		if sp.last-sp.first-head < 1 || sp.last-sp.first-head == 1 && s.isRankOrTitleStart(sp.first+head) {
			continue // (a title alone is no place's bare name: "Presiden" after "Istana Presiden")
		}
		key := s.keyOf(sp.first+head, sp.last)
		if s.lex.venueHeads[s.keyOf(sp.first, sp.first+head)] && s.honoursPerson(sp.first+head, sp.last) {
			// a street or venue named after a person, whom the bare name is but after a
			// preposition of place: "Makam Sunan Kalijaga" … "Sunan Kalijaga dikenal …"
			if prepOnly == nil {
				prepOnly = map[string]bool{}
			}
			prepOnly[key] = true
		}
		known[key] = *sp
		maxLen = max(maxLen, sp.last-sp.first-head)
	}
	if len(known) == 0 {
		return
	}
	firsts := map[string]bool{} // first words of the known names, for a quick no
	var sieve wordSieve         // and a quicker one, before the map
	for k := range known {
		w, _, _ := strings.Cut(k, " ")
		firsts[w] = true
		sieve.add(w)
	}
	next := 0 // the first token not yet covered by a span made here
	for _, c := range s.caps {
		i := int(c)
		if i < next || s.owner[i] >= 0 || !sieve.mayHold(s.lowAt(i)) || !firsts[s.lowAt(i)] {
			continue
		}
		for n := min(maxLen, len(s.toks)-i); n >= 1; n-- {
			if s.covered(i, i+n) {
				continue
			}
			key := s.keyOf(i, i+n)
			full, ok := known[key]
			if !ok || prepOnly[key] && !(i > 0 && s.is(i-1, fPlacePrep)) {
				continue
			}
			if n == 1 && s.is(i, fCommon) && (i > 0 && (s.is(i-1, fTitle) || s.inRole(i-1)) && !s.lex.territorialTitles[s.lowAt(i-1)] ||
				i+1 < len(s.toks) && s.is(i+1, fTitle)) {
				continue // an ordinary word in a title or before one: "Kepala Negara", "Kantor Bupati" after "Pura Kantor" (not "Camat Kubu")
			}
			if s.insideNameRun(i, i+n) {
				break // a word of a longer name: "Putri" in "Rahmadani Putri Harahap" after "Pulau Putri"
			}
			if e := i + n; full.typ == gazetteer.Location && e < len(s.toks) && s.owner[e] < 0 && s.isCap(e) && !s.isAllCaps(e) &&
				s.lex.placeDirections[s.lowAt(e)] && s.toks[e].Start == s.toks[e-1].End+1 && !s.lex.placeDirections[s.lowAt(e-1)] {
				// a district named by the place and a direction, as adjustBoundaries makes
				// one of a span: "Dempo Utara" after "Gunung Dempo"
				sp := s.ruleSpan(i, e+1, gazetteer.Location, rulePlaceDirection)
				sp.country = full.country
				s.addSpan(sp)
				next = e + 1
				break
			}
			sp := s.ruleSpan(i, i+n, full.typ, full.source.rule)
			sp.source.link = linkRule
			sp.name, sp.country = full.name, full.country
			s.addSpan(sp)
			next = i + n
			break
		}
	}
}

// agedName reports whether person span sp is a name of one word with an age in brackets
// after it, a full name as a report gives it ("dua korban, Sarmidi (47) dan …"), whose later
// mentions are the same person.
func (s *state) agedName(sp *span) bool {
	return sp.last-sp.first == 1 && sp.entry == nil && s.ageAfter(sp.last)
}

// addressedName reports whether person span sp is a name of one word that no gazetteer
// entry holds and a person's honorific or a speech cue stands right before: "Mbak Jupe",
// "kata Soleh", "ujar Rantala"; a name, then, whose later mentions are the same person.
// The word is no ordinary, common or stop word, nor in capitals ("kata Sandi", "ujar KPK"
// are not).
func (s *state) addressedName(sp *span) bool {
	i := sp.first
	if sp.last-i != 1 || sp.entry != nil || i == 0 || s.toks[i].Kind != tokenize.Word || s.isAllCaps(i) ||
		len(s.word(i)) < 3 || s.is(i, fCommon) || s.is(i, fStop) {
		return false
	}
	// the word before first, the cue before the honorific, which reads a list (and only for
	// a word that may be one); the word's own lists last
	if c := s.cueOf(i - 1); c != cuePost && c != cuePostOnly && !s.honorificAt(i-1) {
		return false
	}
	return !s.ordinary(s.lowAt(i))
}

// subjectMention reports whether the word at token i opens its sentence, or follows a
// comma, and a comma or a verb in the active voice follows it, after clause adverbs:
// "Nelly kemudian mencuit …", "Dalam acara tersebut, Hyoyeon turut mengajak …",
// "Suharti, Lurah Tanah Sereal menjelaskan …"; the one the story goes on about. Not one a
// passive verb follows: "Vivi berhasil ditemukan …".
func (s *state) subjectMention(i int) bool {
	if i+1 >= len(s.toks) || i > 0 && s.word(i-1) != "," && s.sentenceOf(i).First != i {
		return false
	}
	if s.word(i+1) == "," {
		return true
	}
	j := i + 1
	for n := 0; n < 3 && j < len(s.toks) && s.toks[j].Kind == tokenize.Word && !s.isCap(j); n++ {
		w := s.lowAt(j)
		if !clauseAdverb(w) && w != "turut" && w != "berhasil" {
			return strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber")
		}
		j++
	}
	return false
}

// plainName reports whether person span sp is a name of one word that no gazetteer entry
// holds and that is no ordinary, common or stop word, nor in capitals (see addressedName),
// nor with a capital inside.
func (s *state) plainName(sp *span) bool {
	i := sp.first
	if sp.last-i != 1 || sp.entry != nil || s.toks[i].Kind != tokenize.Word || s.isAllCaps(i) ||
		len(s.word(i)) < 3 || s.is(i, fCommon) || s.is(i, fStop) {
		return false
	}
	for _, c := range []byte(s.word(i)[1:]) {
		if 'A' <= c && c <= 'Z' {
			return false // a capital inside, a brand's shape: "XDana", "AFLoader"
		}
	}
	return !s.ordinary(s.lowAt(i))
}

// honorificAt reports whether token i is an honorific (honorific), which it asks only of a
// word that may be one (mayBeHonorific) and is a rank, as every honorific is
// (lexicon/ranks.txt), or has a character beyond ASCII, whose case honorific folds
// (the long s, "ſ", is an s to it).
func (s *state) honorificAt(i int) bool {
	w := s.word(i)
	return mayBeHonorific(w) && (s.is(i, fRank) || !isASCII(w)) && honorific(w)
}

// mayBeHonorific reports whether w may be one of honorific's words, which compares w with
// each of them in any case: a word of eight bytes or fewer (seven letters, one perhaps the
// two-byte long s, "ſ", that folds to s) whose first byte is one of their first letters,
// in either case, or a byte of a letter beyond ASCII. False is a quick no.
func mayBeHonorific(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	switch w[0] | 0x20 { // (only a letter becomes one of these)
	case 'b', 'i', 'm', 'n', 'p', 's', 't':
		return true
	}
	return w[0] >= utf8.RuneSelf
}

// sameTail reports whether person spans a and b end in the same two words or more, one
// name with a word before it or a first name the other leaves out: "Tangisan Putri Amien
// Rais" and "Tribute to Amien Rais" after "Muhammad Amien Rais" name no one else whose
// words would make "Amien" ambiguous (not for the typer's trainer).
func (s *state) sameTail(a, b *span) bool {
	if typer.Trace != nil || a.last-a.first < 2 || b.last-b.first < 2 {
		return false
	}
	return s.lowAt(a.last-1) == s.lowAt(b.last-1) && s.lowAt(a.last-2) == s.lowAt(b.last-2)
}

// spelledAlike reports whether person spans a and b, of the same number of words, two or
// more, spell one name two ways, as news often does within an article: each word the
// same, an initial of the other ("Egy M Vikri", "Egy Maulana Vikri"), or, in words of five
// letters or more, one letter added, dropped or changed ("Siti Fadilah Supari", "Siti
// Fadillah Supari"; "Akbar Faisal", "Akbar Faizal"). Their words name one person, not two
// whose shared word would be ambiguous (not for the typer's trainer).
func (s *state) spelledAlike(a, b *span) bool {
	if typer.Trace != nil || a.last-a.first < 2 || a.last-a.first != b.last-b.first {
		return false
	}
	differ := false
	for k := 0; k < a.last-a.first; k++ {
		x, y := []rune(s.lowAt(a.first+k)), []rune(s.lowAt(b.first+k))
		switch {
		case string(x) == string(y):
			continue
		case len(x) == 1 && len(y) > 1 && y[0] == x[0] || len(y) == 1 && len(x) > 1 && x[0] == y[0]:
		case len(x) >= 5 && len(y) >= 5 && oneEditApart(x, y):
		default:
			return false
		}
		differ = true
	}
	return differ
}

// oneEditApart reports whether x and y differ by one letter added, dropped or changed:
// "fadilah" and "fadillah", "faisal" and "faizal".
func oneEditApart(x, y []rune) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return string(x[i+1:]) == string(y[i+1:])
	}
	return string(x[i:]) == string(y[i+1:])
}

// fullNames indexes the person and leader spans of two words or more for callsFullName
// and syllableName, which the linker asks about every name of one word: the words of the
// names and of their texts in small letters, sorted, so that the words a word begins run
// together after it, and the spans by the first letter of their first word, one span for
// each name, so that a question costs no walk over every span of the document.
type fullNames struct {
	words  []string // sorted, each once
	byHead map[byte][]int32
}

// fullNamesIndexed is the number of spans the linker may walk, over all the names of one
// word it asks about in a document, before it indexes the full names (fullNameIndex) for
// the rest: a news article stays far below it and builds no index, a long document of many
// articles reaches it after a few walks, so that the walks and the index together cost time
// linear in the spans.
const fullNamesIndexed = 1 << 22

// fullNameIndex builds the index of the document's full names as the spans stand now.
func (s *state) fullNameIndex() *fullNames {
	ix := &fullNames{byHead: map[byte][]int32{}}
	seen, names := map[uint64]bool{}, map[string]bool{}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.last-sp.first < 2 {
			continue
		}
		for i := sp.first; i < sp.last; i++ {
			ix.words = append(ix.words, s.lowAt(i))
		}
		if !names[sp.name] {
			names[sp.name] = true
			for rest := sp.name; rest != ""; {
				var f string
				f, rest, _ = strings.Cut(rest, " ")
				ix.words = append(ix.words, strings.ToLower(f))
			}
		}
		if key := s.wordsHash(sp.first, sp.last); !seen[key] && s.lowAt(sp.first) != "" {
			seen[key] = true
			h := s.lowAt(sp.first)[0]
			ix.byHead[h] = append(ix.byHead[h], int32(k))
		}
	}
	slices.Sort(ix.words)
	ix.words = slices.Compact(ix.words)
	return ix
}

// wordsHash returns a 64-bit FNV-1a hash of the words [first, last) in small letters, a
// space between them: one name's key without building its string.
func (s *state) wordsHash(first, last int) uint64 {
	h := uint64(14695981039346656037)
	for i := first; i < last; i++ {
		w := s.lowAt(i)
		for k := 0; k < len(w); k++ {
			h = (h ^ uint64(w[k])) * 1099511628211
		}
		h = (h ^ ' ') * 1099511628211
	}
	return h
}

// calls reports whether w is a word of the index or, of four letters or more, begins a
// longer one.
func (ix *fullNames) calls(w string) bool {
	i, found := slices.BinarySearch(ix.words, w)
	return found || len(w) >= 4 && i < len(ix.words) && strings.HasPrefix(ix.words[i], w)
}

// callsFullName reports whether w, in small letters, may call a person whose full name,
// of two words or more, a span holds (ix indexes them): a word of the name or of its
// text, the first four letters or more of one ("budi" for Achmad Budiharto, "alex" for
// Alexander Marwata), or the heads of its words run together ("jupe" for Julia Perez).
// Without an index (ix nil: the first questions of a document) it walks the spans.
func (s *state) callsFullName(ix *fullNames, w string) bool {
	if ix != nil {
		return ix.calls(w) || s.syllableName(ix, w) >= 0
	}
	calls := func(f string) bool {
		return len(f) == len(w) && strings.EqualFold(f, w) || len(w) >= 4 && len(f) > len(w) && strings.EqualFold(f[:len(w)], w)
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.last-sp.first < 2 {
			continue
		}
		for i := sp.first; i < sp.last; i++ {
			if calls(s.lowAt(i)) {
				return true
			}
		}
		for rest := sp.name; rest != ""; {
			var f string
			f, rest, _ = strings.Cut(rest, " ")
			if calls(f) {
				return true
			}
		}
		if s.syllableShort(w, sp.first, sp.last) {
			return true
		}
	}
	return false
}

// syllableName returns the index of the first person or leader span of two words or more
// whose words' heads run together make w, in small letters ("jupe" for Julia Perez: see
// syllableShort), or -1; ix indexes the spans, or is nil for the first questions of a
// document, which walk the spans.
func (s *state) syllableName(ix *fullNames, w string) int {
	if ix == nil {
		for k := range s.spans {
			sp := &s.spans[k]
			if !sp.dead && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && sp.last-sp.first >= 2 && s.syllableShort(w, sp.first, sp.last) {
				return k
			}
		}
		return -1
	}
	if w == "" {
		return -1
	}
	for _, k := range ix.byHead[w[0]] {
		if sp := &s.spans[k]; s.syllableShort(w, sp.first, sp.last) {
			return int(k)
		}
	}
	return -1
}

// honoursPerson reports whether tokens [first, last), the name after a venue's or street's
// head, are a person's: an honorific or a title and a name ("Sunan Kalijaga", "Jenderal
// Sudirman"), or a known first name and more ("Ahmad Yani").
func (s *state) honoursPerson(first, last int) bool {
	return last-first >= 2 && (s.lex.placeHonorific[s.lowAt(first)] || s.givenName(first) && s.looksLikePersonalName(first, last, 0))
}

// insideNameRun reports whether tokens [i, e) stand between two capitalised name words that
// no span holds, as a middle word of a personal name does ("Rahmadani Putri Harahap"), or
// open a personal name given with an age ("Arjuno Wicaksono (31)").
func (s *state) insideNameRun(i, e int) bool {
	name := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.owner[k] < 0 && s.toks[k].Kind == tokenize.Word && s.isCap(k) &&
			s.nameShaped(k) && !s.is(k, fCommon) && !s.isAllCaps(k) && !branchWord(s.lowAt(k)) // (not "Cabang" of "ASDP Cabang Bajoe Hasanuddin …")
	}
	if !name(e) || s.toks[e-1].End+1 != s.toks[e].Start {
		return false
	}
	if name(i-1) && s.toks[i-1].End+1 == s.toks[i].Start {
		return true
	}
	// or the first word of a personal name given with an age, with no capitalised word
	// before it (a title's place is not: "Kepala Desa Ranah Singkuang Rasyidin (56)"):
	// "lokasi, Arjuno Wicaksono (31)" after "Gunung Arjuno"
	if i > 0 && s.toks[i-1].Kind == tokenize.Word && s.isCap(i-1) {
		return false
	}
	return s.ageAfter(e+1) || name(e+1) && s.toks[e].End+1 == s.toks[e+1].Start && s.ageAfter(e+2)
}

// nicknameAfter returns the tokens [n, m) of the name a person is called by, given right
// after the full name that ends before token i: "Munafri Arifuddin yang akrab disapa Appi"
// gives Appi; so do "Siti Hairunnisa (41) yang akrab disapa Acil Nisa" (an age between, and
// a call name of two words: Acil Nisa), "Ni Luh Putu Sekarini alias Mbok Sekar" and "Dedi
// Mulyadi yang akrab disapa KDM" (an acronym), also after a description set off by a comma
// (nickCueInApposition). It returns -1, -1 when no such name follows,
// or when it has more words.
func (s *state) nicknameAfter(i int) (n, m int) {
	j := i
	if s.ageAfter(j) {
		j += 3 // "(41)"
	}
	if c := s.nickCueInApposition(j); c > j {
		j = c
	}
	for k := j; j < len(s.toks) && j-k < 4 && (s.is(j, fNickFiller) || s.word(j) == ","); j++ {
	}
	if e := s.knownByName(j); e > j {
		j = e - 1 // "… yang lebih dikenal dengan nama panggung Fikri Ompong"
	} else if j+1 >= len(s.toks) || !s.is(j, fNickCue) {
		return -1, -1
	}
	n, m = j+1, j+2
	if m < len(s.toks) && s.isCap(m) && s.toks[m].Kind == tokenize.Word && !s.paraBreak(m) && s.nameShaped(m) && !s.is(m, fCommon) {
		m++ // "Acil Nisa", "Gus Ipul": a call name of two words, the first often an honorific many share
	}
	if m < len(s.toks) && s.isCap(m) && !s.paraBreak(m) {
		return -1, -1
	}
	if m == n+1 && s.isAllCaps(n) && len(s.word(n)) >= 2 && len(s.word(n)) <= 4 && !s.is(n, fCommon) {
		return n, m // "KDM"
	}
	if !s.isCap(n) || s.toks[n].Kind != tokenize.Word || m == n+1 && (!s.nameShaped(n) || s.is(n, fCommon) && !s.callsByName(j, n)) {
		return -1, -1
	}
	return n, m
}

// knownByName returns the token after "dikenal dengan nama" at token j, with "panggung"
// or "beken" after it if there ("Muhammad Fikri Alamsyah yang lebih dikenal dengan nama
// panggung Fikri Ompong"), which gives a stage name or a nickname as the nickname cues
// do; or -1.
func (s *state) knownByName(j int) int {
	if j+3 >= len(s.toks) || s.lowAt(j) != "dikenal" || s.lowAt(j+1) != "dengan" || s.lowAt(j+2) != "nama" {
		return -1
	}
	switch s.lowAt(j + 3) {
	case "panggung", "beken", "populer", "julukan":
		return j + 4
	}
	return j + 3
}

// shortNameAfterOr returns the token [n, n+1) of a short name given after "atau" right
// after the full name of person span sp, a word that begins one of the full name's words:
// "Haruto Sakamoto atau Haru, …"; or -1, -1.
func (s *state) shortNameAfterOr(sp *span) (n, m int) {
	n = sp.last + 1
	if n >= len(s.toks) || s.lowAt(sp.last) != "atau" || !s.isCap(n) || s.toks[n].Kind != tokenize.Word || s.isAllCaps(n) ||
		n+1 < len(s.toks) && s.isCap(n+1) || utf8.RuneCountInString(s.word(n)) < 3 {
		return -1, -1
	}
	w := s.lowAt(n)
	for k := sp.first; k < sp.last; k++ {
		if f := s.lowAt(k); len(f) > len(w) && strings.HasPrefix(f, w) {
			return n, n + 1
		}
	}
	if typer.Trace == nil && sp.last-sp.first >= 2 && s.syllableShort(w, sp.first, sp.last) {
		return n, n + 1 // the heads of the name's words run together: "Julia Perez atau Jupe" (not for the typer's trainer)
	}
	return -1, -1
}

// syllableShort reports whether w, in small letters, is made of the heads of two words of
// the name [first, last) or more, in order, as Indonesian news shortens names: "jupe" of
// Julia Perez, "jokowi" of Joko Widodo. Each word gives one to four of its first letters.
func (s *state) syllableShort(w string, first, last int) bool {
	var match func(w string, k int, used int) bool
	match = func(w string, k int, used int) bool {
		if w == "" {
			return used >= 2
		}
		if k >= last {
			return false
		}
		f := s.lowAt(k)
		for n := min(4, len(f), len(w)); n >= 1; n-- {
			if f[:n] == w[:n] && match(w[n:], k+1, used+1) {
				return true
			}
		}
		return false
	}
	return len(w) >= 4 && len(w) <= 12 && last-first <= 5 && match(w, first, 0)
}

// callsByName reports whether the cue at token c gives the ordinary word at token n as a
// call name all the same: "yang akrab disapa Kala", "sapaan akrabnya Ajun"; not "dipanggil",
// which also means summoned ("dipanggil Timnas", "dipanggil Menlu"), and no title, address
// or stop word.
func (s *state) callsByName(c, n int) bool {
	return s.lowAt(c) != "dipanggil" && !s.is(n, fStop) && !addressWord(s.lowAt(n)) && !s.isRankOrTitleStart(n)
}

// nicknameBefore returns the tokens [n, m) of the call name that stands before the full
// name of person span sp, "NICK, begitu FULL biasa disapa": "Kang Darma, begitu Darmawan
// Suhendi (56) biasa disapa, ikut turun"; or -1, -1. The call name is a person's span of
// one or two words, which takes the full name's identity.
func (s *state) nicknameBefore(sp *span) (n, m int) {
	b := sp.first - 2
	if b < 1 || s.lowAt(sp.first-1) != "begitu" || s.word(b) != "," || s.owner[b-1] < 0 {
		return -1, -1
	}
	nick := &s.spans[s.owner[b-1]]
	if nick.last != b || nick.last-nick.first > 2 || nick.typ != gazetteer.Person && nick.typ != gazetteer.Leader || nick.entry != nil {
		return -1, -1
	}
	j := sp.last
	if s.ageAfter(j) {
		j += 3
	}
	for k := j; j < len(s.toks) && j-k < 3 && s.is(j, fNickFiller); j++ {
	}
	if j >= len(s.toks) || !s.is(j, fNickCue) {
		return -1, -1
	}
	full := *sp
	s.copyIdentity(nick, &full)
	return nick.first, nick.last
}

// maxApposition bounds, in tokens, the description set off after a name that a call name
// may follow.
const maxApposition = 16

// nickCueInApposition returns the call-name cue that ends a description set off by a comma
// at token j after a name, "yang akrab disapa" and the like: "Mohamad Rizky Lamatenggo
// (22), mahasiswa semester tujuh Program Studi Agroteknologi yang akrab disapa Kiki"; or -1
// when none stands before the sentence or the apposition ends, or another person is named
// (or the document has no cue at all, as most have not).
func (s *state) nickCueInApposition(j int) int {
	if s.cues&fNickCue == 0 || j >= len(s.toks) || s.word(j) != "," {
		return -1
	}
	for k := j + 1; k < len(s.toks) && k <= j+maxApposition; k++ {
		if s.is(k, fNickCue) && s.is(k-1, fNickFiller) {
			return k
		}
		w := s.word(k)
		if w == "," && k+1 < len(s.toks) && (s.is(k+1, fNickFiller) || s.placeAt(k+1) >= 0) {
			continue // a place's region after a comma, or the cue's "yang": "warga Desa Silawan, Kecamatan Tasifeto Timur, yang akrab disapa Eti"
		}
		if w == "," || isTerminalPunct(w) || s.isQuoted(k) || s.paraBreak(k) {
			return -1
		}
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return -1
		}
	}
	return -1
}

// keyOf is the lowercase text of tokens [first, last) joined by single spaces: one
// token's lowercase text as lowAt has it, and that of several copied once.
func (s *state) keyOf(first, last int) string {
	if last-first == 1 {
		return s.lowAt(first)
	}
	var arr [64]byte // on the stack for most keys: the string is then the only allocation
	return string(s.keyBytes(&arr, first, last))
}

// keyBytes writes keyOf's key of tokens [first, last), their words in small letters with
// a space between, into buf when it fits (else into a new array), and returns it: a map
// indexed by string(keyBytes(…)) copies nothing.
func (s *state) keyBytes(buf *[64]byte, first, last int) []byte {
	b := buf[:0]
	for i := first; i < last; i++ {
		if i > first {
			b = append(b, ' ')
		}
		b = append(b, s.lowAt(i)...)
	}
	return b
}

// link gives later mentions the identity of the fuller mention they refer to: once "Lim
// Soo-suk" or "Vladimir Putin" is found, "Lim" or "Putin" is the same entity with the same
// type, id and name. Korean and Indonesian short forms use the first word of the name
// (Kim, Setyo), others the last (Putin, Guterres), and Indonesian names often a middle
// one ("Amran" for Andi Amran Sulaiman); every word is tried. It then gives every
// span without a gazetteer id a document id built from its fullest name.
func (s *state) link() {
	// most documents give no real name (see linkRealNames and realNameAfter): most have
	// no word that begins with "asli" (see lowercase), and one look at the text settles the
	// others
	realNames := s.asli && holdsRealName(s.text)
	if realNames {
		s.linkRealNames()
	}
	s.linkNamePrefixes()
	s.widenCallNames()
	// byWord maps the words of full person names to their index in persons; both grow by
	// what the rest of the spans will add at the rate the spans read so far have added
	// (reckon), so that a long document's are copied about once
	s.byWord.reset(0)
	s.shortWords = s.shortWords[:0] // byWord's words again, in the order added, for linkShortenedNames
	byWord := &s.byWord
	// the lengths of byWord's keys by their first byte's low six bits, bit min(n, 63) for n
	// bytes: a quick no
	var lensBy [64]uint64
	persons := s.persons[:0]
	// add notes that word w stands for the full name at span full, unless a word already
	// does; it returns the index in persons the word has, and whether it had one
	add := func(tok int, full int32) (int, bool) {
		w := s.lowAt(tok)
		if k, ok := byWord.get(s, w); ok {
			return k, true
		}
		want := reckon(len(persons), int(full)+1, len(s.spans))
		byWord.put(s, tok, len(persons), want)
		s.shortWords = append(s.shortWords, indexSlot{tok: int32(tok + 1), val: int32(len(persons))})
		lensBy[w[0]&63] |= 1 << min(len(w), 63)
		if len(persons) == cap(persons) {
			persons = slices.Grow(persons, want-len(persons))
		}
		persons = append(persons, person{full: full})
		return len(persons) - 1, false
	}
	// call names given after full names (nicknameAfter), read once: of two words, "Acil
	// Nisa", "Kak Owi", the phrase → the full name's span, its mentions linked as a whole and
	// its last word alone the person too; of one word, the word, added with the name's words
	var byPhrase map[string]int32
	var calls []described // one-word call names, in span order, then those after descriptors
	for f := range s.spans {
		sp := &s.spans[f]
		if !sp.dead && (sp.typ == gazetteer.Leader || sp.typ == gazetteer.Person) && (sp.last-sp.first >= 2 || s.ageAfter(sp.last)) {
			// (a name of one word with an age after it is a full name too: "Ardiansyah
			// (45), yang akrab disapa Mang Ardi")
			n, m := s.nicknameAfter(sp.last)
			if n < 0 {
				n, m = s.nicknameBefore(sp)
			}
			if n < 0 {
				n, m = s.shortNameAfterOr(sp)
			}
			switch {
			case m > n+1:
				if byPhrase == nil {
					byPhrase = map[string]int32{}
				}
				byPhrase[s.keyOf(n, m)] = int32(f)
				// and its name word alone: "kata Ami" after "Siti Aminah … yang akrab
				// disapa Bu Ami"
				calls = append(calls, described{full: int32(f), word: m - 1})
			case m == n+1:
				calls = append(calls, described{full: int32(f), word: n})
			}
		}
	}
	named := len(calls) // calls[:named] follow full names; the rest follow descriptors
	var called []int32  // persons of two words or more in text order, when a call name needs them
	// call names given where they are used, after a cue and perhaps an honorific: "kata
	// Melki, sapaan akrabnya" names the latest person a word of whose name holds it
	// (Emanuel Melkiades Laka Lena); so does "tutur Pak Parno, sapaan warga kepadanya"
	// (Suparno Hadi Prayitno). In a document with no call noun (callNoun, whose words
	// have rareCall), only a real name in brackets after the word is read below
	// (realNameInBrackets): then the capitalised words right before a "(" are read, found
	// from the marks, which list every "(" (isMark), rather than all of them.
	beforeCalls := s.caps
	if s.rareCues&rareCall == 0 {
		var room [16]int32
		beforeCalls = room[:0]
		for _, p := range s.marks {
			if p > 0 && s.toks[p].End-s.toks[p].Start == 1 && s.text[s.toks[p].Start] == '(' {
				if _, ok := slices.BinarySearch(s.caps, p-1); ok {
					beforeCalls = append(beforeCalls, p-1)
				}
			}
		}
	}
	for _, c := range beforeCalls {
		i := int(c)
		if i+3 >= len(s.toks) || s.toks[i+1].End-s.toks[i+1].Start != 1 {
			continue // (both read three tokens after the word, the first "(" or ",")
		}
		next := s.text[s.toks[i+1].Start]
		if next == '(' && i+4 < len(s.toks) {
			if f := s.realNameInBrackets(i); f >= 0 {
				// a stage name and its bearer's real name in brackets: "sang leader
				// Taeo (Kim Tae-oh)", whose later "ujar Taeo" is Kim Tae-oh's
				calls = append(calls, described{full: int32(f), word: i})
				full := s.spans[f]
				if o := s.owner[i]; o >= 0 {
					s.copyIdentity(&s.spans[o], &full)
				} else {
					sp := s.ruleSpan(i, i+1, full.typ, ruleNone)
					s.copyIdentity(&sp, &full)
					s.addSpan(sp)
				}
			}
			continue
		}
		if next == ',' && callNoun(s.lowAt(i+2)) && s.toks[i].Kind == tokenize.Word {
			if s.lowAt(i+3) == "akrab" && i+4 < len(s.toks) && s.isCap(i+4) {
				// the person named after it: "kata Djanur, sapaan akrab Djadjang", whose
				// name the person named before holds (Djadjang Nurdjaman), or "Vlado,
				// panggilan akrab Vladimir Vujovic", a full name right there
				if o := s.owner[i+4]; o >= 0 && s.spans[o].first == i+4 && s.spans[o].last-s.spans[o].first >= 2 &&
					(s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
					calls = append(calls, described{full: o, word: i})
					continue
				}
				if called == nil {
					called = s.namedPersons()
				}
				if f := s.personCalled(called, i+4); f >= 0 {
					calls = append(calls, described{full: int32(f), word: i})
				}
				continue
			}
			if i > 0 && (s.cueOf(i-1) != cueNone || i > 1 && s.is(i-1, fRank) && s.cueOf(i-2) != cueNone) {
				if called == nil {
					called = s.namedPersons()
				}
				if f := s.personCalled(called, i); f >= 0 {
					calls = append(calls, described{full: int32(f), word: i})
				}
			}
		}
	}
	// a stage name before its bearer's real name: "Pim yang bernama asli Pimchanok
	// Rattanakul", "Seoa, yang bernama asli Han Seo-ah"
	for _, c := range s.caps {
		if !realNames {
			break
		}
		if f, n := s.realNameAfter(int(c)); f >= 0 {
			calls = append(calls, described{full: int32(f), word: n})
		}
	}
	// call names given after a descriptor that starts the sentence: "Aktor yang akrab
	// disapa Eja itu" names the person the text was last about (in a document with a
	// nickname cue)
	cued := s.caps
	if s.cues&fNickCue == 0 {
		cued = nil
	}
	for _, c := range cued {
		i := int(c)
		if i < 2 || !s.is(i-1, fNickCue) {
			continue
		}
		// the descriptor right before "yang akrab disapa", at the sentence's start or not:
		// "Setiap pagi perempuan yang akrab disapa Inaq Murni itu …"
		k := i - 1
		for k > 0 && i-k <= 4 && (s.is(k, fNickCue) || s.is(k, fNickFiller)) {
			k--
		}
		if k < s.sentenceOf(i).First || !s.is(k, fCommon) || s.owner[k] >= 0 || k+1 >= i {
			continue
		}
		n, m := s.nicknameAfter(k + 1)
		if n != i {
			continue
		}
		f := s.personBefore(k)
		if f < 0 {
			continue
		}
		if m > n+1 {
			if byPhrase == nil {
				byPhrase = map[string]int32{}
			}
			byPhrase[s.keyOf(n, m)] = int32(f)
			// and its name word alone, as after a full name: "ujar Ida" after "Ibu dua anak
			// yang akrab disapa Uni Ida itu"
			calls = append(calls, described{full: int32(f), word: m - 1})
		} else {
			calls = append(calls, described{full: int32(f), word: n})
		}
	}
	// a call name given after a short mention of a full name named before: "Rizky, yang
	// akrab disapa Kiki" after Rizky Pratama Hidayat names him (in a document with a
	// nickname cue; a name of one word with an age after it is a full name, above)
	for f := range s.spans {
		if cued == nil {
			break
		}
		sp := &s.spans[f]
		if sp.dead || sp.last-sp.first != 1 || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.last+2 >= len(s.toks) ||
			s.word(sp.last) != "," && !s.is(sp.last, fNickFiller) || s.ageAfter(sp.last) {
			continue
		}
		if n, m := s.nicknameAfter(sp.last); m == n+1 {
			if called == nil {
				called = s.namedPersons()
			}
			if full := s.personCalled(called, sp.first); full >= 0 {
				calls = append(calls, described{full: int32(full), word: n})
			}
		}
	}
	next := 0 // the next of calls[:named] to add
	// the persons of one word, for the three walks below, which read no other span and
	// change none; room for every span made at once, as a long document's list grown by
	// appends would leave several times its size in old arrays (4 bytes a span, against the
	// span's own 136)
	if cap(s.onePersons) < len(s.spans) {
		s.onePersons = make([]int32, 0, len(s.spans))
	}
	ones := s.onePersons[:0]
	for f := range s.spans {
		sp := &s.spans[f]
		person := !sp.dead && (sp.typ == gazetteer.Leader || sp.typ == gazetteer.Person)
		if !person || sp.last-sp.first < 2 || sp.last-sp.first == 2 && leadingParticle(s.lowAt(sp.first)) {
			if person && sp.last-sp.first == 1 {
				ones = append(ones, int32(f))
			}
			// (a surname with its particle is a short mention: "de Villiers", "Van Doorn");
			// a name of one word with an age after it may have a call name all the same:
			// "Suparman (54), yang akrab disapa Parman"
			for ; next < named && int(calls[next].full) <= f; next++ {
				if int(calls[next].full) == f {
					add(calls[next].word, int32(f))
				}
			}
			continue
		}
		if byPhrase != nil && sp.last-sp.first == 2 {
			if full, ok := byPhrase[s.keyOf(sp.first, sp.last)]; ok && int(full) != f {
				// a call name's mention is no full name of its own: its name word stands
				// for the person it names ("Owi"), its honorific for no one ("Kak")
				add(sp.last-1, full)
				continue
			}
		}
		for i := sp.first; i < sp.last; i++ {
			// a word of two letters only as the first word of a personal name whose other
			// words are shaped like names, and no ordinary word: the Chinese surname of "He
			// Yongqian", not "Di", "Ia" or "Mi A1"
			short := len(s.word(i)) < 3 && !s.twoLetterSurname(sp, i)
			if s.toks[i].Kind != tokenize.Word || short || !s.isCap(i) || s.is(i, fParticle) || s.is(i, fStop) && !s.stopInName(i) ||
				i == sp.first && s.is(i, fRank) && honorific(s.word(i)) {
				continue // (nor a month inside a name: "Muhammad Bayu Ramadhan", then "Ramadhan"; nor a call name's "Pak")
			}
			if k, seen := add(i, int32(f)); seen && identity(&s.spans[persons[k].full]) != identity(sp) && persons[k].ambiguousFrom == 0 &&
				!s.sameTail(&s.spans[persons[k].full], sp) && !s.spelledAlike(&s.spans[persons[k].full], sp) {
				persons[k].ambiguousFrom = ambiguousAll
				if full := &s.spans[persons[k].full]; s.firstMeantUntil(full, sp, i) {
					// a family name two persons share: the first is the one meant until
					// the second is named ("Alex Lowes …, Lowes …" before "Sam Lowes");
					// words other names share in other places may be a brand's or a
					// series' ("Moto Z", "Moto Mods"), ambiguous from the start
					persons[k].ambiguousFrom = int32(sp.start)
				} else if typer.Trace == nil && full.start > sp.start {
					// the same with the two met in the other order: a rule may have added
					// the earlier name after the later one ("Sopir …, Ketut Sujana (46), …"
					// before "Ketua Organda Bali I Ketut Artana"), and the earlier is the
					// one meant until the later is named (not for the typer's trainer)
					if j := s.tokenOfWord(full, i); j >= 0 && s.firstMeantUntil(sp, full, j) {
						persons[k].full, persons[k].ambiguousFrom = int32(f), int32(full.start)
					}
				}
			}
		}
		for ; next < named && int(calls[next].full) <= f; next++ {
			if int(calls[next].full) < f {
				continue // after a call name's mention, which names no one new
			}
			if k, seen := add(calls[next].word, int32(f)); seen && identity(&s.spans[persons[k].full]) != identity(sp) {
				persons[k].ambiguousFrom = ambiguousAll
			}
		}
	}
	for _, d := range calls[named:] {
		if len(s.lowAt(d.word)) > 0 {
			add(d.word, d.full)
		}
	}
	// a name of one word with an age after it, which no longer name holds, is a full name
	// too: "dua korban, Sarmidi (47) dan …", then "Sarmidi"; not "Bambang (52)" after
	// "Bambang Hermawan"
	s.onePersons = ones
	for _, f := range ones {
		if sp := &s.spans[f]; s.agedName(sp) {
			if _, ok := byWord.get(s, s.lowAt(sp.first)); !ok {
				add(sp.first, f)
			}
		}
	}
	// so is a name of one word that an honorific or a speech cue gives a person: "Mbak
	// Jupe", then "menjenguk Jupe"; "kata Soleh", then "Soleh menambahkan" (not for the
	// typer's trainer), unless it is a call name of a fuller name there: "kata Budi" after
	// "Achmad Budiharto"; one made of the heads of a full name's words stands for that name
	// ("kak Jupe", then "menjenguk Jupe", after "Julia Perez")
	var fulls *fullNames // built once the walks reach fullNamesIndexed spans: the loop changes no span
	walked := 0
	for k := 0; typer.Trace == nil && k < len(ones); k++ {
		if f := int(ones[k]); s.addressedName(&s.spans[f]) {
			sp := &s.spans[f]
			if _, ok := byWord.get(s, s.lowAt(sp.first)); !ok {
				if walked += len(s.spans); fulls == nil && walked > fullNamesIndexed {
					fulls = s.fullNameIndex()
				}
				if full := s.syllableName(fulls, s.lowAt(sp.first)); full >= 0 {
					add(sp.first, int32(full)) // the heads of a full name's words: "kak Jupe" for Julia Perez
				} else if !s.callsFullName(fulls, s.lowAt(sp.first)) {
					add(sp.first, int32(f))
				}
			}
		}
	}
	// and so is a name of one word that the document gives a person in two sentences or
	// more, each time from its own context ("melaporkan Nelly", "pengacara Nelly"): a name
	// it goes on calling that person by where it opens a sentence ("Nelly kemudian mencuit
	// …"), the subject the story goes on about; elsewhere the word may be a title's or a
	// brand's that the typer read as a name ("film ' Aladdin '", "ritel Jysk")
	once := &s.once // the first span of each such name met since it was last added, or -1 once added
	onceReady := false
	for k := 0; typer.Trace == nil && k < len(ones); k++ {
		f := int(ones[k])
		sp := &s.spans[f]
		if sp.typ != gazetteer.Person || sp.entry != nil {
			continue
		}
		if !onceReady {
			once.reset(0)
			onceReady = true
		}
		w := s.lowAt(sp.first)
		sl := once.slot(s, w)
		if sl == nil || sl.val < 0 {
			// (a name added is looked for afresh from its next mention)
			if sl == nil {
				once.put(s, sp.first, f, 0)
			} else {
				sl.val = int32(f)
			}
			continue
		}
		first := sl.val
		if s.sentIndex(s.spans[first].first) == s.sentIndex(sp.first) {
			continue
		}
		sl.val = -1
		if _, ok := byWord.get(s, w); ok || !s.plainName(sp) {
			continue // (a word of a full name: linked already)
		}
		if walked += len(s.spans); fulls == nil && walked > fullNamesIndexed {
			fulls = s.fullNameIndex()
		}
		if s.syllableName(fulls, w) < 0 && !s.callsFullName(fulls, w) {
			if k, seen := add(s.spans[first].first, first); !seen {
				persons[k].openerOnly = true
			}
		}
	}
	s.persons = persons
	// call names of two words, said later as a name of their own: "kata Acil Nisa"
	for k := 0; byPhrase != nil && k < len(s.spans); k++ {
		sp := &s.spans[k]
		if sp.last-sp.first != 2 || sp.entry != nil || sp.dead {
			continue
		}
		if f, ok := byPhrase[s.keyOf(sp.first, sp.last)]; ok && int(f) != k && sp.first > s.spans[f].first {
			s.copyIdentity(sp, &s.spans[f])
		}
	}
	// short mentions: one-word person spans made by rules, and free capitalised words
	caps := s.caps
	if byWord.n == 0 {
		caps = nil // no full name to refer back to
	}
	skipTo := 0 // the token after the last free words joined into one mention
	for _, c := range caps {
		i := int(c)
		if i < skipTo {
			continue
		}
		// the word, or else its stem without the clitic, if the keys that may begin with
		// its first byte have its length or the stem's (a quick no for most words)
		w, suffix := s.lowAt(i), int(s.toks[i].Suffix)
		lens := lensBy[w[0]&63]
		whole := lens&(1<<min(len(w), 63)) != 0
		if !whole && (suffix == 0 || lens&(1<<min(max(len(w)-suffix, 0), 63)) == 0) {
			continue
		}
		if s.is(i, fStop) && !s.stopInName(i) {
			continue // a surname that a time zone shares, outside a name: "de Wit", then "10.00 WIT"
		}
		k, ok := 0, false
		if whole {
			k, ok = byWord.get(s, w)
		}
		whole = ok
		if !ok && suffix > 0 {
			k, ok = byWord.get(s, w[:len(w)-suffix])
		}
		if !ok || int(s.toks[i].Start) < s.spans[persons[k].full].start {
			continue // only a later mention refers back to the full name
		}
		if a := persons[k].ambiguousFrom; a != 0 && int(s.toks[i].Start) >= int(a) {
			continue // after a second full name that shares the word, either may be meant;
			// before it, the first is: "Alex Lowes …, Lowes …" before "Sam Lowes"
		}
		if s.owner[i] == persons[k].full {
			continue // the full name itself (a name of one word: see agedName)
		}
		if persons[k].openerOnly && !s.subjectMention(i) {
			continue // a repeated name of one word, read only as a clause's subject
		}
		full := &s.spans[persons[k].full]
		if full.entry == nil && full.source.model && s.cues&fRareCue != 0 && !s.givenName(i) && !s.lex.givenWords[w] && s.offeredAs(i, s.capitalRunEnd(i)) {
			continue // a name the document writes after a noun for a product or a service,
			// the thing's, though a guessed person's name holds its first word: "Mytra Guard"
			// after "layanan Mytra Guard" and "Business Leader Mytra Gina Permana" (see
			// offeredAs; not "kata Sekar" after "produk Sekar Lawu" and "Sekar Ayu Larasati")
		}
		if k := s.owner[i]; k >= 0 {
			sp := &s.spans[k]
			if full.last-full.first == 1 && !s.agedName(full) && sp.typ != full.typ {
				continue // a leader's mention keeps its type from an addressed name's (see addressedName): "Gubernur Zulfan" after "ujar Zulfan"
			}
			if sp.start > int(s.toks[i].Start) {
				continue // a pair's second name, a name of its own (see personPairs)
			}
			if sp.last-sp.first == 1 && sp.entry != nil && (sp.entry.Type == gazetteer.Country || sp.entry.Type == gazetteer.Location) &&
				(full.entry == nil || knownPerson(full)) && full.first != i && (s.lowAt(full.first) == s.lowAt(i) &&
				(s.givenName(i) || full.source.rule == rulePlaceName || full.source.rule == ruleTitle) || s.lowAt(full.last-1) == s.lowAt(i)) &&
				(s.lex.cues[s.prevLow(i)] == cuePost || s.lex.cues[s.prevLow(i)] == cuePostOnly || s.lex.cues[s.prevLow(i)] == cueSource ||
					i+1 < len(s.toks) && s.cueOf(i+1) == cuePre ||
					sp.entry.Type == gazetteer.Country && !strings.EqualFold(sp.entry.Name, s.word(i)) && !s.placeContext(i)) {
				// (or anywhere but after a preposition of place, when the word is not the
				// country's Indonesian name but a foreign form of it: "Jordan" after "Jordan
				// Wattimena" is the player, where Indonesian writes the country Yordania)
				// the first word of a person named after a place, said alone later as a
				// speaker: "ujar Jordan" after "Jordan Wibisono", "kata Bandung" after
				// "DPRD Balikpapan Bandung Prasetyo" (see mergePlace, placeBeginsName,
				// placeOpensName), or its last word: "ujar Manna" after "Giovanni Manna";
				// elsewhere the word stays the place ("Israel" after "Israel Adar Gandelsman")
				sp.country = ""
				s.copyIdentity(sp, full)
				continue
			}
			if typer.Trace == nil && sp.last-sp.first == 1 && sp.entry != nil && sp.entry.Type == gazetteer.Location && full.entry == nil &&
				full.last-full.first >= 2 && full.first < i && s.lowAt(full.first) == s.lowAt(i) && !s.placeContext(i) && !s.homeGivenBefore(i) &&
				(i == 0 || !s.isCap(i-1) || s.sentenceOf(i).First == i || s.is(i-1, fRank)) && !(i+2 < len(s.toks) && s.word(i+1) == "," && s.owner[i+2] >= 0 && s.spans[s.owner[i+2]].typ == gazetteer.Location) && !s.placeBeforeConnector(i) {
				// the first word of a person named in full before, a place's name too, said
				// alone anywhere but after a preposition of place or a word of origin:
				// "ketika Wellington menyambar …" after "Wellington Ramos", "dengan Darwin
				// selama …" after "Darwin Manafe", "Pak Gesang" after "Gesang Martohartono"
				// (still the city: "di Darwin", "warga Darwin", "Darwin, Australia", "dari
				// Broome dan Darwin"; not for the typer's trainer)
				sp.country = ""
				s.copyIdentity(sp, full)
				continue
			}
			if sp.last-sp.first == 1 && sp.entry != nil && (sp.entry.Type == gazetteer.Location || sp.entry.Type == gazetteer.Organization) &&
				(full.entry == nil || knownPerson(full)) && full.last-full.first >= 2 && !s.placeContext(i) &&
				((s.givenName(full.first) || knownPerson(full)) && s.lowAt(full.last-1) == s.lowAt(i) && full.last-1 != i ||
					s.x.companies[sp.entry] && s.givenName(i) && full.first != i && s.lowAt(full.first) == s.lowAt(i) && !s.orgIntroduced(i)) {
				// (or its first name that a company's shares: "diterima Aldi" after "Aldi
				// Kurniawan", not "supermarket Aldi")
				// a person's family name that a city or a club shares, said alone after the
				// full name, which opens with a known first name: "Girona finis kedua" after
				// "Marc Girona", "rekor Charlton" after "Bobby Charlton" (not after a
				// preposition of place or a word that introduces a body: "di Girona", "klub
				// Girona")
				sp.country = ""
				s.copyIdentity(sp, full)
				continue
			}
			if sp.last-sp.first == 1 && sp.entry != nil && (sp.entry.Type == gazetteer.Country || sp.entry.Type == gazetteer.Location) &&
				full.entry == nil && s.lowAt(full.last-1) == s.lowAt(i) && s.balineseStart(full.first, full.last) {
				// a Balinese name's last word is what its bearer is called by, a place's
				// name or not: "Sukadana diwajibkan …" after "I Made Sukadana"
				sp.country = ""
				s.copyIdentity(sp, full)
				continue
			}
			particled := sp.last-sp.first == 2 && sp.first == i-1 && leadingParticle(s.lowAt(sp.first)) // "de Villiers", "Van Doorn"
			if sp.last-sp.first != 1 && !particled || sp.entry != nil && sp.entry.Type != gazetteer.Person && sp.entry.Type != gazetteer.Leader {
				continue
			}
			if sp.entry != nil && full.entry != nil && sp.entry != full.entry {
				continue
			}
			if b := i - 1; sp.first == i && b >= 0 && s.owner[b] < 0 && s.isCap(b) && s.is(b, fParticle) && s.toks[i].Start == s.toks[b].End+1 && s.particleBefore(full, i) {
				// the surname with its particle, capitalised alone: "De Wit" after "Jeroen de Wit"
				sp.first, sp.start, s.owner[b] = b, int(s.toks[b].Start), int32(k)
			}
			s.copyIdentity(sp, full)
			continue
		}
		if s.isInitial(i) && s.is(i, fCommon) {
			continue
		}
		if n := i + 1; typer.Trace == nil && full.last-full.first == 1 && n < len(s.toks) && s.toks[n].Kind == tokenize.Word && s.isCap(n) &&
			s.toks[n].Start == s.toks[i].End+1 && !s.isInitial(n) {
			continue // a name of one word as the first word of a longer one: "Harry Potter" after "Mbak Harry"
		}
		e := i + 1
		if whole {
			e = s.nameRunOf(full, i)
		}
		skipTo = e
		b := i
		if i > 0 && s.owner[i-1] < 0 && s.isCap(i-1) && s.is(i-1, fParticle) && s.toks[i].Start == s.toks[i-1].End+1 && s.particleBefore(full, i) {
			b = i - 1 // the surname with its particle, capitalised alone: "De Wit" after "Jeroen de Wit"
		}
		sp := s.ruleSpan(b, e, full.typ, ruleNone)
		if t := s.toks[i]; t.Suffix > 0 && !whole {
			sp.end -= int(t.Suffix)
		}
		s.copyIdentity(&sp, full)
		s.addSpan(sp)
	}
	s.linkShortenedNames(persons)
	s.linkPairHalves(persons)
	// mentions of one name share its id, and often come in numbers (see idOf)
	for k := range s.spans {
		if sp := &s.spans[k]; sp.id == "" {
			sp.id = s.idOf(sp.name)
		}
	}
	s.leadersThroughout()
}

// leadersThroughout makes every mention of a person the document names a leader somewhere
// (by a title: "Menteri Perindustrian Haryanto Wibisono") a leader too, as ANNOTATION.md
// has a later mention take its entity's type: "Haryanto Wibisono meninjau mesin baru" after
// it, and "Zumi Zola Zulkifli" after "Gubernur Jambi Zumi Zola". Only the document's own
// persons, by their document id; the gazetteer's have their type from their entry.
func (s *state) leadersThroughout() {
	var leaders map[string]bool
	var names map[string]bool // the leaders' names of two words or more, in small letters
	for k := range s.spans {
		if sp := &s.spans[k]; !sp.dead && sp.typ == gazetteer.Leader && sp.entry == nil && strings.HasPrefix(sp.id, "doc:") {
			if leaders == nil {
				leaders = map[string]bool{}
			}
			leaders[sp.id] = true
			if typer.Trace == nil && strings.IndexByte(sp.name, ' ') > 0 {
				if names == nil {
					names = map[string]bool{}
				}
				names[strings.ToLower(sp.name)] = true
			}
		}
	}
	if leaders == nil {
		return
	}
	// so is a fuller name that a leader's name of two words or more opens, the same person
	// named in full: "Zumi Zola Zulkifli" after "Gubernur Jambi Zumi Zola" (not for the
	// typer's trainer)
	for k := 0; len(names) > 0 && k < len(s.spans); k++ {
		if sp := &s.spans[k]; !sp.dead && sp.typ == gazetteer.Person && sp.entry == nil && !leaders[sp.id] && strings.HasPrefix(sp.id, "doc:") {
			var arr [64]byte // the name in small letters, on the stack for most names
			low := arr[:0]
			if len(sp.name) <= len(arr) && isASCII(sp.name) {
				for i := 0; i < len(sp.name); i++ {
					c := sp.name[i]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					low = append(low, c)
				}
			} else {
				low = []byte(strings.ToLower(sp.name))
			}
			for j := 1; j < len(low) && len(low) == len(sp.name); j++ {
				if low[j] == ' ' && names[string(low[:j])] {
					leaders[sp.id] = true
					break
				}
			}
		}
	}
	for k := range s.spans {
		if sp := &s.spans[k]; !sp.dead && sp.typ == gazetteer.Person && sp.entry == nil && leaders[sp.id] {
			sp.typ = gazetteer.Leader
		}
	}
}

// joinRepeatedNames makes one mention of two person spans side by side, one space apart,
// that link gave the same person, when together they are words of that person's name in
// order: a full name said again whose words other rules took one by one ("Carlos
// Valencia baru bergabung" after "Carlos Valencia", its last word a club's city too).
func (s *state) joinRepeatedNames() {
	for _, c := range s.caps {
		i := int(c)
		k := s.owner[i]
		if k < 0 || i+1 >= len(s.toks) {
			continue
		}
		// (the next token's owner first, which most often is none or the same span)
		k2 := s.owner[i+1]
		if k2 < 0 || k2 == k || s.spans[k].last != i+1 {
			continue
		}
		a, b := &s.spans[k], &s.spans[k2]
		if a.typ != gazetteer.Person && a.typ != gazetteer.Leader || b.typ != a.typ || b.first != i+1 || a.id == "" || a.id != b.id ||
			a.end != int(s.toks[i].End) || b.start != int(s.toks[i+1].Start) || b.start != a.end+1 ||
			!strings.Contains(" "+a.name+" ", " "+s.text[a.start:b.end]+" ") {
			continue
		}
		sp := *a
		sp.last, sp.end = b.last, b.end
		s.removeSpan(int(k2))
		s.removeSpan(int(k))
		s.addSpan(sp)
	}
}

// nameRunOf returns the end of the free capitalised words from token i on that spell,
// word for word, consecutive words of person span full: a name said again in full where no
// rule proposed it, as in a headline or a link in Title Case ("Baca juga: Ayudia Safitri
// Gugat Cerai Suami" after "penyanyi Ayudia Safitri"), is one mention, not one per word.
// It is i+1 when token i is no word of full or the next word does not follow on.
func (s *state) nameRunOf(full *span, i int) int {
	p := -1
	for k := full.first; k < full.last; k++ {
		if s.lowAt(k) == s.lowAt(i) {
			p = k
			break
		}
	}
	if p < 0 {
		return i + 1
	}
	e := i + 1
	for p+1 < full.last && e < len(s.toks) && s.owner[e] < 0 && s.toks[e].Kind == tokenize.Word && s.isCap(e) &&
		!s.paraBreak(e) && s.toks[e].Start == s.toks[e-1].End+1 && s.lowAt(e) == s.lowAt(p+1) {
		e++
		p++
	}
	return e
}

// particleBefore reports whether the word of person span full that token i repeats has the
// particle at token i-1 before it: "de" before "Wit" in "Jeroen de Wit".
func (s *state) particleBefore(full *span, i int) bool {
	for k := full.first + 1; k < full.last; k++ {
		if s.lowAt(k) == s.lowAt(i) {
			return s.lowAt(k-1) == s.lowAt(i-1)
		}
	}
	return false
}

// personPairs splits a person's span that joins two persons' names with a hyphen, as an
// election ticket or a pair does, into the two: "Hendra Saputra-Rini Oktaviani" (two words
// or more on each side), any two after a word for a pair ("pasangan Anies-Sandi",
// "paslon Joni Saputra-Ermawati"), or two call names each of a person the text names
// elsewhere ("elektabilitas Anies-Sandi naik" after Anies Baswedan and Sandiaga Uno). One person's hyphenated name stays whole: "Kwame
// Asante-Boateng", "Jean-Pierre de Wilde", "Catherine Zeta-Jones". The two share the
// hyphenated token, as placePairs' places do; the second has no title of its own.
func (s *state) personPairs() {
	if s.hyphenShapes()&hyphenSmallCapital == 0 {
		return // (each split needs a pairHyphen, a hyphen between a small letter and a capital)
	}
	var known map[string]bool // the words of the persons' names, when a bare pair asks
	pairScans := 0            // bare pairs read against known, maxPrefixScans at most
	for k, n := 0, len(s.spans); k < n; k++ {
		if at := &s.spans[k]; at.dead || at.entry != nil || at.typ != gazetteer.Person && at.typ != gazetteer.Leader || s.knownPairStart(k) {
			continue
		}
		sp := s.spans[k] // (copied only for the few read further)
		for t := sp.first; t < sp.last; t++ {
			h := s.pairHyphen(t)
			if h < 0 {
				continue
			}
			w := s.word(t)
			pair := s.pairBefore(sp.first)
			if !pair && sp.last-sp.first == 1 {
				// a bare pair of call names, each a person the text names elsewhere:
				// "elektabilitas Anies-Sandi naik" after Anies Baswedan and Sandiaga Uno
				if known == nil {
					known = s.personWords(k)
				}
				if pairScans < maxPrefixScans {
					pairScans++
					pair = !known[strings.ToLower(w)] && knownCallName(known, strings.ToLower(w[:h])) && knownCallName(known, strings.ToLower(w[h+1:]))
				}
				// (not a hyphenated name that a person's name holds: "Jung-Jin" after "Lee Jung-Jin")
			}
			if !pair && (t-sp.first < 1 || sp.last-t < 2 || s.ordinary(strings.ToLower(w[:h])) || s.ordinary(strings.ToLower(w[h+1:]))) {
				break // (after a word for a pair, a call name may be a word too: "Anies-Sandi")
			}
			left, right := sp, sp
			left.last, left.end = t+1, int(s.toks[t].Start)+h
			right.first, right.start = t, int(s.toks[t].Start)+h+1
			left.name, right.name = oneLine(s.text[left.start:left.end]), oneLine(s.text[right.start:right.end])
			right.role, right.typ = "", gazetteer.Person
			if typer.Trace == nil {
				// a half the gazetteer knows is that person: "Joko Widodo-Rudi Santoso"
				// (not for the typer's trainer)
				s.knownHalf(&left)
				s.knownHalf(&right)
			}
			s.removeSpan(k)
			s.addSpan(left)
			s.addSpan(right)
			break
		}
	}
}

// royalWords are the royal words that royalFirstNames takes into the name after them, as
// its first word ("Raja Sitompul Harahap"); in small letters, they have fRareCue and rareSundry.
var royalWords = [...]string{"Raja", "Ratu", "Sultan"}

// knownPairStart splits person span k, which a hyphenated token opens, when the part of
// the token before the hyphen ends the name of a person the gazetteer knows, begun by the
// known person's span right before it: in "Anies Baswedan-Sandiaga Uno" the gazetteer's
// match stopped at "Anies", the token not being "Baswedan", and the rules took the rest as
// one person; it is the leader Anies Baswedan and the person Sandiaga Uno (the known one,
// when the gazetteer knows the second name too: "Prabowo Subianto-Hatta Rajasa"). Both
// share the token, as personPairs' halves do. It reports whether it split the span. Not
// for the typer's trainer.
func (s *state) knownPairStart(k int) bool {
	sp := s.spans[k]
	t := sp.first
	if typer.Trace != nil || t == 0 || s.owner[t-1] < 0 || s.toks[t-1].End+1 != s.toks[t].Start {
		return false
	}
	h := s.pairHyphen(t)
	o := int(s.owner[t-1])
	prev := s.spans[o]
	if h < 0 || prev.entry == nil || prev.last != t || prev.typ != gazetteer.Person && prev.typ != gazetteer.Leader {
		return false
	}
	at := int(s.toks[t].Start) + h
	e := personEntry(s.x.gaz.Lookup(s.text[prev.start:at]))
	if e == nil {
		return false
	}
	left := prev
	left.last, left.end = t+1, at
	if e != prev.entry {
		if prev.role == prev.entry.Role {
			left.role = e.Role
		}
		left.entry, left.typ, left.id, left.name, left.country = e, e.Type, e.ID, e.Name, e.Country
	}
	right := sp
	right.first, right.start = t, at+1
	right.name, right.role, right.typ = oneLine(s.text[right.start:right.end]), "", gazetteer.Person
	s.knownHalf(&right)
	s.removeSpan(o)
	s.removeSpan(k)
	s.addSpan(left)
	s.addSpan(right)
	return true
}

// knownHalf makes half sp of a pair of persons that a hyphen joins the person or leader
// the gazetteer knows by its text, when it knows one: "Sandiaga Uno" in "Anies
// Baswedan-Sandiaga Uno", "Joko Widodo" in "Joko Widodo-Rudi Santoso".
func (s *state) knownHalf(sp *span) {
	if sp.entry != nil {
		return
	}
	if e := personEntry(s.lookup(s.text[sp.start:sp.end])); e != nil {
		sp.entry, sp.typ, sp.id, sp.name, sp.country = e, e.Type, e.ID, e.Name, e.Country
		if sp.role == "" {
			sp.role = e.Role
		}
		sp.source = source{rule: ruleGazetteer}
	}
}

// personEntry returns the first of entries es if it is a person's or a leader's, or nil.
func personEntry(es []*gazetteer.Entry) *gazetteer.Entry {
	if len(es) == 0 || es[0].Type != gazetteer.Person && es[0].Type != gazetteer.Leader {
		return nil
	}
	return es[0]
}

// personWords returns the words, in small letters, of the names and texts of the persons
// and leaders among the spans but span skip and pairs of call names, alone or opening a
// longer run whole ("Anies-Sandi Umumkan Tim Pengarah", a headline's; not the second half
// of a pair split before, "Djarot Saiful Hidayat" of "Ahok-Djarot Saiful Hidayat"),
// hyphenated words whole.
func (s *state) personWords(skip int) map[string]bool {
	words := map[string]bool{}
	for k := range s.spans {
		if sp := &s.spans[k]; k != skip && !sp.dead && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) &&
			!(s.pairHyphen(sp.first) >= 0 && (sp.last-sp.first == 1 || typer.Trace == nil && sp.start == int(s.toks[sp.first].Start))) { // (nor another mention of a pair)
			for _, f := range strings.Fields(strings.ToLower(sp.name + " " + s.text[sp.start:sp.end])) {
				words[f] = true
			}
		}
	}
	return words
}

// maxPrefixScans bounds the scans over a document's person words that linkPairHalves and
// personPairs make for the halves of pairs, each as long as the words are many, so that a
// text of thousands of pairs stays linear.
const maxPrefixScans = 64

// knownCallName reports whether w, in small letters, is one of the words known or the
// first four letters or more of one: "sandi" for Sandiaga.
func knownCallName(known map[string]bool, w string) bool {
	if known[w] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for k := range known {
		if len(k) > len(w) && strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// royalFirstNames gives back its first word to a person's name that a royal title word
// opens as a given name: "Juru Bicara KOI Raja Sitompul Harahap" is Raja Sitompul Harahap,
// whom "kata Raja" names later, as Batak and Malay names often begin with Raja, Ratu or
// Sultan. The word counts so when it follows other title words or a body's name (not when
// it opens its sentence or follows a preposition, where it is the title: "Raja Salman",
// "bertemu Raja Yordania"), also after a comma that ends the role ("Ketua KONI DKI Jakarta,
// Raja Sapta Ervian"), and the name after it ends in a family name the lists know or has
// two words shaped like a person's.
func (s *state) royalFirstNames() {
	if s.rareCues&rareSundry == 0 {
		return // (the royal word is one of royalWords, which have rareSundry)
	}
	for k, n := 0, len(s.spans); k < n; k++ {
		// the royal word first, which few spans have before them; the span is copied
		// only for the few kept
		at := &s.spans[k]
		if at.dead || at.entry != nil || at.typ != gazetteer.Person && at.typ != gazetteer.Leader || at.first < 2 {
			continue
		}
		r := at.first - 1
		if w := s.word(r); w != royalWords[0] && w != royalWords[1] && w != royalWords[2] || s.owner[r] >= 0 || s.toks[r].End+1 != s.toks[at.first].Start ||
			!s.lex.surnames[s.lowAt(at.last-1)] && !(at.last-at.first >= 2 && s.personShaped(at.first, at.last)) {
			continue
		}
		sp := *at
		p := r - 1
		if p > 0 && s.word(p) == "," {
			p-- // set off after the role: "Ketua KONI DKI Jakarta, Raja Sapta Ervian"
		}
		if s.startsSentence(r) || !(s.inRole(p) || s.is(p, fTitle) || s.owner[p] >= 0 && s.spans[s.owner[p]].typ != gazetteer.Person && s.spans[s.owner[p]].typ != gazetteer.Leader) {
			continue
		}
		s.removeSpan(k)
		sp.first, sp.start = r, int(s.toks[r].Start)
		sp.name = s.spanText(sp.first, sp.last)
		if strings.EqualFold(sp.role, s.word(r)) {
			sp.role, sp.typ = "", gazetteer.Person // the word was its only title: "Ganda campuran Indonesia Raja Pardede"
		}
		s.addSpan(sp)
	}
}

// pairWord reports whether w, in small letters, introduces two persons as a pair:
// "pasangan", "paslon", "duet", "duo".
func pairWord(w string) bool {
	return w == "pasangan" || w == "paslon" || w == "duet" || w == "duo"
}

// pairBefore reports whether a word for a pair stands right before token i, perhaps with
// a word for candidates after it: "pasangan Anies-Sandi", "pasangan calon Asrul-Hugua",
// "paslon cagub-cawagub Ridwan Kamil-Uu Ruzhanul Ulum" (the candidates' words not for the
// typer's trainer, whose weights were made without them).
func (s *state) pairBefore(i int) bool {
	if i > 0 && pairWord(s.lowAt(i-1)) {
		return true
	}
	if i < 2 || typer.Trace != nil {
		return false
	}
	switch s.lowAt(i - 1) {
	case "calon", "kandidat", "cagub-cawagub", "cabup-cawabup", "cawalkot-cawawalkot", "cawali-cawawali", "capres-cawapres":
		return pairWord(s.lowAt(i - 2))
	}
	return false
}

// pairHyphenIn reports whether a token of [first, last) joins two names with a hyphen
// (see pairHyphen), neither of them a country's or a place's: "Asrul-Hugua", not
// "Australia-Selandia".
func (s *state) pairHyphenIn(first, last int) bool {
	for t := first; t < last; t++ {
		if h := s.pairHyphen(t); h >= 0 {
			w := s.word(t)
			return placeEntry(s.lookup(w[:h])) == nil && placeEntry(s.lookup(w[h+1:])) == nil
		}
	}
	return false
}

// pairHyphen returns the offset in token t of a hyphen that joins two capitalised names,
// the one before it ending in a small letter ("Saputra-Rini", "Anies-Sandi", not "Soo-suk"
// nor "PT-X"); or -1. A word of more hyphens is a route or a compound, no pair.
func (s *state) pairHyphen(t int) int {
	w := s.word(t)
	h := strings.IndexByte(w, '-')
	if h < 2 || h+2 >= len(w) || strings.IndexByte(w[h+1:], '-') >= 0 || s.toks[t].Kind != tokenize.Word {
		return -1
	}
	if w[h-1] < 'a' || w[h-1] > 'z' || w[h+1] < 'A' || w[h+1] > 'Z' || !tokenize.IsCapitalized(w[:h]) {
		return -1
	}
	return h
}

// knownPerson reports whether sp is a person or leader the gazetteer knows ("Whitney
// Houston"), whose family name said alone after it stands for them as a rule's full name's
// does, the gazetteer's place of that name or not.
func knownPerson(sp *span) bool {
	return sp.entry != nil && (sp.entry.Type == gazetteer.Person || sp.entry.Type == gazetteer.Leader)
}

// placeBeforeConnector reports whether token i follows a connector ("dan", "serta",
// "atau", "hingga", "sampai", a comma) that a place's or a country's name stands before:
// "dari Broome dan Darwin", a list of places.
func (s *state) placeBeforeConnector(i int) bool {
	if i < 2 {
		return false
	}
	switch s.lowAt(i - 1) {
	case "dan", "serta", "atau", "hingga", "sampai", ",":
	default:
		return false
	}
	o := s.owner[i-2]
	return o >= 0 && (s.spans[o].typ == gazetteer.Location || s.spans[o].typ == gazetteer.Country)
}

// placeContext reports whether the word before token i reads it as a place or a body: a
// preposition of place or a noun that introduces a body ("di", "ke", "klub", "kota").
func (s *state) placeContext(i int) bool {
	if i == 0 || s.toks[i-1].Kind != tokenize.Word {
		return false
	}
	return s.is(i-1, fPlacePrep) || s.lex.orgIntroducers[s.lowAt(i-1)]
}

// namesOfLaterPersons reads a pair of capitalised words that no rule read, "beradu akting
// dengan Nadya Arumsari.", as a person's full name when the text later gives a person the
// first word alone ("kata Nadya", "Bagi Nadya"), with that person's type: the later mention
// is then the full name's (link). Not when a third capitalised word follows (a longer run
// that no rule read is no clear name), nor when the second word is a common word. The
// capitalised words are read once for such pairs (the first 16 of a text), then each
// one-word person is matched against the pairs before it.
func (s *state) namesOfLaterPersons() {
	// the pairs first, by cheap questions on the capitalised words: most texts have none
	var arr [16]int32
	pairs := arr[:0]
	owner, toks := s.owner, s.toks
	last := int32(len(toks) - 1)
	for _, c := range s.caps {
		if c >= last || owner[c] >= 0 || owner[c+1] >= 0 {
			continue // (most capitalised words belong to a span)
		}
		i := int(c)
		j := i + 1
		if !s.isCap(j) || toks[i].End+1 != toks[j].Start || toks[i].Kind != tokenize.Word || toks[j].Kind != tokenize.Word {
			continue
		}
		if j+1 < len(s.toks) && s.isCap(j+1) && s.toks[j+1].Kind == tokenize.Word && s.toks[j].End+1 == s.toks[j+1].Start {
			continue
		}
		if len(pairs) == cap(pairs) {
			break
		}
		pairs = append(pairs, c)
	}
	if len(pairs) == 0 {
		return
	}
	n := len(s.spans)
	for f := 0; f < n; f++ {
		sp := &s.spans[f]
		if sp.dead || sp.last-sp.first != 1 || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader {
			continue
		}
		b := s.text[s.toks[sp.first].Start]
		for k, c := range pairs {
			i := int(c)
			if c < 0 || i >= sp.first || s.text[s.toks[i].Start] != b || s.lowAt(i) != s.lowAt(sp.first) || s.owner[i] >= 0 || s.paraBreak(i+1) || s.isQuoted(i) != s.isQuoted(i+1) ||
				!s.nameShaped(i+1) || s.is(i+1, fCommon) {
				continue
			}
			s.addSpan(s.ruleSpan(i, i+2, sp.typ, ruleContextName))
			pairs[k] = -1
			sp = &s.spans[f] // (the list may have grown)
		}
	}
}

// widenCallNames gives a call name its form of address when a nickname cue stands right
// before it, which the title rules leave out of an ordinary mention ("kata Bu Ami" is
// Ami's): "yang akrab disapa Bu Ami", "biasa dipanggil Pak Gusti" name "Bu Ami" and "Pak
// Gusti", and so do the call name's later mentions ("Pompa Pak Gusti justru bertahan").
// Not "dipanggil" alone, which also means summoned ("dipanggil Pak Kapolres").
func (s *state) widenCallNames() {
	if s.cues&fNickCue == 0 {
		return // (a call name is widened only after a nickname cue, or as one so widened)
	}
	var called []string // the call names widened so far, lowercase
	for k := range s.spans {
		sp := &s.spans[k]
		h := sp.first - 1
		if sp.dead || sp.last-sp.first != 1 || h < 1 || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader ||
			s.owner[h] >= 0 || s.toks[h].End+1 != s.toks[sp.first].Start || !s.is(h, fRank) || !honorific(s.word(h)) {
			continue
		}
		cued := s.is(h-1, fNickCue) && (s.lowAt(h-1) != "dipanggil" || h > 1 && s.is(h-2, fNickFiller))
		if !cued && (len(called) == 0 || !slices.Contains(called, s.keyOf(h, sp.last))) {
			continue
		}
		s.owner[h] = int32(k)
		sp.first, sp.start, sp.role = h, int(s.toks[h].Start), ""
		sp.name = s.spanText(sp.first, sp.last)
		if cued {
			called = append(called, s.keyOf(h, sp.last))
		}
	}
}

// linkNamePrefixes gives a later mention of two words or more that begins or ends a fuller
// personal name named before it, or stands inside it, the fuller name's identity: "Ahmad
// Fauzan" after "Hakim Ketua Ahmad Fauzan Lubis", "Andi Rahmat" after "Andi Rahmat
// Pawellangi", "Azwar Anas" after "Abdullah Azwar Anas", "Don Bosco" after "Yohanes Don
// Bosco Meo", which would otherwise stand as full names of their own.
// Names the gazetteer knows keep their entries.
func (s *state) linkNamePrefixes() {
	var longs []int // persons named by three words or more, in span order
	for k := range s.spans {
		if sp := &s.spans[k]; !sp.dead && (sp.entry == nil || typer.Trace == nil) && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && sp.last-sp.first >= 3 {
			longs = append(longs, k)
		}
	}
	if len(longs) == 0 {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		n := sp.last - sp.first
		if sp.dead || sp.entry != nil || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || n < 2 || n > 4 {
			continue
		}
		var full *span
		for _, f := range longs[max(0, len(longs)-maxPrefixNames):] {
			if l := &s.spans[f]; l.first < sp.first && l.last-l.first > n && (s.sameWords(l.first, sp.first, n) ||
				typer.Trace == nil && (s.sameWords(l.last-n, sp.first, n) || s.insideName(l, sp.first, n))) && (full == nil || l.first < full.first) {
				// (or its last words: "Azwar Anas" after "Abdullah Azwar Anas", or words
				// inside it: "Don Bosco" after "Yohanes Don Bosco Meo"; and a name the
				// gazetteer knows is a fuller name too; none for the typer's trainer)
				full = l
			}
		}
		if full != nil {
			s.copyIdentity(sp, full)
		}
	}
}

// insideName reports whether the n words from token b stand inside person span l, neither
// first nor last: a name of four words called by its middle words ("Don Bosco" of "Yohanes
// Don Bosco Meo"). A longer span is more often a role's words read into a name ("Sports
// Director Garuda Petro Marco Bellandi") than a name.
func (s *state) insideName(l *span, b, n int) bool {
	if l.last-l.first > 4 {
		return false
	}
	for a := l.first + 1; a+n < l.last; a++ {
		if s.sameWords(a, b, n) {
			return true
		}
	}
	return false
}

// maxPrefixNames bounds how many fuller names linkNamePrefixes compares a mention with,
// and maxBranchBodies how many bodies splitBodyHolders keeps, so that each costs a
// constant a span.
const (
	maxPrefixNames  = 128
	maxBranchBodies = 256
)

// sameWords reports whether the n words from token a and from token b are the same, but
// for case.
func (s *state) sameWords(a, b, n int) bool {
	for k := 0; k < n; k++ {
		if s.lowAt(a+k) != s.lowAt(b+k) {
			return false
		}
	}
	return true
}

// holdsRealName reports whether text holds "bernama asli", as strings.Contains would: it
// searches for "asli" and looks at what stands before each, which over the IndoSum
// articles takes under half the time of a search for the whole phrase.
func holdsRealName(text string) bool {
	for i := 0; ; i += len("asli") {
		k := strings.Index(text[i:], "asli")
		if k < 0 {
			return false
		}
		i += k
		if i >= len("bernama ") && text[i-len("bernama "):i] == "bernama " {
			return true
		}
	}
}

// linkRealNames gives a stage name of two words or more the identity of the real name the
// text gives for it: "Ayu Rindu … Pelantun Lara Ing Tengah Wengi itu bernama asli Rahayu
// Kinanti" (the person named last in full before a description closed by "itu"), "Tomo-P, yang
// bernama asli Tomohiro Nakagawa" (the person right before), so that the stage name's
// later mentions are that person's. link calls it only for a text that holds "bernama
// asli", which settles most documents at one look.
func (s *state) linkRealNames() {
	for k := 1; k+2 < len(s.toks); k++ {
		if s.lowAt(k) != "bernama" || s.lowAt(k+1) != "asli" {
			continue
		}
		o := s.owner[k+2]
		if o < 0 || s.spans[o].first != k+2 || s.spans[o].last-s.spans[o].first < 2 ||
			s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
			continue
		}
		real := o
		stage := -1
		p := k - 1
		for p > 0 && (s.word(p) == "," || s.lowAt(p) == "yang") {
			p--
		}
		if q := s.owner[p]; q >= 0 && (s.spans[q].typ == gazetteer.Person || s.spans[q].typ == gazetteer.Leader) {
			stage = int(q)
		} else if s.is(p, fDeterminer) {
			if q := s.personNamedBefore(s.sentenceOf(k).First, real); typer.Trace == nil && q >= 0 {
				// the person the sentence before that names someone names first, its
				// subject, not one it names in passing after: "Dalam film ini, Vira beradu
				// akting dengan rapper Kid Jalu …. Pelantun … itu bernama asli Elvira
				// Puspitasari" is Vira Senja's (not for the typer's trainer)
				stage = q
				if sp := &s.spans[q]; sp.last-sp.first == 1 && sp.entry == nil && s.fullBefore(q) < 0 {
					s.realNameOfWord(q, real)
					continue
				}
			} else {
				for b := p - 1; b >= 0 && p-b <= maxDescribedReach; b-- {
					if q := s.owner[b]; q >= 0 && q != real && (s.spans[q].typ == gazetteer.Person || s.spans[q].typ == gazetteer.Leader) &&
						s.spans[q].last-s.spans[q].first >= 2 && s.spans[q].source.link == linkNone {
						stage = int(q)
						break
					}
				}
			}
		}
		if stage >= 0 && s.spans[stage].last-s.spans[stage].first == 1 {
			// a stage name's first word alone: the stage name in full named before it
			// ("Mamat Klenyer … Mamat, yang bernama asli Ahmad Rahmat Hidayat")
			if full := s.fullBefore(stage); full >= 0 {
				stage = full
			} else if sp := &s.spans[stage]; typer.Trace == nil && sp.entry == nil && !sp.dead && sp.last == p+1 {
				// else a name of one word right before it is that person's, there too:
				// "Seoa, yang bernama asli Han Seo-ah, …" (not for the typer's trainer)
				s.copyIdentity(sp, &s.spans[real])
				continue
			}
		}
		if stage >= 0 && s.spans[stage].last-s.spans[stage].first >= 2 && s.spans[stage].entry == nil && s.spans[stage].first < s.spans[real].first {
			st := s.spans[stage]
			for q := range s.spans[:min(len(s.spans), maxBodyScan)] {
				// every mention of the stage name in full: "Manajer Ayu Rindu" later
				if sp := &s.spans[q]; !sp.dead && sp.entry == nil && sp.last-sp.first == st.last-st.first && sameKind(sp.typ, st.typ) &&
					s.sameWords(sp.first, st.first, st.last-st.first) {
					s.copyIdentity(sp, &s.spans[real])
				}
			}
		}
	}
}

// personNamedBefore returns the first person span, outside quotes and other than real, of
// the latest sentence before token b, within maxDescribedReach tokens, that names one: the
// sentence's subject rather than one it names in passing; or -1.
func (s *state) personNamedBefore(b int, real int32) int {
	person := func(t int) int {
		if q := s.owner[t]; q >= 0 && q != real && (s.spans[q].typ == gazetteer.Person || s.spans[q].typ == gazetteer.Leader) && !s.spans[q].dead && !s.isQuoted(t) {
			return int(q)
		}
		return -1
	}
	for t := b - 1; t >= 0 && b-t <= maxDescribedReach; t-- {
		if person(t) >= 0 {
			for f := s.sentenceOf(t).First; f <= t; f++ {
				if q := person(f); q >= 0 {
					return q
				}
			}
		}
	}
	return -1
}

// realNameOfWord gives every person span of one word that is the word of span q, a stage
// name of one word, the identity of the real name at span real: "Kai" in the list of a
// group's members, "tertuju pada Kai" and "seru Kai" are Kevin Adriansyah Lee.
func (s *state) realNameOfWord(q int, real int32) {
	w := s.lowAt(s.spans[q].first)
	for k := range s.spans[:min(len(s.spans), maxBodyScan)] {
		if sp := &s.spans[k]; !sp.dead && sp.entry == nil && sp.last-sp.first == 1 && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && s.lowAt(sp.first) == w {
			s.copyIdentity(sp, &s.spans[real])
		}
	}
}

// sameKind reports whether two types are both a person's, LEADER or PERSON, or the same.
func sameKind(a, b Type) bool {
	person := func(t Type) bool { return t == gazetteer.Person || t == gazetteer.Leader }
	return a == b || person(a) && person(b)
}

// fullBefore returns the latest person span of two words or more among the first
// maxBodyScan spans that stands before span k and begins with its one word, or -1.
func (s *state) fullBefore(k int) int {
	w, best := s.lowAt(s.spans[k].first), -1
	for q := range s.spans[:min(len(s.spans), maxBodyScan)] {
		sp := &s.spans[q]
		if !sp.dead && sp.entry == nil && sp.last-sp.first >= 2 && sp.first < s.spans[k].first && sameKind(sp.typ, s.spans[k].typ) &&
			s.lowAt(sp.first) == w && (best < 0 || sp.first > s.spans[best].first) {
			best = q
		}
	}
	return best
}

// realNameInBrackets returns the person span of two to four words that stands in brackets
// right after the one-word name at token i, "Taeo (Kim Tae-oh)", when the word is no
// ordinary word and no body's or place's name; else -1.
func (s *state) realNameInBrackets(i int) int {
	if s.toks[i].Kind != tokenize.Word || s.is(i, fCommon) || s.is(i, fTitle) || s.is(i, fRank) || s.isAllCaps(i) {
		return -1
	}
	if o := s.owner[i]; o >= 0 && (s.spans[o].last-s.spans[o].first != 1 || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader) {
		return -1
	}
	o := s.owner[i+2]
	if o < 0 {
		return -1
	}
	sp := &s.spans[o]
	if sp.first != i+2 || sp.last-sp.first < 2 || sp.last-sp.first > 4 || sp.last >= len(s.toks) || s.word(sp.last) != ")" ||
		sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader {
		return -1
	}
	return int(o)
}

// realNameAfter returns the span of the real name given after the one-word name at token
// i, "Pim yang bernama asli Pimchanok Rattanakul", and i itself; else -1, 0.
func (s *state) realNameAfter(i int) (int, int) {
	k := i + 1
	if k < len(s.toks) && s.word(k) == "," {
		k++
	}
	if k < len(s.toks) && s.lowAt(k) == "yang" {
		k++
	}
	if k+2 >= len(s.toks) || s.lowAt(k) != "bernama" || s.lowAt(k+1) != "asli" || s.toks[i].Kind != tokenize.Word {
		return -1, 0
	}
	if o := s.owner[k+2]; o >= 0 && s.spans[o].first == k+2 && s.spans[o].last-s.spans[o].first >= 2 &&
		(s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
		return int(o), i
	}
	return -1, 0
}

// described is a call name of one word given after a descriptor, and the person it names
// (see link).
type described struct {
	full int32 // the person's full mention, an index into the spans
	word int   // the call name's token
}

// maxDescribedReach bounds, in tokens, how far back personBefore looks.
const maxDescribedReach = 200

// personBefore returns the span of the latest person named before token k and within
// maxDescribedReach tokens of it, or -1: a full name, or a short one ("Bagi Mawar, …"),
// which link gives its full name's identity before the call name's mentions, which come
// later, are linked to it.
func (s *state) personBefore(k int) int {
	for t := k - 1; t >= 0 && t >= k-maxDescribedReach; t-- {
		if o := s.owner[t]; o >= 0 {
			sp := &s.spans[o]
			if (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && !sp.dead {
				return int(o)
			}
			t = sp.first // skip the rest of the span
		}
	}
	return -1
}

// maxCalledLookBack bounds how many earlier persons personCalled looks at.
const maxCalledLookBack = 64

// namedPersons returns the live person spans of two words or more, in text order (the
// spans themselves are not in order before finishSpans).
func (s *state) namedPersons() []int32 {
	out := make([]int32, 0, 16)
	for k := range s.spans {
		if sp := &s.spans[k]; !sp.dead && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && sp.last-sp.first >= 2 {
			out = append(out, int32(k))
		}
	}
	slices.SortFunc(out, func(a, b int32) int { return s.spans[a].first - s.spans[b].first })
	return out
}

// personCalled returns the latest of the persons (namedPersons) before token i a word of
// whose name or text holds the call name at i, three letters or more ("Melki" in
// Melkiades, "Ani" in Mulyani, "Parno" in Suparno); failing that, the latest whose name
// spells it out (see spellsCallName: "Tiko" for Kartika Wirjoatmodjo, "Djanur" for
// Djadjang Nurdjaman); or -1.
func (s *state) personCalled(persons []int32, i int) int {
	w := s.lowAt(i)
	if len(w) < 3 {
		return -1
	}
	n, _ := slices.BinarySearchFunc(persons, i, func(k int32, i int) int { return s.spans[k].first - i })
	for j := n - 1; j >= 0 && n-j <= maxCalledLookBack; j-- {
		sp := &s.spans[persons[j]]
		for _, f := range strings.Fields(strings.ToLower(sp.name + " " + s.text[sp.start:sp.end])) {
			if strings.Contains(f, w) {
				return int(persons[j])
			}
		}
	}
	for j := n - 1; j >= 0 && n-j <= maxCalledLookBack; j-- {
		if spellsCallName(strings.ToLower(s.spans[persons[j]].name), w) {
			return int(persons[j])
		}
	}
	return -1
}

// spellsCallName reports whether name, in small letters, spells out the call name w the
// way Indonesian call names are made from a name's syllables: w's first three letters
// inside one of its words, and w's other letters after them in order ("tiko" in kar·tik·a
// wirjoatm·o·djo, "djanur" in dja·djang n·u·rdjaman).
func spellsCallName(name, w string) bool {
	if len(w) < 4 {
		return false
	}
	k := strings.Index(name, w[:3])
	if k < 0 {
		return false
	}
	rest := name[k+3:]
	for i := 3; i < len(w); i++ {
		j := strings.IndexByte(rest, w[i])
		if j < 0 {
			return false
		}
		rest = rest[j+1:]
	}
	return true
}

// callNoun reports whether w, in small letters, introduces a call name after a comma:
// "Tiko, sapaan akrabnya", "Vlado, panggilan akrab Vladimir Vujovic".
func callNoun(w string) bool {
	return slices.Contains(callNouns[:], w)
}

// callNouns are the words callNoun reports; they have rareCall.
var callNouns = [...]string{"sapaan", "sapaannya", "panggilan", "panggilannya"}

// firstMeantUntil reports whether a word that person spans first and later share, at
// token i of later, stands for first until later is named: it ends both names (a family
// name), or opens first and stands inside later ("Bambang Soesatyo … Menurut Bambang, …"
// before "Susilo Bambang Yudhoyono"; not for the typer's trainer).
func (s *state) firstMeantUntil(first, later *span, i int) bool {
	return i == later.last-1 && s.lowAt(first.last-1) == s.lowAt(i) ||
		typer.Trace == nil && i > later.first && s.lowAt(first.first) == s.lowAt(i) && (first.typ == gazetteer.Person || first.typ == gazetteer.Leader)
}

// tokenOfWord returns the token of span sp that is the word at token i, in small letters, or -1.
func (s *state) tokenOfWord(sp *span, i int) int {
	w := s.lowAt(i)
	for j := sp.first; j < sp.last; j++ {
		if s.lowAt(j) == w {
			return j
		}
	}
	return -1
}

// person is a full person name that later one-word mentions may refer to.
type person struct {
	full int32 // the full mention, an index into the spans, which link only appends to
	// ambiguousFrom is the byte offset from which a mention of the word may be someone
	// else too: that of the first later full name of someone else whose family name it
	// also is, or ambiguousAll when another full name shares it otherwise; 0 when no one
	// else's does
	ambiguousFrom int32
	// openerOnly: a name of one word given a person twice (see the linker's repeated
	// names), whose later mentions are that person only where they open a sentence
	openerOnly bool
}

// ambiguousAll is a person's ambiguousFrom when every mention of the word may be someone
// else: no mention starts before byte 1 and after the full name.
const ambiguousAll = 1

// identity returns what makes two person mentions the same: the gazetteer id or the name.
func identity(sp *span) string {
	if sp.entry != nil {
		return sp.entry.ID
	}
	return sp.name
}

// copyIdentity makes sp a later mention of full.
func (s *state) copyIdentity(sp *span, full *span) {
	sp.typ, sp.entry, sp.name = full.typ, full.entry, full.name
	sp.id = full.id
	if sp.role == "" {
		sp.role = full.role
	}
	if sp.country == "" {
		sp.country = full.country
	}
	sp.source = source{link: linkMention, linkFirst: int32(full.first), linkLast: int32(full.last)}
}

// idByte holds, for each ASCII byte, what appendDocID writes for it: a letter in small
// letters, a digit as it is, and 0 for the others, which separate words; 0 too for every
// byte beyond ASCII, which appendDocID decodes.
var idByte = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		}
	}
	return t
}()

// appendDocID appends to b the document-local id made from a name, and returns the
// extended slice: "Lim Soo-suk" → "doc:lim-soo-suk".
func appendDocID(b []byte, name string) []byte {
	b = append(b, "doc:"...)
	n := len(b)
	dash := false
	for k := 0; k < len(name); {
		if name[k] < utf8.RuneSelf {
			// most names are ASCII, read through idByte a word at a time (its letters and
			// digits, which end at a byte it has no letter for, beyond ASCII or not)
			if idByte[name[k]] == 0 {
				dash = true
				k++
				continue
			}
			if dash && len(b) > n {
				b = append(b, '-')
			}
			dash = false
			for ; k < len(name) && idByte[name[k]] != 0; k++ {
				b = append(b, idByte[name[k]])
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(name[k:]) // (an invalid byte is U+FFFD, as range reads it)
		k += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dash = true
			continue
		}
		if dash && len(b) > n {
			b = append(b, '-')
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		dash = false
	}
	return b
}

// twoLetterSurname reports whether token i, a word of two letters, is the first word of the
// person span sp and reads as a surname: a capital and a small letter, no ordinary word,
// and the rest of the name shaped like a personal name ("He Yongqian", "Li Junhui").
func (s *state) twoLetterSurname(sp *span, i int) bool {
	w := s.word(i)
	if len(w) != 2 || i != sp.first || sp.last-sp.first < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' ||
		s.is(i, fCommon) || s.is(i, fStop) || s.is(i, fPronoun) || s.is(i, fParticle) {
		return false // "La" of "La Coruna" is an article
	}
	for k := i + 1; k < sp.last; k++ {
		if !s.nameShaped(k) || s.is(k, fCommon) {
			return false
		}
	}
	return true
}

// foreignLegalForm reports whether w, in small letters, is a legal form abroad that ends a
// company's name (lexicon/company-closers.txt's last lines): "oyj" (Finland), "ag", "nv",
// "spa", "kk".
func foreignLegalForm(w string) bool {
	switch w {
	case "oyj", "oy", "asa", "ag", "nv", "bv", "spa", "kk", "sarl", "srl":
		return true
	}
	return false
}

// bodyShortNames makes a body's short name, said alone later, a mention of the body when
// the document has named it in full by a name that a rule found: the first word of a name
// that an English organization suffix or a legal form abroad ends (after "Halcyon Labs" a
// bare "Halcyon", after "Samudra Capital" a "Samudra", after "Revontuli Oyj" a
// "Revontuli"), or the first words of the name after a company's legal
// form and the ordinary words that follow it (after "PT Bahari Gasindo Pelayaran Tbk" a
// "Bahari Gasindo", after "Perumda Air Minum Tirtanadi" a "Tirtanadi"). The short name's
// first word must be no ordinary word and begin no known name, a lone one no first name the
// gazetteer knows either, and a capitalised word after it makes it part of another name,
// unless that name is a person's whose own name follows the short one: "Head of Asia
// Pacific Nebulon Priya Raghunathan" after "Nebulon Interactive".
func (s *state) bodyShortNames() {
	var bodies map[string]bodyShort // the short name's first word → the body
	var sieve wordSieve             // its keys, for a quick no before the map
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Organization {
			continue
		}
		if sp.last-sp.first == 1 {
			if stem := s.domainStem(sp); stem != "" {
				// an outlet named by its web address, said later by its name alone: "Bisnis"
				// after "Bisnis.com", "Kontan" after "Kontan.co.id"
				if bodies == nil {
					bodies = map[string]bodyShort{}
				}
				if _, ok := bodies[stem]; !ok {
					bodies[stem] = bodyShort{span: k, first: sp.first, last: sp.last, domain: true}
					sieve.add(stem)
				}
			}
			continue
		}
		if sp.entry != nil || sp.last-sp.first < 2 {
			continue
		}
		first, last := sp.first, sp.first+1
		if companyForm(s.lowAt(sp.first)) && s.isCap(sp.first) {
			// the name after the legal form and the ordinary words that follow it,
			// without the closing words: "PT | Bahari Gasindo Pelayaran | Tbk"
			first = sp.first + 1
			for first < sp.last && s.toks[first].Kind == tokenize.Word && s.is(first, fCommon) {
				first++
			}
			last = sp.last
			for last > first && (s.lex.companyClosers[s.lowAt(last-1)] || s.is(last-1, fOrgSuffix)) {
				last--
			}
		} else if !s.is(sp.last-1, fOrgSuffix) && !(foreignLegalForm(s.lowAt(sp.last-1)) && sp.last-sp.first >= 2) && !(clubSuffix(s.word(sp.last-1)) && sp.last-sp.first >= 3) {
			continue // (or a legal form abroad: "Revontuli" after "Revontuli Oyj")
		} else {
			// the words before the suffix or the legal form, which a later mention may
			// give whole: "Windkraft Nord" after "Windkraft Nord GmbH", "Semeru Muda" after
			// "Semeru Muda FC"
			for l := sp.last - 1; l > first+1 && s.toks[l-1].Kind == tokenize.Word && s.isCap(l-1) &&
				(s.is(l, fOrgSuffix) || foreignLegalForm(s.lowAt(l)) || s.lex.companyClosers[s.lowAt(l)] || clubSuffix(s.word(l))); l-- {
				last = l
			}
		}
		if first >= last {
			continue
		}
		w := s.lowAt(first)
		if len(w) < 3 || s.toks[first].Kind != tokenize.Word || !s.isCap(first) || s.is(first, fCommon) || s.is(first, fOrgSuffix) || s.is(first, fGeneric) {
			continue // (nor a class's acronym: "BPR" after "PT BPR Nyi Ageng Serang")
		}
		whole := s.is(first, fGazFirst)
		if whole && last-first < 2 {
			continue // a known name's first word, said alone (but given whole, the body's own words: "Semeru Muda")
		}
		if bodies == nil {
			bodies = map[string]bodyShort{}
		}
		if _, ok := bodies[w]; !ok {
			bodies[w] = bodyShort{span: k, first: first, last: last, whole: whole}
			sieve.add(w)
		}
	}
	if bodies == nil {
		return
	}
	for _, c := range s.caps {
		i := int(c)
		if !sieve.mayHold(s.lowAt(i)) {
			continue
		}
		b, ok := bodies[s.lowAt(i)]
		if !ok || int(s.toks[i].Start) < s.spans[b.span].end {
			continue
		}
		if b.domain {
			if s.isInitial(i) && (s.is(i, fCommon) || s.corpusWord(i)) || i+1 < len(s.toks) && s.isCap(i+1) && s.toks[i+1].Kind == tokenize.Word {
				continue // an ordinary word opening a sentence ("Bisnis properti tumbuh"), or a word of another name
			}
			full := s.spans[b.span]
			if o := s.owner[i]; o >= 0 {
				if sp := &s.spans[o]; sp.first == i && sp.last == i+1 && sp.entry == nil && sp.typ != gazetteer.Organization {
					s.copyIdentity(sp, &full)
				}
				continue
			}
			sp := s.ruleSpan(i, i+1, full.typ, ruleNone)
			s.copyIdentity(&sp, &full)
			s.addSpan(sp)
			continue
		}
		n := 1 // the words that go on as the short name does
		for n < b.last-b.first && i+n < len(s.toks) && s.toks[i+n].Kind == tokenize.Word && s.isCap(i+n) && s.lowAt(i+n) == s.lowAt(b.first+n) {
			n++
		}
		if b.whole && n < b.last-b.first {
			continue
		}
		full := s.spans[b.span]
		if o := s.owner[i]; o >= 0 && s.spans[o].first == i && s.spans[o].last-(i+n) >= 2 && s.spans[o].entry == nil &&
			(s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) && !s.givenName(i) &&
			s.looksLikePersonalName(i+n, s.spans[o].last, fCommon) {
			// the short name, then its holder's name, read as one name: "Head of Asia
			// Pacific | Nebulon | Priya Raghunathan"
			old := s.spans[o]
			s.removeSpan(int(o))
			holder := s.ruleSpan(i+n, old.last, old.typ, old.source.rule)
			holder.source, holder.role, holder.country = old.source, old.role, old.country
			s.addSpan(holder)
			sp := s.ruleSpan(i, i+n, full.typ, ruleNone)
			s.copyIdentity(&sp, &full)
			s.addSpan(sp)
			continue
		}
		if i+n < len(s.toks) && s.isCap(i+n) && s.toks[i+n].Kind == tokenize.Word || n == 1 && s.givenName(i) && b.first > s.spans[b.span].first {
			continue
		}
		if o := s.owner[i]; o >= 0 {
			sp := &s.spans[o]
			if n >= 2 && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && s.givenName(i) {
				continue // a person the body is named after: "pendiri rumah produksi itu, Wulan Kencana" after "Wulan Kencana Pictures"
			}
			if sp.first == i && sp.last == i+n && sp.entry == nil && sp.typ != gazetteer.Organization &&
				!(sp.source.is(ruleTitle) && b.first > full.first) {
				s.copyIdentity(sp, &full)
			} else if n >= 2 && n == b.last-b.first && sp.first == i && sp.last < i+n && sp.typ == gazetteer.Location && s.owner[i+n-1] < 0 {
				// a known place's name the body's own words go on: "Semeru | Muda" after
				// "Semeru Muda FC"
				s.removeSpan(int(o))
				nsp := s.ruleSpan(i, i+n, full.typ, ruleNone)
				s.copyIdentity(&nsp, &full)
				s.addSpan(nsp)
			}
			continue
		}
		free := true
		for j := i; j < i+n && free; j++ {
			free = s.owner[j] < 0
		}
		if !free {
			continue
		}
		sp := s.ruleSpan(i, i+n, full.typ, ruleNone)
		s.copyIdentity(&sp, &full)
		s.addSpan(sp)
	}
}

// domainStem returns, for an organization's span of one token that is a web address
// ("Bisnis.com", "Kontan.co.id", "Tempo.co"), its name before the first dot in small
// letters, three letters or more and capitalised in the text; else "".
func (s *state) domainStem(sp *span) string {
	if sp.dead || sp.typ != gazetteer.Organization || sp.last-sp.first != 1 {
		return ""
	}
	if c := s.word(sp.first)[0]; c < 'A' || c > 'Z' {
		return "" // (a web address is no word the capitals list holds)
	}
	w := s.lowAt(sp.first)
	dot := strings.IndexByte(w, '.')
	if dot < 3 {
		return ""
	}
	switch w[dot:] {
	case ".com", ".co.id", ".id", ".co", ".net":
		return w[:dot]
	}
	return ""
}

// companyForm reports whether w is a company's legal form that opens its name: "PT", "CV",
// and the regional and state enterprises' "Perum", "Perumda", "Perusda".
func companyForm(w string) bool {
	return companyFormSieve.mayHold(w) && slices.Contains(companyForms[:], w)
}

// companyForms are the words companyForm reports; they have fRareCue and rareCompany.
var companyForms = [...]string{"pt", "pt.", "cv", "cv.", "perum", "perumda", "perusda"}

// companyFormSieve holds companyForms, for a quick no to most words.
var companyFormSieve = func() (f wordSieve) {
	for _, w := range companyForms {
		f.add(w)
	}
	return f
}()

// bodyShort is a body's short name: the tokens [first, last) of the body's span that a
// later mention may give the first words of.
type bodyShort struct {
	span, first, last int
	domain            bool // the body is named by a web address, the short name its name before the dot
	whole             bool // the short name's first word opens a known name: said only whole
}

// splitBodyHolders splits a person's name that opens with the whole name of a body the
// document names elsewhere, of one word to three (one only before a first name the lists
// know: "CEO Kirimaja Fajar Nugroho"), into that body and the person after it:
// "CEO Kirana Dirgantara Nadya Puspitasari" once "Startup asal Bandung, Kirana Dirgantara,"
// has named the startup; so does a body's name without its closing word ("Managing Partner
// Straits Harbour Rachel Tan Wei Ling" after "Straits Harbour Capital"), and a name after a
// title that the typer took for a body's or a place's (typedAfterTitle). The title rules,
// which run before the body's name is found from its context, cannot tell.
func (s *state) splitBodyHolders() {
	s.splitVietnameseHolders()
	// the bodies named by one word to three, gathered once a name may open with one
	// (before any span changes), in room on the stack
	var room [maxBranchBodies]int32
	var bodies []int32
	for k := 0; k < len(s.spans); k++ {
		if sp := &s.spans[k]; sp.dead || sp.entry != nil || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader && !s.typedAfterTitle(sp) || sp.last-sp.first < 3 {
			continue
		}
		if bodies == nil {
			bodies = room[:0]
			for b := range s.spans {
				if sp := &s.spans[b]; !sp.dead && sp.typ == gazetteer.Organization && (sp.last-sp.first >= 2 || s.oneWordBody(sp)) &&
					s.legalFormStart(sp)-sp.first <= 4 && len(bodies) < maxBranchBodies {
					bodies = append(bodies, int32(b))
				}
			}
		}
		if len(bodies) == 0 {
			return
		}
		sp := s.spans[k] // a copy, for the few spans tested further (a span is large)
		if sp.typ != gazetteer.Leader {
			sp.typ = gazetteer.Person
		}
	names:
		for n := 1; n <= 3 && sp.last-sp.first-n >= 2; n++ {
			if sp.last-sp.first-n > 4 || !s.looksLikePersonalName(sp.first+n, sp.last, fCommon) {
				continue
			}
			if n == 1 && (s.givenName(sp.first) || !s.givenName(sp.first+1)) {
				continue // a body of one word only before a first name the lists know: "CEO Kirimaja Fajar Nugroho"
			}
			for _, b := range bodies {
				body := s.spans[b]
				if !s.sameWords(body.first, sp.first, n) {
					continue
				}
				if m := s.legalFormStart(&body) - body.first; m != n &&
					(n == 1 || m != n+1 || !s.lex.companyClosers[s.lowAt(body.last-1)] && !s.is(body.last-1, fOrgSuffix)) {
					continue // the whole name, or all of it but its closing word ("Straits Harbour Capital")
				}
				s.removeSpan(k)
				org := s.ruleSpan(sp.first, sp.first+n, gazetteer.Organization, body.source.rule)
				org.country = body.country
				s.addSpan(org)
				holder := s.ruleSpan(sp.first+n, sp.last, sp.typ, sp.source.rule)
				holder.role, holder.country, holder.source = sp.role, sp.country, sp.source
				s.addSpan(holder)
				break names
			}
		}
	}
}

// oneWordBody reports whether sp is a body named by one capitalised word that is no
// ordinary word, which a person's name after a title may open (see splitBodyHolders):
// "Kirimaja", "Mecimapro".
func (s *state) oneWordBody(sp *span) bool {
	return sp.last-sp.first == 1 && s.toks[sp.first].Kind == tokenize.Word && s.isCap(sp.first) && !s.is(sp.first, fCommon)
}

// legalFormStart returns where the legal form written with full stops ends body sp's
// name ("Pte. Ltd.", "Co., Ltd.", see legalFormAfter), or its end.
func (s *state) legalFormStart(sp *span) int {
	e := sp.last
	for e > sp.first+2 && (s.legalFormWord(e-1) || s.word(e-1) == ",") {
		e--
	}
	return e
}

// typedAfterTitle reports whether span sp is a name the typer took for a body's or a
// place's right after a title's words: "Managing Director | Straits Healthcare Gregory Tan
// Wei Ming", which splitBodyHolders may find to be a body and its holder.
func (s *state) typedAfterTitle(sp *span) bool {
	return (sp.typ == gazetteer.Organization || sp.typ == gazetteer.Location) && sp.source.model && sp.first > 0 && s.inRole(sp.first-1)
}

// splitVietnameseHolders splits a person's name that a body's name opens, where a
// Vietnamese family name begins the last three or four words, into the body and the
// person: "CEO Lotus Sky Nguyen Thi Minh Hoa", "Direktur Komersial Lotus Sky Tran Van Duc"
// (a Vietnamese name has no hyphen to tell it, as a Korean one has, see eastSurnames).
func (s *state) splitVietnameseHolders() {
	for k := 0; k < len(s.spans); k++ {
		if sp := &s.spans[k]; sp.dead || sp.entry != nil || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.last-sp.first < 4 {
			continue
		}
		sp := s.spans[k] // a copy, for the few spans tested further (a span is large)
		for n := sp.last - 4; n <= sp.last-3; n++ {
			if n <= sp.first || !vietnameseSurname(s.lowAt(n)) || s.givenName(sp.first) {
				continue
			}
			s.removeSpan(k)
			s.addSpan(s.ruleSpan(sp.first, n, gazetteer.Organization, ruleContextOrg))
			holder := s.ruleSpan(n, sp.last, sp.typ, sp.source.rule)
			holder.role, holder.country, holder.source = sp.role, sp.country, sp.source
			s.addSpan(holder)
			break
		}
	}
}

// vietnameseSurname reports whether w, in small letters, is one of the common Vietnamese
// family names of more than three letters, which open a Vietnamese personal name.
func vietnameseSurname(w string) bool {
	switch w {
	case "nguyen", "nguyễn", "tran", "trần", "pham", "phạm", "hoang", "hoàng", "huynh", "huỳnh", "phan", "dang", "đặng", "duong", "dương",
		"trinh", "trịnh", "dinh", "đinh", "luong", "lương", "truong", "trương", "vuong", "vương", "doan", "đoàn":
		return true
	}
	return false
}

// branchSpans makes a national body the gazetteer knows and the home region or city right
// after it one body, its branch there: "Basarnas Bengkulu", "BMKG Aceh", "KPU Bengkulu
// Selatan", "Perum Bulog Banyumas", "Badan Pusat Statistik Sumatera Utara" — a body with
// country ID named by up to six words, a place of the gazetteer's with country ID after one
// space, and no capitalised word after the place but a title's holder. Parties keep their
// place apart ("Partai Demokrat Bali" names the party and its province); so do a
// university of three words or more and its city ("Universitas Islam Indonesia
// Yogyakarta": no branch; "UI Depok" is as written before), bodies in Jakarta, where national ones sit, and a building's place ("gedung KPK Jakarta").
func (s *state) branchSpans() {
	s.operatingUnits()
	for k := 0; k < len(s.spans); k++ {
		if b := &s.spans[k]; !b.dead && b.typ == gazetteer.Organization && b.entry != nil && b.last-b.first >= 2 && b.last < len(s.toks) {
			// a known branch whose place is the first words of a longer place: "KPU
			// Bengkulu" in "KPU Bengkulu Selatan" is the regency's body, not the province's
			if e := b.last + 1; s.owner[b.last] < 0 && directionWord(s.word(b.last)) &&
				(e >= len(s.toks) || !s.isCap(e) || s.toks[e].Kind != tokenize.Word || !directionWord(s.word(e)) && s.startsAt(e).place == 0) && s.knownPlace(b.last-1, e) {
				// (a name may follow: "Ketua KPU Gorontalo Utara Abdul Rahman")
				first := b.first
				s.removeSpan(k)
				sp := s.ruleSpan(first, e, gazetteer.Organization, ruleBodyBeforePlace)
				sp.country = "ID"
				s.addSpan(sp)
				continue
			}
		}
		b := &s.spans[k] // (removeSpan leaves its fields, and a span is large)
		if b.dead || b.typ != gazetteer.Organization || b.entry == nil || b.last-b.first > 6 || b.country != "ID" ||
			b.last >= len(s.toks) || strings.HasPrefix(b.entry.Name, "Partai ") || b.last-b.first > 2 && campusHead(b.entry.Name) {
			continue
		}
		o := s.owner[b.last]
		if o < 0 {
			continue
		}
		p := &s.spans[o]
		if p.dead || p.first != b.last || p.typ != gazetteer.Location || p.entry == nil || p.country != "ID" || p.entry.ID == "loc:jakarta" ||
			b.first > 0 && s.lowAt(b.first-1) == "gedung" ||
			int(s.toks[p.first].Start) != b.end+1 || p.last < len(s.toks) && s.isCap(p.last) && s.toks[p.last].Kind == tokenize.Word && !s.inRolePhrase(b.first) {
			// (after a title, the capitalised word after the place begins the holder's
			// name: "Ketua Bawaslu Kota Bontang Andi Rusdi Mappangara")
			continue
		}
		s.removeSpan(k)
		s.removeSpan(int(o))
		sp := s.ruleSpan(b.first, p.last, gazetteer.Organization, ruleBodyBeforePlace)
		sp.country = "ID"
		s.addSpan(sp)
	}
}

// campusHead reports whether name, a known body's, is a university's or another campus's:
// "Universitas …", "Institut …", "Politeknik …", "Sekolah Tinggi …".
func campusHead(name string) bool {
	for _, h := range []string{"Universitas ", "Institut ", "Politeknik ", "Sekolah Tinggi ", "Akademi "} {
		if strings.HasPrefix(name, h) {
			return true
		}
	}
	return false
}

// operatingUnits makes a railway's or a company's numbered operating unit one body with
// the body before it and the unit's place after it, or a body of its own when written
// alone: "KAI Daop 9 Jember", "PT KAI Divre III Palembang", "wilayah Daop 5 Purwokerto".
func (s *state) operatingUnits() {
	if s.rareCues&rareSundry == 0 {
		return // (each unit is named by an operatingUnit word, which has rareSundry)
	}
	for _, c := range s.caps {
		i := int(c)
		// (the first byte, "D" or "d", first: a quick no, as no other letter lowercases to "d")
		if i+1 >= len(s.toks) || s.text[s.toks[i].Start]|0x20 != 'd' || !operatingUnit(s.lowAt(i)) || s.owner[i] >= 0 || s.owner[i+1] >= 0 ||
			s.toks[i+1].Kind != tokenize.Number && !roman(s.word(i+1)) {
			continue
		}
		first, last := i, i+2
		if last < len(s.toks) {
			if k := s.owner[last]; k >= 0 && s.spans[k].first == last && s.spans[k].typ == gazetteer.Location {
				last = s.spans[k].last
				s.removeSpan(int(k))
			}
		}
		if i > 0 {
			if k := s.owner[i-1]; k >= 0 && s.spans[k].typ == gazetteer.Organization && s.spans[k].last == i {
				first = s.spans[k].first
				s.removeSpan(int(k))
			}
		}
		s.addSpan(s.ruleSpan(first, last, gazetteer.Organization, ruleBodyBeforePlace))
	}
}

// operatingUnit reports whether w, in small letters, names a numbered operating unit of a
// railway or a state company: "Daop" (daerah operasi), "Divre" (divisi regional).
func operatingUnit(w string) bool {
	return w == operatingUnitWords[0] || w == operatingUnitWords[1]
}

// operatingUnitWords are the words operatingUnit reports; they have fRareCue and rareSundry.
var operatingUnitWords = [...]string{"daop", "divre"}

// directionWord reports whether w is a compass word that ends the names of regencies and
// cities ("Bengkulu Selatan", "Jakarta Timur").
func directionWord(w string) bool {
	switch w {
	case "Selatan", "Utara", "Barat", "Timur", "Tengah", "Tenggara", "Laut", "Daya":
		return true
	}
	return false
}

// knownPlace reports whether tokens [first, last) are the name of a place in Indonesia the
// gazetteer knows.
func (s *state) knownPlace(first, last int) bool {
	return s.placeIn(first, last, false)
}

// placeIn reports whether tokens [first, last) name a place the gazetteer knows in
// Indonesia, or with abroad, one it knows in another country.
func (s *state) placeIn(first, last int, abroad bool) bool {
	for _, e := range s.lookup(s.text[s.toks[first].Start:s.toks[last-1].End]) {
		if e.Type == gazetteer.Location && (e.Country == "ID") != abroad && e.Country != "" {
			return true
		}
	}
	return false
}

// clubNames makes a club's short name a mention of the club once the document has named it
// in full: after "Manchester City" a bare "City", after "Real Madrid" a "Madrid" that no
// preposition of place comes before ("Madrid sempat unggul", not "di Madrid"). The short
// name is the last word of the club's name as the text gave it, if that is no ordinary word,
// and it is the club named last before it when two clubs share the word; Indonesian clubs,
// whose own name comes first and their city last (Persib Bandung), are left alone. The first
// word of a club whose last word is an affix ("Bhayangkara" after "Bhayangkara FC"), of an
// Indonesian club ("Petrokimia" after "Petrokimia Gresik") or of a club of two words
// ("Celta" after "Celta Vigo", "Górnik" after "Górnik Zabrze") is its short name too, if it
// is no ordinary word, given name, club affix or known place ("Manchester" stays the city),
// where nothing or only a guess of the context stands on it.
func (s *state) clubNames() {
	var clubs map[string][]int   // the last word of a club's name → its full mentions, in text order
	var firsts map[string][]int  // the first word of a club's name, where it is the club's own
	var named []*gazetteer.Entry // the clubs the document names, each once
	for k := range s.spans {
		sp := &s.spans[k]
		if !s.clubSpan(sp) {
			continue
		}
		if !slices.Contains(named, sp.entry) {
			named = append(named, sp.entry)
		}
		if sp.typ != gazetteer.Organization || sp.last-sp.first < 2 {
			continue
		}
		w := s.lowAt(sp.last - 1)
		affix := s.lex.clubAffixes[w]
		if s.ownName(sp.first) && (affix || sp.entry.Country == "ID" || sp.last-sp.first == 2 || typer.Trace == nil && s.placeAbroadOpens(sp)) ||
			typer.Trace == nil && s.clubCode(sp.first) {
			if firsts == nil {
				firsts = map[string][]int{}
			}
			f := s.lowAt(sp.first)
			firsts[f] = append(firsts[f], k)
		}
		if len(w) < 3 || s.toks[sp.last-1].Kind != tokenize.Word || s.is(sp.last-1, fCommon) || sp.entry.Country == "ID" {
			continue // not "Raya", "Muda"; nor the city after an Indonesian club's own name (Persib Bandung)
		}
		if clubs == nil {
			clubs = map[string][]int{}
		}
		clubs[w] = append(clubs[w], k)
	}
	s.cityClubs(clubs, len(named) < minClubs)
	if firsts != nil {
		s.clubFirstNames(firsts)
	}
	if clubs == nil {
		return
	}
	// the first bytes and lengths of the clubs' last words answer for most words without
	// the map
	var firstBytes [256]bool
	var lens uint64 // bit min(n, 63) for a word of n bytes
	for w := range clubs {
		firstBytes[w[0]] = true // len(w) >= 3
		lens |= 1 << min(len(w), 63)
	}
	for _, c := range s.caps {
		i := int(c)
		w := s.lowAt(i)
		if w == "" || !firstBytes[w[0]] || lens&(1<<min(len(w), 63)) == 0 {
			continue
		}
		ks, ok := clubs[w]
		if !ok || s.inDateline(i) || i > 0 && s.is(i-1, fPlacePrep) {
			continue
		}
		k := s.clubBefore(ks, i)
		if k < 0 {
			continue
		}
		full := &s.spans[k]
		if o := s.owner[i]; o >= 0 {
			sp := &s.spans[o]
			if sp.last-sp.first == 1 && (sp.typ == gazetteer.Location || sp.entry == nil) {
				s.copyIdentity(sp, full)
			}
			continue
		}
		sp := s.ruleSpan(i, i+1, gazetteer.Organization, ruleNone)
		s.copyIdentity(&sp, full)
		s.addSpan(sp)
	}
}

// placeAbroadOpens reports whether the club's span sp opens with the name of a place abroad
// the gazetteer knows, which is then the club's own short name: "Jeonbuk" of "Jeonbuk
// Hyundai Motors" (see placeForClub).
func (s *state) placeAbroadOpens(sp *span) bool {
	return s.placeIn(sp.first, sp.first+1, true)
}

// clubBefore returns, of the club mentions ks (spans, in any order), the one named last
// before token i, or -1: "Madrid" after "Real Madrid" is Real Madrid even if "Atletico
// Madrid" comes later.
func (s *state) clubBefore(ks []int, i int) int {
	k := -1
	for _, f := range ks {
		if s.spans[f].end <= int(s.toks[i].Start) && (k < 0 || s.spans[f].start > s.spans[k].start) {
			k = f
		}
	}
	return k
}

// ownName reports whether token i, the first of a club's name, may stand alone for the
// club: a word of four letters or more, capitalised, and no ordinary word, given name, club
// affix or place.
func (s *state) ownName(i int) bool {
	w := s.lowAt(i)
	return len(w) >= 4 && s.toks[i].Kind == tokenize.Word && !s.is(i, fCommon) && !s.is(i, fGiven) &&
		!s.lex.clubAffixes[w] && !s.isAllCaps(i) && !s.knownPlace(i, i+1)
}

// clubCode reports whether token i, a club's name's first word, is the club's own code
// in capitals, two letters to four and no affix many clubs share: "AZ" of AZ Alkmaar,
// "PSV" of PSV Eindhoven (not "FC", "AS", "SSC").
func (s *state) clubCode(i int) bool {
	w := s.word(i)
	return len(w) >= 2 && len(w) <= 4 && s.toks[i].Kind == tokenize.Word && s.isAllCaps(i) && !s.lex.clubAffixes[s.lowAt(i)] &&
		i+1 < len(s.toks) && s.isCap(i+1) && !s.isAllCaps(i+1)
}

// clubFirstNames makes the first word of a club's name alone a mention of the club named
// last before it (see clubNames), where no span or only a guessed name's stands on it.
func (s *state) clubFirstNames(firsts map[string][]int) {
	var sieve wordSieve // most words are settled without the map
	for w := range firsts {
		sieve.add(w)
	}
	for _, c := range s.caps {
		i := int(c)
		if !sieve.mayHold(s.lowAt(i)) {
			continue
		}
		ks, ok := firsts[s.lowAt(i)]
		if !ok || i+1 < len(s.toks) && s.owner[i+1] >= 0 && s.owner[i+1] == s.owner[i] {
			continue
		}
		k := s.clubBefore(ks, i)
		if k < 0 || s.isAllCaps(s.spans[k].first) && !s.isAllCaps(i) {
			continue // (a code is said in capitals: not "La Galaxy" after "LA Galaxy")
		}
		if o := s.owner[i]; o >= 0 {
			if old := &s.spans[o]; old.last-old.first != 1 || (old.entry != nil || !old.source.guessed()) && !s.placeForClub(old, i) {
				continue
			}
			s.removeSpan(int(o))
		}
		sp := s.ruleSpan(i, i+1, gazetteer.Organization, ruleNone)
		s.copyIdentity(&sp, &s.spans[k])
		s.addSpan(sp)
	}
}

// placeForClub reports whether old, the one-word span of a place abroad at token i, the
// first word of a club the document has named in full before (see clubFirstNames), is the
// club's short name: in a paragraph that speaks of sport (sportsParagraph), with no
// preposition of place nor a word of birth or origin before it and no capitalised word
// after it: "Jeonbuk" after "Jeonbuk Hyundai Motors", "Ulsan menjamu Pohang Steelers" after
// "Ulsan HD" (not "di Ulsan", "asal Ulsan"). Indonesian places are left out before it is
// asked (ownName): "Bali" of "Bali United" names the island as often.
func (s *state) placeForClub(old *span, i int) bool {
	if old.typ != gazetteer.Location || old.entry == nil || typer.Trace != nil || i == 0 ||
		s.is(i-1, fPlacePrep) || birthplaceCue(s.lowAt(i-1)) || s.nameGoesOn(i+1) || s.placeBeforeComma(i) {
		return false
	}
	if club, ok := s.x.cityClubs[s.lowAt(i)]; ok && club == nil {
		return false // a city that names two clubs or more: "Manchester" stays the city
	}
	return s.sportsParagraph(s.paraFirstSentence(s.sentIndex(i)))
}

// minClubs is how many clubs a document names in full before a city's name alone may be
// read as its club: a report on matches names several.
const minClubs = 2

// cityClubs reads a city's name as the club named after it ("Liverpool" for Liverpool FC,
// "Napoli" for SSC Napoli; see Extractor.cityClubs), in a document that names at least
// minClubs clubs (clubs holds the last words of those named in full), unless a preposition
// of place comes before it ("di Liverpool") or it stands in a dateline. In a document that
// names fewer (matchOnly), only a city that a match's words stand beside is its club:
// "Roma mengalahkan Madrid 2-1", "laga Inter vs Roma" (see matchWordsBeside).
func (s *state) cityClubs(clubs map[string][]int, matchOnly bool) {
	caps := s.caps
	if s.cues&fCityClub == 0 {
		caps = nil // no word of the document is a city with a club (caps are all words)
	}
	for _, c := range caps {
		i := int(c)
		if s.toks[i].Kind == tokenize.Word && !s.is(i, fCityClub) {
			continue // a word's flags say whether it is a city with a club (see New)
		}
		club := s.x.cityClubs[s.lowAt(i)]
		if club == nil || s.inDateline(i) || s.isAllCaps(i) || s.is(i, fCommon) || typer.Trace == nil && i > 0 && birthplaceCue(s.lowAt(i-1)) ||
			i > 0 && s.is(i-1, fPlacePrep) || matchOnly && !s.matchWordsBeside(i, i+1) || typer.Trace == nil && s.placeBeforeComma(i) {
			continue // not "LIVERPOOL –", "Kaya", "di Liverpool", "di Stadion Millennium, Cardiff"
		}
		if _, short := clubs[s.lowAt(i)]; short {
			continue // the last word of a club named in full: clubNames decides
		}
		sp := s.ruleSpan(i, i+1, gazetteer.Organization, ruleCityClub)
		sp.entry, sp.id, sp.name, sp.country = club, club.ID, club.Name, club.Country
		if o := s.owner[i]; o >= 0 {
			// a place's span, or a name the context guessed ("… sedangkan Bologna cuma
			// empat", read as a person's); a country's only as the other side of a match
			// ("PSG kalah dari Monaco"), a club's city-state
			if old := &s.spans[o]; old.last-old.first != 1 || old.typ != gazetteer.Location && !(old.entry == nil && old.source.guessed()) &&
				!(typer.Trace == nil && old.typ == gazetteer.Country && s.matchSideAfter(i)) {
				continue
			}
			s.removeSpan(int(o))
		}
		s.addSpan(sp)
	}
	// a city of two words, found as a place: "Nam Dinh" for Nam Dinh FC
	for k := range s.spans {
		old := &s.spans[k]
		if old.dead || old.typ != gazetteer.Location || old.last-old.first != 2 || s.inDateline(old.first) ||
			old.first > 0 && s.is(old.first-1, fPlacePrep) || s.isAllCaps(old.first) || matchOnly && !s.matchWordsBeside(old.first, old.last) {
			continue
		}
		club := s.x.cityClubs[s.keyOf(old.first, old.last)]
		if club == nil {
			continue
		}
		sp := s.ruleSpan(old.first, old.last, gazetteer.Organization, ruleCityClub)
		sp.entry, sp.id, sp.name, sp.country = club, club.ID, club.Name, club.Country
		s.removeSpan(k)
		s.addSpan(sp)
	}
}

// matchWordsBeside reports whether the words right beside tokens [first, last) speak of a
// match between clubs: "vs", "kontra" or "melawan" before or after it, a verb of winning,
// losing or hosting before or after it ("Roma mengalahkan Madrid", "Madrid ditahan …"), or
// a score after it.
func (s *state) matchWordsBeside(first, last int) bool {
	if first > 0 {
		switch s.lowAt(first - 1) {
		case "vs", "vs.", "versus", "kontra", "melawan", "mengalahkan", "menundukkan", "menaklukkan", "menekuk", "membekuk",
			"mengandaskan", "menghajar", "membantai", "menjamu", "menghadapi", "menantang", "dikalahkan", "ditahan":
			return true
		}
		if typer.Trace == nil && s.clubWordsBefore(first) {
			return true
		}
	}

	if last >= len(s.toks) {
		return false
	}
	if t := s.toks[last]; t.Kind == tokenize.Number && (strings.Count(t.Text(s.text), "-") == 1 ||
		last+2 < len(s.toks) && s.word(last+1) == "-" && s.toks[last+2].Kind == tokenize.Number) {
		return true // "Roma 2-1 Madrid"
	}
	switch s.lowAt(last) {
	case "vs", "vs.", "versus", "kontra", "mengalahkan", "menundukkan", "menaklukkan", "menekuk", "membekuk", "mengandaskan",
		"menghajar", "membantai", "menjamu", "ditahan", "takluk", "tumbang", "menang", "kalah", "bermain":
		return true
	}
	return false
}

// birthplaceCue reports whether w, in small letters, says that a place's name follows as
// where someone was born or comes from: "kelahiran Stuttgart", "asal Lyon".
func birthplaceCue(w string) bool {
	return w == "kelahiran" || w == "asal"
}

// matchSideAfter reports whether token i is named as the other side of a match: after
// "vs", "kontra", "melawan", "menjamu" or "menghadapi", or after a verb or noun of the
// match's result and "dari", "atas" or "oleh", a score between or not: "kalah dari Monaco",
// "menang 2-0 atas Lyon", "kemenangan atas Monaco". (Not the looser words of
// matchWordsBeside, "klub Qatar" among them.)
func (s *state) matchSideAfter(i int) bool {
	if i < 2 {
		return false
	}
	switch s.lowAt(i - 1) {
	case "vs", "vs.", "versus", "kontra", "melawan", "menjamu", "menghadapi":
		return true
	case "dari", "atas", "oleh":
	default:
		return false
	}
	k := i - 2
	if s.toks[k].Kind == tokenize.Number && k > 0 {
		k-- // "menang 2-0 atas"
	}
	switch s.lowAt(k) {
	case "kalah", "takluk", "tumbang", "menang", "unggul", "kemenangan", "kekalahan", "dikalahkan", "ditaklukkan", "ditahan", "imbang":
		return true
	}
	return false
}

// clubWordsBefore reports whether the words before token first say a club follows: its
// players, coach or ground ("klub Stuttgart", "markas Stuttgart", "membela Selangor",
// "pelatih Napoli"), or a player's move ("bermain untuk Selangor", "bergabung dengan Roma",
// "dipinjamkan ke Roma"). Not for the typer's trainer (see
// matchWordsBeside), whose weights were made without these.
func (s *state) clubWordsBefore(first int) bool {
	switch s.lowAt(first - 1) {
	case "klub", "tim", "markas", "membela", "memperkuat", "pelatih", "pemain", "kapten", "striker", "penyerang",
		"bek", "kiper", "gelandang", "winger", "fans", "suporter":
		return true
	case "untuk", "dengan", "dari", "ke":
		if first > 1 {
			switch s.lowAt(first-2) + " " + s.lowAt(first-1) {
			case "bermain untuk", "bergabung dengan", "dipinjamkan ke", "dipinjamkan dari":
				return true // (not "didatangkan dari Penang", "pindah ke Madrid", said of anyone)
			}
		}
	}
	return false
}

// isClub reports whether gazetteer entry e is a sports club (gazetteer/data/clubs.tsv); New
// asks it once an entry and keeps the answer in Extractor.clubs.
func isClub(e *gazetteer.Entry) bool {
	return e != nil && len(e.Source) > 0 && strings.Contains(e.Source[0], "data/clubs.tsv:")
}

// isCompany reports whether gazetteer entry e is a company or a brand
// (gazetteer/data/companies.tsv, companies-id.tsv); New asks it once an entry and keeps the
// answer in Extractor.companies.
func isCompany(e *gazetteer.Entry) bool {
	for _, src := range e.Source {
		if strings.Contains(src, "data/companies") {
			return true
		}
	}
	return false
}

// productNames drops a name the context guessed to be a person's where it follows a
// company's name directly, numbers aside, as a product's name does ("Google Allo", "Samsung
// 960 Pro", "Polaroid Snap"); and then the product's last word where it stands alone as
// such a guess ("Allo"). A person's name may follow a company's too, after a role ("Head of
// Corporate Communication CMNP Solahuddin", "bos Apple Tim Cook"), so the guess stays where
// a title's word comes before the company in its clause, where it opens with a given name,
// where a speech cue made it, and where it has two words or more and none is a word.
func (s *state) productNames() {
	var words []string  // the products' last words, in small letters
	var things []string // capitalised words the document counts as things: "sebuah Kombi"
	seen := false       // things read, once a guessed person asks
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Person || sp.entry != nil || !sp.source.guessed() {
			continue
		}
		if !seen {
			things, seen = s.thingWords(), true
		}
		if things != nil && slices.Contains(things, s.lowAt(sp.first)) && !s.givenName(sp.first) {
			// a name whose first word the document counts as a thing elsewhere, with the
			// classifier no person takes: "Kombi Samba 21 jendela" after or before "sebuah
			// Kombi pikap"
			if w := s.lowAt(sp.last - 1); !slices.Contains(words, w) {
				words = append(words, w)
			}
			if w := s.lowAt(sp.first); !slices.Contains(words, w) {
				words = append(words, w)
			}
			s.removeSpan(k)
			continue
		}
		if sp.source.rule == ruleContextSpeech || s.givenName(sp.first) || sp.last-sp.first >= 2 && !s.anyWord(sp.first, sp.last) {
			continue
		}
		j := sp.first - 1
		for j >= 0 && s.toks[j].Kind == tokenize.Number && sp.first-j <= 2 {
			j--
		}
		if j < 0 || s.owner[j] < 0 {
			continue
		}
		if c := &s.spans[s.owner[j]]; c.last != j+1 || c.entry == nil || !s.x.companies[c.entry] || s.roleBefore(c.first) {
			continue
		}
		if w := s.lowAt(sp.last - 1); !slices.Contains(words, w) {
			words = append(words, w)
		}
		s.removeSpan(k)
	}
	if words == nil {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if !sp.dead && sp.typ == gazetteer.Person && sp.entry == nil && sp.last-sp.first == 1 && sp.source.guessed() &&
			slices.Contains(words, s.lowAt(sp.first)) && !s.givenName(sp.first) {
			s.removeSpan(k)
		}
	}
}

// thingWords returns the capitalised words, in small letters, that the document writes
// right after "sebuah" (thingClassifier), the classifier of things no person takes:
// "sebuah Kombi pikap".
func (s *state) thingWords() []string {
	if s.rareCues&rareThing == 0 {
		return nil // (the classifier has rareThing)
	}
	var things []string
	for _, c := range s.caps {
		// (the word before of six bytes first: a quick no, as no letter beyond ASCII
		// lowercases to one of "sebuah")
		if i := int(c); i > 0 && s.toks[i-1].End-s.toks[i-1].Start == 6 && s.lowAt(i-1) == thingClassifier && s.toks[i].Kind == tokenize.Word && !slices.Contains(things, s.lowAt(i)) {
			things = append(things, s.lowAt(i))
		}
	}
	return things
}

// thingClassifier is the classifier of things that thingWords reads; it has rareThing.
const thingClassifier = "sebuah"

// anyWord reports whether some token in [first, last) is a word of the language, ours or
// English ("Gorilla Glass", "Swift Sport"), not only a name.
func (s *state) anyWord(first, last int) bool {
	for i := first; i < last; i++ {
		if s.is(i, fCommon) || s.corpusWord(i) || isEnglishWord(s.lowAt(i)) {
			return true
		}
	}
	return false
}

// roleBefore reports whether one of the eight tokens before token i, back to the clause's
// start, is a title's or a rank's word: "Head of Corporate Communication | CMNP".
func (s *state) roleBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if s.toks[j].Kind != tokenize.Word {
			return false
		}
		if s.is(j, fTitle) || s.is(j, fTitleFirst) || s.is(j, fRank) {
			return true
		}
	}
	return false
}

// trimHolderPrefixes gives back to the body before it the first words of a person's name
// of three words or more that a title or the context made, when a later word of the name
// is said alone later in the document, as persons are called, and the words before it
// never are, nor are first names, particles or initials, and either a body's span ends
// right before the name or they are ordinary words: "Ketua Koperasi Peternak Sapi Perah |
// Mojosongo | Sutrisno Hadiwibowo" when the text later says "kata Sutrisno", "Pulangkan |
// Carlos Tevez". The words join the body's span right before the name, or are left out.
func (s *state) trimHolderPrefixes() {
	var cands [maxTrimmed]int
	n := 0
	for k := range s.spans {
		sp := &s.spans[k]
		if !sp.dead && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && sp.entry == nil && sp.last-sp.first >= 3 &&
			sp.source.link == linkNone && (sp.source.rule == ruleTitle || sp.source.guessed()) && n < maxTrimmed {
			cands[n] = k
			n++
		}
	}
	if n == 0 {
		return
	}
	// the words of those names, and the last place each stands alone as a name: a word and
	// no capitalised word before or after it (-1: never)
	var wordsAt [4 * maxTrimmed]string
	var aloneAt [4 * maxTrimmed]int
	words, alone := wordsAt[:0], aloneAt[:0]
	for _, k := range cands[:n] {
		for i := s.spans[k].first; i < s.spans[k].last-1 && len(words) < cap(words); i++ {
			if w := s.lowAt(i); !slices.Contains(words, w) {
				words, alone = append(words, w), append(alone, -1)
			}
		}
	}
	for _, c := range s.caps {
		i := int(c)
		if s.toks[i].Kind != tokenize.Word || s.isInitial(i) || i+1 < len(s.toks) && s.isCap(i+1) && s.toks[i+1].Kind == tokenize.Word ||
			i > 0 && s.isCap(i-1) && s.toks[i-1].Kind == tokenize.Word {
			continue
		}
		if w := slices.Index(words, s.lowAt(i)); w >= 0 {
			alone[w] = i
		}
	}
	saidAt := func(i int) int { // (a word past the table's room counts as never said; a name's words enter it in order, so a word in it has its name's earlier words there too)
		if w := slices.Index(words, s.lowAt(i)); w >= 0 {
			return alone[w]
		}
		return -1
	}
	for _, k := range cands[:n] {
		sp := s.spans[k]
		if typer.Trace == nil && (s.word(sp.first) == "H" || s.word(sp.first) == "Hj") && s.givenName(sp.first+1) {
			// a pilgrim's honorific written without its period opens the name: "H Syahrul
			// Anwar Harahap", "Hj Siti Aminah" (not for the typer's trainer, typer.Trace)
			s.trimPrefix(k, sp.first+1)
			continue
		}
		if typer.Trace == nil && s.givenName(sp.first+1) && s.bodyNamedWith(sp.first) {
			// the body before the name and the name's first word are a body's whole name
			// elsewhere in the document, a given name or not: "Kepala SD Negeri 1 | Soren |
			// Sulastri Ningsih" after "SD Negeri 1 Soren" (not for the typer's trainer)
			s.trimPrefix(k, sp.first+1)
			continue
		}
		if typer.Trace == nil && len(s.word(sp.first)) >= 2 && !s.is(sp.first, fParticle) && !s.balineseStart(sp.first, sp.last) &&
			!s.givenName(sp.first) && s.givenName(sp.first+1) && saidAt(sp.first) < 0 && s.placeOrBodyWord(sp.first, k) {
			// a place's or a body's word that the document names elsewhere in a place's or
			// a body's name, before a first name the word lists know: "Ketua Koperasi
			// Peternak Sapi Perah | Mojosongo | Sutrisno Hadiwibowo", "pelatih | AZ | Jeroen
			// Smit" (not for the typer's trainer, typer.Trace)
			s.trimPrefix(k, sp.first+1)
			continue
		}
		for w := sp.first + 1; w <= sp.last-2; w++ {
			if saidAt(w) < sp.last {
				continue
			}
			o := s.ownerBefore(sp.first)
			afterBody := o >= 0 && s.spans[o].last == sp.first && s.spans[o].typ == gazetteer.Organization
			ok := true
			for i := sp.first; i < w && ok; i++ {
				ok = saidAt(i) < 0 && !s.givenName(i) && !s.is(i, fParticle) && len(s.word(i)) >= 3 && !s.isAllCaps(i) &&
					(afterBody || s.is(i, fCommon) || s.corpusWord(i))
			}
			if !ok {
				break // (not "I Gusti Putu …", "M Rivai …", "Ong Kim Swee", "Maesa Andika Setiawan")
			}
			s.trimPrefix(k, w)
			break
		}
	}
}

// trimPrefix makes person span k start at token w, its words before w given back to the
// body's span right before it, when one the gazetteer does not know ends there, or left out.
func (s *state) trimPrefix(k, w int) {
	sp := s.spans[k]
	o := s.ownerBefore(sp.first)
	afterBody := o >= 0 && s.spans[o].last == sp.first && s.spans[o].typ == gazetteer.Organization
	s.removeSpan(k)
	holder := s.ruleSpan(w, sp.last, sp.typ, sp.source.rule)
	holder.source, holder.role, holder.country = sp.source, sp.role, sp.country
	if afterBody && s.spans[o].entry == nil {
		body := s.spans[o]
		s.removeSpan(o)
		ext := s.ruleSpan(body.first, w, body.typ, body.source.rule)
		ext.source, ext.country = body.source, body.country
		s.addSpan(ext)
	}
	s.addSpan(holder)
}

// bodyNamedWith reports whether the body's span that ends right before token i, with the
// word at i, spells another body's span of the document word for word.
func (s *state) bodyNamedWith(i int) bool {
	o := s.ownerBefore(i)
	if o < 0 || s.spans[o].last != i || s.spans[o].typ != gazetteer.Organization || s.spans[o].entry != nil {
		return false
	}
	b := &s.spans[o]
	n := i + 1 - b.first
	for k := range s.spans {
		sp := &s.spans[k]
		if k == int(o) || sp.dead || sp.typ != gazetteer.Organization || sp.last-sp.first != n {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = s.lowAt(sp.first+j) == s.lowAt(b.first+j)
		}
		if same {
			return true
		}
	}
	return false
}

// placeOrBodyWord reports whether the word at token i, which opens person span k, is a
// word of a place's or a body's name elsewhere in the document, or a place's name the
// gazetteer knows, or a body's acronym in capitals the document uses alone: a word a
// person's name does not open.
func (s *state) placeOrBodyWord(i, k int) bool {
	w := s.lowAt(i)
	for o := range s.spans {
		if o == k {
			continue
		}
		sp := &s.spans[o]
		if sp.dead || sp.typ != gazetteer.Organization && sp.typ != gazetteer.Location && sp.typ != gazetteer.Country {
			continue
		}
		for j := sp.first; j < sp.last; j++ {
			if s.lowAt(j) == w {
				return true
			}
		}
	}
	return false
}

// maxTrimmed bounds the names trimHolderPrefixes looks at in one document, so that its
// search of their words stays a constant's work a capitalised word.
const maxTrimmed = 16

// maxPairLookBack bounds how many earlier pairs pairPartners compares a short pair with.
const maxPairLookBack = 8

// pairPartners reads a pair of players (or any two persons) named by a word each and
// joined by a slash, "Ayu/Salsa", "Owi / Butet", as the latest pair named in full the same
// way before it ("Ni Kadek Ayu Lestari/Salsabila Putri Rahayu"), when one of the two words
// is a word, or the start or end of a word, of the same side's full name: the other word
// is then the other side's, whatever it is (a nickname: "Butet" for Liliyana Natsir). A
// word that a span of another type holds is left alone.
func (s *state) pairPartners() {
	from := s.firstSlash()
	if from < 0 {
		return // (most documents have no slash)
	}
	type pair struct{ a, b int32 }
	var full []pair
	var called []callName // the words read as a name that no link gave (few: they are looked for in one pass)
	for j := range s.byteTokens('/', from) {
		if j < 1 || j+1 >= len(s.toks) {
			continue
		}
		x, y := s.owner[j-1], s.owner[j+1]
		if x >= 0 && y >= 0 && s.isPersonSpan(x) && s.isPersonSpan(y) && s.spans[x].last == j && s.spans[y].first == j+1 &&
			(s.spans[x].last-s.spans[x].first >= 2 || s.spans[y].last-s.spans[y].first >= 2) {
			full = append(full, pair{x, y})
			continue
		}
		if len(full) == 0 || !s.pairWord(j-1) || !s.pairWord(j+1) {
			continue
		}
		for n := len(full) - 1; n >= 0 && len(full)-n <= maxPairLookBack; n-- {
			a, b := &s.spans[full[n].a], &s.spans[full[n].b]
			if a.first > j || !(s.sideOf(j-1, a) || s.sideOf(j+1, b)) {
				continue
			}
			s.pairSide(j-1, a, &called)
			s.pairSide(j+1, b, &called)
			break
		}
	}
	// the call names so learnt name the same persons said alone later: "Rekannya, Salsa, …"
	for _, c := range s.caps {
		if len(called) == 0 {
			break
		}
		i := int(c)
		for _, cn := range called {
			if i > cn.at && s.lowAt(i) == cn.word && s.pairWord(i) {
				s.pairSide(i, &s.spans[cn.full], nil)
			}
		}
	}
}

// callName is a word pairPartners read as a name of person span full, first at token at.
type callName struct {
	word     string
	full, at int
}

// firstSlash returns the offset of the text's first slash, or -1 when it has none: looked
// for once, for slashPairs and pairPartners, which most documents, with no slash, leave at
// that.
func (s *state) firstSlash() int { return s.slashAt.in(s.text, '/') }

// firstColon returns the offset of the text's first colon, or -1 when it has none: looked
// for once, for lineupSpans and readAlsoWords.
func (s *state) firstColon() int { return s.colonAt.in(s.text, ':') }

// firstByte is where a text's first byte of some value is, once looked for: its offset
// plus two, 1 when the text has none, 0 until read.
type firstByte int

// in returns the offset of the first c in text, or -1 when it has none, looking for it
// only the first time it is asked.
func (f *firstByte) in(text string, c byte) int {
	if *f == 0 {
		*f = firstByte(strings.IndexByte(text, c) + 2)
	}
	return int(*f) - 2
}

// isPersonSpan reports whether span k is a person's or a leader's.
func (s *state) isPersonSpan(k int32) bool {
	return s.spans[k].typ == gazetteer.Person || s.spans[k].typ == gazetteer.Leader
}

// pairWord reports whether token i may be one side of a short pair: a capitalised word
// that no span holds but a person's of that word alone.
func (s *state) pairWord(i int) bool {
	if s.toks[i].Kind != tokenize.Word || !s.isCap(i) || s.isAllCaps(i) || s.is(i, fStop) {
		return false
	}
	k := s.owner[i]
	return k < 0 || s.isPersonSpan(k) && s.spans[k].first == i && s.spans[k].last == i+1
}

// sideOf reports whether the word at token i names person span full: its id's, or a word
// of its name, or three letters or more that begin or end one ("Salsa", "Owi").
func (s *state) sideOf(i int, full *span) bool {
	if k := s.owner[i]; k >= 0 && s.spans[k].id == full.id {
		return true
	}
	w := s.lowAt(i)
	if len(w) < 3 {
		return false
	}
	for k := full.first; k < full.last; k++ {
		if f := s.lowAt(k); strings.HasPrefix(f, w) || strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// pairSide makes the word at token i a mention of person span full, noting it in called
// (when not nil) if no link had made it one.
func (s *state) pairSide(i int, full *span, called *[]callName) {
	k := s.owner[i]
	if k >= 0 && s.spans[k].id == full.id {
		return
	}
	if called != nil && len(*called) < maxPairLookBack {
		*called = append(*called, callName{word: s.lowAt(i), full: int(s.owner[full.first]), at: i})
	}
	if k >= 0 {
		s.copyIdentity(&s.spans[k], full)
		return
	}
	sp := s.ruleSpan(i, i+1, full.typ, ruleNone)
	s.copyIdentity(&sp, full)
	s.addSpan(sp)
}

// settleSenses gives a one-word name that only the name typer typed, from the shape of
// its words ("model:name-typer+rule:context-name"), the type that a rule read off a
// stronger context for the same word elsewhere in the document: after a preposition of
// place ("di Padangsidempuan"), as a body's ("perusahaan Snap") or as a club's. A word
// that two such contexts type differently keeps what the typer said. One pass over the
// spans to learn, one to apply.
func (s *state) settleSenses() {
	var strong map[string]int32 // the word → the span a stronger context typed, -1 if two disagree
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.last-sp.first != 1 || sp.entry != nil || sp.source.link != linkNone {
			continue
		}
		switch sp.source.rule {
		case ruleContextPlace, ruleContextOrg, ruleCityClub:
		default:
			continue
		}
		if strong == nil {
			strong = map[string]int32{}
		}
		w := s.lowAt(sp.first)
		if o, seen := strong[w]; !seen {
			strong[w] = int32(k)
		} else if o >= 0 && s.spans[o].typ != sp.typ {
			strong[w] = -1
		}
	}
	if strong == nil {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.last-sp.first != 1 || sp.entry != nil || !sp.source.model || sp.source.rule != ruleContextName {
			continue
		}
		if o, ok := strong[s.lowAt(sp.first)]; ok && o >= 0 && s.spans[o].typ != sp.typ {
			full := s.spans[o]
			s.copyIdentity(sp, &full)
		}
	}
}

// legalFormEntries gives a company's span that a head-word rule made of a legal form and a
// name the gazetteer knows as a body, and nothing more ("PT Toyota Astra Motor"), that
// body's entry, so that it shares its id with the name said without the legal form. Each
// span looks its match up by a binary search over the gazetteer's matches.
func (s *state) legalFormEntries() {
	if s.rareCues&rareCompany == 0 {
		return // (each span opens with a companyForm word, which has rareCompany)
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.entry != nil || sp.typ != gazetteer.Organization || sp.last-sp.first < 2 || !companyForm(s.lowAt(sp.first)) {
			continue
		}
		first := sp.first + 1
		m, ok := slices.BinarySearchFunc(s.matches, first, func(m gazetteer.Match, t int) int { return m.First - t })
		for ; ok && m < len(s.matches) && s.matches[m].First == first; m++ {
			if s.matches[m].Last != sp.last {
				continue
			}
			if e := s.pickEntry(s.matches[m]); e.Type == gazetteer.Organization {
				// (its source then names the entry's line, as for the name the gazetteer
				// knows with its legal form: "PT Bank Mandiri")
				sp.entry, sp.id, sp.name, sp.country, sp.source = e, e.ID, e.Name, e.Country, source{rule: ruleGazetteer}
				if sp.country == "" {
					sp.country = "ID"
				}
			}
			break
		}
	}
}

// linkShortenedNames gives a word that shortens a word of a person's name named before it
// that person's identity, as Indonesian news calls people by the head of a long name:
// "Sandi" after "Sandiaga Uno", "Risma" after "Tri Rismaharini", "Herman" after
// "Hermawanto Siregar". The word is capitalised, of four letters or more, and alone: no
// span holds it but a rule's one-word person; an ordinary word only where it is
// capitalised inside its sentence ("tegas Sandi", not "Kata Budi" after "Katarina"). It
// must shorten a word of one person's names only, not be a name word of its own (see
// link's byWord), and come after that person's full name. persons are link's.
func (s *state) linkShortenedNames(persons []person) {
	if len(persons) == 0 {
		return
	}
	words := s.shortWords // the words of full names (link's byWord)
	// the length of the longest of them by the low six bits of its first byte: a word
	// shortens one only if it is shorter, a quick no; and their first four bytes, each
	// word's hashed to one of 256 bits (headBit), which a word shares with those it
	// shortens, a quicker one
	var longest [64]int
	var heads [4]uint64
	for _, sl := range words {
		w := s.lowAt(int(sl.tok - 1))
		longest[w[0]&63] = max(longest[w[0]&63], len(w))
		if len(w) > 4 {
			h := headBit(w)
			heads[h/64] |= 1 << (h % 64)
		}
	}
	sorted := false
	for _, c := range s.caps {
		i := int(c)
		t := &s.toks[i]
		if t.Kind != tokenize.Word || t.Suffix > 0 || t.End-t.Start < 4 {
			continue
		}
		if i+1 < len(s.toks) && s.isCap(i+1) && s.toks[i+1].Kind == tokenize.Word {
			continue // a word of a longer name
		}
		w := s.lowAt(i)
		if len(w) < 4 || len(w) >= longest[w[0]&63] {
			continue
		}
		if h := headBit(w); heads[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		if flags := s.info[i].flags; flags&(fStop|fRank|fTitle|fAllCaps) != 0 || flags&fCommon != 0 && s.isInitial(i) {
			continue
		}
		if o := s.owner[i]; o >= 0 {
			if sp := &s.spans[o]; sp.last-sp.first != 1 || sp.entry != nil || sp.typ != gazetteer.Person || sp.name != "" && sp.name != s.word(i) {
				// (nor one link gave a fuller name already)
				continue
			}
		}
		// the person of the words w shortens, when they are all one person's (-2 when
		// not); of several, the one of the word last in alphabetical order (the first
		// added of those alike). No one when w is a name's word itself, which link's
		// byWord reads. A long document's words are sorted, stably, for a binary search:
		// a scan of them all for each word would take time quadratic in the text.
		var found int
		if len(words) <= maxShortScan {
			found = s.shortenedIn(words, w, persons)
		} else {
			if !sorted {
				sorted = true
				slices.SortStableFunc(words, func(a, b indexSlot) int { return strings.Compare(s.lowAt(int(a.tok-1)), s.lowAt(int(b.tok-1))) })
			}
			k, exact := slices.BinarySearchFunc(words, w, func(sl indexSlot, w string) int { return strings.Compare(s.lowAt(int(sl.tok-1)), w) })
			if exact {
				continue // a name's word itself
			}
			end := k
			for end < len(words) && strings.HasPrefix(s.lowAt(int(words[end].tok-1)), w) {
				end++
			}
			found = s.shortenedIn(words[k:end], w, persons)
		}
		if found < 0 || persons[found].ambiguousFrom != 0 {
			continue
		}
		full := &s.spans[persons[found].full]
		if int(s.toks[i].Start) < full.end || full.entry == nil && full.source.rule != ruleTitle && !s.givenName(full.first) {
			continue // (a name only the context found must open with a first name: not "Atari" after a product's "Page Ataribox")
		}
		if o := s.owner[i]; o >= 0 {
			s.copyIdentity(&s.spans[o], full)
			continue
		}
		sp := s.ruleSpan(i, i+1, full.typ, ruleNone)
		s.copyIdentity(&sp, full)
		s.addSpan(sp)
	}
}

// maxShortScan is the most words of full names linkShortenedNames scans for each word
// that may shorten one; past it, they are sorted for a binary search.
const maxShortScan = 256

// shortenedIn returns the index in persons of the person whose name's words, of words, w
// shortens: of several, the one of the word last in alphabetical order, the first in
// words of those alike; -1 when there is none, or w is one of the words itself; -2 when
// the words w shortens are two persons' (the head of two persons' names: neither is
// meant). persons are link's.
func (s *state) shortenedIn(words []indexSlot, w string, persons []person) int {
	found, last := -1, ""
	for _, sl := range words {
		nw := s.lowAt(int(sl.tok - 1))
		if !strings.HasPrefix(nw, w) {
			continue
		}
		p := int(sl.val)
		if len(nw) == len(w) {
			return -1 // a name's word itself
		}
		if found >= 0 && identity(&s.spans[persons[p].full]) != identity(&s.spans[persons[found].full]) {
			return -2
		}
		if found < 0 || nw > last {
			found, last = p, nw
		}
	}
	return found
}

// headBit returns the bit of 256 that linkShortenedNames notes for a word's first four
// bytes: w has four at least.
func headBit(w string) uint32 {
	return uint32(swar.Load32(w)) * 0x9e3779b1 >> 24
}

// linkPairHalves gives each name of a pair that a hyphen joins in one token (see
// personPairs: "Anies-Sandi") the identity of the full name it stands for, a word of that
// name ("Anies" for Anies Baswedan) or its first four letters or more ("Sandi" for Sandiaga
// Uno), as link and linkShortenedNames do for a token of its own; not when the word heads
// two persons' names.
func (s *state) linkPairHalves(persons []person) {
	scans := 0 // prefix scans over the index, maxPrefixScans at most a document
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.entry != nil || sp.typ != gazetteer.Person || sp.last-sp.first != 1 ||
			sp.start == int(s.toks[sp.first].Start) && sp.end == int(s.toks[sp.first].End) {
			continue
		}
		w := strings.ToLower(s.text[sp.start:sp.end])
		found := -1
		if p, ok := s.byWord.get(s, w); ok {
			found = p
		} else if len(w) >= 4 && scans < maxPrefixScans {
			scans++
			for _, sl := range s.byWord.slots {
				if sl.tok == 0 || !strings.HasPrefix(s.lowAt(int(sl.tok-1)), w) {
					continue
				}
				if p := int(sl.val); found >= 0 && identity(&s.spans[persons[p].full]) != identity(&s.spans[persons[found].full]) {
					found = -2 // the head of two persons' names: neither is meant
					break
				} else {
					found = p
				}
			}
		}
		if found < 0 || persons[found].ambiguousFrom != 0 {
			continue
		}
		if full := &s.spans[persons[found].full]; full.end <= sp.start {
			s.copyIdentity(sp, full)
		}
	}
}

// slashPairs reads the names a slash joins, as a doubles pair is written, as persons: the
// name on one side of a person ("Chen Qingchen/Jia Yifan", "Jia Yifan/Chen Qingchen"), or
// both names when each has two words or three ("Luo Ying / Luo Yu"). A name is one to three
// capitalised words shaped like a name's, of no span, no ordinary word, English word nor
// acronym among them (not "Best Dance / Electronic Album"); not for the typer's trainer,
// whose weights were made without it.
func (s *state) slashPairs() {
	if typer.Trace != nil || s.firstSlash() < 0 {
		return // (most documents have no slash, which one look at the text settles)
	}
	isPerson := func(k int32) bool {
		return k >= 0 && (s.spans[k].typ == gazetteer.Person || s.spans[k].typ == gazetteer.Leader)
	}
	for _, c := range s.caps {
		i := int(c)
		if i < 2 || s.toks[i-1].Kind == tokenize.Word || s.word(i-1) != "/" { // (a word is never "/")
			continue
		}
		r := s.freeNameRun(i, 1)    // the free name after the slash is [i, r)
		l := s.freeNameRun(i-2, -1) // and the one before it [l, i-1)
		rn, ln := r-i, i-1-l        // their words, 0 for none
		switch {
		case rn > 0 && isPerson(s.owner[i-2]) && s.spans[s.owner[i-2]].last == i-1:
			s.addSpan(s.ruleSpan(i, r, gazetteer.Person, ruleContextName))
		case ln > 0 && isPerson(s.owner[i]) && s.spans[s.owner[i]].first == i:
			s.addSpan(s.ruleSpan(l, i-1, gazetteer.Person, ruleContextName))
		case rn >= 2 && ln >= 2:
			s.addSpan(s.ruleSpan(l, i-1, gazetteer.Person, ruleContextName))
			s.addSpan(s.ruleSpan(i, r, gazetteer.Person, ruleContextName))
		}
	}
}

// freeNameRun reads a run of one to three capitalised words shaped like a name's, of no
// span, from token i in direction dir (1 on, -1 back) within i's sentence, and returns the
// token past its far end: its end for dir 1, its first token for dir -1; i itself for dir
// 1 and i+1 for dir -1 when there is none, or when the run goes on past three words.
func (s *state) freeNameRun(i, dir int) int {
	none := i
	if dir < 0 {
		none = i + 1
	}
	sen := s.sentenceOf(i)
	free := func(k int) bool {
		return k >= sen.First && k < sen.Last && s.toks[k].Kind == tokenize.Word && s.isCap(k) && s.owner[k] < 0
	}
	k := i
	for n := 0; n < 3 && free(k) && !s.is(k, fCommon) && !s.is(k, fStop) && !s.isAllCaps(k) && s.nameShaped(k) && !isEnglishWord(s.lowAt(k)); n++ {
		k += dir
	}
	if k == i || free(k) {
		return none // no name, or a longer run than a name's
	}
	if dir < 0 {
		return k + 1
	}
	return k
}

// initialsAfterNames takes a country's or a body's acronym of two capitals right after a
// person's name, one space apart and with no capitalised word after it, for the
// initials that end the name: "Kombes Pol Suyudi AS mengatakan" is no word about the
// United States. Not for the typer's trainer.
func (s *state) initialsAfterNames() {
	if typer.Trace != nil {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		i := sp.first
		if sp.dead || sp.last-sp.first != 1 || i == 0 || len(s.word(i)) != 2 || !s.isAllCaps(i) ||
			sp.typ != gazetteer.Country && sp.typ != gazetteer.Organization || s.toks[i-1].End+1 != s.toks[i].Start {
			continue
		}
		o := s.owner[i-1]
		if o < 0 || s.spans[o].last != i || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
			continue
		}
		if n := i + 1; n < len(s.toks) && s.isCap(n) && s.toks[n].Kind == tokenize.Word {
			continue
		}
		s.removeSpan(k)
	}
}

// placeBeforeComma reports whether a place's span of two words or more, a venue's, ends
// right before the comma before token i: a place's name after it names where that place
// lies ("Stadion Millennium, Cardiff"), where a country's does not ("Dari Spanyol,
// Barcelona …").
func (s *state) placeBeforeComma(i int) bool {
	if i < 2 || s.word(i-1) != "," {
		return false
	}
	o := s.owner[i-2]
	return o >= 0 && s.spans[o].last == i-1 && s.spans[o].typ == gazetteer.Location && s.spans[o].last-s.spans[o].first >= 2
}

// maxCompanyHolders bounds how many company spans splitCompanyHolders looks at in one
// document, and how many person spans it compares their ends with.
const maxCompanyHolders = 16

// splitCompanyHolders ends a company's name that its head word opened ("PT", "CV",
// company-heads.txt) before a person's name of two or three words that ends it, when the
// document names that person elsewhere by the same words alone: "Direktur Utama CV Sumber
// Laut Perkasa dan PT Impexindo Pratama | Basuki Hariman" where "Basuki Hariman adalah …"
// stands before, "Komisaris PT Adhiguna Keruktama | Adiputra Kurniawan". No title stands
// right before the second company to end its name there, as the title rules' would; the
// company keeps its head word and two words at least. Not for the typer's trainer.
func (s *state) splitCompanyHolders() {
	if typer.Trace != nil {
		return
	}
	var companies, persons [maxCompanyHolders]int
	nc, np := 0, 0
	for k := range s.spans {
		sp := &s.spans[k]
		switch {
		case sp.dead || sp.entry != nil:
		case sp.typ == gazetteer.Organization && sp.source.rule == ruleOrgHead && sp.last-sp.first >= 5 && s.lex.companyHeads[s.lowAt(sp.first)] && nc < len(companies):
			companies[nc] = k
			nc++
		case (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && sp.last-sp.first >= 2 && sp.last-sp.first <= 3 && np < len(persons):
			persons[np] = k
			np++
		}
	}
	for _, c := range companies[:nc] {
		body := s.spans[c]
	ends:
		for m := 3; m >= 2; m-- {
			h := body.last - m
			if h-body.first < 3 || !s.looksLikePersonalName(h, body.last, fCommon) {
				continue
			}
			for _, p := range persons[:np] {
				person := s.spans[p]
				if person.dead || person.last-person.first != m || !s.sameWords(person.first, h, m) {
					continue
				}
				s.removeSpan(c)
				org := s.ruleSpan(body.first, h, gazetteer.Organization, body.source.rule)
				org.country = body.country
				s.addSpan(org)
				holder := s.ruleSpan(h, body.last, person.typ, ruleContextName)
				holder.role = person.role
				s.addSpan(holder)
				break ends
			}
		}
	}
}
