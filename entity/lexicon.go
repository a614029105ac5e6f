package entity

import (
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/entitas-id/entitas/internal/swar"
)

//go:embed lexicon/*.txt lexicon/*.tsv
var lexiconFS embed.FS

// lexicons are the word lists the rules use, parsed on first use from the embedded files
// under lexicon/ (see loadedLexicons); every word list of the package lives there. Every key is lowercase with single spaces.
type lexicons struct {
	titles    phraseSet       // titles and roles before a name
	titleType map[string]Type // LEADER or PERSON for each title
	// titleFacts holds, for every title that titleType, ministerialTitles, titleSynonyms or
	// actingTitles lists, what they say of it, so that titleSpans looks a title up once
	titleFacts map[string]titleFact
	ranks      map[string]bool // ranks and honorifics between a title and a name
	orgHeads   phraseSet       // words that begin an organization's name, mission heads too
	placeHeads phraseSet       // words that begin a place's name
	// missionHeads begin the name of a country's mission, the head and the country
	missionHeads phraseSet
	ministries   phraseSet // lexicon/ministries.txt: ministries' portfolios after a minister's title
	cues         map[string]cueKind
	// cueTypos are the after-quote cues with one letter dropped ("uja" for "ujar") or
	// replaced ("ujat", "lata"), read only right after a quote: a form that is itself a
	// word is left out
	cueTypos map[string]cueKind
	// cueSubTypos are those of cueTypos with one letter replaced, which stand without
	// "-nya" too ("lata Dragan")
	cueSubTypos map[string]bool
	stop        map[string]bool // capitalised words that are never a name
	generic     map[string]bool // lexicon/generic-terms.txt, stop words a body's name may hold
	ethnic      map[string]bool // lexicon/ethnic-groups.txt, peoples' names, no entity
	common      map[string]bool // ordinary words: a capitalised one starting a sentence is no name
	// the one-word lists, each in its own file
	placePrepositions map[string]bool // lexicon/place-prepositions.txt
	titleSuffix       map[string]bool // lexicon/title-suffix.txt
	pronouns          map[string]bool // lexicon/pronouns.txt
	nonPersonSources  map[string]bool // lexicon/non-person-sources.txt
	sourceDeterminers map[string]bool // lexicon/source-determiners.txt
	initialCues       map[string]bool // lexicon/initial-cues.txt
	portfolio         map[string]bool // lexicon/portfolio.txt
	connectors        map[string]bool // lexicon/connectors.txt
	nameParticles     map[string]bool // lexicon/name-particles.txt
	placeDirections   map[string]bool // lexicon/place-directions.txt
	placeNameWords    map[string]bool // lexicon/place-name-words.txt
	companyHeads      map[string]bool // lexicon/company-heads.txt
	personNouns       map[string]bool // lexicon/person-nouns.txt
	playNouns         map[string]bool // lexicon/play-nouns.txt
	companyClosers    map[string]bool // lexicon/company-closers.txt
	territorialTitles map[string]bool // lexicon/territorial-titles.txt
	ministerialTitles map[string]bool // lexicon/ministerial-titles.txt
	// numberedParts maps the heads that, before a number, name a part and not a body to how
	// the part is numbered, roman or letter (lexicon/numbered-parts.tsv)
	numberedParts map[string]string
	// titleSynonyms maps a title to the office it names (lexicon/title-synonyms.tsv)
	titleSynonyms  map[string]string
	orgSuffixes    map[string]bool // lexicon/org-suffixes.txt
	unitSuffixes   map[string]bool // lexicon/unit-suffixes.txt
	buildingWords  map[string]bool // lexicon/building-words.txt
	specNouns      map[string]bool // lexicon/spec-nouns.txt
	eventHeads     map[string]bool // lexicon/event-heads.txt
	productEnds    map[string]bool // lexicon/product-ends.txt
	regionalHeads  map[string]bool // lexicon/regional-heads.txt
	nameEnders     map[string]bool // lexicon/name-enders.txt
	nameAdverbs    map[string]bool // lexicon/name-adverbs.txt
	countryContext map[string]bool // lexicon/country-context.txt
	roleEnders     map[string]bool // lexicon/role-enders.txt
	nicknameCues   map[string]bool // lexicon/nickname-cues.txt
	clubAffixes    map[string]bool // lexicon/club-affixes.txt
	placeHonorific map[string]bool // lexicon/place-honorifics.txt
	orgIntroducers map[string]bool // lexicon/org-introducers.txt
	venueHeads     map[string]bool // lexicon/venue-heads.txt
	balineseNames  map[string]bool // lexicon/balinese-names.txt
	givenWords     map[string]bool // lexicon/given-words.txt
	surnames       map[string]bool // lexicon/surnames.txt
	firstNames     map[string]bool // lexicon/first-names.txt
	eastSurnames   map[string]bool // lexicon/east-asian-surnames.txt
	intlFirstNames map[string]bool // lexicon/first-names-intl.txt
	nicknameFiller map[string]bool // lexicon/nickname-fillers.txt
	bodyCodes      map[string]bool // lexicon/body-codes.txt
	businessWords  map[string]bool // lexicon/business-words.txt
	structureWords map[string]bool // lexicon/structure-words.txt
	// the two lists' words again as sieves (see businessWord and structureWord)
	businessSieve, structureSieve wordSieve

	// personKinds maps a noun for what a person does to its kinds (lexicon/person-kinds.tsv)
	personKinds map[string][]string
}

