package entity

import (
	"cmp"
	"encoding/binary"
	"github.com/entitas-id/entitas/internal/swar"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// state is the working state of one Extract call: the tokens, what the word lists say about
// them, and the spans found so far. Nothing in it outlives the call; its buffers and maps
// (scratch) are kept in a pool for the next call.
type state struct {
	docState
	scratch
}

// docState is the part of a state that is made anew for each call (see newState). It is
// kept apart from scratch so that readying a state writes only these fields: copying the
// whole state onto itself, its scratch included, cost each call a copy of a kilobyte, with
// a write barrier on each pointer while the garbage collector marks.
type docState struct {
	fullest []fullestOf // see fullestName: the ids quotes asked for
	// fullestAll holds every known person's fullest form, once many ids were asked (see
	// fullestOfID); nil before
	fullestAll map[string]string
	events     map[string]bool // the names of events named with their head word, without it (see contextSpans)
	x          *Extractor
	lex        *lexicons // the word lists, x.lex
	doc        *Document
	text       string
	toks       []tokenize.Token
	// lowAll holds the lowercase texts of the ASCII words with capitals (see lowAt)
	lowAll string
	// notEntity lists surface forms that are not entities here (initials, common-noun
	// acronyms)
	notEntity map[string]bool
	// classAcronyms lists the acronyms a document defines as a class in small letters,
	// whose gazetteer entries are not meant anywhere in it (see dropClassAcronyms)
	classAcronyms []string
	// cues is the union of the word flags of all tokens: a rule whose trigger words are
	// absent from the document has nothing to do; and rareCues the union of their words'
	// rare bits (see rareVenue), for rules whose words have no flag
	cues     wordFlag
	rareCues cueKind
	// wordCount counts the word tokens, and lowerCount those of them that begin with a
	// small ASCII letter (see detectCase); both counted by lowercase
	wordCount, lowerCount int
	// capCounted says that capCount and capPairs hold this document's counts, and
	// aloneAsked counts the words aloneCount counted before them itself (past
	// maxAloneScans, countCaps counts every word)
	capCounted bool
	aloneAsked int
	// cueWordsDone says that cueWords holds this document's words (see cueWordSet)
	cueWordsDone bool
	// capsByWordDone says that capsByWord holds this document's capitalised tokens (see
	// capitalAt); groupWords counts the capitalised words after a noun for a group, and
	// sourceOnly keeps onlyAsSource's count for a run of words: built on first use, so
	// that the rules that ask about every mention of a word cost no more than one pass
	// over the document
	capsByWordDone bool
	// offersDone says that offers holds the capitalised tokens of this document right after
	// a noun of offerNouns, the first maxOffers of them (see offeredAs)
	offersDone bool
	offers     []int32
	initials   map[string]initialsUse // see initialsUses; nil until initialsName asks
	groupWords map[string]int32
	sourceOnly map[string]sourceMentions
	// bodyWordsDone says that bodyToks holds this document's tokens, and bodyAsked counts
	// the words inBodyElsewhere was asked about (past maxBodyScans, bodyWordIdx holds
	// their words)
	bodyWordsDone bool
	bodyAsked     int
	// smallDone says that small holds this document's words, and smallAsked counts the
	// words writtenSmall was asked about while it looked in the text itself; smallScans
	// holds the answers of its searches, smallScanned of them
	smallDone    bool
	smallAsked   int
	smallScans   [maxSmallScans]smallScan
	smallScanned int
	// spanPass and candPass follow the passes of the rules that add spans and candidates
	// (see spanPass)
	spanPass, candPass spanPass
	// quoteOpen is the opening mark's token of the quote being attributed, and quoteClose
	// its closing mark's (0 when no quote is being attributed)
	quoteOpen, quoteClose int
	// reply says that the cue being read answers the previous speaker ("timpal", "balas"),
	// and answered is the speaker before that previous one who was someone else, whom a
	// pronoun or description after such a cue names
	reply    bool
	answered *mention
	// afterReply says that the previous quote's cue was a reply ("“…,” balas jaksa"): a
	// description in the attribution of the quote being read then names the one answered
	afterReply bool
	// refsDue says that attribute has asked for the reference tables, which needRefs
	// builds when they are first read
	refsDue bool
	// hyphens says what the text's hyphens stand between, once read (see hyphenShapes)
	hyphens hyphenShape
	// slashAt and colonAt are where the text's first slash and first colon are, once read
	// (see firstSlash, firstColon)
	slashAt, colonAt firstByte
	// sentAt is the sentence sentIndex found last
	sentAt int
	// corpusTok is the token corpusWord was asked about last, plus one (0: none), and
	// corpusIs its answer
	corpusTok int
	corpusIs  bool
	// startsReady says that indexCandidates has built the candidates' starts for this
	// document and dropTables has not let them go yet (see startsAt)
	startsReady bool
	// asli says that some token begins with "asli" in any case (see lowercase), as one
	// does in a text that gives a real name, "bernama asli" (see link)
	asli bool
	// anyUni says that some token is in text written in one case only (bitUni; see
	// unicase.go)
	anyUni bool
	// shoutOnly says that the only such text is emphasis in capitals inside cased lines
	// (see markShouting): the document is otherwise read as cased
	shoutOnly bool
	// touched is what touchEntries returned, kept so that its reads are not dropped
	touched gazetteer.Type
	// date is the text's first full date, once dateRead (see docDate)
	date     string
	dateRead bool
}

// scratch is the part of a state that is emptied, not freed, between calls. Each field is
// emptied before it is used: by newState, grow or emptied.
type scratch struct {
	// lows tells where each token's lowercase text is (see lowAt): offsets rather than
	// strings, so that filling it writes no pointers
	lows []lowSpan
	info []tokenInfo // what the word lists say about each token
	// bits holds each token's facts (see tokenBits) in one byte: five bools a token
	// would take five
	bits  []tokenBits
	spans []span  // chosen spans, in text order after selectSpans
	owner []int32 // owner[i] is the index in spans of the span covering token i, or -1
	cands []span  // candidates before selection
	buf   []byte  // scratch for lookup keys
	// gazFrom lists the tokens where a gazetteer name may start (see lowercase), and
	// gazFirst the position among the gazetteer's FirstKeys of each one's key, or -1
	gazFrom, gazFirst []int32
	// caps lists the capitalised words (isCap), in text order, and allCaps those of them
	// in capitals (isAllCaps) as lowercase found them
	caps, allCaps []int32
	// hyphenAt lists the byte offsets of the text's hyphens, in text order, found by
	// hyphenShapes (valid once s.hyphens has hyphenShapesRead)
	hyphenAt []int32
	// capsByWord lists the capitalised tokens by their word in small letters, then in
	// text order (see capitalAt)
	capsByWord []int32
	// titleLines holds the lines in Title Case (titleCaseLines), each as its first token
	// and the token after its last
	titleLines []int32
	// small holds the words the document writes in small letters, filled the first time
	// writtenSmall is asked (most documents never ask; see smallDone)
	small map[string]struct{}
	// marks lists, in text order, the tokens other than words that some pass looks for:
	// quotation marks, URLs and each "(" (see lowercase), so that those passes need not
	// read every token
	marks   []int32
	matches []gazetteer.Match // gazetteer hits, for gazetteerSpans
	// ucMatches are the gazetteer hits in unicase text (unicase.go)
	ucMatches []gazetteer.Match
	order     []int32  // for sorting candidates
	keys      []uint64 // for sorting indices (see sortIndices), and selectSpans' bits of first tokens
	// starts tells the candidates that start at the tokens whose bits are set in startBits
	// (bit i&63 of word i>>6), in token order; startRank[w] counts the bits set before word
	// w (see startIndex); made by indexCandidates
	startBits []uint64
	startRank []int32
	starts    []candStarts
	// candCountries holds the countries of candidates that starts name (countryCand)
	candCountries []candCountry
	// capIDs numbers the capitalised words and the words after them; capCount counts the
	// capitalised words by number, and capPairs holds each pair of a capitalised word and
	// the word after it as the two numbers (see countCaps), for standsAlone; built on
	// first use
	capIDs   wordIDs
	capNum   []int32 // capNum[i] is token i's number plus one, 0 if it has none
	capCount []int32
	capPairs []uint64 // sorted, a pair a capitalised word: see pairCount
	// placeWords counts, for each capitalised word, the times it stands after a place's
	// head word or a preposition of place in the document; built with capCount
	placeWords map[string]int32
	// cueWords are the capitalised words that stand right after a speech cue somewhere in
	// the document ("kata Dadang"); built with capCount
	cueWords map[string]bool
	// sentPara[k] is the index of the first sentence of sentence k's paragraph (see
	// paraFirstSentence); built on first use
	sentPara []int32
	// bodyToks holds the capitalised tokens inside the bodies' and places' names found
	// when first asked, and bodyWordIdx their words once asked often (see inBodyElsewhere)
	bodyToks    []int32
	bodyWordIdx wordIndex
	// refs are the reference tables of discourse.go
	refs refs
	// titleSubj are the bare titles that are reporting subjects (see titleSubjects)
	titleSubj []span
	// byWord, once, persons and ids are link's, ids for documents to come as well (see idOf)
	byWord wordIndex
	once   wordIndex
	// onePersons holds the spans of link's persons of one word
	onePersons []int32
	persons    []person
	ids        *idCache
	// shortWords holds byWord's words, as link adds them, for linkShortenedNames
	shortWords []indexSlot
	// linkCache holds "link:NAME" source strings that linkSource made, for this document
	// and those to come
	linkCache *[linkCacheSize]string
	// srcCache holds sources of gazetteer entries that entrySource made, and partCache
	// the entries of parts of hyphenated words that placePairs looked up, for documents to
	// come as well; cacheOwner is the Extractor they were made for (see newState)
	srcCache   *[srcCacheSize]entrySource
	partCache  *[partCacheSize]partEntries
	cacheOwner *Extractor
}

// span is a candidate or chosen entity over tokens [first, last). A long document holds
// hundreds of thousands, so the small fields come last, where they share one word.
type span struct {
	first, last int
	start, end  int              // bytes; end may stop before a clitic
	entry       *gazetteer.Entry // the gazetteer entry, or nil for a rule's span
	id, name    string
	role        string
	country     string
	source      source
	typ         Type
	weak        bool // kept only if something else confirms it (a lowercase class name)
	dead        bool // removed by a later rule
	rank        int8 // priority among candidates of equal length: higher wins
}

// statePool recycles the scratch slices of finished calls.
var statePool = sync.Pool{New: func() any { return new(state) }}

// newState takes a state from the pool and prepares it for document d.
func newState(x *Extractor, d *Document) *state {
	s := statePool.Get().(*state)
	s.docState = docState{x: x, lex: x.lex, doc: d, text: d.Text, toks: d.Tokens.Tokens}
	s.spans, s.cands, s.buf = s.spans[:0], s.cands[:0], s.buf[:0]
	s.gazFrom, s.gazFirst, s.caps, s.matches = s.gazFrom[:0], s.gazFirst[:0], s.caps[:0], s.matches[:0]
	s.marks, s.sentPara = s.marks[:0], s.sentPara[:0]
	s.order, s.persons = s.order[:0], s.persons[:0]
	if s.cacheOwner != x {
		// what another Extractor's gazetteer said need not hold for this one's
		if s.srcCache != nil {
			clear(s.srcCache[:])
		}
		if s.partCache != nil {
			clear(s.partCache[:])
		}
		s.cacheOwner = x
	}
	return s
}

// release returns the state to the pool; nothing in it may be used afterwards.
func (s *state) release() {
	s.docState = docState{}
	statePool.Put(s)
}

// run is the pipeline: each step reads what the earlier ones found.
func (s *state) run() {
	if len(s.toks) == 0 {
		return
	}
	s.prepare()
	s.findInitials()        // initials.go: "berinisial RH" — not entities
	s.gazetteerSpans()      // gazspans.go: known names
	s.titleCaseLines()      // titlecase.go: a headline's ordinary words are no names
	s.dropMatching()        // the gazetteer's inputs and matches, read no more
	s.headWordSpans()       // patterns.go: Kementerian …, Kabupaten …
	s.selectSpans()         // select.go: flat, outermost, non-overlapping
	s.adjustBoundaries()    // boundaries.go: PT … Tbk, US$
	s.agedNames()           // boundaries.go: "Sarinah (55)" is a person
	s.placePairs()          // gazspans.go: China-AS
	s.bodyPairs()           // gazspans.go: PKS-Gerindra
	s.aliasSpans()          // link.go: bare names of places and bodies found above
	s.branchSpans()         // link.go: Basarnas Bengkulu
	s.acronyms()            // acronym.go: Dewan Keamanan PBB (DK PBB)
	s.settleOther()         // gazspans.go: acronyms of names of no entity type (Piala Dunia (PD))
	s.weaponFamilies()      // gazspans.go: Hwasong-20 after Hwasong-19
	s.titleSpans()          // titles.go: Presiden Rusia Vladimir Putin
	s.vesselNames()         // context.go: KMP Wira Samudra, no entity
	s.contextSpans()        // context.go: other capitalised names, typed by their context
	s.englishBodyNames()    // context.go: "Oxford Centre for Islamic Studies", one body
	s.appositiveOffices()   // titles.go: "Takuya Shimamura, Presiden Asahi Glass" names a body
	s.appositiveLeaders()   // titles.go: "Rendra Wijaksono, Presiden Kolombia," is a leader
	s.slashPairs()          // link.go: "Chen Qingchen/Jia Yifan", a doubles pair
	s.orAliasSpans()        // context.go: "PT Medika Awan Teknologi atau Medikawan"
	s.legalNameSpans()      // context.go: "Samudra Bitung Perkasa" after "PT Samudra Bitung Perkasa"
	s.outletSpans()         // context.go: "Tiket.com", "Jakarta, KNN Indonesia –", and the other mentions of bodies named from context
	s.listTypes()           // context.go: "Doha, Dubai, Miami, Eastbourne, dan Bastad"
	s.longPlaceLists()      // context.go: "Kelurahan Ternatetanjung, Paal Dua, Komo Luar, Banjer dan Kairagi Weru"
	s.acronymOpenedNames()  // context.go: "MSV Duisburg", "LBH Pers" are bodies, not persons
	s.lineupSpans()         // context.go: "Prancis (4-2-3-1): Lloris; Digne, Umtiti …"
	s.routePairs()          // context.go: "Masamba–Palopo", "rute Jakarta–Kigoma"
	s.venueAfterBody()      // context.go: "Sritex Arena"
	s.regionalBodies()      // context.go: "Honda Team Asia"
	s.countryBranches()     // branches.go: "promotor iMe Indonesia"; "Direktur Rumah Bunyi Records Yudhistira …"
	s.splitBodyHolders()    // link.go: "Kirana Dirgantara | Nadya Puspitasari" once the body is named
	s.clubNames()           // link.go: City after Manchester City
	s.clubSides()           // clubsides.go: "klub Madrid", "tim Bandung", "menang kontra Valencia"
	s.productNames()        // link.go: not Allo after Google
	s.bodyShortNames()      // link.go: Halcyon after Halcyon Labs
	s.trimHolderPrefixes()  // link.go: "Mojosongo | Sutrisno Hadiwibowo" when "Sutrisno" is said alone later
	s.splitCompanyHolders() // link.go: "PT Impexindo Pratama | Basuki Hariman" when "Basuki Hariman" is named alone
	s.legalFormEntries()    // link.go: "PT Toyota Astra Motor" is the gazetteer's Toyota Astra Motor
	s.businessNames()       // business.go: Warung Sarimo, Sinar Cafe, Flyover Pelangi
	s.personPairs()         // link.go: Hendra Saputra-Rini Oktaviani is two persons
	s.royalFirstNames()     // link.go: "Raja Sitompul Harahap", a Batak name, not King Sitompul
	s.initialsAfterNames()  // link.go: "Kombes Pol Suyudi AS", not the United States
	s.namesOfLaterPersons() // link.go: "dengan Nadya Arumsari." when "kata Nadya" follows
	s.link()                // link.go: Lim → Lim Soo-suk, ids
	s.pairPartners()        // link.go: "Ayu/Salsa" after "Ni Kadek Ayu Lestari/Salsabila Putri Rahayu"
	s.settleSenses()        // link.go: "ke Snap" after "Snap memutuskan …" read as a body
	s.joinRepeatedNames()   // link.go: "Carlos | Valencia" said again in full is one mention
	s.dropTables()
	s.finishSpans()
	s.doc.Quotes = s.findQuotes() // quote.go
	s.emit()
}

func (s *state) prepare() {
	n := len(s.toks)
	s.lows = grow(s.lows, n)
	s.info = grow(s.info, n)
	s.bits = grow(s.bits, n)
	s.owner = grow(s.owner, n)
	s.lowercase()
	for _, sen := range s.doc.Tokens.Sentences {
		if sen.Dateline { // decided by the tokenizer
			for i := sen.First; i < sen.Last-1; i++ {
				s.bits[i] |= bitDateline
			}
		}
		for i := sen.First; i < sen.Last; i++ {
			if s.toks[i].Kind == tokenize.Word || s.toks[i].Kind == tokenize.Number {
				s.bits[i] |= bitInitial
				break
			}
		}
	}
	for _, m := range s.marks {
		if i := int(m); s.toks[i].Kind == tokenize.OpenQuote && i+1 < n {
			s.bits[i+1] |= bitInitial
		}
	}
	caps := s.caps
	if s.cues&fRank == 0 {
		caps = nil // both words below are ranks: a document with none has nothing to do
	}
	for _, c := range caps {
		// "Ajun" is a rank before another only ("Ajun Komisaris Polisi"); alone it is a
		// name's word ("Ketua DPRD Melawi Petrus Ajun Santoso")
		if i := int(c); s.is(i, fRank) && (i+1 >= n || !s.is(i+1, fRank)) && s.lowAt(i) == "ajun" {
			s.info[i].flags &^= fRank
		}
		// "Nona" after a first name is a word of the name, as in Flores ("Agnes Nona
		// Wua", "Maria Goreti Nona"); before one it is "Miss" ("Nona Ani")
		if i := int(c); i > 0 && s.is(i, fRank) && s.lowAt(i) == "nona" && s.isCap(i-1) && s.givenName(i-1) && !s.is(i-1, fRank) && !s.is(i-1, fTitle) {
			s.info[i].flags &^= fRank
		}
	}
	s.detectCase() // unicase.go: text in one case only
}

// largeScratch is the capacity from which dropMatching lets a scratch slice go rather than
// keep it for the next call.
const largeScratch = 1 << 16

// dropMatching lets the collector take the tokens the gazetteer was asked about and the
// matches it gave, which no step after gazetteerSpans reads, when they are large: a long
// document's would otherwise stay live to the end of the call, 8 bytes a token on a text
// of brackets, half a byte a byte on news. A short document's are kept for the next call.
func (s *state) dropMatching() {
	if cap(s.gazFrom) >= largeScratch || cap(s.gazFirst) >= largeScratch {
		s.gazFrom, s.gazFirst = nil, nil
	}
	if cap(s.matches) >= largeScratch {
		s.matches = nil
	}
	if cap(s.ucMatches) >= largeScratch {
		s.ucMatches = nil
	}
}

// dropTables lets the collector take the large tables of words that the rules built from
// the tokens alone (countCaps, cueWordSet, writtenSmall) and link's, before the quotes
// and the entities are made: a long document's would otherwise stay live to the end of
// the call, up to some 10 bytes a byte on a text of names no list knows. A table asked
// for again is built again, the same, since the tokens have not changed.
func (s *state) dropTables() {
	if len(s.capIDs.slots) >= largeScratch || cap(s.capPairs) >= largeScratch/8 || cap(s.capNum) >= largeScratch {
		s.capIDs, s.capPairs, s.capNum, s.capCount, s.placeWords, s.capCounted = wordIDs{}, nil, nil, nil, nil, false
	}
	if len(s.cueWords) > 256 {
		s.cueWords, s.cueWordsDone = nil, false
	}
	if len(s.small) > 256 {
		s.small, s.smallDone = nil, false
	}
	if len(s.byWord.slots) > 1<<10 || cap(s.persons) >= largeScratch/8 {
		s.byWord, s.persons = wordIndex{}, nil
	}
	if len(s.once.slots) > 1<<10 || cap(s.onePersons) >= largeScratch/4 {
		s.once, s.onePersons = wordIndex{}, nil
	}
	// the candidates' starts, which the rules read up to link's (startsAt): startsAt
	// panics if asked later, so that a rule that moves after link is told
	s.startsReady = false
	if cap(s.startBits) >= largeScratch/64 || cap(s.starts) >= largeScratch/8 {
		s.startBits, s.startRank, s.starts, s.candCountries = nil, nil, nil, nil
	}
}

// emptied returns an empty map for reuse: m cleared, or a new map when m is nil or has
// grown large, since clearing costs time in proportion to the largest size a map has had.
// A new map has room for hint entries, so that a long document's map is not rehashed as
// it grows.
func emptied[K comparable, V any](m map[K]V, hint int) map[K]V {
	if m == nil || len(m) > 256 || hint > 256 {
		return make(map[K]V, hint)
	}
	clear(m)
	return m
}

// grow returns b resized to n zero values, reusing its array when it is large enough.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// lowercase fills s.lows, and s.info and the cues in s.bits with what the word lists and
// the word's shape say, and sets every token's s.owner to -1 (no span yet). A word already
// in lowercase is its own text; the other words are lowercased into one buffer that
// becomes one string, so that a document costs one allocation for them instead of one per
// word: the short ASCII words, most of the tokens, in lowercase's own loop, and the others
// by lowerOther.
//
// It also lists in s.gazFrom the tokens where a gazetteer name may start, so that the
// gazetteer need not look at the others: the words whose lowercase form, or whose stem's,
// is the first key of a form that the word's case allows (fGazFirst, fGazLower), and every
// token that is not all ASCII, since keys fold diacritics; and it notes in s.asli whether a
// token begins with "asli"; and it counts the word tokens and those of them that begin
// with a small ASCII letter (see detectCase). As it reads each token, it lists the
// capitalised words in s.caps, those in capitals in s.allCaps, and the quotation marks,
// URLs and "(" tokens in s.marks (see listRoom), and gathers the union of the words' flags
// in s.cues and of their rare bits in s.rareCues.
func (s *state) lowercase() {
	// the buffer is kept in s, not in a variable, as the lists below: a quarter of the
	// tokens write to it
	s.buf = s.buf[:0]
	words := s.x.words
	s.asli = false
	s.wordCount, s.lowerCount = 0, 0
	toks, text := s.toks, s.text
	// the per-token arrays held in variables, each as long as toks, so that the loop
	// neither reloads them from s after each store nor checks its index against them
	lows, infos, tbits, owner := s.lows[:len(toks)], s.info[:len(toks)], s.bits[:len(toks)], s.owner[:len(toks)]
	// the lists that grow for a few tokens only are appended to in s itself, not held in
	// variables: the loop keeps its registers for what every token uses
	s.gazFrom, s.gazFirst, s.caps, s.allCaps, s.marks = s.gazFrom[:0], s.gazFirst[:0], s.caps[:0], s.allCaps[:0], s.marks[:0]
	s.cues, s.rareCues = 0, 0 // the union of the words' flags, and of their rare bits
	var rare uint64           // the union of the words' infos (packInfo), for their rare bits
	noOwner(owner)            // no span yet: set by copying, not one store a token in the loop
	// The loop keeps its values in registers by calling functions only where nothing but
	// i and what it read before the loop is needed after the call: the lists and the buffer
	// have room for a run of countRun tokens (listRoom), so that adding to them calls
	// nothing, and the few calls left, for a long word's lookup (getKey), a token that the
	// short ASCII path does not take (lowerOther) and a clitic's stem (stemMayStartName),
	// come last in a token's work, or with one value kept.
	for i := range toks {
		if i%countRun == 0 {
			s.listRoom(i)
		}
		// Most tokens are ASCII, short enough for a slot, and 16 bytes from the text's end
		// at least: their key and case come from two loads of the text (see asciiKey),
		// without a copy or a loop, and most of their words are settled by the table's
		// first probe (shortProbe).
		t := &toks[i]
		n, start := int(t.End-t.Start), int(uint32(t.Start))
		if uint(n-1) >= maxInline || start+16 > len(text) {
			s.lowerOther(t, i)
			continue
		}
		w := text[start : start+16]
		k := &firstMasks[n&15]
		a, b := swar.Load64(w)&k[0], swar.Load64(w[8:])&k[1]
		if (a|b)&swar.HighBits != 0 {
			s.lowerOther(t, i)
			continue
		}
		// b is 0 for a word of up to 8 bytes, most of them, and has no capital then
		ua, ub := swar.Upper(a), uint64(0)
		if b != 0 {
			ub = swar.Upper(b)
		}
		if ua|ub == 0 {
			lows[i] = asIs(t)
		} else {
			// the capitals made small (their 0x20 bit set); both halves of the key whole,
			// then cut to the word's length, in the room listRoom made
			a, b = a|ua>>2, b|ub>>2
			at := len(s.buf)
			buf := s.buf[at : at+16]
			binary.LittleEndian.PutUint64(buf, a)
			binary.LittleEndian.PutUint64(buf[8:], b)
			s.buf = s.buf[:at+n]
			lows[i] = lowSpan{start: int32(at), end: int32(at + n)}
		}
		if uint32(a) == asliKey {
			s.asli = true
		}
		// a mark of punctuation, most of the other tokens, is its own lowercase form, and
		// mostly begins no gazetteer name: nothing more to note of it, but for the few marks
		// of s.marks
		word := t.Kind == tokenize.Word
		if !word {
			if isMark(t.Kind, byte(a), n) {
				pushRoom(&s.marks, int32(i))
			}
			if !s.x.gazBytes[byte(a)] {
				continue
			}
		}
		// what the word's case says, before its lookup: flags (fCap, fAllCaps) to add to
		// its own, and the flag a gazetteer name's first key needs
		var shape wordFlag
		need := fGazFirst
		if c := byte(a); 'a' <= c && c <= 'z' && ua&0x80 == 0 {
			need = fGazLower // after a small first letter
		}
		if word {
			s.wordCount++
			if need == fGazLower {
				s.lowerCount++
			}
			if ua&0x80 != 0 { // the same as shapeFlags, for ASCII
				shape = fCap
				// no small letter (a small one in the key that was no capital) and two
				// capitals at least (u, a bit a capital, has a bit left when its lowest is
				// cleared)
				if u := ua | ub>>1; swar.Small(a)&^ua|swar.Small(b)&^ub == 0 && u&(u-1) != 0 {
					shape |= fAllCaps
					pushRoom(&s.allCaps, int32(i))
				}
				pushRoom(&s.caps, int32(i))
			}
		}
		// a word of up to 8 bytes without a NUL (each ASCII byte but NUL sets its high bit
		// when 0x7f is added) has a short slot (isShort); the word's info is kept packed
		// (packInfo), in one register
		var x uint64
		var done bool
		if n <= maxShort && a+0x7f7f7f7f7f7f7f7f|k[2] == ^uint64(0) {
			if x, done = words.shortProbe(a); !done {
				x = words.shortAfter(a)
			}
		} else if x, done = words.slotProbe(a, b|uint64(n)<<56); !done { // the key's length (see wordKey)
			// need and shape in one value, the one kept across the call
			kept := uint64(need)<<32 | uint64(shape)
			info, _ := words.getKey(a, b|uint64(n)<<56)
			x, need, shape = packInfo(info), wordFlag(kept>>32), wordFlag(kept)
		}
		flags := wordFlag(x) | shape
		if word {
			// setInfo, on the token's bits as grow left them (prepare)
			infos[i] = tokenInfo{flags: flags}
			tbits[i] = tokenBits(unpackInfo(x).cue) << cueShift // (the rare bits shift out)
			s.cues |= flags
			rare |= x
		}
		// mayStartName: the word's flags settle it, but for a clitic's stem
		if flags&need != 0 || toks[i].Suffix > 0 && s.stemMayStartName(i, need) {
			s.addGazFrom(i, unpackInfo(x).first-1)
		}
	}
	s.rareCues |= unpackInfo(rare).cue &^ cueKinds // (lowerOther's words' are there already: see setInfo)
	if buf := s.buf; cap(buf) >= largeScratch {
		// a long document's lowercase words are not copied: lowAll is the buffer itself,
		// which is written no more (the later lookup keys are short, and get a new one)
		s.lowAll, s.buf = unsafe.String(unsafe.SliceData(buf), len(buf)), nil
	} else {
		s.lowAll, s.buf = string(buf), buf[:0]
	}
}

// listRoom makes room in s.caps, s.allCaps, s.marks, s.gazFrom and s.gazFirst for countRun
// more tokens, and in s.buf for countRun short ASCII words, which lowercase asks for before
// each run of countRun tokens, so that its loop adds to them without a call (pushRoom); a
// token adds one item to a list at most, and 16 bytes to the buffer when lowercase's own
// path lowercases it (lowerOther makes room for its own bytes). The lists grow as the text
// read so far says (growAt), not to room for every token from the start, which would cost
// 4 bytes a token however few the capitals or the marks.
func (s *state) listRoom(at int) {
	if cap(s.caps)-len(s.caps) < countRun {
		s.caps = growAt(s.caps, at, len(s.toks))
	}
	if cap(s.allCaps)-len(s.allCaps) < countRun {
		s.allCaps = growAt(s.allCaps, at, len(s.toks))
	}
	if cap(s.marks)-len(s.marks) < countRun {
		s.marks = growAt(s.marks, at, len(s.toks))
	}
	if cap(s.gazFrom)-len(s.gazFrom) < countRun || cap(s.gazFirst)-len(s.gazFirst) < countRun {
		s.gazFrom, s.gazFirst = growAt(s.gazFrom, at, len(s.toks)), growAt(s.gazFirst, at, len(s.toks))
	}
	s.bufRoom(int(s.toks[at].Start))
}

// bufRoom makes room in s.buf for the short ASCII words of a run of countRun tokens (see
// listRoom), which lowercase reads from byte at of the text on.
func (s *state) bufRoom(at int) {
	if cap(s.buf)-len(s.buf) < 16*countRun {
		s.buf = growBytes(s.buf, 16*countRun, at, len(s.text))
	}
}

// pushRoom appends v to *b, which has room for it (listRoom made it), without the call
// that append makes to grow a full list: a slice past b's capacity panics.
func pushRoom(b *[]int32, v int32) {
	n := len(*b)
	*b = (*b)[:n+1]
	(*b)[n] = v
}

// countRun is the number of tokens lowercase reads between two calls of listRoom: room
// grows by 64 items at least (see room).
const countRun = 64

// isMark reports whether a token of kind k that is no word, whose first byte is c and whose
// length is n, is one of s.marks: a quotation mark, a URL or "(".
func isMark(k tokenize.Kind, c byte, n int) bool {
	return markKinds>>k&1 != 0 || n == 1 && c == '('
}

// markKinds has bit k set for each kind k of token that is a mark whatever its text
// (see isMark): the quotation marks and URLs.
const markKinds = 1<<tokenize.OpenQuote | 1<<tokenize.CloseQuote | 1<<tokenize.URL

// lowerOther is lowercase for token i, t, which lowercase's path for short ASCII tokens
// does not take: a token that is not all ASCII, longer than maxInline bytes, or within
// 16 bytes of the text's end. It appends its lowercase form to s.buf, when it is not its
// own, and lists the token in s.caps or s.marks and its flags in s.cues as lowercase does.
// Kept apart from lowercase's loop, which a path this long would leave short of
// registers.
func (s *state) lowerOther(t *tokenize.Token, i int) {
	words, buf := s.x.words, s.buf
	w := t.Text(s.text)
	if t.Kind == tokenize.Word {
		s.wordCount++
		if c := w[0]; 'a' <= c && c <= 'z' {
			s.lowerCount++
		}
	}
	if strings.HasPrefix(w, "asli") {
		s.asli = true
	}
	j := 0
	for j < len(w) && lowerASCII[w[j]] {
		j++
	}
	switch {
	case j == len(w) || t.Kind == tokenize.Symbol && !utf8.ValidString(w):
		// lowercase already, or a byte that is not UTF-8, which has no lowercase
		// (and which strings.ToLower would copy as U+FFFD, one allocation a byte)
		s.lows[i] = asIs(t)
		if t.Kind == tokenize.Word {
			info := words.at(w)
			s.setInfo(i, info)
			if s.mayStartName(t, w, info.flags) {
				s.addGazFrom(i, info.first-1)
			}
		} else if s.x.gazBytes[w[0]] {
			if info := words.at(w); s.mayStartName(t, w, info.flags) {
				s.addGazFrom(i, info.first-1)
			}
		}
	case !isASCII(w[j:]):
		// lowercased into buf like the ASCII words, not into a string of its own:
		// a text can hold a capital beyond ASCII every few bytes
		if cap(buf)-len(buf) < 2*len(w) {
			buf = growBytes(buf, 2*len(w), int(t.Start), len(s.text))
		}
		start := len(buf)
		buf = appendLower(buf, w)
		if string(buf[start:]) == w {
			buf = buf[:start] // lowercase already: the token's own text
			s.lows[i] = asIs(t)
			if t.Kind == tokenize.Word {
				s.setInfo(i, words.at(w))
			}
		} else {
			s.lows[i] = lowSpan{start: int32(start), end: int32(len(buf))}
			if t.Kind == tokenize.Word {
				s.setInfo(i, words.at(string(buf[start:])))
			}
		}
		if t.Kind == tokenize.Word {
			s.info[i].flags |= shapeFlags(*t, w)
		}
		s.addGazFrom(i, -1) // keys fold diacritics
	default:
		if cap(buf)-len(buf) < len(w) {
			buf = growBytes(buf, len(w), int(t.Start), len(s.text))
		}
		start := len(buf)
		buf = append(buf, w[:j]...)
		upper, lower := 0, false
		for _, c := range []byte(w[j:]) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				upper++
			} else if 'a' <= c && c <= 'z' {
				lower = true
			}
			buf = append(buf, c)
		}
		s.lows[i] = lowSpan{start: int32(start), end: int32(len(buf))}
		low := buf[start:]
		if t.Kind == tokenize.Word {
			info := words.at(string(low))
			if j == 0 { // the same as shapeFlags, for ASCII
				info.flags |= fCap
				if !lower && upper >= 2 {
					info.flags |= fAllCaps
				}
			}
			s.setInfo(i, info)
			if s.mayStartName(t, string(low), info.flags) {
				s.addGazFrom(i, info.first-1)
			}
		} else if s.x.gazBytes[low[0]] {
			if info := words.at(string(low)); s.mayStartName(t, string(low), info.flags) {
				s.addGazFrom(i, info.first-1)
			}
		}
	}
	s.buf = buf
	s.bufRoom(int(t.Start)) // for the rest of the run, which this token's bytes may have used
	if t.Kind != tokenize.Word {
		if isMark(t.Kind, w[0], len(w)) {
			s.marks = append(s.marks, int32(i))
		}
		return
	}
	flags := s.info[i].flags
	s.cues |= flags
	if flags&fCap != 0 {
		s.caps = append(s.caps, int32(i))
	}
	if flags&fAllCaps != 0 {
		s.allCaps = append(s.allCaps, int32(i))
	}
}