// cueKind is a word's cue of speech, in its low bits (cueKinds); the word table keeps the
// rare bits above them in the same byte (see rareVenue).
type cueKind uint8

const (
	cueNone     cueKind = iota
	cuePost             // "…,” kata X"
	cuePostOnly         // "…,” tambah X" — only right after a closing quote
	cuePre              // "X mengatakan, “…”"
	cueSource           // "Menurut X, “…”"
)

// cueKinds masks the cue of speech in a word's cue byte (wordInfo.cue). The bits above it
// mark the trigger words of a few rules, which have no word flag to spare (the 32 are
// taken): lowercase gathers them for the document (state.rareCues), so that such a rule
// returns at once in a document with none of its words. A token's bits keep only the
// cue of speech (see cueShift).
const cueKinds cueKind = 1<<3 - 1

const (
	rareVenue   cueKind = 1 << (3 + iota) // venueOpenerWords: "stadium", "arena", "convention"
	rareSundry                            // words few texts hold, of several lists (see rareWords): "kri", "daop", "raja", "bahasa"
	rareThing                             // thingClassifier: "sebuah"
	rareCall                              // callNouns: "sapaan", "panggilan"
	rareCompany                           // companyForms: "pt", "cv", "perum"
	// (the 8 bits of a cueKind are all taken: a bit more overflows it, which fails to compile)
)

// rareWords lists the words of each rare bit, which buildWordTable gives them (in small
// letters).
var rareWords = []struct {
	words []string
	bit   cueKind
}{
	{venueOpenerWords, rareVenue},
	{vesselPrefixes[:], rareSundry}, {operatingUnitWords[:], rareSundry}, {royalWords[:], rareSundry}, {languageCues[:], rareSundry},
	{[]string{thingClassifier}, rareThing},
	{callNouns[:], rareCall},
	{companyForms[:], rareCompany},
}

// every cue of speech fits in cueKinds (this fails to compile if one does not)
var _ = [1]struct{}{}[cueSource&^cueKinds]

// phraseSet holds phrases of one or more words, found longest first.
type phraseSet struct {
	// m holds each phrase (phraseWhole) and each run of a phrase's first words
	// (phrasePrefix), so that a search stops at the first word no phrase goes on with
	m      map[string]uint8
	first  map[string]bool // the first word of every phrase, for a quick no
	maxLen int             // words in the longest phrase
	// firstFlag is the word flag marking first words, when the set has one
	firstFlag wordFlag
	// packed holds the keys of m of 1 to maxInline bytes, each as its wordKey with m's
	// bits in the top bits of its second integer (see packPhrases), in an open-addressing
	// table at most half full whose first slot for a key is its keyHome: a lookup
	// reads one slot mostly, where the map hashes the key's bytes and then reads a control
	// word, a slot and the key's bytes, each apart in memory. nil until packPhrases
	packed []phraseSlot
	shift  uint
}