// addGazFrom notes that a gazetteer name may start at token i, whose key is first key
// number first, or -1 if unknown (see lowercase), in the room that listRoom made.
func (s *state) addGazFrom(i int, first int32) {
	pushRoom(&s.gazFrom, int32(i))
	pushRoom(&s.gazFirst, first)
}

// b2i returns 1 for true and 0 for false, without a branch.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// push appends v to b, a list that lowercase makes as it reads token at of n, growing b's
// array when it is full as growAt does: append grows a long slice by a quarter at a time,
// which leaves four times its final size behind as garbage, and these lists can hold a
// token a byte.
func push(b []int32, v int32, at, n int) []int32 {
	if len(b) == cap(b) {
		b = growAt(b, at, n)
	}
	return append(b, v)
}

// growAt grows b, a list of some of the n tokens made as token at is read, to what the
// rest of the text will need if it is as dense in them as the part already read (see
// room), so that a long text's list is copied about once, and left with little room
// unused; doubling would leave up to as much again empty, and garbage as large.
func growAt(b []int32, at, n int) []int32 {
	return slices.Grow(b, room(len(b), at+1, n)-len(b))
}

// growBytes is growAt for lowercase's buffer of words, read up to byte at of n, which
// needs room for need more bytes.
func growBytes(b []byte, need, at, n int) []byte {
	return slices.Grow(b, max(room(len(b), at+1, n)-len(b), need))
}

// room returns the capacity for a list of m items made from the first done of whole
// (tokens or bytes), for the rest: m scaled by whole/done, and a sixteenth more; no more
// than one item for each of the rest, and room for 64 more at least.
func room(m, done, whole int) int {
	est := int(int64(m) * int64(whole) / int64(max(done, 1)))
	return max(min(est+est/16, m+whole-done), m) + 64
}

// asliKey is the low half of the key (see wordKey) of a word of four bytes or more that
// begins with "asli".
const asliKey = 'a' | 's'<<8 | 'l'<<16 | 'i'<<24

// asciiKey reads token t with two 8-byte loads when it is all ASCII, 1 to maxInline bytes
// long, and 16 bytes are readable from its start, and returns (ok) the key (see wordKey)
// of its lowercase form and masks of its capitals (upper) and small letters (small). The
// masks hold the high bit of each such byte of the first load, and the next lower bit of
// each such byte of the second: a byte's bit is first-byte&0x80, and their number counts
// the letters. lowercase's loop does the same in its own code, where a call would cost it
// its registers (asciiKey is too large to be inlined), and computes the small letters only
// for the capitalised words, which need them; TestASCIIKey checks this one.
func (s *state) asciiKey(t *tokenize.Token) (a, b, upper, small uint64, ok bool) {
	n := int(t.End - t.Start)
	if uint(n-1) >= maxInline || int(t.Start)+16 > len(s.text) {
		return 0, 0, 0, 0, false
	}
	w := s.text[t.Start : t.Start+16]
	a, b = firstBytes(swar.Load64(w), swar.Load64(w[8:]), n)
	if (a|b)&swar.HighBits != 0 {
		return 0, 0, 0, 0, false
	}
	ua, ub := swar.Upper(a), swar.Upper(b)
	sa, sb := swar.Small(a), swar.Small(b)
	// a capital's 0x20 bit makes it small
	return a | ua>>2, b | ub>>2 | uint64(n)<<56, ua | ub>>1, sa | sb>>1, true
}