// phraseSlot is one key of phraseSet.packed (see there); b is 0 in an empty slot.
type phraseSlot struct{ a, b uint64 }

// phraseBitsShift is where a phraseSlot's second integer holds m's bits: above the byte of
// the key's length, which is at most maxInline, 4 bits.
const phraseBitsShift = 60

// packPhrases fills p.packed from p.m; a set whose phrases change must pack them again.
func (p *phraseSet) packPhrases() {
	n := 0
	for k := range p.m {
		if len(k) >= 1 && len(k) <= maxInline {
			n++
		}
	}
	size, shift := tableSize(n, 1, 2)
	p.packed, p.shift = make([]phraseSlot, size), shift
	mask := uint64(size - 1)
	for k, bits := range p.m {
		if len(k) < 1 || len(k) > maxInline {
			continue
		}
		a, b := wordKey(k)
		i := keyHome(a, b, shift)
		for p.packed[i].b != 0 {
			i = (i + 1) & mask
		}
		p.packed[i] = phraseSlot{a: a, b: b | uint64(bits)<<phraseBitsShift}
	}
}

// bits returns what m says of the phrase or run of first words k (phraseWhole,
// phrasePrefix), 0 when it has no such key.
func (p *phraseSet) bits(k []byte) uint8 {
	if len(k) < 1 || len(k) > maxInline || p.packed == nil {
		return p.m[string(k)]
	}
	a, b := swar.Pack(k)
	mask := uint64(len(p.packed) - 1)
	for i := keyHome(a, b, p.shift); ; i = (i + 1) & mask {
		sl := &p.packed[i]
		if sl.b == 0 {
			return 0
		}
		if sl.a == a && sl.b&(1<<phraseBitsShift-1) == b {
			return uint8(sl.b >> phraseBitsShift)
		}
	}
}

// The bits of phraseSet.m.
const (
	phraseWhole  = 1 << iota // a phrase of the set
	phrasePrefix             // the first words of a longer phrase of the set
)

func (p *phraseSet) add(s string) {
	if p.m == nil {
		p.m = map[string]uint8{}
		p.first = map[string]bool{}
	}
	p.m[s] |= phraseWhole
	words := strings.Fields(s)
	p.first[words[0]] = true
	p.maxLen = max(p.maxLen, len(words))
	for n := 1; n < len(words); n++ {
		p.m[strings.Join(words[:n], " ")] |= phrasePrefix
	}
}

// loadedLexicons parses the embedded word lists once, on first use: a program that imports
// the package without extracting pays nothing at start-up.
var loadedLexicons = sync.OnceValue(func() *lexicons {
	l, err := readyLexicons()
	if err != nil {
		panic(err) // the embedded files are checked by tests; this is a bug
	}
	return l
})

// readyLexicons parses the embedded word lists and derives what the rules need of them
// besides: what loadedLexicons does once.
func readyLexicons() (*lexicons, error) {
	l, err := loadLexicons()
	if err != nil {
		return nil, err
	}
	l.cueTypos, l.cueSubTypos = cueTypos(l)
	l.titleFacts = titleFactsOf(l)
	l.titles.firstFlag = fTitleFirst
	l.orgHeads.firstFlag = fOrgHeadFirst
	l.missionHeads.firstFlag = fOrgHeadFirst // its heads are organization heads too
	l.placeHeads.firstFlag = fPlaceHeadFirst
	for _, p := range []*phraseSet{&l.titles, &l.orgHeads, &l.missionHeads, &l.placeHeads, &l.ministries} {
		p.packPhrases()
	}
	return l, nil
}