// firstBytes keeps the first m bytes, 1 ≤ m ≤ maxInline, of the 16 whose little-endian
// 8-byte loads are a and b, and zeroes the others. The masks come from a table: shifts by
// a variable amount that may reach 64 cost more, and every ASCII token takes this path.
func firstBytes(a, b uint64, m int) (uint64, uint64) {
	k := &firstMasks[m&15]
	return a & k[0], b & k[1]
}

// firstMasks[m] holds the masks of the first m bytes of two 8-byte loads (see firstBytes),
// and in its third integer the bits that lowercase's test for a NUL among the first m bytes
// needs set besides those of the bytes' sums with 0x7f: every bit but the high bits of the
// first m bytes (the fourth is padding, so that an index is a shift).
var firstMasks = func() (t [16][4]uint64) {
	for m := range t {
		// a shift by 64 or more leaves 0, so the second keeps nothing of up to 8 bytes
		t[m][0], t[m][1] = ^uint64(0)>>(64-8*min(m, 8)), ^uint64(0)>>(128-8*m)
		t[m][2] = ^(t[m][0] & swar.HighBits)
	}
	return t
}()

// mayStartName reports whether the ASCII token t, whose lowercase text is low and whose
// word flags are flags, may begin a gazetteer name: its key or its stem's is a first key,
// and a word with a small first letter needs a form that such a word may begin.
func (s *state) mayStartName(t *tokenize.Token, low string, flags wordFlag) bool {
	need := fGazFirst
	if c := s.text[t.Start]; 'a' <= c && c <= 'z' {
		need = fGazLower
	}
	if flags&need != 0 {
		return true
	}
	return t.Suffix > 0 && s.x.words.at(low[:len(low)-int(t.Suffix)]).flags&need != 0
}