func loadLexicons() (*lexicons, error) {
	l := &lexicons{titleType: map[string]Type{}, ranks: map[string]bool{}, cues: map[string]cueKind{},
		stop: map[string]bool{}, common: map[string]bool{}}
	err := eachLine("titles.tsv", 2, func(f []string) error {
		t, err := parseTypeField(f[1])
		if err != nil {
			return err
		}
		l.titles.add(f[0])
		l.titleType[f[0]] = t
		return nil
	})
	if err == nil {
		l.ranks, err = wordSet("ranks.txt")
	}
	if err == nil {
		err = eachLine("orgheads.txt", 1, func(f []string) error { l.orgHeads.add(f[0]); return nil })
	}
	if err == nil {
		err = eachLine("mission-heads.txt", 1, func(f []string) error {
			l.orgHeads.add(f[0])
			l.missionHeads.add(f[0])
			return nil
		})
	}
	if err == nil {
		err = eachLine("ministries.txt", 1, func(f []string) error { l.ministries.add(f[0]); return nil })
	}
	if err == nil {
		err = eachLine("placeheads.txt", 1, func(f []string) error { l.placeHeads.add(f[0]); return nil })
	}
	if err == nil {
		err = eachLine("cues.tsv", 2, func(f []string) error {
			k, ok := map[string]cueKind{"post": cuePost, "postonly": cuePostOnly, "pre": cuePre, "source": cueSource}[f[1]]
			if !ok {
				return fmt.Errorf("unknown cue kind %q", f[1])
			}
			l.cues[f[0]] = k
			return nil
		})
	}
	if err == nil {
		l.stop, err = wordSet("stop.txt")
	}
	if err == nil {
		if l.generic, err = wordSet("generic-terms.txt"); err == nil {
			for w := range l.generic {
				l.stop[w] = true // generic terms are stop words too
			}
		}
	}
	for _, set := range []struct {
		file string
		m    *map[string]bool
	}{
		{"place-prepositions.txt", &l.placePrepositions},
		{"ethnic-groups.txt", &l.ethnic},
		{"title-suffix.txt", &l.titleSuffix},
		{"pronouns.txt", &l.pronouns},
		{"non-person-sources.txt", &l.nonPersonSources},
		{"source-determiners.txt", &l.sourceDeterminers},
		{"initial-cues.txt", &l.initialCues},
		{"portfolio.txt", &l.portfolio},
		{"connectors.txt", &l.connectors},
		{"name-particles.txt", &l.nameParticles},
		{"place-directions.txt", &l.placeDirections},
		{"place-name-words.txt", &l.placeNameWords},
		{"company-heads.txt", &l.companyHeads},
		{"person-nouns.txt", &l.personNouns},
		{"play-nouns.txt", &l.playNouns},
		{"company-closers.txt", &l.companyClosers},
		{"territorial-titles.txt", &l.territorialTitles},
		{"ministerial-titles.txt", &l.ministerialTitles},
		{"org-suffixes.txt", &l.orgSuffixes},
		{"unit-suffixes.txt", &l.unitSuffixes},
		{"building-words.txt", &l.buildingWords},
		{"spec-nouns.txt", &l.specNouns},
		{"event-heads.txt", &l.eventHeads},
		{"product-ends.txt", &l.productEnds},
		{"regional-heads.txt", &l.regionalHeads},
		{"name-enders.txt", &l.nameEnders},
		{"name-adverbs.txt", &l.nameAdverbs},
		{"country-context.txt", &l.countryContext},
		{"role-enders.txt", &l.roleEnders},
		{"nickname-cues.txt", &l.nicknameCues},
		{"club-affixes.txt", &l.clubAffixes},
		{"place-honorifics.txt", &l.placeHonorific},
		{"org-introducers.txt", &l.orgIntroducers},
		{"venue-heads.txt", &l.venueHeads},
		{"balinese-names.txt", &l.balineseNames},
		{"given-words.txt", &l.givenWords},
		{"surnames.txt", &l.surnames},
		{"first-names.txt", &l.firstNames},
		{"east-asian-surnames.txt", &l.eastSurnames},
		{"first-names-intl.txt", &l.intlFirstNames},
		{"nickname-fillers.txt", &l.nicknameFiller},
		{"body-codes.txt", &l.bodyCodes},
		{"business-words.txt", &l.businessWords},
		{"structure-words.txt", &l.structureWords},
	} {
		if err != nil {
			break
		}
		*set.m, err = wordSet(set.file)
	}
	for w := range l.businessWords {
		l.businessSieve.add(w)
	}
	for w := range l.structureWords {
		l.structureSieve.add(w)
	}
	if err == nil {
		l.titleSynonyms = map[string]string{}
		err = eachLine("title-synonyms.tsv", 2, func(f []string) error { l.titleSynonyms[f[0]] = f[1]; return nil })
	}
	if err == nil {
		l.personKinds = map[string][]string{}
		err = eachLine("person-kinds.tsv", 2, func(f []string) error {
			l.personKinds[f[0]] = strings.Split(f[1], ",")
			return nil
		})
	}
	if err == nil {
		l.numberedParts = map[string]string{}
		err = eachLine("numbered-parts.tsv", 2, func(f []string) error {
			if f[1] != "roman" && f[1] != "letter" && f[1] != "either" {
				return fmt.Errorf("numbering %q: want roman or letter", f[1])
			}
			l.numberedParts[f[0]] = f[1]
			return nil
		})
	}
	if err == nil {
		if _, statErr := lexiconFS.Open("lexicon/common.txt"); statErr == nil {
			l.common, err = wordSet("common.txt")
		}
	}
	return l, err
}

func parseTypeField(s string) (Type, error) {
	switch s {
	case "LEADER":
		return Leader, nil
	case "PERSON":
		return Person, nil
	}
	return 0, fmt.Errorf("type %q: want LEADER or PERSON", s)
}

// eachLine calls fn with the tab-separated fields of each non-comment line of a lexicon
// file, which must have exactly n fields, all lowercase. The slice is fn's only for the
// call; the strings in it are its to keep.
func eachLine(name string, n int, fn func([]string) error) error {
	text, err := readLexicon(name)
	if err != nil {
		return err
	}
	return eachLineOf(name, text, n, fn)
}

// readLexicon returns the text of a lexicon file, copied once out of the embedded files.
func readLexicon(name string) (string, error) {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(int(st.Size()))
	var buf [4096]byte
	if _, err := io.CopyBuffer(&b, f, buf[:]); err != nil {
		return "", err
	}
	return b.String(), nil
}

// eachLineOf is eachLine over text, the text of the file name, without a string or a
// slice for each line.
func eachLineOf(name, text string, n int, fn func([]string) error) error {
	return eachLineAt(name, text, n, func(f []string, _ int) error { return fn(f) })
}

// eachLineAt is eachLineOf, and gives fn the offset in text of each line too, where its
// first field begins.
func eachLineAt(name, text string, n int, fn func(f []string, at int) error) error {
	f := make([]string, 0, n)
	at, next := 0, 0
	for i := 1; text != ""; i++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		at, next = next, next+len(line)+1
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f = f[:0]
		if strings.Count(line, "\t") == n-1 {
			rest := line
			for range n - 1 {
				var v string
				v, rest, _ = strings.Cut(rest, "\t")
				f = append(f, v)
			}
			f = append(f, rest)
		}
		if len(f) != n || f[0] != strings.ToLower(f[0]) || f[0] != strings.TrimSpace(f[0]) {
			return fmt.Errorf("entity/lexicon/%s:%d: want %d lowercase tab-separated fields: %q", name, i, n, line)
		}
		if err := fn(f, at); err != nil {
			return fmt.Errorf("entity/lexicon/%s:%d: %w", name, i, err)
		}
	}
	return nil
}

// wordSet reads a lexicon file of one word a line (see eachLine) into a set sized for its
// lines. On an error it returns the words read before it.
func wordSet(name string) (map[string]bool, error) {
	text, err := readLexicon(name)
	if err != nil {
		return map[string]bool{}, err
	}
	m := make(map[string]bool, strings.Count(text, "\n")+1)
	err = eachLineOf(name, text, 1, func(f []string) error { m[f[0]] = true; return nil })
	return m, err
}

// wordFlag says which word lists a lowercase word is on.
type wordFlag uint32