// stemMayStartName is mayStartName for token i, an ASCII token with a clitic that
// lowercase's path for short tokens took, whose own flags lack need (fGazFirst, or
// fGazLower after a small first letter): it reports whether its stem's have it. It reads
// the stem's key from the text again, as that path does, rather than have the loop keep
// the token's key across its calls.
func (s *state) stemMayStartName(i int, need wordFlag) bool {
	t := &s.toks[i]
	m := int(t.End) - int(t.Start) - int(t.Suffix)
	if m < 1 { // not made by the tokenizer, which leaves a stem
		return s.x.words.at("").flags&need != 0
	}
	w := s.text[t.Start : t.Start+16]
	a, b := firstBytes(swar.Load64(w), swar.Load64(w[8:]), m)
	info, _ := s.x.words.getKey(swar.Lower(a), swar.Lower(b)|uint64(m)<<56)
	return info.flags&need != 0
}

// tokenInfo is what the word lists say about a token: a wordInfo without the gazetteer's
// first-key position, which lowercase alone reads, and without the cue, which is kept in
// the token's bits (see setInfo), so that a token costs 4 bytes, not 12.
type tokenInfo struct {
	flags wordFlag
}

// setInfo sets what the word lists say about token i: info's flags, and its cue in the
// token's bits; its rare bits go to s.rareCues.
func (s *state) setInfo(i int, info wordInfo) {
	s.info[i] = tokenInfo{flags: info.flags}
	s.bits[i] = s.bits[i]&^bitCues | tokenBits(info.cue&cueKinds)<<cueShift
	s.rareCues |= info.cue &^ cueKinds
}

// tokenBits holds what the rules have found about one token: the facts below and, in its
// top bits, the cue of its word (cueOf).
type tokenBits uint8

const (
	bitInitial  tokenBits = 1 << iota // the token begins a sentence or a quotation, so its capital says nothing
	bitDateline                       // the token is in a dateline ("SEOUL, KumpalanNEWS –")
	bitQuoted                         // the token lies inside a quote (set when quotes are found)
	bitRole                           // the token belongs to a title or role ("Menteri Luar Negeri"), so it is no name
	bitUni                            // the token is in text written in one case only (unicase.go)

	cueShift           = 5                  // where the cue's bits begin
	bitCues  tokenBits = 1<<8 - 1<<cueShift // the cue's bits
)

// every cueKind fits in the bits above cueShift (this fails to compile if one does not)
var _ = [1]struct{}{}[cueSource>>(8-cueShift)]

// cueOf returns the cue of token i's word (see lexicon.go).
func (s *state) cueOf(i int) cueKind { return cueKind(s.bits[i] >> cueShift) }

// isInitial reports whether token i begins a sentence or a quotation (bitInitial).
func (s *state) isInitial(i int) bool { return s.bits[i]&bitInitial != 0 }

// inDateline reports whether token i is in a dateline (bitDateline).
func (s *state) inDateline(i int) bool { return s.bits[i]&bitDateline != 0 }

// isQuoted reports whether token i lies inside a quote (bitQuoted).
func (s *state) isQuoted(i int) bool { return s.bits[i]&bitQuoted != 0 }