const (
	fCommon         wordFlag = 1 << iota // lexicon/common.txt
	fStop                                // lexicon/stop.txt
	fRank                                // lexicon/ranks.txt
	fTitle                               // a one-word title
	fTitleFirst                          // the first word of some title
	fOrgHead                             // a one-word organization head
	fOrgHeadFirst                        // the first word of some organization head
	fPlaceHeadFirst                      // the first word of some place head
	fPortfolio                           // portfolio
	fParticle                            // nameParticles
	fPronoun                             // pronouns
	fDeterminer                          // sourceDeterminers
	fTitleSuffix                         // titleSuffix
	fConnector                           // connectors
	fCap                                 // the token is a word starting with a capital: its shape, not a list
	fAllCaps                             // the token is written in capitals only, two letters or more
	fInitialCue                          // initialCues
	fGazFirst                            // the gazetteer key of the first word of some name (see Extractor.words)
	fGazLower                            // the same, of a name that a word with a small letter may begin
	fNickCue                             // nicknameCues: "disapa", "alias"
	fNickFiller                          // nicknameFiller: "yang", "akrab"
	fPlacePrep                           // placePrepositions: "di", "ke"
	fOrgSuffix                           // orgSuffixes: "Group", "Labs"
	fEventHead                           // eventHeads and productEnds: "Awards", "Week", "Hybrid"
	fOrgIntro                            // orgIntroducers of one word: "perusahaan", "aplikasi"
	fOrgIntroFirst                       // the first word of an orgIntroducer of more: "surat" (kabar)
	fRoleEnder                           // roleEnders
	fGiven                               // a given name (Extractor.givenNames), which New adds
	fCityClub                            // a city read as the one club named after it (Extractor.cityClubs), which New adds
	fGeneric                             // lexicon/generic-terms.txt: "Pemilu", "UMKM" (stop words too)
	fBusiness                            // business-words and structure-words: "warung", "flyover" (see businessNames)
	fRareCue                             // rare trigger words of several rules, one flag for all: workNouns, productKinds, languageCues, operatingUnitWords, royalWords, companyForms and streetAbbrevs: "film", "seri", "bahasa", "daop", "raja", "pt", "jl"
	// (the 32 bits of a wordFlag are all taken: a flag more overflows it, which fails to compile)
)

// lowercase finds fGazLower one bit above fGazFirst (this fails to compile if it is not)
var _ = [1]struct{}{}[fGazLower-fGazFirst<<1]

// wordInfo is what the word lists say about one lowercase word.
type wordInfo struct {
	flags wordFlag
	cue   cueKind
	// first is the word's position among the gazetteer's FirstKeys plus one, when it has
	// fGazFirst; else 0
	first int32
}

// wordTable folds every word list into one table, so that each token needs one lookup;
// built on first use.
var wordTable = sync.OnceValue(func() map[string]wordInfo {
	return buildWordTable(loadedLexicons())
})

// buildWordTable folds the word lists of lex into one table (see wordTable).
func buildWordTable(lex *lexicons) map[string]wordInfo {
	// sized for the words of the lists of ordinary words and of titles and heads, most
	// of the words (a hint a little larger than the words of all the lists made the map
	// twice the size it needs)
	n := len(lex.common) + len(lex.stop) + len(lex.titles.m) + len(lex.orgHeads.m)
	m := make(map[string]wordInfo, n)
	set := func(w string, f wordFlag) {
		i := m[w]
		i.flags |= f
		m[w] = i
	}
	for w := range lex.common {
		set(w, fCommon)
	}
	for w := range lex.stop {
		set(w, fStop)
	}
	for w := range lex.generic {
		set(w, fGeneric)
	}
	for _, l := range [][]string{workNouns[:], productKinds[:], offerNouns[:], languageCues[:], operatingUnitWords[:], royalWords[:], companyForms[:], streetAbbrevs[:]} {
		for _, w := range l {
			set(strings.ToLower(w), fRareCue)
		}
	}
	for _, l := range []map[string]bool{lex.businessWords, lex.structureWords} {
		for w := range l {
			set(w, fBusiness)
		}
	}
	for w := range lex.ranks {
		set(w, fRank)
	}
	for w, bits := range lex.titles.m {
		if bits&phraseWhole != 0 {
			set(w, fTitle)
		}
	}
	for w := range lex.titles.first {
		set(w, fTitleFirst)
	}
	for w, bits := range lex.orgHeads.m {
		if bits&phraseWhole != 0 {
			set(w, fOrgHead)
		}
	}
	for w := range lex.orgHeads.first {
		set(w, fOrgHeadFirst)
	}
	for w := range lex.placeHeads.first {
		set(w, fPlaceHeadFirst)
	}
	for _, l := range []struct {
		m map[string]bool
		f wordFlag
	}{{lex.portfolio, fPortfolio}, {lex.nameParticles, fParticle}, {lex.pronouns, fPronoun}, {lex.sourceDeterminers, fDeterminer},
		{lex.titleSuffix, fTitleSuffix}, {lex.connectors, fConnector}, {lex.initialCues, fInitialCue}, {lex.nicknameCues, fNickCue},
		{lex.nicknameFiller, fNickFiller}, {lex.placePrepositions, fPlacePrep}, {lex.orgSuffixes, fOrgSuffix}, {lex.eventHeads, fEventHead},
		{lex.productEnds, fEventHead},
		{lex.roleEnders, fRoleEnder}} {
		for w := range l.m {
			set(w, l.f)
		}
	}
	for w := range lex.orgIntroducers {
		if first, _, ok := strings.Cut(w, " "); ok {
			set(first, fOrgIntroFirst)
		} else {
			set(w, fOrgIntro)
		}
	}
	for w, k := range lex.cues {
		i := m[w]
		i.cue = k
		m[w] = i
	}
	for _, l := range rareWords {
		for _, w := range l.words {
			w = strings.ToLower(w)
			i := m[w]
			i.cue |= l.bit
			m[w] = i
		}
	}
	return m
}