// inRole reports whether token i belongs to a title or role (bitRole).
func (s *state) inRole(i int) bool { return s.bits[i]&bitRole != 0 }

// appendLower appends w in lowercase to b: what strings.ToLower(w) returns, for a w that is
// not all ASCII (an invalid byte becomes U+FFFD, as strings.Map writes it).
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// lowSpan says where the lowercase form of a token is (see lowAt): lowAll[start:end] when
// start ≥ 0, and the token's own text, lowercase already, text[^start:end] when start < 0.
// Start and end both, not a start and the token's length, so that lowAt reads one
// integer and no token, and is small enough to be inlined: the rules ask for three
// lowercase forms a token.
type lowSpan struct{ start, end int32 }

// asIs returns the lowSpan of token t's own text.
func asIs(t *tokenize.Token) lowSpan {
	return lowSpan{start: ^t.Start, end: t.End}
}

// isAsIs reports whether the lowercase form is the token's own text.
func (sp lowSpan) isAsIs() bool { return sp.start < 0 }

// asciiNonLetter marks the ASCII bytes other than letters.
var asciiNonLetter = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = (c < 'A' || c > 'Z') && (c < 'a' || c > 'z')
	}
	return t
}()

// lowerASCII marks the ASCII bytes that lowercasing leaves alone.
var lowerASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c < 'A' || c > 'Z'
	}
	return t
}()

// phraseAt returns the number of tokens of the longest phrase of set that starts at token
// i, comparing lowercase words; 0 if none. It is called for most tokens, and few begin a
// phrase: the test of the first word's flags, which only words have (see lowercase), is
// inlined, and phraseFrom reads the rest.
func (s *state) phraseAt(set *phraseSet, i int) int {
	if s.info[i].flags&set.firstFlag == 0 {
		return 0
	}
	return s.phraseFrom(set, i)
}

// phraseFrom is phraseAt for a token i whose flags say it is the first word of some
// phrase of set.
func (s *state) phraseFrom(set *phraseSet, i int) int {
	best := 0
	buf := s.buf[:0]
	for n := 1; n <= set.maxLen && i+n <= len(s.toks); n++ {
		t := s.toks[i+n-1]
		if t.Kind != tokenize.Word {
			break
		}
		if n > 1 {
			buf = append(buf, ' ')
		}
		buf = append(buf, s.lowAt(i+n-1)...)
		bits := set.bits(buf)
		if bits&phraseWhole != 0 {
			best = n
		}
		if bits&phrasePrefix == 0 {
			break
		}
	}
	s.buf = buf
	return best
}

// spanText returns the text of tokens [first, last) as written, on one line (see oneLine).
func (s *state) spanText(first, last int) string {
	return oneLine(s.text[s.toks[first].Start:s.toks[last-1].End])
}

// covered reports whether any token in [first, last) belongs to a chosen span.
func (s *state) covered(first, last int) bool {
	for i := first; i < last; i++ {
		if s.owner[i] >= 0 {
			return true
		}
	}
	return false
}

// addSpan adds a chosen span over free tokens. Spans are kept in the order they were
// found until finishSpans sorts them, so that indices in owner stay valid.
func (s *state) addSpan(sp span) {
	s.spans = s.spanPass.add(s.spans, sp, len(s.toks))
	k := len(s.spans) - 1
	for i := sp.first; i < sp.last; i++ {
		s.owner[i] = int32(k)
	}
}

// addCand adds a candidate span.
func (s *state) addCand(sp span) {
	s.cands = s.candPass.add(s.cands, sp, len(s.toks))
}

// spanPass follows a pass of rules over the text that add spans to a list, from the
// text's start to its end (at times a few tokens back), so that the list grows by what
// the pass will add at the rate it has added them so far: append, which grows a long
// slice by a quarter at a time, copied a long document's spans again and again, four times
// their size left behind; doubling would leave up to as much again empty.
type spanPass struct {
	at         int  // the furthest first token of the spans the pass added
	base, from int  // the spans in the list and the first token when the pass began
	on         bool // a pass has begun
}

// add appends sp to list, a list of the spans over n tokens.
func (p *spanPass) add(list []span, sp span, n int) []span {
	if sp.first < p.at/2 || !p.on {
		*p = spanPass{at: sp.first, base: len(list), from: sp.first, on: true} // a new pass
	}
	p.at = max(p.at, sp.first)
	if len(list) == cap(list) {
		m := len(list)
		more := m / 4 // as append would, until the pass has read enough to reckon from
		if added, read := m-p.base, sp.first-p.from+1; added >= 256 && read >= max(1024, n/64) {
			more = int(int64(added) * int64(n-sp.first) / int64(read))
			more = min(more+more/8, n-sp.first) // (a span a token at most, mostly)
		}
		// never less than an eighth: a rule that adds its spans out of order near the
		// text's end would otherwise grow the list a few spans at a time, copying it each time
		more = max(more, m/8)
		list = slices.Grow(list, more+16)
	}
	return append(list, sp)
}

// removeSpan drops chosen span k.
func (s *state) removeSpan(k int) {
	s.spans[k].dead = true
	for i := s.spans[k].first; i < s.spans[k].last; i++ {
		if int(s.owner[i]) == k {
			s.owner[i] = -1
		}
	}
}

// dropDeadWhenFull drops the removed spans from the list when it is full and a quarter of
// it or more are removed ones, so that a rule that replaces many spans makes room in the
// list rather than grow it: a page of line-ups replaced most of the names found before
// (lineupName), and its list held twice as many spans as it kept. The live spans keep
// their order, and owner is pointed at their new places; a rule may call it only where
// it holds no index into the spans. Each drop frees a quarter of the list, which as many
// spans added must fill before the next, so the cost stays linear.
func (s *state) dropDeadWhenFull() {
	if len(s.spans) < cap(s.spans) || len(s.spans) < 64 {
		return
	}
	dead := 0
	for k := range s.spans {
		if s.spans[k].dead {
			dead++
		}
	}
	if dead < len(s.spans)/4 {
		return
	}
	at := grow(s.order, len(s.spans)) // each span's new index (s.order is free until finishSpans)
	live := s.compactSpans(at)
	clear(s.spans[live:len(s.spans)]) // (what the dropped spans point at is the collector's)
	s.spans = s.spans[:live]
	for i, o := range s.owner {
		if o >= 0 {
			s.owner[i] = at[o] // (no token is owned by a removed span: see removeSpan)
		}
	}
	s.order = at[:0]
}

// compactSpans moves the live spans to the front of s.spans, in their order, and returns
// how many there are; with at, it notes in at[k] the new index of each live span k. The
// list keeps its length: the caller cuts it.
func (s *state) compactSpans(at []int32) int {
	live := 0
	for k := range s.spans {
		if s.spans[k].dead {
			continue
		}
		if at != nil {
			at[k] = int32(live)
		}
		if live != k {
			s.spans[live] = s.spans[k]
		}
		live++
	}
	return live
}

// finishSpans drops removed spans and puts the rest in text order.
func (s *state) finishSpans() {
	s.spans = s.spans[:s.compactSpans(nil)]
	sorted := 1 // the spans before it are in order
	for sorted < len(s.spans) && s.spans[sorted-1].start <= s.spans[sorted].start {
		sorted++
	}
	if sorted >= len(s.spans) {
		s.reindex()
		return
	}
	// spans found after selection were appended out of order: sort indices (spans are
	// large, so moving them once beats moving them in the sort) and permute
	order := slices.Grow(s.order[:0], len(s.spans))
	if uint64(len(s.text)) < 1<<32 {
		keys := slices.Grow(s.keys[:0], len(s.spans)) // (not copied as append grows it)
		for k := range s.spans {
			keys = append(keys, uint64(s.spans[k].start)<<32|uint64(k))
		}
		// the keys of the spans in order are sorted already (their starts do not fall,
		// and their indices rise): only the rest are sorted, then merged with them
		slices.Sort(keys[sorted:])
		order, s.keys = mergeIndices(order, keys[:sorted], keys[sorted:], 1<<32-1), keys
	} else {
		for k := range s.spans {
			order = append(order, int32(k))
		}
		slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(s.spans[x].start, s.spans[y].start) })
	}
	permute(s.spans, order)
	s.order = order
	s.reindex()
}

// mergeIndices merges the sorted keys a and b, each an index in the bits of mask under
// what it is sorted by, and appends the indices to order in that order: what sortIndices
// appends for a and b together.
func mergeIndices(order []int32, a, b []uint64, mask uint64) []int32 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] < b[j] {
			order = append(order, int32(a[i]&mask))
			i++
		} else {
			order = append(order, int32(b[j]&mask))
			j++
		}
	}
	for _, key := range a[i:] {
		order = append(order, int32(key&mask))
	}
	for _, key := range b[j:] {
		order = append(order, int32(key&mask))
	}
	return order
}

// permute puts spans in the order order gives, in place: the span at position k becomes
// the one that was at order[k]. Each cycle of the permutation is followed with one span
// in hand, so that no second array of spans is made (a long document's spans take tens of
// megabytes); order is overwritten.
func permute(spans []span, order []int32) {
	for i := range order {
		if order[i] < 0 || int(order[i]) == i {
			continue
		}
		held := spans[i]
		j := i
		for {
			k := int(order[j])
			order[j] = -1
			if k == i {
				spans[j] = held
				break
			}
			spans[j] = spans[k]
			j = k
		}
	}
}

// reindex sets owner from the spans: each token to the index of the last span covering
// it, or -1. The spans are nearly always disjoint and in token order (selectSpans and
// finishSpans leave them so), and then each token is written once, the gaps between spans
// with -1 as they are passed (noOwner); otherwise every token is set to -1 and then each
// span's.
func (s *state) reindex() {
	o := s.owner
	next := 0 // the tokens before next are set
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.first < next || sp.last < sp.first {
			s.reindexAll()
			return
		}
		noOwner(o[next:sp.first])
		for i := sp.first; i < sp.last; i++ {
			o[i] = int32(k)
		}
		next = sp.last
	}
	noOwner(o[next:])
}

// reindexAll is reindex for spans in any order.
func (s *state) reindexAll() {
	o := s.owner
	noOwner(o)
	for k := range s.spans {
		sp := &s.spans[k]
		for i := sp.first; i < sp.last; i++ {
			o[i] = int32(k)
		}
	}
}

// noOwner sets every item of o to -1, the owner of a token in no span: up to 16 tokens one
// by one (under the cost of a call to copy), more by copying from noOwners, which copy
// does many bytes at a time.
func noOwner(o []int32) {
	if len(o) <= 16 {
		for i := range o {
			o[i] = -1
		}
		return
	}
	for len(o) > 0 {
		o = o[copy(o, noOwners[:]):]
	}
}

// noOwners is 256 owners of tokens in no span, for noOwner to copy.
var noOwners = func() (a [256]int32) {
	for i := range a {
		a[i] = -1
	}
	return a
}()

// ruleSpan builds a span made by a rule over tokens [first, last).
func (s *state) ruleSpan(first, last int, typ Type, r rule) span {
	t := s.toks[last-1]
	end := int(t.End)
	if t.End-t.Start > 3 && s.text[end-1] == '.' && s.sentenceOf(last-1).Last == last {
		end-- // an abbreviation's period that ends the sentence too is the sentence's: "PT … Tbk."
	}
	start := int(s.toks[first].Start)
	return span{first: first, last: last, start: start, end: end, typ: typ, name: oneLine(s.text[start:end]), source: source{rule: r}}
}

// emit writes the chosen spans into the document, applying the type filter.
func (s *state) emit() {
	spans, types := s.spans, s.x.types // (read once, not again after each call below)
	keep := func(sp *span) bool {
		return !sp.weak && sp.typ != gazetteer.Other && (types == nil || types[sp.typ])
	}
	n := 0
	for k := range spans {
		if keep(&spans[k]) {
			n++
		}
	}
	ents := make([]Entity, 0, n)
	for k := range spans {
		sp := &spans[k]
		if !keep(sp) {
			continue
		}
		// (the entity is written in its place, its calls made first, rather than built
		// aside and copied in; most spans have no role, and no call is made for it)
		name, role, src := oneLine(sp.name), sp.role, s.render(sp)
		if role != "" {
			role = oneLine(role)
		}
		ents = ents[:len(ents)+1]
		e := &ents[len(ents)-1]
		e.Type, e.Text, e.Start, e.End = sp.typ, s.text[sp.start:sp.end], sp.start, sp.end
		e.ID, e.Name, e.Role, e.Country, e.Source = sp.id, name, role, sp.country, src
	}
	s.doc.Entities = ents
}

// oneLine returns name, taken from the text, with each run of white space that holds a line
// break, a tab or a space other than the plain one made one plain space: hard-wrapped text
// breaks a name over two lines ("Institut Kajian Strategis\nHanbit"), and text copied from
// web pages writes no-break spaces ("Budi\u00a0Hartawan", "George \u00a0 Ramsay"); most names
// have none, and come back as they are.
func oneLine(name string) string {
	// most names are all printable ASCII (0x20 to 0x7f), which is tested eight bytes at a
	// time: a byte below 0x20 borrows into its high bit when 0x20 is taken from it, a byte
	// from 0x80 has the bit already. The last bytes are read with those before them, and a
	// name of four to seven bytes as two overlapping halves.
	const low, high = 0x20 * swar.LowBits, swar.HighBits
	var bad uint64
	switch n := len(name); {
	case n >= 8:
		for i := 0; i+8 <= n; i += 8 {
			x := swar.Load64(name[i:])
			bad |= x - low | x
		}
		x := swar.Load64(name[n-8:])
		bad |= x - low | x
	case n >= 4:
		x := swar.Load32(name) | swar.Load32(name[n-4:])<<32
		bad = x - low | x
	default:
		for i := 0; i < n; i++ {
			if c := name[i]; c < 0x20 || c >= 0x80 {
				return joinSpaces(name)
			}
		}
	}
	if bad&high == 0 {
		return name
	}
	return joinSpaces(name)
}

// joinSpaces is oneLine for a name that is not all printable ASCII.
func joinSpaces(name string) string {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '\n' || c == '\r' || c == '\t':
		case c == 0xc2 || c == 0xe2 || c == 0xe3: // U+0085, U+00A0; U+2000–U+205F; U+3000
			if r, _ := utf8.DecodeRuneInString(name[i:]); !unicode.IsSpace(r) {
				continue
			}
		default:
			continue
		}
		return strings.Join(strings.Fields(name), " ")
	}
	return name
}