// cueTypos derives the one-letter-dropped forms of the after-quote cues of four letters or
// more that are not words or cues themselves, and that only one cue gives; and the forms
// with one letter replaced by its neighbour on the keyboard ("ujat", "lata"),
// under the same conditions, which it also returns as a set of their own.
func cueTypos(l *lexicons) (map[string]cueKind, map[string]bool) {
	m := map[string]cueKind{}
	seen := map[string]int{}
	for w, k := range l.cues {
		if (k != cuePost && k != cuePostOnly) || len(w) < 4 || strings.Contains(w, " ") {
			continue
		}
		for i := range len(w) {
			d := w[:i] + w[i+1:]
			if l.cues[d] != cueNone || l.common[d] || l.stop[d] {
				continue
			}
			if _, ok := m[d]; !ok || m[d] == k {
				m[d] = k
			}
			seen[d]++
		}
	}
	for d, n := range seen {
		// dropping a doubled letter gives one form twice ("tutup"); two cues giving one
		// form is ambiguous
		if n > 1 && !sameCueTwice(l, d) {
			delete(m, d)
		}
	}
	sub := map[string]bool{}
	from := map[string]string{} // the cue each replaced form comes from, "" when two do
	for w, k := range l.cues {
		if (k != cuePost && k != cuePostOnly) || len(w) < 4 || strings.Contains(w, " ") {
			continue
		}
		for i := range len(w) {
			for _, c := range keyNeighbours(w[i]) {
				d := w[:i] + string(c) + w[i+1:]
				if l.cues[d] != cueNone || l.common[d] || l.stop[d] || isEnglishWord(d) {
					continue
				}
				if f, ok := from[d]; ok && f != w {
					from[d] = ""
					continue
				}
				from[d] = w
			}
		}
	}
	for d, w := range from {
		if _, dropped := m[d]; w == "" || dropped || seen[d] > 0 {
			continue // two cues, or a dropped form too: ambiguous
		}
		m[d], sub[d] = l.cues[w], true
	}
	return m, sub
}

// keyNeighbours returns the letters left and right of c on a QWERTY keyboard, or nothing
// for what is not a small ASCII letter.
func keyNeighbours(c byte) string {
	for _, row := range []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		if i := strings.IndexByte(row, c); i >= 0 {
			return row[max(0, i-1):i] + row[i+1:min(len(row), i+2)]
		}
	}
	return ""
}

// sameCueTwice reports whether every cue that d is one letter short of is one cue.
func sameCueTwice(l *lexicons, d string) bool {
	from := ""
	for w := range l.cues {
		if len(w) != len(d)+1 {
			continue
		}
		for i := range len(w) {
			if w[:i]+w[i+1:] == d {
				if from != "" && from != w {
					return false
				}
				from = w
			}
		}
	}
	return true
}
