package entity

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// Reference resolution: who "-nya", "ia", "dia", "beliau", "pria itu" or a bare title
// stands for. speaker.go reads the cue and the words after it; this file decides whom a
// reference points at.
//
// The model is a current reporting subject carried through the document. A person becomes
// the subject by being the subject of a reporting frame ("X mengatakan", "Menurut X",
// "kata X", "X selaku …", "X, Kepala …, menjelaskan") or by opening a sentence (after its
// title words: "Kepala Dinas Kesehatan Budi …"); a quote's resolved speaker is the subject
// from its cue on. The subject holds, with no sentence cut-off, through "Ia …", "Menurut
// dia", "pihaknya" and further quotes, until another person takes over.
//
// Precedence, for a reference in or after a quote, looked for from the quote's opening mark
// (so that a long quote does not use up the look-back):
//
//  1. the previous quote's speaker, when its attribution stands in the sentence before the
//     quote or the same one and no other person has become the subject since, nor been
//     named in a later sentence;
//  2. the reporting subject who opens a paragraph (keptOpener; or the subject of its first
//     sentence whom the next keeps up with "Ia"; or the previous speaker, kept up by an
//     "Ia", "Dia", "Beliau", "Pihaknya" or "Menurut dia," that opens the paragraph; or
//     the current subject, when the paragraph's first sentence names nobody and is given
//     to "dia": "Kenaikan harga, menurut dia, …", pronounSourceIn), when no quote came
//     after that subject's statement: for a quote that opens its paragraph, the opener of the
//     paragraph before, over the persons it names in passing and over one who speaks in it
//     but not in its last sentence, or there only "juga" ("Bupati … juga telah meminta …",
//     alsoReports); for a quote inside its paragraph, that paragraph's opener over the
//     persons it names in passing;
//  3. a person named in the three sentences before, or rather the subject of that person's
//     sentence when it has one, or the current subject when a pronoun before the person
//     in that sentence keeps it ("Dia menyinggung kasus … Nazaruddin"), when more recent
//     than the previous speaker;
//  4. the current reporting subject, however far back, when more recent than the previous
//     speaker;
//  5. the previous speaker;
//  6. the person the article's opening paragraph names first, the one the story is about
//     (leadPerson: "Dokter spesialis anak di RSD …, Ratna …, sudah tiga pekan tidak
//     pulang"), or failing that the last person named outside quotes, however far back.
//
// What the words before the quote say of the one who speaks overrides that order when it
// found the previous speaker (resolvePronoun): a paragraph whose subject is a body gives
// the official introduced with that body (bodyHeadBefore), and a paragraph opening with
// "Ia" that speaks of the staff or office its subject commands ("jajarannya", "balai yang
// dipimpinnya") gives the official introduced with a title that heads staff, when the
// previous speaker had none (commandHeadBefore).
//
// A description after the cue ("ujar pria kelahiran Solo itu", "kata aktor berusia 31
// tahun itu") is resolved by that order only when what it says fits no one more closely
// (speaker.go): the person the text gave the same origin or age (attributeHolder), the
// same body (describedMember) or the words of the description in a role
// (describedByRole) comes first; and when the person found was introduced as something
// the description's noun is not — another trade or, with evidence in the text, another
// sex (kindsConflict) — or was given no trade at all while another person was introduced
// with the noun's, that person is taken instead (personOfKind). A description that the
// next sentence names ("Perempuan tersebut, Nurhasanah, …") is that person's
// (namedAfterDescription).
//
// Single capitalised words that only their shape made a person ("Jemursari") are too weak
// to refer to and are passed over, and so are two persons joined by "dan" or "serta", a
// pair that a singular reference does not point at (see coordinated), though a bare title
// names the one of them who holds it (titleHolder). Everything is answered from per-span
// tables whose entries are worked out back from a quote when first read, each entry once
// (latestRef, narrowRef), so that resolution stays linear in the text however many quotes
// it holds.

// pronounReach is how many sentences back a person named in passing can still be what a
// pronoun refers to, counted from the last sentence that opens with "Ia", "Dia" or
// "Beliau" and keeps a person introduced with a title up (keptByPronoun); a reporting
// subject has no such limit.
const pronounReach = 3

// refs holds, for each span k, the index of the latest span at or before k of each kind
// that a reference may point at, or -1; refUnknown until its reader (titledRef, personRef,
// subjectRef, orgRef) has worked it out.
type refs struct {
	person  []int32 // a person outside quotes, no one of a pair: read through personRef
	subject []int32 // a person outside quotes who is a reporting subject: read through subjectRef
	org     []int32 // an organization outside quotes: read through orgRef
	titled  []int32 // a person outside quotes, one of a pair too: whom a bare title may name; read through titledRef
	lead    int32   // the lead's person (see leadPerson), or -1
}

// needRefs readies the reference tables, once attribute has asked for them and before
// they are first read: many documents' quotes are attributed without them. They depend
// only on the spans, the token bits and the quotes marked, which attribution does not
// change, so they come out the same whenever they are worked out.
func (s *state) needRefs() {
	if !s.refsDue {
		return
	}
	s.refsDue = false
	s.buildRefs()
}

// buildRefs readies the reference tables for the chosen spans, each entry unknown
// (refUnknown), for the tables' readers to work out when asked: attribution asks at few
// spans, mostly close to a person, so that few of the rules that make a person a reference
// (referable, kinOf, eraOf, coordinated, isReportingSubject; some dear) are asked at all. It runs
// once quotes are marked, and finds the lead's person (leadPerson) and the title subjects
// (titleSubjects).
func (s *state) buildRefs() {
	n := len(s.spans)
	r := &s.refs
	r.person, r.subject, r.org, r.titled = grow(r.person, n), grow(r.subject, n), grow(r.org, n), grow(r.titled, n)
	for _, t := range [][]int32{r.person, r.subject, r.org, r.titled} {
		for k := range t {
			t[k] = refUnknown
		}
	}
	// the lead's person: the first person outside quotes, if it leads the story
	r.lead = -1
	for k := range s.spans {
		if sp := &s.spans[k]; (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) && !s.isQuoted(sp.first) {
			if s.leadsStory(sp) {
				r.lead = int32(k)
			}
			break
		}
	}
	s.titleSubjects()
}

// refUnknown marks a span of a reference table whose entry its reader has not yet worked
// out.
const refUnknown = -2

// latestRef returns table[k], the latest span up to span k that ok accepts, or -1: worked
// out back from k to the first span that ok accepts or whose entry is known, and kept for
// each span passed, so that ok is asked of each span once at most.
func latestRef(table []int32, k int, ok func(int) bool) int32 {
	v, j := int32(-1), k
	for ; j >= 0; j-- {
		if table[j] != refUnknown {
			v = table[j]
			break
		}
		if ok(j) {
			v = int32(j)
			break
		}
	}
	for i := max(j, 0); i <= k; i++ {
		table[i] = v
	}
	return v
}

// narrowRef returns table[k], the latest span up to span k that the wider table read
// through wider gives and ok accepts, or -1: a span of the wider table is its own answer
// when ok accepts it, else the answer of the span before it; a span of no kind has the
// answer of its wider table's span. It is worked out back from k through the wider
// table's spans to the first that ok accepts or whose entry is known, and kept for each
// span passed, so that ok is asked of each span once at most.
func narrowRef(table []int32, k int, wider func(int) int32, ok func(int) bool) int32 {
	var arr [32]int32
	passed := arr[:0] // the spans passed, whose entries are the answer
	v := int32(-1)
	for j := k; ; {
		if table[j] != refUnknown {
			v = table[j]
			break
		}
		passed = append(passed, int32(j))
		p := int(wider(j))
		if p < 0 {
			break
		}
		if p != j {
			j = p
			continue
		}
		if ok(p) {
			v = int32(p)
			break
		}
		if p == 0 {
			break
		}
		j = p - 1
	}
	for _, j := range passed {
		table[j] = v
	}
	return v
}

// titledRef returns refs.titled[k]: the latest person outside quotes up to span k that a
// reference may point at (referable), no kin named by a relative ("istri Budi", kinOf),
// and whose title is no era's ("era Presiden Soeharto", eraOf); or -1.
func (s *state) titledRef(k int) int32 {
	s.needRefs()
	return latestRef(s.refs.titled, k, func(j int) bool {
		sp := &s.spans[j]
		return !s.isQuoted(sp.first) && s.referable(sp) && !s.kinOf(sp) && !s.eraOf(s.beforeRole(sp))
	})
}

// titledBack walks back from span k over the persons a bare title may name (titledRef),
// maxTitleLookBack of them at most, and returns the first that ok accepts, or nil.
func (s *state) titledBack(k int, ok func(sp *span) bool) *span {
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.titledRef(k)
		if r < 0 {
			return nil
		}
		if sp := &s.spans[r]; ok(sp) {
			return sp
		}
		k = int(r) - 1
	}
	return nil
}

// personRef returns refs.person[k]: the latest person up to span k of refs.titled who is
// no one of a pair (coordinated): one of a pair is what a title names, not a pronoun
// ("Menteri … Trenggono dan Gubernur Jawa Timur Khofifah …" ¶ "…,” ujar Gubernur"); or -1.
func (s *state) personRef(k int) int32 {
	s.needRefs()
	return narrowRef(s.refs.person, k, s.titledRef, func(j int) bool { return !s.coordinated(&s.spans[j]) })
}

// subjectRef returns refs.subject[k]: the latest person up to span k of refs.person who
// is a reporting subject (isReportingSubject, asked of the token before the person's
// title), or -1.
func (s *state) subjectRef(k int) int32 {
	s.needRefs()
	return narrowRef(s.refs.subject, k, s.personRef, func(j int) bool {
		sp := &s.spans[j]
		return s.isReportingSubject(sp, s.beforeRole(sp))
	})
}

// orgRef returns refs.org[k]: the latest organization outside quotes up to span k, or -1.
func (s *state) orgRef(k int) int32 {
	s.needRefs()
	return latestRef(s.refs.org, k, func(j int) bool {
		sp := &s.spans[j]
		return !s.isQuoted(sp.first) && sp.typ == gazetteer.Organization
	})
}

// titleSubjects finds the bare titles that are the subject of a reporting verb: a sentence
// that opens with a title and no name, then the verb ("Kasat Reskrim menambahkan, …",
// "Kapolres juga menjelaskan …"), or with "Menurut", the title and a comma. The latest person before it who holds the title (see
// titleHolder) is the reporting subject from there on, as if named again; each is kept as
// a copy of that person's span set at the title's tokens, in text order.
func (s *state) titleSubjects() {
	s.titleSubj = s.titleSubj[:0]
	open := s.quoteOpen
	s.quoteOpen = len(s.toks) // titleHolder looks back from the title itself
	for _, st := range s.doc.Tokens.Sentences {
		i := st.First
		if i >= len(s.toks) || s.isQuoted(i) {
			continue
		}
		menurut := s.lowAt(i) == "menurut" && i+1 < st.Last
		if menurut {
			i++
		}
		if s.owner[i] >= 0 || !s.isCap(i) {
			continue
		}
		n := s.phraseAt(&s.lex.titles, i)
		if n == 0 {
			continue
		}
		e := s.portfolioAfter(i + n)
		if menurut {
			if e >= st.Last || s.word(e) != "," {
				continue // "Menurut Kasat Reskrim, …"
			}
		} else {
			v := e
			for v < st.Last && clauseAdverb(s.lowAt(v)) {
				v++
			}
			if v >= st.Last || s.cueOf(v) != cuePre && (!s.predicateAt(v) || describingVerb(s.lowAt(v))) {
				continue // (or another verb: "Presiden berterima kasih kepada …"; not "Pelatih berusia 47 tahun itu …")
			}
		}
		if m := s.titleHolder(i, e); m.sp != nil {
			ts := *m.sp
			ts.first, ts.last = i, e
			s.titleSubj = append(s.titleSubj, ts)
		}
	}
	s.quoteOpen = open
}

// describingVerb reports whether w, in small letters, is a verb that describes the noun
// before it rather than telling what it did: "Pelatih berusia 47 tahun itu …", "pria
// berasal dari Medan".
func describingVerb(w string) bool {
	switch w {
	case "berusia", "berasal", "bernama", "berdarah", "berstatus", "berjuluk", "berkebangsaan", "berkewarganegaraan":
		return true
	}
	return false
}

// titleSubjectBefore returns the latest of the title subjects (titleSubjects) before token
// p, or nil.
func (s *state) titleSubjectBefore(p int) *span {
	s.needRefs()
	if k := lastBefore(s.titleSubj, p); k >= 0 {
		return &s.titleSubj[k]
	}
	return nil
}

// referable reports whether span sp is a person a reference may point at: not a single
// word that only its shape made a person ("Jemursari", "Line"), unless a reporting verb
// follows it ("Fikriyansyah dalam rapat …, menyampaikan") or an apposition describes it
// (describedAfter).
func (s *state) referable(sp *span) bool {
	if sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader {
		return false
	}
	if (sp.source.model || sp.source.guessed()) && s.workOrVenue(sp) {
		return false
	}
	return !(sp.source.is(ruleContextName) && sp.last-sp.first == 1) || s.speaksAfter(sp) || s.describedAfter(sp) || s.actsAsSubject(sp)
}

// workOrVenue reports whether span sp, a person only by the words around it or the name
// typer's guess, is rather the title of a show or work or the name of a venue: a noun that
// such a title follows stands right before it ("bintang tamu acara Happy Together",
// "program …", "drama …", "sinetron …", "serial …", "film berjudul …", "bertajuk …"), or
// its last word is the head of a venue's English name ("Sands Expo and Convention Centre",
// "Taikoo Hui Mall", "Selhurst Park", "… Stadium"), or it ends a longer capitalised name
// that "di" opens. A reference does not point at it.
func (s *state) workOrVenue(sp *span) bool {
	if f := sp.first; f > 0 {
		switch s.lowAt(f - 1) {
		case "acara", "program", "drama", "sinetron", "serial", "tayangan", "berjudul", "bertajuk":
			return true
		}
	}
	switch s.lowAt(sp.last - 1) {
	case "centre", "center", "mall", "stadium", "plaza", "arena", "park", "square":
		return true
	}
	// the end of a capitalised name that "di" (at, in) opens: "di Harbour Expo and
	// Convention Centre"; "Di" that opens a sentence or a name ("Angel Di Maria") is not it
	k := sp.first - 1
	for ; k > 0 && sp.first-k < 8 && (s.isCap(k) || s.lowAt(k) == "and" || s.lowAt(k) == "&" || s.lowAt(k) == "of"); k-- {
	}
	return k >= 0 && k < sp.first-1 && s.word(k) == "di"
}

// actsAsSubject reports whether person span sp opens its clause and a verb in the active
// voice follows it (after clause adverbs): it is the sentence's first word, or follows a
// comma that ends a sentence-opening phrase of small letters ("Meski demikian, Kaka menolak
// memberikan komentar", "Willian mengisyaratkan …"). A one-word name so placed is the one
// the story goes on about, which a later "-nya" or description points at.
func (s *state) actsAsSubject(sp *span) bool {
	sen := s.sentenceOf(sp.first)
	if f := sp.first; f != sen.First {
		if s.word(f-1) != "," || f-1-sen.First > 3 || f-1 == sen.First {
			return false
		}
		for k := sen.First; k < f-1; k++ {
			if s.toks[k].Kind != tokenize.Word || k > sen.First && s.isCap(k) || s.owner[k] >= 0 {
				return false
			}
		}
	}
	e := sp.last
	for n := 0; n < 3 && e < sen.Last && clauseAdverb(s.lowAt(e)); n++ {
		e++
	}
	return e < sen.Last && s.predicateAt(e) && !strings.HasPrefix(s.lowAt(e), "di")
}

// describedAfter reports whether a comma and an ordinary noun in small letters follow span
// sp, as an apposition describing a person does: "Pendapat itu diamini Jamaluddin, petani
// Desa Tolouwi." (not a function word, a cue or "yang").
func (s *state) describedAfter(sp *span) bool {
	c := sp.last
	if c+1 >= len(s.toks) || s.word(c) != "," {
		return false
	}
	n := c + 1
	return s.toks[n].Kind == tokenize.Word && !s.isCap(n) && s.is(n, fCommon) && !s.is(n, fStop) && !s.is(n, fConnector) &&
		!s.is(n, fDeterminer) && !s.is(n, fPronoun) && s.cueOf(n) == cueNone && s.lowAt(n) != "yang"
}

// coordinated reports whether person span sp is one of two persons joined by "dan" or
// "serta", each perhaps with a role and an age ("Camat Salawu Asep Saepul Milah dan Kepala
// Desa Kutawaringin Ujang Komarudin ikut mengarahkan warga", "Oyo Sunarya (64) dan Enah
// Rohaenah (59)"): a pair, which a singular "-nya", "ia" or "dia" does not point at; or
// one of a list of names set off by commas ("tokoh besar seperti Gus Dur, Jokowi, Budha
// dan Yesus"), an item inside it or the first after a word that opens one (listOpener).
func (s *state) coordinated(sp *span) bool {
	isPerson := func(k int) bool {
		o := s.owner[k]
		return o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader)
	}
	roleWord := func(k int) bool {
		if s.inRole(k) || s.is(k, fRank|fTitle|fTitleSuffix|fPortfolio) {
			return true
		}
		if s.toks[k].Kind != tokenize.Word {
			return false // (the nouns below are words)
		}
		w := s.lowAt(k)
		return s.isCap(k) && !s.is(k, fStop) ||
			kinWord(w) || civilianNoun(w) || s.lex.personNouns[w] // "Kapten Victor Chachon dan siswa Rahin Chandra Sura"
	}
	j := s.afterAge(sp.last)
	if j+1 < len(s.toks) && s.word(j) == "/" && isPerson(j+1) || sp.first >= 2 && s.word(sp.first-1) == "/" && isPerson(sp.first-2) {
		return true // a pair of players: "Haruka Mizuno/Sayaka Ogura"
	}
	if sp.first >= 2 && s.word(sp.first-1) == "," && isPerson(sp.first-2) && j+1 < len(s.toks) &&
		(s.word(j) == "," && s.isCap(j+1) || s.lowAt(j) == "dan" || s.lowAt(j) == "serta") ||
		sp.first >= 1 && listOpener(s.lowAt(sp.first-1)) && j+1 < len(s.toks) && s.word(j) == "," && isPerson(j+1) {
		// an item of a list of names, inside it or the first after a word that opens
		// one: "tokoh besar seperti Gus Dur, Jokowi, Budha dan Yesus"
		return true
	}
	appositive := false // a list of persons each set off after a description: "winger Marseille, Paris Ndiaye, dan gelandang muda Benfica, Jordan Ferreira"
	if j+1 < len(s.toks) && s.word(j) == "," && (s.lowAt(j+1) == "dan" || s.lowAt(j+1) == "serta") && sp.first >= 1 && s.word(sp.first-1) == "," {
		j, appositive = j+1, true
	}
	if j < len(s.toks) && (s.lowAt(j) == "dan" || s.lowAt(j) == "serta") {
		for k := j + 1; k < len(s.toks) && k-j <= maxTitleReach; k++ {
			if o := s.owner[k]; o >= 0 {
				if isPerson(k) {
					return true
				}
				k = s.spans[o].last - 1
				continue
			}
			if appositive && (s.word(k) == "," && k+1 < len(s.toks) && isPerson(k+1) || s.toks[k].Kind == tokenize.Word && !s.isCap(k) && k-j <= 3) {
				continue // (the description's comma before the name, a word qualifying its noun: "gelandang muda")
			}
			if !roleWord(k) {
				break
			}
		}
	}
	set := sp.first >= 1 && s.word(sp.first-1) == "," // set off after a description: "…, dan gelandang muda Benfica, Jordan Ferreira"
	for k := sp.first - 1; k >= 0 && sp.first-k <= maxTitleReach; k-- {
		if o := s.owner[k]; o >= 0 {
			if isPerson(k) {
				return false
			}
			k = s.spans[o].first
			continue
		}
		if w := s.lowAt(k); (w == "dan" || w == "serta") && !s.inRole(k) { // (not a portfolio's: "Menteri Pendidikan Dasar dan Menengah")
			p := k - 1
			if p >= 2 && s.word(p) == ")" && s.word(p-2) == "(" && s.toks[p-1].Kind == tokenize.Number {
				p -= 3
			}
			if set && p >= 1 && s.word(p) == "," && isPerson(p-1) && s.word(s.spans[s.owner[p-1]].first-1) == "," {
				return true // the second of a list of persons each set off after a description
			}
			return p >= 0 && isPerson(p)
		}
		if set && (k == sp.first-1 || s.toks[k].Kind == tokenize.Word && !s.isCap(k)) {
			continue
		}
		if !roleWord(k) {
			break
		}
	}
	return false
}

// listOpener reports whether w, in small letters, opens a list of examples: "seperti",
// "termasuk", "yakni", "yaitu", "antaranya" ("di antaranya").
func listOpener(w string) bool {
	switch w {
	case "seperti", "termasuk", "yakni", "yaitu", "antaranya":
		return true
	}
	return false
}

// civilianNoun reports whether w, in small letters, is a noun that describes a person by
// what they do or are in a report, before their name: "siswa", "warga", "pilot",
// "tersangka".
func civilianNoun(w string) bool {
	switch w {
	case "siswa", "mahasiswa", "warga", "petani", "nelayan", "karyawan", "pegawai", "sopir", "pilot", "kopilot", "penumpang",
		"korban", "saksi", "tersangka", "terdakwa", "pedagang", "buruh", "guru", "dokter", "perawat", "relawan":
		return true
	}
	return false
}

// kinWord reports whether w, in small letters, is a noun of kinship that names a person by
// another: "suami dari Zaskia Adya Mecca ini mengatakan" speaks of the husband, not of
// Zaskia.
func kinWord(w string) bool {
	switch w {
	case "suami", "istri", "anak", "putra", "putri", "ayah", "ayahanda", "ibunda", "kakak", "adik", "cucu", "menantu", "mertua",
		"keponakan", "sepupu", "kekasih", "pacar", "kerabat", "sahabat":
		return true
	}
	return false
}

// kinOf reports whether person span sp follows a noun of kinship in small letters, with
// "dari", its clitic or a comma or not ("suami dari Zaskia Adya Mecca", "anak Jokowi",
// "suaminya, Junaidi"), with its clitic and a comma opening the sentence ("Ayahnya,
// Abdul Hamid (67), …"), or opening the sentence before the kin's own name ("Istri
// Haeruddin, Sitti Rahmah (41), …"): the person is named in passing, to say whose kin the
// subject is.
func (s *state) kinOf(sp *span) bool {
	k := sp.first - 1
	comma := k >= 0 && s.word(k) == ","
	if k >= 0 && (s.lowAt(k) == "dari" || comma) {
		k--
	}
	if k < 0 {
		return false
	}
	w := s.lowAt(k)
	clitic := strings.HasSuffix(w, "nya") && kinWord(w[:len(w)-3])
	if s.isCap(k) {
		// the kin with its clitic and a comma opening the sentence: the clitic points at
		// the one the sentence before is about, who stays its topic ("Penantian itu
		// dialami Muhammad Rizani (41). Ayahnya, Abdul Hamid (67), tiba-tiba tidak bisa
		// …"); the kin takes over only by speaking, with a reporting verb ("Istrinya,
		// Nining, mengatakan …") or a quote later in the paragraph ("Putranya, Rizal (34),
		// berhenti melaut …. ”…,” kata nelayan itu"), or when the next sentence goes on
		// about the kin with "Ia" or a description ("Anaknya, Wahyu (27), membantu ….
		// Pemuda lulusan ISI itu …")
		if !comma && !clitic && kinWord(w) && k == s.sentenceOf(k).First && sp.last+2 < len(s.toks) && s.word(sp.last+1) == "," && s.personAt(sp.last+2) != nil {
			// the kin opening the sentence with the person it is kin of and then, set off
			// by a comma, the kin's own name: the name after the comma is the subject
			// ("Istri Haeruddin, Sitti Rahmah (41), menunggu kabar …")
			return true
		}
		if !comma || !clitic || k != s.sentenceOf(k).First || s.speaksAfter(sp) || s.quoteLaterInParagraph(sp.last) || s.pronounOpensNext(sp.first) {
			return false
		}
		n := s.sentIndex(sp.first) + 1
		return n >= len(s.doc.Tokens.Sentences) || s.paraStart(s.doc.Tokens.Sentences[n].First) || !s.opensWithDescription(n)
	}
	if !kinWord(w) && !clitic {
		return false
	}
	// set off by a comma, the kin is named in passing only when the sentence goes on about
	// someone else ("untuk suaminya, Junaidi (44), salah satu petani …"), not when it is
	// the subject or the agent ("sang ibunda, Nita Shahab tiba-tiba mengungkapkan …",
	// "oleh sang ayah, Billy Ray Cyrus")
	agent := k > 0 && s.lowAt(k-1) == "oleh" || k > 1 && s.lowAt(k-1) == "sang" && s.lowAt(k-2) == "oleh"
	return !comma || !s.speaksAfter(sp) && !s.actsAfter(sp) && !agent
}

// maxKinReach bounds, in tokens, how far quoteLaterInParagraph reads.
const maxKinReach = 120

// quoteLaterInParagraph reports whether a quote opens at or after token i in its
// paragraph, within maxKinReach tokens.
func (s *state) quoteLaterInParagraph(i int) bool {
	for k := i; k < len(s.toks) && k-i < maxKinReach && !(k > i && s.paraBreak(k)); k++ {
		if s.isQuoted(k) {
			return true
		}
	}
	return false
}

// afterAge returns the token after i, past an age in brackets: "Oyo Sunarya (64)".
func (s *state) afterAge(i int) int {
	if i+2 < len(s.toks) && s.word(i) == "(" && s.toks[i+1].Kind == tokenize.Number && s.word(i+2) == ")" {
		return i + 3
	}
	return i
}

// clauseAdverb reports whether w is an adverb that may stand between a subject and its
// verb: "Adi pun menuturkan", "Melody juga mengatakan".
func clauseAdverb(w string) bool {
	switch w {
	case "pun", "juga", "kemudian", "lalu", "lantas", "sendiri", "kembali", "sudah", "telah", "sebelumnya", "bahkan", "pernah",
		"baru", "sempat", "masih", "akan", "segera", "langsung", "hanya", "mulai", "terus", "tiba-tiba", "sedang", "tengah":
		return true
	}
	return false
}

// isReportingSubject reports whether person span sp is the subject of its clause: it opens
// its sentence after nothing but title words, places and bodies ("Kepala Dinas Kesehatan
// Jawa Timur Budi …"), follows a cue ("kata X", "Menurut X"), or speaks after (see
// speaksAfter). A possessor is none, whatever verb follows its noun phrase ("menilai
// kehadiran Shimizu menjawab masalah …", see possessorOf). b is the token before sp's title
// (beforeRole), which the caller has.
func (s *state) isReportingSubject(sp *span, b int) bool {
	sen := s.sentenceOf(sp.first)
	if s.reportedBy(sp, sen.First) || s.patientOf(sp, sen, b) || s.thatClauseOf(sp, b) || s.possessorOf(sp) {
		return false // (nor one the clause's verb befalls: "Saiful Anwar, …, sudah tiga kali diperiksa")
	}
	if b >= 0 && s.describedOpener(sp, b) {
		// the subject when it speaks or the next sentence keeps it up: "Salah satu pemesan
		// pertama, Nurhayati …, menerima kunci … dari Ozawa …. Ia mengaku …"; not one the
		// sentence tells of ("Pejabat pembuat komitmen ruas itu, Yuliandri Chaniago, juga
		// sudah berada di lokasi")
		return !s.reportGoesOnFrom(sp) && (s.speaksAfter(sp) || s.pronounOpensNext(sp.first))
	}
	if b < 0 || b < sen.First || s.paraBreak(b+1) || s.openingPhraseBefore(sp, b) {
		// opening its sentence (or after a phrase that opens it: "Dalam pidato Selasa
		// malam, Rahmat …"), the subject of a statement ("Kepala Dinas … Budi
		// mengatakan") or of something it did that the article goes on to quote it on;
		// but not one the sentence only reports on ("Camat Tirto Agus Prasetyo sudah
		// diminta mendata …", "Kepala Dinas PU … Sahara Lubis sudah menghentikan …"),
		// unless the next sentence goes on about that person with "Ia", "Dia" or
		// "Beliau" ("Kepala Dinas … Theresia … memantau harga …. Ia mencatat …")
		if s.reportGoesOnFrom(sp) {
			return false // in a paragraph that reports what "dia" said: "Menurut dia, …. Harun sempat mengajukan …"
		}
		return s.speaksAfter(sp) || !s.actsAfter(sp) || s.pronounOpensNext(sp.first)
	}
	if c := s.cueOf(b); c == cuePost || c == cuePostOnly || c == cueSource || s.passiveAgent(b) {
		return true // "kata X", "Menurut X", "Hal itu diakui GM … Arief Kurnia"
	}
	if s.leadsAction(b) && !s.reportGoesOnFrom(sp) && !s.reportGoesOnAcross(sp) {
		return true // "Penghentian dipimpin Kepala Satpol PP Jombang Bambang Tri Haryanto …"
	}
	if s.word(b) == "," && b > 0 {
		// the holder set off by a comma after the title and its body: "Hal senada
		// disampaikan Direktur Teknik PB PASI, Eko Wahyu Nugroho."
		f := sen.First
		if a := s.roleBack(b-1, b); a >= 0 && a < b-1 && a >= f && s.titleBeforeComma(a+1, b) {
			if c := s.cueOf(a); s.passiveAgent(a) || c == cuePost || c == cuePostOnly || c == cueSource {
				return true // (or after a cue: "kata Pengurus FKDT Jakarta Selatan, Ustadz Ahmad Munthoi")
			}
		} else if a < f && s.titleBeforeComma(f, b) && s.pronounOpensNext(sp.first) {
			// the title opens the sentence, its holder set off by commas, and the next
			// sentence keeps that person up: "Anggota Bawaslu …, Maria Yasinta Dangur,
			// hadir sebagai pemberi keterangan. Ia membenarkan …"
			return true
		}
	}
	if w := s.lowAt(b); w == "selaku" || w == "sebagai" {
		return false // the role's other party: "Ronald … selaku kuasa hukum Zulkarnain menilai"
	}
	return s.speaksAfter(sp)
}

// thatClauseOf reports whether person span sp, with its title, opens a clause after
// "bahwa" that a reporting verb before it in its sentence introduces, or after the comma
// right after such a verb when no adverbial phrase opens the sentence: "Ia juga
// mengingatkan bahwa Kepala BGN Dadan Hindayana telah meminta …", "Saksi yang sama
// mengatakan, Carey menggunakan hak setinggi …". What that
// person did or said is what the sentence's subject reports, and the subject keeps the
// story. b is the token before sp's title (beforeRole), which the caller has.
func (s *state) thatClauseOf(sp *span, b int) bool {
	if b < 0 || s.isQuoted(b) {
		return false
	}
	w := s.lowAt(b)
	if w != "," && w != "bahwa" && w != "bahwasanya" {
		return false
	}
	f := s.sentenceOf(sp.first).First
	if b <= f {
		return false
	}
	if w == "," {
		// (not after a phrase that opens the sentence: "Tak hanya memuji, Mikha juga mengaku …")
		return s.cueOf(b-1) == cuePre && !s.isQuoted(b-1) && !adverbialOpener(s.lowAt(f)) && !clauseAdverb(s.lowAt(f))
	}
	for k := b - 1; k >= f; k-- {
		if s.isQuoted(k) {
			return false
		}
		if s.cueOf(k) == cuePre {
			return true
		}
	}
	return false
}

// describedOpener reports whether person span sp, set off by commas, is in apposition to
// a description of someone that opens its sentence, as the subject the sentence then goes
// on about: "Pemilik usaha tersebut, Haerudin, beralasan …", "Salah satu pemesan pertama,
// Nurhayati Daeng Ngai (41), pengusaha katering asal Gowa, menerima …". Token b is the
// comma before the name (see beforeRole). The description is at most six words, with no
// person, verb, cue or pronoun in it, and does not open with an adverbial word ("Sementara
// itu, Budi, …", "Dalam rapat itu, …", "Menurut data itu, …").
func (s *state) describedOpener(sp *span, b int) bool {
	if s.word(b) != "," || s.paraBreak(b+1) {
		return false
	}
	f := s.sentenceOf(sp.first).First
	if b-f < 1 || b-f > 6 {
		return false
	}
	if e := s.afterAge(sp.last); e >= len(s.toks) || s.word(e) != "," {
		return false // (the name set off by commas)
	}
	if w := s.lowAt(f); adverbialOpener(w) || clauseAdverb(w) || w == "menurut" || w == "menurutnya" || s.is(f, fStop) && w != "salah" {
		return false
	}
	for k := f; k < b; k++ {
		if s.toks[k].Kind != tokenize.Word || s.isQuoted(k) || s.is(k, fPronoun) || s.cueOf(k) != cueNone || s.predicateAt(k) ||
			s.is(k, fPlacePrep) || objectPreposition(s.lowAt(k)) {
			return false
		}
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) && !(k == f+1 && kinWord(s.lowAt(f))) {
			return false // (but the one a kin is of: "Istri Haeruddin, Sitti Rahmah (41), …")
		}
	}
	return true
}

// reportedBy reports whether person span sp stands in what another person reports: its
// sentence opens with "Menurut" and the person after it, a name or a pronoun ("Menurut
// Hendra, Arga mengaku …", "Menurut dia, Arga …", "Menurutnya, …"), so that sp is talked
// about, not the subject of the statement, whatever verb follows it. f is the first token
// of sp's sentence, which the caller has.
func (s *state) reportedBy(sp *span, f int) bool {
	if w := s.lowAt(f); f >= sp.first || w != "menurut" && w != "menurutnya" {
		return false
	}
	if s.lowAt(f) == "menurutnya" || f+1 < sp.first && s.is(f+1, fPronoun) {
		return true
	}
	for k := f + 1; k < sp.first && k <= f+8; k++ {
		if o := s.owner[k]; o >= 0 && o != s.owner[sp.first] && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return s.sourceOpens(&s.spans[o])
		}
	}
	return false
}

// reportGoesOnFrom reports whether person span sp, which says nothing itself, stands in
// one of the few sentences after one that opens its paragraph with "Menurut dia,",
// "Menurutnya," or "Ia menjelaskan,": the paragraph goes on with what the one "dia" keeps
// up reports, and sp is
// named in it ("Menurut dia, pembacokan bermula …. Penangkapan dipimpin Kepala Unit
// Resmob Iptu Bayu Setiawan …").
func (s *state) reportGoesOnFrom(sp *span) bool {
	j := s.sentIndex(sp.first)
	pf := s.paraFirstSentence(j)
	if j == 0 || j-pf > maxReportSentences || pf >= j || !s.reportOpens(s.doc.Tokens.Sentences[pf].First) {
		return false
	}
	return !s.speaksAfter(sp)
}

// reportGoesOnAcross reports whether person span sp, the agent of a passive verb, stands
// in a paragraph that names no one in its first sentence, right after a paragraph that opens a report as
// reportGoesOnFrom reads it: the account goes on, and one who leads an action in it is
// named in it ("Ia menjelaskan, kasus ini terungkap …. ¶ Penyidik melacak aliran dana ….
// Penangkapan dipimpin Kepala Unit … Ipda Gede Arya Wiguna …").
func (s *state) reportGoesOnAcross(sp *span) bool {
	j := s.sentIndex(sp.first)
	pf := s.paraFirstSentence(j)
	if pf == 0 || pf == j || j-pf > maxReportSentences || s.personIn(pf) || s.speaksAfter(sp) {
		return false
	}
	if b := s.beforeRole(sp); b < 0 || !s.passiveAgent(b) && !s.leadsAction(b) {
		return false // (one named otherwise may be whom the next quote is about: "Tagar berisi nama Bae Seung-woo …")
	}
	prev := s.paraFirstSentence(pf - 1)
	return prev < pf && pf-prev <= maxReportSentences && s.reportOpens(s.doc.Tokens.Sentences[prev].First)
}

// reportOpens reports whether token f, opening a paragraph, opens a report of what the
// current subject said or did: "Menurut dia,", "Menurutnya,", "Menurut Yudha,", "Ia
// menjelaskan,", or
// "Pihaknya" (the subject's side: "Pihaknya juga meminta kepala sekolah …. Langkah serupa
// ditempuh Maria Goretti Samaloisa, …").
func (s *state) reportOpens(f int) bool {
	if s.isQuoted(f) {
		return false
	}
	switch s.lowAt(f) {
	case "menurutnya":
		return s.word(f+1) == ","
	case "menurut":
		if f+1 < len(s.toks) && s.is(f+1, fPronoun) {
			return s.word(f+2) == ","
		}
		// or a person by name: "Menurut Yudha, kurator akan segera mendata …. Wakil Ketua
		// REI Jawa Timur Hendro Susanto … diundang sebagai pengamat"
		if f+1 >= len(s.toks) {
			return false
		}
		if o := s.owner[f+1]; o >= 0 && s.spans[o].first == f+1 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return s.spans[o].last < len(s.toks) && s.word(s.spans[o].last) == ","
		}
		return false
	case "ia", "dia", "beliau":
		return f+2 < len(s.toks) && s.cueOf(f+1) == cuePre && s.word(f+2) == "," // "Ia menjelaskan, …"
	case "pihaknya":
		return true
	}
	return false
}

// personIn reports whether sentence j names a person outside quotes.
func (s *state) personIn(j int) bool {
	s.needRefs()
	st := s.doc.Tokens.Sentences[j]
	k := s.spanBefore(st.Last)
	if k < 0 {
		return false
	}
	r := s.personRef(k)
	return r >= 0 && s.spans[r].first >= st.First
}

// subjectResumed reports whether a sentence after the one naming person span sp in
// passing (not as its subject), up to
// sentence ps and at most pronounReach sentences on, opens outside quotes with "Pihaknya"
// or "Menurutnya": the reporting subject's side, or the subject's report, taken up again,
// which sp, named in passing, never is ("… surat yang dibuat Freddy untuk keluarganya.
// Pihaknya mengakui bahwa pertemuan … memang terjadi. “…,” katanya" is the reporting
// subject's).
func (s *state) subjectResumed(sp *span, ps int) bool {
	if s.onlyRoleBefore(sp) {
		return false // sp opens its sentence: "Sunarto menduga …. Menurutnya, …" is Sunarto's
	}
	sents := s.doc.Tokens.Sentences
	for j := s.sentIndex(sp.first) + 1; j <= ps && j < len(sents); j++ {
		if j-s.sentIndex(sp.first) > pronounReach {
			break
		}
		f := sents[j].First
		if s.isQuoted(f) {
			continue
		}
		switch s.lowAt(f) {
		case "pihaknya", "menurutnya":
			return true
		}
	}
	return false
}

// maxReportSentences bounds how many sentences after a paragraph's "Menurut dia," the
// paragraph is read as that report (see reportGoesOnFrom).
const maxReportSentences = 4

// titleBeforeComma reports whether tokens [a, b) open with a title's words and name no person:
// "Direktur Teknik PB PASI" (not "Idrus" in "kata Idrus, Novanto tetap …").
func (s *state) titleBeforeComma(a, b int) bool {
	if a >= b || !s.inRole(a) && !s.is(a, fTitle) && s.phraseAt(&s.lex.titles, a) == 0 {
		return false
	}
	for k := a; k < b; k++ {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return false
		}
	}
	return true
}

// pronounOpensNext reports whether the sentence after the one holding token i opens, in
// the same paragraph and outside quotes, with "Ia", "Dia" or "Beliau", which go on about
// the sentence's subject.
func (s *state) pronounOpensNext(i int) bool {
	return s.pronounOpens(s.sentenceOf(i).Last)
}

// pronounOpens reports whether the sentence that token n opens (n the end of the sentence
// before it) opens as pronounOpensNext asks, also after a short clause of time set off by
// a comma ("Sejak perahu ditemukan, ia tidak beranjak …").
func (s *state) pronounOpens(n int) bool {
	if n >= len(s.toks) || s.paraBreak(n) || s.isQuoted(n) {
		return false
	}
	if !s.is(n, fPronoun) {
		n = s.pastTimeClause(n)
		if n < 0 || !s.is(n, fPronoun) {
			return false
		}
	}
	return thirdPerson(s.lowAt(n))
}

// maxTimeClause bounds, in tokens, the clause of time pastTimeClause reads past.
const maxTimeClause = 8

// pastTimeClause returns the token after the comma that closes a short clause of time
// opening at token n with a conjunction of time ("Sejak perahu ditemukan, …", "Setelah
// rapat selesai, …"), or -1.
func (s *state) pastTimeClause(n int) int {
	switch s.lowAt(n) {
	case "sejak", "setelah", "sebelum", "ketika", "saat", "sesudah", "begitu", "selama":
	default:
		return -1
	}
	for k := n + 1; k < len(s.toks) && k-n <= maxTimeClause && !s.isQuoted(k); k++ {
		switch {
		case s.word(k) == ",":
			if k+1 < len(s.toks) && !s.paraBreak(k+1) {
				return k + 1
			}
			return -1
		case s.toks[k].Kind != tokenize.Word && s.toks[k].Kind != tokenize.Number:
			return -1
		}
	}
	return -1
}

// actsAfter reports whether person span sp is followed by a verb, after an adverb or two,
// that is no reporting verb: "… Agus Prasetyo sudah diminta mendata", "… Sahara Lubis
// sudah menghentikan", or a root verb of coming and going that no prefix marks ("Nining
// datang bersama pamannya …", see rootMotionVerb).
func (s *state) actsAfter(sp *span) bool {
	e := s.pastClauseAdverbs(sp.last)
	return e < len(s.toks) && s.cueOf(e) == cueNone && (s.predicateAt(e) || s.toks[e].Kind == tokenize.Word && rootMotionVerb(s.lowAt(e)))
}

// rootMotionVerb reports whether w, in small letters, is a root verb of coming, going or
// staying, which has no verb prefix for predicateAt to see: "datang", "tiba", "pulang".
func rootMotionVerb(w string) bool {
	switch w {
	case "datang", "tiba", "pulang", "pergi", "tinggal", "duduk", "ikut", "masuk", "keluar", "naik", "turun", "lari":
		return true
	}
	return false
}

// passiveAgent reports whether token b, right before a person's name and its title, is
// the passive form of a reporting verb, or "oleh" after one, in a main clause: "Hal itu
// diakui GM Operation Officer HIS Travel Arief Kurnia", "Hal itu disampaikan oleh …"; not
// "seperti yang disebutkan oleh Fahri".
func (s *state) passiveAgent(b int) bool {
	if s.lowAt(b) == "oleh" {
		b--
	}
	return b > 0 && passiveCue(s.lowAt(b)) && s.lowAt(b-1) != "yang"
}

// leadsAction reports whether token b, right before a person's name and its title, is a
// verb in the passive whose agent the person is, in a sentence that names no person and
// has no pronoun before it: "Penghentian dipimpin Kepala Satpol PP …", "Pengelolaan
// harian gudang dipegang Nurhayati Lestari". The one who leads or holds what the sentence
// is about is its actor, whom the article goes on to quote; not one who is only present
// ("bersama …", "disaksikan …": no verb of its own here, or a person before it).
func (s *state) leadsAction(b int) bool {
	if s.lowAt(b) == "oleh" {
		b--
	}
	if b <= 0 || !diPassive(s.lowAt(b)) || s.isCap(b) || s.isQuoted(b) {
		return false
	}
	f := s.sentenceOf(b).First
	if b <= f || b-f > 8 || s.lowAt(b-1) == "yang" {
		return false // (nor in a relative clause: "rapat koordinasi yang dipimpin Sekda …")
	}
	for k := f; k < b; k++ {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) || s.is(k, fPronoun) || s.word(k) == "," {
			return false
		}
	}
	return true
}

// eraOf reports whether a person span, with its title, names a time rather than someone
// in the story: "Mantan Menteri Perhubungan era Presiden Susilo Bambang Yudhoyono itu",
// "sejak zaman Soeharto", "di masa pemerintahan Jokowi". Nothing refers back to it. b is
// the token before the person's title (beforeRole).
func (s *state) eraOf(b int) bool {
	if b < 0 {
		return false
	}
	switch s.lowAt(b) {
	case "era", "zaman", "jaman", "masa", "pemerintahan", "rezim", "kepemimpinan":
		return true
	}
	return false
}

// namedInPassing reports whether person span sp stands, with its title, as the other party
// of a meeting, a ceremony or a hand-over: after "dengan", "kepada" or "bersama", or as the
// agent of a passive that only attends, signs or accompanies ("disaksikan Direktur Jenderal
// …", "yang didampingi Kepala Dinas …", "bertemu dengan Ketua MPU …", "diajukan kepada
// …"), or that leads what a relative clause describes ("rapat koordinasi yang dipimpin
// Gubernur NTB …", "tim … yang dipimpin Andri Setiawan"; see leadsAction for one with no
// "yang"). Such a person does not take the story over from the one it quotes (see resolveRef),
// unless the next sentence goes on about it with "Ia", "Dia" or "Beliau" ("Lain halnya
// dengan Yosef …. Ia memilih …"). So is one listed with others (see listedAt).
func (s *state) namedInPassing(sp *span) bool {
	b := s.beforeRole(sp)
	if b < 0 || b < s.sentenceOf(sp.first).First || s.pronounOpensNext(sp.first) {
		return false
	}
	if s.listedAt(b) {
		return true
	}
	w := s.lowAt(b)
	if w == "oleh" && b > 0 {
		w = s.lowAt(b - 1)
		if len(w) > 4 && strings.HasPrefix(w, "di") && !passiveCue(w) && !confirmingPassive(w) && s.cueOf(b-1) == cueNone {
			return true // the agent of any other passive: "Aksi pertama sempat dimediasi oleh Menteri …"
		}
	}
	if b > 0 && s.lowAt(b-1) == "yang" && diPassive(w) && !passiveCue(w) && !confirmingPassive(w) && s.cueOf(b) == cueNone {
		return true // the agent in a relative clause that says what a thing is: "rapat koordinasi yang dipimpin Gubernur NTB …"
	}
	switch w {
	case "dengan", "kepada", "bersama", "didampingi", "disaksikan", "dihadiri", "disahkan", "dicanangkan", "dipantau",
		"diteken", "ditandatangani", "dilantik", "ditemani", "diajukan", "diserahkan", "dijemput", "disambut", "dikunjungi",
		"duduk", "hadir", "tampak", "terlihat": // a verb before its subject, as one lists who attended: "Turut hadir Kepala Dinas …", "Di kursi belakang duduk Direktur …"
		return true
	}
	return false
}

// listedAt reports whether token b, right before a person's title or name, makes that
// person one of a list: "yakni" or "yaitu" ("tiga orang dari rombongan korban, yakni Luki
// …"), or "dan", "serta" or a comma right after another person's name or age ("Luki
// Pratama, Okta Rahmawati, dan Dimas Regar"). A singular clitic or pronoun does not point
// at one of a list.
func (s *state) listedAt(b int) bool {
	switch s.lowAt(b) {
	case "yakni", "yaitu":
		return true
	case "dan", "serta", ",":
	default:
		return false
	}
	p := b - 1
	if p >= 0 && s.word(p) == "," && s.word(b) != "," {
		p-- // "Okta Rahmawati, dan Dimas"
	}
	if p >= 2 && s.word(p) == ")" && s.toks[p-1].Kind == tokenize.Number && s.word(p-2) == "(" {
		p -= 3 // "Okta Rahmawati (24), dan Dimas"
	}
	if p < 0 || s.isQuoted(p) {
		return false
	}
	o := s.owner[p]
	return o >= 0 && s.spans[o].last == p+1 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader)
}

// possessorOf reports whether person span sp, with no title, stands right after a noun in
// small letters that names its possessor or agent (possessedNounAt), in the predicate of
// its sentence (a verb stands before the noun) or in a phrase that opens it with an
// adverbial word and ends in a comma: "polisi juga menanyakan soal kesediaan Novel untuk
// …", "Djanur merasa optimistis kondisi kebugaran Essien …", "2016 menjadi waktu
// kepulangan Antasari", "Dengan kembalinya Hamilton sebagai pejuang wanita, isu gender …".
// Such a person is spoken of, not the next speaker; not after a noun of a statement
// ("keterangan Budi", "pernyataan Budi", see statementNoun), nor in the subject ("Peneliti ekonomi pensiunan Evelyne … memprotes"),
// nor when the next sentence goes on about it with "Ia", "Dia" or "Beliau", at its start
// or after a short opening phrase ("Setelah tujuh tahun mendekam, dia masih berkeras …").
func (s *state) possessorOf(sp *span) bool {
	b := sp.first - 1
	if b < 0 || s.toks[b].Kind != tokenize.Word || s.isCap(b) || s.isQuoted(b) || s.inRole(b) || !s.possessedNounAt(b) {
		return false
	}
	f := s.sentenceOf(sp.first).First
	if b <= f {
		return false
	}
	verb := false
	for k := f; k < b && !verb; k++ {
		verb = !s.isQuoted(k) && s.predicateAt(k)
	}
	if !verb && !(adverbialOpener(s.lowAt(f)) && s.commaBeforeVerb(sp.last)) || s.pronounOpensNext(sp.first) {
		return false
	}
	n := s.sentenceOf(sp.first).Last
	return n >= len(s.toks) || s.paraBreak(n) || s.isQuoted(n) || s.pronounAfterOpening(n) < 0
}

// possessedNounAt reports whether token b, in small letters, is a noun that names its
// possessor or agent after it: of the shape "ke…an", "pe…an" or "per…an" ("kesediaan",
// "penangkapan"), not a statement's ("keterangan", see statementNoun); or a verb made a
// noun with "-nya" ("kembalinya Hamilton", "bergabungnya Idrus"), not a person's noun with
// its clitic ("rekannya", "istrinya", "pelatihnya").
func (s *state) possessedNounAt(b int) bool {
	w := s.lowAt(b)
	if len(w) < 8 {
		return false
	}
	if strings.HasSuffix(w, "an") && (strings.HasPrefix(w, "ke") || strings.HasPrefix(w, "pe")) {
		return !statementNoun(w)
	}
	stem, ok := strings.CutSuffix(w, "nya")
	return ok && !s.is(b, fTitle) && !s.lex.personNouns[stem] && !kinWord(stem) && s.lex.personKinds[stem] == nil &&
		!personWord(stem) && !statementNoun(stem) && !civilianNoun(stem)
}

// commaBeforeVerb reports whether a comma follows token e, the end of a name, in its
// sentence before any verb: the name stands in a phrase that opens the sentence ("Dengan
// kembalinya Hamilton sebagai pejuang wanita, isu gender …").
func (s *state) commaBeforeVerb(e int) bool {
	end := s.sentenceOf(max(e-1, 0)).Last
	for k := e; k < end && k-e <= 8; k++ {
		if s.word(k) == "," {
			return true
		}
		if s.isQuoted(k) || s.predicateAt(k) || s.cueOf(k) != cueNone {
			return false
		}
	}
	return false
}

// patientOf reports whether person span sp is what its clause's verb is done to, or
// befalls, rather than who acts or speaks: a passive that is no report ("Saiful Anwar,
// pegawai dinas …, sudah tiga kali diperiksa sebagai saksi", "Tersangka … ditangkap"), or
// death, loss or injury ("Mahrup (38), petani …, hingga Jumat sore belum ditemukan",
// "Sahnun tewas"), or the object of what is done to a person (actsUpon: "Polisi akan
// memeriksa Sekretaris Daerah Budi Santoso"). Such a person — a victim, a suspect, a witness
// reported on — does not
// take the story over from the one it quotes (see resolveRef). The verb is looked for past
// an age, a description set off by commas and a few words, within its sentence. sent is
// sp's sentence and b the token before its title (beforeRole), which the caller has.
func (s *state) patientOf(sp *span, sent tokenize.Sentence, b int) bool {
	if s.pronounOpens(sent.Last) && !s.pronounSuffers(sent.Last) {
		return false // kept up as the next sentence's subject: "… dirawat lima hari. Ia mengaku …"
	}
	if b >= 0 && b >= sent.First && actsUpon(s.lowAt(b)) {
		return true // the object of what is done to a person: "Polisi lalu membawa Harun Basyir ke rumah sakit"
	}
	e := s.afterAge(sp.last)
	end := sent.Last
	if e < end && s.word(e) == "," {
		for k := e + 1; k < end && k-e <= maxApposition; k++ {
			if s.word(k) == "," {
				e = k + 1
				break
			}
			if s.isQuoted(k) || s.cueOf(k) != cueNone {
				return false // a statement, not a description: "Zulfikar Ramadhan, mengatakan, …"
			}
		}
	}
	for k := e; k < end && k-e < 6; k++ {
		if s.toks[k].Kind != tokenize.Word || s.owner[k] >= 0 || s.isQuoted(k) {
			return false
		}
		w := s.lowAt(k)
		switch w {
		case "tewas", "meninggal", "hilang", "tenggelam", "tertimbun", "terseret", "terluka", "ditemukan":
			return true
		case "yang":
			return false // a relative clause, before the clause's own verb: "Salah yang didatangkan dari AS Roma … mendeklarasikan"
		}
		if s.cueOf(k) != cueNone {
			return false
		}
		if s.predicateAt(k) {
			return befallsPassive(w)
		}
	}
	return false
}

// pronounSuffers reports whether the sentence that opens with the pronoun at token p says
// what befell its subject, a loss or a passive, within a few words ("Ia diduga terseret
// arus", "Ia ditemukan tewas"), rather than what the subject did or said.
func (s *state) pronounSuffers(p int) bool {
	end := s.sentenceOf(p).Last
	for k := p + 1; k < end && k-p <= 4; k++ {
		if s.toks[k].Kind != tokenize.Word {
			return false
		}
		w := s.lowAt(k)
		switch w {
		case "tewas", "meninggal", "hilang", "tenggelam", "tertimbun", "terseret", "terluka", "ditemukan", "hanyut":
			return true
		}
		if s.cueOf(k) != cueNone {
			return false
		}
		if s.predicateAt(k) && w != "diduga" && w != "dilaporkan" && w != "disebut" {
			return befallsPassive(w)
		}
	}
	return false
}

// befallsPassive reports whether w, in small letters, is a passive that a suspect, a
// victim or a witness undergoes: "diperiksa", "ditangkap", "ditahan", "dievakuasi".
func befallsPassive(w string) bool {
	switch w {
	case "diperiksa", "ditangkap", "ditahan", "diamankan", "dibekuk", "dievakuasi", "dilarikan", "dimakamkan", "dituntut",
		"divonis", "didakwa", "dijatuhi", "ditetapkan", "dideportasi", "dipecat", "disandera", "diculik", "dianiaya", "dibunuh",
		"dilaporkan", "dipanggil", "dimintai", "digeledah", "dijemput", "diduga", "terseret", "tertabrak", "tersengat", "terjatuh", "didatangkan",
		"direkrut", "dipinjamkan", "dibeli", "dijual", "dilepas", "dibawa", "ditembak":
		return true
	}
	return false
}

// actsUpon reports whether w, in small letters, is an active verb of what police, courts
// or rescuers do to a person, whose object is then a patient as the subject of
// befallsPassive's verbs is: "Polisi akan memeriksa Sekretaris Daerah Budi Santoso", "Tim SAR
// mengevakuasi …". Verbs of meeting or asking ("menemui", "menghubungi") are not among them:
// their object is often the next speaker.
func actsUpon(w string) bool {
	switch w {
	case "memeriksa", "menangkap", "menahan", "mengamankan", "membekuk", "mengevakuasi", "melarikan", "membawa", "memakamkan",
		"menuntut", "memvonis", "mendakwa", "menetapkan", "mendeportasi", "memecat", "menyandera", "menculik", "menganiaya",
		"membunuh", "memanggil", "menggeledah", "menembak", "menabrak":
		return true
	}
	return false
}

// confirmingPassive reports whether w is a passive whose agent answers for what the story
// reports, as a speaker would: "Hal itu dibenarkan oleh Kapolsek …".
func confirmingPassive(w string) bool {
	switch w {
	case "dibenarkan", "dikonfirmasi", "dibantah", "diklarifikasi", "ditanggapi", "dijawab", "diamini", "disanggah", "diumumkan":
		return true
	}
	return false
}

// diPassive reports whether w, in small letters, has the shape of a verb's passive with
// "di-" that names an act led or held: "dipimpin", "dipegang", "dikelola", "dibuka".
func diPassive(w string) bool {
	switch w {
	case "dipimpin", "dipegang", "dikelola", "dibuka", "diresmikan", "dikomandoi", "dikoordinasi", "dikoordinasikan", "dinakhodai", "diketuai", "dikepalai":
		return true
	}
	return false
}

// passiveCue reports whether w is the passive form of a reporting verb, whose agent follows
// it.
func passiveCue(w string) bool {
	switch w {
	case "dikatakan", "diungkapkan", "disampaikan", "dijelaskan", "diakui", "ditegaskan", "disebutkan",
		"dituturkan", "diutarakan", "dinyatakan", "dipaparkan", "diterangkan", "ditulis", "diunggah", "dicuitkan":
		return true
	}
	return false
}

// speaksAfter reports whether person span sp is followed by a reporting verb (after up
// to three adverbs: "Melody juga mengatakan", "Noel kemudian mengakui"; after "yang" when
// a comma sets the name off: "…, Suwarso yang mengatakan"), "selaku", or an apposition or the place or occasion and a
// reporting verb ("X, Kepala …, mengatakan", "X di Mataram, mengatakan", "X dalam rapat …,
// menyampaikan"), or a relative clause that a determiner closes and a reporting verb ("X
// yang menyelesaikan program doktornya di Belanda tersebut menilai").
func (s *state) speaksAfter(sp *span) bool {
	e := s.afterAge(sp.last) // (past an age: "Sarinah (55) dari …, mengaku")
	for n := 0; n < 3 && e < len(s.toks) && clauseAdverb(s.lowAt(e)); n++ {
		e++
	}
	if e >= len(s.toks) {
		return false
	}
	if c := s.cueOf(e); c == cuePre || c == cuePost {
		return true
	}
	w := s.lowAt(e) // the word after the name, in small letters
	if w == roleCue {
		// but not one a preposition makes the object of another's words: "Dia berterima
		// kasih kepada McDonagh selaku sutradara"
		return !s.objectOfPreposition(sp.first)
	}
	if w == "kepada" {
		// the one spoken to, between the subject and the verb: "Anita Abdulkadir kepada
		// DailySocial menjelaskan", "Budi kepada wartawan mengatakan"
		for i := e + 1; i < len(s.toks) && i-e <= 3 && s.toks[i].Kind == tokenize.Word && !s.isQuoted(i); i++ {
			if c := s.cueOf(i); c == cuePre || c == cuePost {
				return i > e+1
			}
		}
		return false
	}
	relative := w == "yang"
	if relative && e+1 < len(s.toks) && s.cueOf(e+1) == cuePre && sp.first > 0 && s.word(sp.first-1) == "," {
		// "…, Suwarso yang mengatakan"; but not "surat dari Sri Mulyani yang memperingatkan"
		return true
	}
	comma := s.word(e) == ","
	if !comma && !s.is(e, fPlacePrep) && w != "dalam" && w != "saat" && w != "dari" && !relative {
		return false // (a relative clause set off before the verb counts: "Dimas yang jarang menangis, mengaku …")
	}
	if comma && e+1 < len(s.toks) && s.cueOf(e+1) == cuePre {
		k := sp.first - 1
		for k >= 0 && s.is(k, fRank) {
			k--
		}
		if k >= 0 && s.word(k) == "," {
			return true // set off by commas: "…, Dr Ir Haryo Bimantoro, menyebut"
		}
	}
	// "X, Kepala Dinas …, mengatakan"
	occasion := occasionWord(w) || comma && e+1 < len(s.toks) && occasionWord(s.lowAt(e+1))
	for i := e + 1; i < len(s.toks) && i-e <= maxAttributionReach/4; i++ {
		if s.word(i) == "," {
			return i+1 < len(s.toks) && s.cueOf(i+1) == cuePre
		}
		if o := s.owner[i]; o >= 0 && relative && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return false // the clause names who speaks: "warga Tanjung yang mengungsi bernama Muna Kanine, mengatakan"
		}
		if occasion && s.cueOf(i) == cuePre {
			return true // "X, saat dikonfirmasi mengatakan", "X ketika ditemui menjelaskan"
		}
		if relative && s.is(i, fDeterminer) && i+1 < len(s.toks) && s.cueOf(i+1) == cuePre && !s.isQuoted(i+1) {
			return true // a relative clause that a determiner closes: "Herlambang yang menyelesaikan program doktornya di Belanda tersebut menilai, …"
		}
		if isTerminalPunct(s.word(i)) || s.isQuoted(i) {
			return false
		}
	}
	return false
}

// occasionWord reports whether the lowercase w opens the occasion of a statement between
// its speaker and the reporting verb: "saat dikonfirmasi", "ketika ditemui", "usai rapat".
func occasionWord(w string) bool {
	switch w {
	case "saat", "ketika", "sewaktu", "usai", "seusai", "selepas":
		return true
	}
	return false
}

// spanBefore returns the index of the last span starting before token p, or -1.
func (s *state) spanBefore(p int) int {
	return lastBefore(s.spans, p)
}

// lastBefore returns the index of the last of spans, in text order, that starts before
// token p, or -1.
func lastBefore(spans []span, p int) int {
	lo, hi := 0, len(spans)
	for lo < hi {
		m := (lo + hi) / 2
		if spans[m].first < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// roleCue stands between a person's name and the role they speak in: "Ani Lestari selaku
// Direktur Utama". The name before it is a person's (classify) and a reporting subject.
const roleCue = "selaku"

// keptByPronoun reports whether a sentence that opens with "Ia", "Dia" or "Beliau", after
// the one that introduces person span sp with a title or role and within pronounReach
// sentences before sentence ps, keeps sp up: the person is then as near as that sentence,
// however far back the name
// ("… datang dari Head of Research … Gregorius Tanoto. Ia menurunkan … Ia juga mencatat …
// Investor asing … ¶ ”…,” imbuhnya"). No other person may be named between. It looks at
// pronounReach sentences at most, so the cost stays constant a quote.
func (s *state) keptByPronoun(sp *span, ps int) bool {
	s.needRefs()
	if sp.role == "" {
		return false
	}
	sents := s.doc.Tokens.Sentences
	from := s.sentIndex(sp.first)
	for q := ps - 1; q > from && ps-q <= pronounReach; q-- {
		f := sents[q].First
		if f >= len(s.toks) || s.isQuoted(f) {
			continue
		}
		if thirdPerson(s.lowAt(f)) {
			if q-1 > from && s.initialledOpener(sents[q-1].First) {
				return false // the pronoun keeps the one the sentence before gave by initials
			}
			k := s.spanBefore(f)
			return k >= 0 && s.refAt(s.personRef(k)) == sp
		}
	}
	return false
}

// initialledOpener reports whether the sentence that opens at token f opens with a person
// given by a noun and initials, no name: "Tersangka SK (45), pemilik rumah, tidak berada
// di lokasi. Ia ditangkap …", "Pelaku berinisial AR …", whom an "Ia" opening the next
// sentence keeps up, not a person named before.
func (s *state) initialledOpener(f int) bool {
	if f+1 >= len(s.toks) || !s.isCap(f) || s.owner[f] >= 0 || !s.personNoun(s.lowAt(f)) && s.lowAt(f) != "pelaku" {
		return false
	}
	n := f + 1
	if s.lowAt(n) == "berinisial" && n+1 < len(s.toks) {
		n++
	}
	t := s.toks[n]
	return t.Kind == tokenize.Word && s.isAllCaps(n) && t.End-t.Start <= 4 && (s.owner[n] < 0 || s.spans[s.owner[n]].first == n && s.spans[s.owner[n]].last == n+1)
}

// sentIndex returns the index of the sentence holding token i. Rules mostly ask about
// tokens in text order, so the sentence last found, or one of the few after it, is tried
// before a binary search: the first sentence that ends after i, as the search finds it.
func (s *state) sentIndex(i int) int {
	sents := s.doc.Tokens.Sentences
	k := s.sentAt
	if k < len(sents) && sents[k].First <= i && i < sents[k].Last {
		return k
	}
	if k < len(sents) && sents[k].Last <= i {
		// i lies after the sentence last found: the sentences ending after it follow it
		for n := k + 1; n < len(sents) && n <= k+maxSentStep; n++ {
			if i < sents[n].Last {
				s.sentAt = n
				return n
			}
		}
	}
	lo, hi := 0, len(sents)
	for lo < hi {
		m := (lo + hi) / 2
		if sents[m].Last <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(sents) {
		s.sentAt = lo
	}
	return lo
}

// maxSentStep bounds how many sentences sentIndex steps forward from the one it found last
// before it searches.
const maxSentStep = 8

// refAt returns span k of a reference table, or nil for -1.
func (s *state) refAt(k int32) *span {
	if k < 0 {
		return nil
	}
	return &s.spans[k]
}

// resolvePronoun resolves a pronoun, clitic or descriptor at token i, read for the quote
// being attributed, by the precedence in this file's comment.
func (s *state) resolvePronoun(i int, last *mention) mention {
	m := s.resolveRef(i, last)
	if m.sp != nil && m.sp.typ != gazetteer.Organization && s.namedInQuote(m.sp) {
		// the quote speaks of the one the reference found by name, so it is not that
		// one's: "“Carlos tidak butuh banyak peluang …,” tambahnya" after the coach praises
		// Carlos Valencia is the coach's; the reporting subject or the previous speaker,
		// if the quote does not name them too (a body names itself: "“Produk Pertamina
		// aman,” lanjutnya" after PT Pertamina's statement is still the company's)
		if sub := s.refSubjectBefore(min(i, s.quoteOpen)); sub != nil && sub != m.sp && sub.name != m.name && !s.namedInQuote(sub) {
			return mention{name: sub.name, sp: sub}
		}
		if last != nil && last.name != m.name && last.sp != nil && !s.namedInQuote(last.sp) {
			return mention{name: last.name, sp: last.sp}
		}
	}
	if s.reply && last != nil && m.name == last.name {
		if to := s.addresseeAfter(last.pos); to != nil && to.name != last.name {
			// a reply answers the one the previous speaker turned to: "“…?” tanya hakim
			// kepada Citra. ¶ “…,” jawabnya" is Citra's
			return mention{name: to.name, sp: to}
		}
	}
	if (s.reply || s.afterReply && !s.is(i, fPronoun) && s.isDescriptor(i)) && last != nil && s.answered != nil && m.name != "" &&
		m.name == last.name && s.answered.name != last.name {
		// a reply answers the previous speaker: "“…,” timpal pengacara asal Manado
		// tersebut" after the prosecutor's quote is the defence's; and the exchange goes
		// on: after a reply, a description names the one the reply answered, not the one
		// who replied, whom the text had just named: "“…,” kata Yosef. ¶ “…,” balas jaksa.
		// ¶ “…,” ujar pria kelahiran Makale itu" is Yosef's
		return mention{name: s.answered.name, sp: s.answered.sp, entry: s.answered.entry}
	}
	if s.is(i, fPronoun) || strings.HasSuffix(s.lowAt(i), "nya") {
		if h := s.bodyHeadBefore(i); h != nil && h.name != m.name {
			return mention{name: h.name, sp: h}
		}
		if last != nil && m.name == last.name {
			if h := s.commandHeadBefore(last); h != nil {
				return mention{name: h.name, sp: h}
			}
		}
	}
	return m
}

// maxCommandReach bounds, in tokens, how much of the quote's paragraph commandHeadBefore
// reads before the quote.
const maxCommandReach = 48

// commandWord reports whether w, in small letters, speaks of the staff or the office that a
// person commands: "jajarannya", "bawahannya", "(yang) dipimpinnya", "diawasinya",
// "dikelolanya", "dikomandoinya" (commandHeadBefore also takes "tempatnya" before
// "bertugas", the office where an official serves).
func commandWord(w string) bool {
	switch w {
	case "jajarannya", "bawahannya", "dipimpinnya", "diawasinya", "dikelolanya", "dikomandoinya":
		return true
	}
	return false
}

// headWord reports whether w, in small letters, is a title that heads staff: "kepala",
// "ketua", "direktur", "koordinator", "komandan", "manajer", "pemimpin".
func headWord(w string) bool {
	switch w {
	case "kepala", "ketua", "direktur", "koordinator", "komandan", "manajer", "pemimpin", "pimpinan", "kapolres", "kapolsek", "kapolda", "dandim", "danramil", "kasat", "kabid", "kasubdit", "kadis", "kalak", "camat", "lurah", "bupati", "wali", "gubernur", "rektor", "dekan":
		return true
	}
	return false
}

// commandHeadBefore returns, for a reference read for a quote inside a paragraph that opens
// with "Ia", "Dia" or "Beliau" and speaks before the quote of the staff or office its
// subject commands ("Ia menambahkan, jajarannya …", "balai yang dipimpinnya …",
// "pelabuhan tempatnya bertugas …"), the official the text introduced with a title that
// heads staff ("Kepala …", "Direktur …", "Koordinator …") when the previous speaker,
// last, was introduced with none (a volunteer, a lawyer, a shop owner): the one whom
// "jajarannya" fits, not the one last quoted; or nil. It reads at most maxCommandReach
// tokens of the paragraph and maxTitleLookBack persons back, so its cost is constant a
// quote.
func (s *state) commandHeadBefore(last *mention) *span {
	q := s.quoteOpen
	if last.sp == nil || q <= 0 || q >= len(s.toks) || s.paraStart(q) {
		return nil
	}
	f := s.doc.Tokens.Sentences[s.paraFirstSentence(s.sentIndex(q))].First
	if !s.paraStart(f) || f <= last.pos || !s.is(f, fPronoun) || q-f > maxCommandReach {
		return nil
	}
	if !thirdPerson(s.lowAt(f)) {
		return nil
	}
	found := false
	for t := f + 1; t < q && !found; t++ {
		w := s.lowAt(t)
		found = commandWord(w) || w == "tempatnya" && t+1 < q && s.lowAt(t+1) == "bertugas"
	}
	if !found {
		return nil
	}
	s.needRefs()
	k := s.spanBefore(last.pos)
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.titledRef(k)
		if r < 0 {
			break
		}
		sp := &s.spans[r]
		if s.headsStaff(sp) {
			if sp.name == last.name {
				return nil // the previous speaker heads staff too
			}
			return sp
		}
		k = int(r) - 1
	}
	return nil
}

// headsStaff reports whether person span sp was introduced with a title that heads staff
// (headWord) among the role words before it.
func (s *state) headsStaff(sp *span) bool {
	for _, w := range strings.Fields(s.rolePhrase(sp)) {
		if headWord(w) {
			return true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(sp.role)) {
		if headWord(w) {
			return true
		}
	}
	return false
}

// maxBodyParagraph bounds, in sentences, the paragraph bodyHeadBefore reads.
const maxBodyParagraph = 4

// bodyHeadBefore returns the official who speaks for the body that the paragraph right
// before the quote tells of, for a pronoun or clitic at token i read for a quote that
// opens its paragraph: a paragraph that names no person and has a sentence opening with
// the body ("Pihak kabupaten mengaku …", "Kejaksaan sebenarnya telah …", "KNKT sendiri
// belum …") makes "”…,” katanya" the latest person before whose role names that body
// ("Sekretaris Daerah Kabupaten Kutai Barat …, Martinus Lahang Ngau"), not the previous
// speaker from another body; or nil. It reads one paragraph of at most maxBodyParagraph
// sentences and at most maxTitleLookBack persons back, so the cost stays constant a quote.
func (s *state) bodyHeadBefore(i int) *span {
	q := s.quoteOpen
	if q <= 0 || q >= len(s.toks) || i < q || !s.paraStart(q) {
		return nil
	}
	ps := s.sentIndex(q)
	if ps == 0 {
		return nil
	}
	pf := s.paraFirstSentence(ps - 1)
	sents := s.doc.Tokens.Sentences
	if ps-pf > maxBodyParagraph || s.isQuoted(sents[pf].First) {
		return nil
	}
	key := ""
	for j := pf; j < ps && key == ""; j++ {
		key = s.bodyOpening(sents[j].First)
	}
	if key == "" {
		return nil
	}
	s.needRefs()
	k := s.spanBefore(q)
	if k < 0 {
		return nil
	}
	if r := s.titledRef(k); r < 0 || s.spans[r].first >= sents[pf].First {
		return nil // a person named in the paragraph is what it tells of
	}
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.titledRef(k)
		if r < 0 {
			break
		}
		sp := &s.spans[r]
		if strings.Contains(s.rolePhrase(sp), " "+key+" ") || hasWordsOf(sp.role, key) || s.introducedWith(sp, key) {
			return sp
		}
		k = int(r) - 1
	}
	return nil
}

// maxIntroReach bounds, in tokens, the long introduction introducedWith reads before a name.
const maxIntroReach = 40

// introducedWith reports whether person span sp is the first person of its sentence and
// word key, in small letters, stands before it there: the long introduction that no title
// rule reads as one role ("Sekretaris Daerah Kabupaten Kutai Barat yang juga memimpin tim
// anggaran …, Martinus Lahang Ngau, mengatakan"). It reads at most maxIntroReach tokens.
func (s *state) introducedWith(sp *span, key string) bool {
	f := s.sentenceOf(sp.first).First
	if sp.first-f > maxIntroReach || s.isQuoted(f) {
		return false
	}
	for t := f; t < sp.first; t++ {
		if o := s.owner[t]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return false
		}
		if s.lowAt(t) == key {
			return true
		}
	}
	return false
}

// bodyOpening returns, in small letters, the word that names the body a sentence opening
// at token f has as its subject: X of "Pihak X", the first word of an organization's name
// ("KNKT", "Kejaksaan Negeri …"), or a capitalised noun for a public body (govBodyNoun:
// "Kejaksaan sebenarnya …", "Posko …"); else "".
func (s *state) bodyOpening(f int) string {
	if f+1 >= len(s.toks) || !s.isCap(f) || s.isQuoted(f) {
		return ""
	}
	w := s.lowAt(f)
	if w == "pihak" {
		if s.owner[f+1] >= 0 && s.spans[s.owner[f+1]].typ == gazetteer.Organization {
			return s.lowAt(f + 1)
		}
		if n := s.lowAt(f + 1); govBodyNoun(n) || n == "kabupaten" || n == "provinsi" || n == "kota" {
			return n
		}
		return ""
	}
	if o := s.owner[f]; o >= 0 {
		if s.spans[o].typ == gazetteer.Organization && s.spans[o].first == f {
			return w
		}
		return ""
	}
	if govBodyNoun(w) {
		return w
	}
	return ""
}

// govBodyNoun reports whether w, in small letters, is a noun for a public body that an
// official heads or speaks for: "kejaksaan", "kementerian", "posko", "balai".
func govBodyNoun(w string) bool {
	switch w {
	case "kejaksaan", "kementerian", "kepolisian", "pengadilan", "posko", "balai", "dinas", "badan", "pemkab", "pemprov", "pemkot", "pemda", "puskesmas", "sekolah", "kampus", "universitas", "rumah":
		return true
	}
	return false
}

// maxAddresseeReach bounds, in tokens, how far after a cue addresseeAfter looks.
const maxAddresseeReach = 12

// addresseeAfter returns the person a quote's attribution at token c turns to, named after
// "kepada" or "pada" in the attribution's sentence outside quotes: Citra in "tanya hakim
// Ahmad Fauzan kepada Citra"; or nil.
func (s *state) addresseeAfter(c int) *span {
	if c < 0 {
		return nil
	}
	for k := c + 1; k < len(s.toks) && k-c <= maxAddresseeReach && !isTerminalPunct(s.word(k)) && !s.paraBreak(k) && !s.isQuoted(k); k++ {
		if w := s.lowAt(k); (w == "kepada" || w == "pada") && k+1 < len(s.toks) {
			if o := s.owner[k+1]; o >= 0 && s.spans[o].first == k+1 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
				return &s.spans[o]
			}
			return nil
		}
	}
	return nil
}

// refSubjectBefore returns the latest reporting subject before token p (see buildRefs), or nil.
func (s *state) refSubjectBefore(p int) *span {
	s.needRefs()
	if k := s.spanBefore(p); k >= 0 {
		return s.refAt(s.subjectRef(k))
	}
	return nil
}

// namedInQuote reports whether the quote being attributed (quoteOpen to quoteClose) names
// person span sp by a word of its name of three letters or more, written as the name writes
// it, or by a mention the linker gave sp's name (a call name that is no word of the full
// name: "“Djanur sore ini melatih,” jawabnya" after "Djadjang Nurdjaman … akrab disapa
// Djanur").
func (s *state) namedInQuote(sp *span) bool {
	if s.quoteClose <= s.quoteOpen || s.quoteClose-s.quoteOpen > maxQuoteScan {
		return false
	}
	if s.linkedInQuote(sp) {
		return true
	}
	inner := s.text[s.toks[s.quoteOpen].End:s.toks[s.quoteClose].Start]
	some := false // a word of the name somewhere in the quote's text, for a quick no
	for f := range strings.FieldsSeq(sp.name) {
		if len(f) >= 3 && strings.Contains(inner, f) {
			some = true
			break
		}
	}
	if !some {
		return false
	}
	for k := s.quoteOpen + 1; k < s.quoteClose; k++ {
		if s.toks[k].Kind != tokenize.Word || !s.isCap(k) || s.isInitial(k) && k == s.quoteOpen+1 && s.is(k, fCommon) {
			continue
		}
		w := s.word(k)
		if len(w) < 3 {
			continue
		}
		for f := range strings.FieldsSeq(sp.name) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// linkedInQuote reports whether a person span inside the quote being attributed carries
// the name of person span sp as the linker resolved it ("Djanur" linked to Djadjang
// Nurdjaman), though no word of the two is the same.
func (s *state) linkedInQuote(sp *span) bool {
	if sp.name == "" {
		return false
	}
	for k := lastBefore(s.spans, s.quoteClose); k >= 0 && s.spans[k].first > s.quoteOpen; k-- {
		q := &s.spans[k]
		if !q.dead && q.name == sp.name && (q.typ == gazetteer.Person || q.typ == gazetteer.Leader) {
			return true
		}
	}
	return false
}

// maxQuoteScan bounds, in tokens, the quotes namedInQuote reads, so that each quote costs
// a constant.
const maxQuoteScan = 400

// resolveRef resolves a pronoun, clitic or descriptor at token i by the precedence in this
// file's comment, the reply rule aside (see resolvePronoun).
func (s *state) resolveRef(i int, last *mention) mention {
	s.needRefs()
	p := min(i, s.quoteOpen)
	var person, subject *span
	if k := s.spanBefore(p); k >= 0 {
		person, subject = s.refAt(s.personRef(k)), s.refAt(s.subjectRef(k))
	}
	if ts := s.titleSubjectBefore(p); ts != nil {
		// a bare title that is a reporting subject names its holder again
		if subject == nil || ts.first > subject.first {
			subject = ts
		}
		if person == nil || ts.first > person.first {
			person = ts
		}
	}
	ps := s.sentIndex(p)
	// another person has taken over from the previous speaker when named as a subject
	// since, or named at all in a later sentence than the previous attribution ("“…,”
	// kata Federer soal kekalahannya dari Del Potro" keeps Federer)
	taken := last != nil && (subject != nil && subject.first > last.pos ||
		person != nil && person.first > last.pos && s.sentIndex(person.first) > s.sentIndex(last.pos))
	if last != nil && last.name != "" && !taken && ps-s.sentIndex(last.pos) <= 1 {
		return mention{name: last.name, sp: last.sp}
	}
	if op := s.keptOpener(ps, person, subject, last); op != nil {
		return mention{name: op.name, sp: op}
	}
	// a description that opens a sentence counts as a pronoun before a person, unless the
	// reference is itself a description, or the quote's sentence or the one before opens
	// with one after the person was named, which is what the reference points at: "Pelatih
	// berusia 47 tahun itu juga memuji Ben Amor. Striker … itu mengaku … “…,” kata dia" is
	// the striker, the one the coach praised
	described := !s.is(i, fDeterminer)
	if person != nil {
		for j := max(0, ps-1); j <= ps && described; j++ {
			described = !(s.sentIndex(person.first) < j && s.opensWithDescription(j))
		}
	}
	var cand *span
	switch {
	case person != nil && (ps-s.sentIndex(person.first) <= pronounReach || s.keptByPronoun(person, ps)):
		cand = person
		if subject != nil && (s.sentIndex(subject.first) == s.sentIndex(person.first) ||
			subject.first < person.first && (s.pronounBefore(person.first, described) || s.reportedBy(person, s.sentenceOf(person.first).First) || s.reportGoesOn(subject, person) ||
				s.reportGoesOnFrom(person) || s.reportGoesOnAcross(person) || s.subjectResumed(person, ps))) {
			// "Saut menjelaskan, … fungsi Novel …" → Saut; "JK juga mengatakan … Dia
			// menyinggung kasus … M Nazaruddin" → JK, whom the "Dia" keeps as the subject;
			// "… Eko Wahyu Nugroho. Menurutnya, Yosua dan … Fikri …" → Eko, who reports
			cand = subject
			if op := s.openerBeforePronoun(person, subject); op != nil {
				// but an "Ia" opening the sentence keeps the one who opened the sentence
				// before, introduced since the subject spoke: "Kepala Polsek … Bambang
				// mengatakan …. ¶ Sementara itu, Pak Darmo, pedagang tempe …, selamat …. Ia
				// ikut membantu …, bersama Bu Sumiati …" → Darmo
				cand = op
			}
		} else if r := s.reporterInParagraph(person.first); r != nil && r != person {
			// a paragraph whose words a person's embedded attribution reports: those it
			// names later are named in passing ("Penangkapan, kata Bayu, dipimpin …. Kapolres
			// Sleman AKBP Hendra Wicaksono sempat meninjau …" → Bayu)
			cand = r
		} else if subject == nil && last != nil && last.pos < person.first && s.pronounBefore(person.first, described) {
			// with no reporting subject, a pronoun or description before the person keeps
			// the previous speaker: "Bergabungnya Idrus …, kata Wakil Ketua MPR RI itu, …
			// dukungan kepada Jokowi" after Mahyudin's quote
			cand = nil
		} else if (last != nil && last.pos < person.first || subject != nil && subject.first < person.first) && (s.namedInPassing(person) || s.patientOf(person, s.sentenceOf(person.first), s.beforeRole(person)) || s.possessorOf(person) || s.thatClauseOf(person, s.beforeRole(person))) {
			// one met, accompanying or witnessing since the previous quote or the
			// reporting subject does not take over from them: "“…,” ujarnya. … dinas
			// kesehatan bertemu dengan Ketua MPU Pidie Tgk Abdul Muthalib …. “…,” katanya"
			// is still the official's
			cand = nil
			if subject != nil && subject.first < person.first && (last == nil || subject.first > last.pos) {
				cand = subject
			}
			if op := s.openerOfSentence(person); op != nil && (cand == nil || op.first > cand.first) {
				// the one whose act the sentence tells, with the other party named in
				// passing: "“…,” kata Hasan. ¶ Kapolresta Ambon Kombes Rizal … meninjau
				// antrean bersama Kepala Seksi Humas Ipda Janet …. ¶ ”…,” ujarnya" is Rizal's
				cand = op
			}
		} else if op := s.openerOfSentence(person); op != nil && s.actsActively(op) && (last == nil || op.first > last.pos) {
			// the one whose act the sentence tells keeps it over a person named in its
			// predicate: "Ketua DKPP Jimly Asshiddiqie mendukung permintaan Polda agar
			// sidang terhadap terdakwa Basuki Tjahaja Purnama ditunda. “…,” ujar dia" is
			// Jimly's
			cand = op
		}
	case subject != nil:
		cand = subject
	}
	switch {
	case cand != nil && (last == nil || cand.first > last.pos):
		return mention{name: cand.name, sp: cand}
	case last != nil:
		return mention{name: last.name, sp: last.sp}
	case person != nil:
		if lp := s.leadPerson(p); lp != nil {
			return mention{name: lp.name, sp: lp}
		}
		return mention{name: person.name, sp: person}
	}
	return mention{}
}

// leadPerson returns the first person the article names outside quotes, when its opening
// paragraph names it before token p as someone a reference may point at (leadsStory), or
// nil: the one the story is about, whom a clitic on a quote with no reporting subject and
// no speaker before it points at over the persons named in passing since ("Dokter
// spesialis anak di RSD …, Ratna …, sudah tiga pekan tidak pulang. … Siti … menunggui anak
// sulungnya, Farel … ¶ ”…,” ujarnya" is Ratna's). buildRefs finds it once a document.
func (s *state) leadPerson(p int) *span {
	s.needRefs()
	if l := s.refs.lead; l >= 0 && s.spans[l].first < p {
		return &s.spans[l]
	}
	return nil
}

// leadsStory reports whether person span sp, the first person outside quotes, stands in
// the article's opening paragraph as someone a reference may point at: not kin, not one of
// a pair, not one the lead tells what befell ("Seorang pelajar, Rafli (14), tewas …", see
// patientOf).
func (s *state) leadsStory(sp *span) bool {
	return s.paraFirstSentence(s.sentIndex(sp.first)) == 0 && s.referable(sp) && !s.kinOf(sp) && !s.coordinated(sp) &&
		!s.patientOf(sp, s.sentenceOf(sp.first), s.beforeRole(sp))
}

// openerOfSentence returns the person that opens the sentence of person span sp, after
// nothing but title words, places and bodies, when it is the person named right before
// sp, or before sp's own alias ("terdakwa … Basuki Tjahaja Purnama (Ahok)"): "Kapolresta
// Ambon Kombes Rizal Anwar Siregar meninjau antrean bersama Kepala Seksi Humas Ipda Janet
// Luhukay" gives Rizal Anwar Siregar for Janet Luhukay; or nil. Not after a phrase that
// opens the sentence: "Pada 2 April, Nadir bersama Budi berangkat …" goes on with what
// the source reports.
func (s *state) openerOfSentence(sp *span) *span {
	s.needRefs()
	k := s.spanBefore(sp.first + 1)
	if k <= 0 || &s.spans[k] != sp {
		return nil
	}
	op := s.refAt(s.personRef(k - 1))
	for op != nil && op.name == sp.name && op.first < sp.first && s.sentIndex(op.first) == s.sentIndex(sp.first) {
		// the same person named twice, as with a bracketed alias: "Basuki Tjahaja Purnama
		// (Ahok)"
		k = s.spanBefore(op.first + 1)
		if k <= 0 {
			return nil
		}
		op = s.refAt(s.personRef(k - 1))
	}
	if op == nil || s.sentIndex(op.first) != s.sentIndex(sp.first) {
		return nil
	}
	if !s.onlyRoleBefore(op) {
		return nil
	}
	return op
}

// actsActively reports whether a verb in the active voice follows person span sp, after
// clause adverbs, and is no speech cue: "Kapolres … meninjau", "Jimly … mendukung"; not
// "Camat … sudah diminta mendata", nor a verb that describes ("Eka Fitra berasal dari …").
func (s *state) actsActively(sp *span) bool {
	e := s.pastClauseAdverbs(sp.last)
	return s.actsAfter(sp) && !strings.HasPrefix(s.lowAt(e), "di") && !describingVerb(s.lowAt(e))
}

// pastClauseAdverbs returns the token after up to three clause adverbs from token e on
// ("sudah", "juga" …), where the verb of a person's clause stands.
func (s *state) pastClauseAdverbs(e int) int {
	for n := 0; n < 3 && e < len(s.toks) && clauseAdverb(s.lowAt(e)); n++ {
		e++
	}
	return e
}

// keptOpener returns the reporting subject who opens a paragraph and keeps it for the quote
// whose sentence is ps (rule 2 of this file's comment), or nil: for a quote that opens its
// paragraph, the opener of the paragraph before, over the persons that paragraph names in
// passing ("… Camat Tirto Agus Prasetyo sudah diminta mendata …¶”…,” ujarnya") and over
// one who speaks in it but not in its last sentence ("… Hotman Sitorus menyatakan ….
// Antrean sudah mengular.¶“…,” tuturnya") or who speaks there only "juga" (alsoReports:
// "Ia menjelaskan, …. Bupati … juga telah meminta ….¶”…,” tuturnya"), the previous
// speaker being its opener when
// "Ia", "Dia", "Beliau" or "Pihaknya" opens it (keptByOpeningPronoun); for a quote inside
// its paragraph, the opener of that paragraph over the persons it names in passing
// ("Pelatih PSM Joaquim Serrano mengakui … termasuk kapten Yuran Fernandes, juga absen …
// “…,” katanya"). Not when a quote came after the opener's statement: its speaker answers
// the reference.
func (s *state) keptOpener(ps int, person, subject *span, last *mention) *span {
	sents := s.doc.Tokens.Sentences
	if person == nil || ps >= len(sents) {
		return nil
	}
	if s.paraStart(sents[ps].First) {
		var op *span
		if ps > 0 {
			op = s.keptByOpeningPronoun(s.paraFirstSentence(ps-1), last)
		}
		if op == nil {
			op = s.paragraphOpener(ps)
		}
		if op != nil && person != op && (last == nil || last.pos < op.first) && (subject != person || s.sentIndex(person.first) < ps-1 || s.alsoReports(person)) {
			return op
		}
		return nil
	}
	op := s.openerBefore(ps)
	if op != nil && person != op && subject != person && (last == nil || last.pos < op.first) {
		return op
	}
	return nil
}

// maxAlsoReach bounds, in tokens, how far after a person alsoReports looks for "juga".
const maxAlsoReach = 8

// alsoReports reports whether person span sp is the subject of a clause that says "juga"
// before its verb, after nothing but a time or occasion phrase ("Bupati Jepara Sutrisno
// juga telah meminta …", "Kepala Dinas … Hermin Lestari dalam rapat daring pekan lalu
// juga menyebut …"): a further source that the paragraph's own subject's report brings in
// alongside, who does not take the next quote from the one who opened the paragraph. It
// reads at most maxAlsoReach tokens, stopping at punctuation or a verb.
func (s *state) alsoReports(sp *span) bool {
	for t := sp.last; t < len(s.toks) && t-sp.last < maxAlsoReach; t++ {
		if s.toks[t].Kind != tokenize.Word || s.isQuoted(t) {
			return false
		}
		w := s.lowAt(t)
		if w == "juga" {
			return true
		}
		if strings.HasPrefix(w, "me") || strings.HasPrefix(w, "ber") || strings.HasPrefix(w, "di") && len(w) > 4 && w != "dinas" {
			return false // the clause's verb, with no "juga" before it
		}
	}
	return false
}

// paragraphOpener returns the person who opens, as the subject of a reporting verb after
// nothing but role words, the paragraph right before the one that sentence ps opens, or
// nil: "Kepala Bidang … Bumi Wicaksono mengatakan, …" — the paragraph goes on with what
// that person said. It looks over that paragraph's sentences only, so each quote costs one
// paragraph at most.
func (s *state) paragraphOpener(ps int) *span {
	sents := s.doc.Tokens.Sentences
	if ps == 0 || ps >= len(sents) || !s.paraStart(sents[ps].First) {
		return nil
	}
	return s.openerBefore(ps - 1)
}

// openerBefore returns the person who opens, as the subject of a reporting verb after
// nothing but role words or after "Menurut", the paragraph that holds sentence j, or nil;
// it looks back over that paragraph's sentences only.
func (s *state) openerBefore(j int) *span {
	s.needRefs()
	f := s.paraFirstSentence(j)
	if sp := s.reportingSubjectOf(f); sp != nil || f >= j {
		return sp
	}
	// a first sentence that names nobody leads in to the subject of the next: "Sikap
	// serupa diambil jaksa. Kepala Seksi Intelijen … Putu Gede Arimbawa mengatakan, …"
	sents := s.doc.Tokens.Sentences
	if k := s.spanBefore(sents[f].Last); k >= 0 && s.personRef(k) >= 0 && s.spans[s.personRef(k)].first >= sents[f].First {
		return nil
	}
	if s.pronounSourceIn(f) {
		// a first sentence that names nobody and is given to "dia" is the current
		// subject's report, and the paragraph with it: "Kenaikan harga, menurut dia,
		// dipicu …. Ketua Umum Gakoptindo Aip … juga meminta …. Paguyuban, kata dia, …"
		// goes on with Hadi's
		if sp := s.refSubjectBefore(sents[f].First); sp != nil {
			return sp
		}
	}
	return s.reportingSubjectOf(f + 1)
}

// maxSourceReach bounds, in tokens, how much of a sentence pronounSourceIn reads.
const maxSourceReach = 12

// pronounSourceIn reports whether sentence j gives what it says to a pronoun within its
// first maxSourceReach tokens, set off by commas: "Kenaikan harga, menurut dia, …",
// "…, menurutnya, …", "…, kata dia, …".
func (s *state) pronounSourceIn(j int) bool {
	st := s.doc.Tokens.Sentences[j]
	for t := st.First + 1; t+1 < st.Last && t-st.First < maxSourceReach; t++ {
		if s.word(t-1) != "," || s.toks[t].Kind != tokenize.Word {
			continue
		}
		switch w := s.lowAt(t); w {
		case "menurutnya", "katanya":
			return s.word(t+1) == ","
		case "menurut", "kata":
			if thirdPerson(s.lowAt(t+1)) && t+2 < st.Last && s.word(t+2) == "," {
				return true
			}
		}
	}
	return false
}

// reportedByPronoun reports whether token i opens "Menurutnya," or "Menurut dia," ("ia",
// "beliau"): what follows is the account of the one the pronoun keeps up.
func (s *state) reportedByPronoun(i int) bool {
	switch s.lowAt(i) {
	case "menurutnya":
		return i+1 < len(s.toks) && s.word(i+1) == ","
	case "menurut":
		if i+2 >= len(s.toks) || s.word(i+2) != "," {
			return false
		}
		return thirdPerson(s.lowAt(i + 1))
	}
	return false
}

// keptByOpeningPronoun returns, for a paragraph whose first sentence f opens with "Ia",
// "Dia", "Beliau", "Pihaknya" or "Menurut dia," (reportedByPronoun: "Menurut dia, Bupati …
// sudah menambah anggaran. Gubernur … juga meminta …. ¶ ”…,” kata dia" is still the one
// quoted before) after the previous quote, with no other person named
// between, that quote's speaker as if named again at the pronoun: the paragraph goes on
// with that person's report, and one it names later as saying something in passing does
// not take over ("”…,” ujarnya. ¶ Pihaknya juga mendirikan posko …. Kepala Dinas Sosial …
// Rusdiansyah menyebut dapur umum …. ¶ ”Perahu kami …,” katanya" is still the first
// official's). Else nil.
func (s *state) keptByOpeningPronoun(f int, last *mention) *span {
	i := s.doc.Tokens.Sentences[f].First
	if last == nil || last.sp == nil || i <= last.pos || i >= len(s.toks) || s.toks[i].Kind != tokenize.Word || s.isQuoted(i) {
		return nil
	}
	if w := s.lowAt(i); !(s.is(i, fPronoun) && thirdPerson(w) || w == "pihaknya" || s.reportedByPronoun(i)) {
		return nil
	}
	s.needRefs()
	if k := s.spanBefore(i); k >= 0 {
		if p := s.refAt(s.personRef(k)); p != nil && p.first > last.pos && p.name != last.name {
			return nil
		}
	}
	kept := *last.sp
	kept.first, kept.last = i, i+1
	return &kept
}

// reportingSubjectOf returns the person who is the subject of a reporting verb, after
// nothing but role words, or whom the next sentence keeps up with "Ia", "Dia" or "Beliau",
// or who follows "Menurut", in sentence j, or nil.
func (s *state) reportingSubjectOf(j int) *span {
	s.needRefs()
	sents := s.doc.Tokens.Sentences
	k := s.spanBefore(sents[j].Last)
	if k < 0 {
		return nil
	}
	sp := s.refAt(s.subjectRef(k))
	if sp == nil || sp.first < sents[j].First || !(s.onlyRoleBefore(sp) && (s.speaksAfter(sp) || s.pronounOpensNext(sp.first)) || s.sourceOpens(sp) || s.cueBetweenCommas(sp)) {
		return nil
	}
	return sp
}

// cueBetweenCommas reports whether person span sp is named by a cue set off by commas
// inside its sentence, the attribution of all the sentence says: "Kurikulum …, sambung
// Prayudi, diklaim sudah menjadi standar …".
func (s *state) cueBetweenCommas(sp *span) bool {
	c := sp.first - 1
	if c < 1 || sp.last >= len(s.toks) || s.word(sp.last) != "," || s.word(c-1) != "," {
		return false
	}
	k := s.cueOf(c)
	return k == cuePost || k == cuePostOnly
}

// sourceOpens reports whether person span sp follows, after nothing but role words, a
// source cue that opens its sentence, or that follows a connective or a sentence opener
// there ("Menurut Wiradana, jalan itu cepat rusak …", "Adapun menurut Retno, …",
// "Sementara itu, menurut Retno, …").
func (s *state) sourceOpens(sp *span) bool {
	f := s.sentenceOf(sp.first).First
	if a := s.afterOpener(f); a > f && a < sp.first && s.cueOf(a) == cueSource {
		return s.beforeRole(sp) == a
	}
	if f+1 < sp.first && sourceConnective(s.lowAt(f)) && s.cueOf(f+1) == cueSource {
		return s.beforeRole(sp) == f+1
	}
	return f < sp.first && s.cueOf(f) == cueSource && s.onlyRoleBefore(sp)
}

// sourceConnective reports whether w may stand before a source cue that opens a sentence,
// with no comma between: "Adapun menurut Retno, …", "Namun menurut Retno, …".
func sourceConnective(w string) bool {
	switch w {
	case "adapun", "namun", "sementara", "sedangkan", "tetapi", "tapi", "bahkan":
		return true
	}
	return false
}

// paraFirstSentence returns the index of the first sentence of the paragraph that holds
// sentence j. The answers are worked out once a document, in one pass over its sentences,
// so that asking for every quote costs no rescan of a long paragraph.
func (s *state) paraFirstSentence(j int) int {
	sents := s.doc.Tokens.Sentences
	if len(s.sentPara) != len(sents) {
		s.sentPara = grow(s.sentPara, len(sents))
		first := int32(0)
		for k := range sents {
			if s.paraStart(sents[k].First) {
				first = int32(k)
			}
			s.sentPara[k] = first
		}
	}
	if j <= 0 || j >= len(sents) {
		return max(j, 0)
	}
	return int(s.sentPara[j])
}

// paraStart reports whether token i begins a paragraph: the text's first token, or one
// after a line break.
func (s *state) paraStart(i int) bool {
	return i == 0 || s.paraBreak(i)
}

// onlyRoleBefore reports whether nothing but title words, places and bodies stand before
// person span sp in its sentence: "Kepala Bidang … BPBD Kabupaten Pekalongan Bumi Wicaksono".
func (s *state) onlyRoleBefore(sp *span) bool {
	f := s.afterOpener(s.sentenceOf(sp.first).First)
	b := s.beforeRole(sp)
	if b < 0 || b < f || s.paraBreak(b+1) {
		return true
	}
	// a role set off by a comma before the name: "Direktur Jenderal Minyak dan Gas Bumi
	// Kementerian … (Kementerian ESDM), Dr Ir Haryo Bimantoro, menyebut"
	return s.word(b) == "," && b > f && s.roleBack(b-1, b) < f && s.phraseAt(&s.lex.titles, f) > 0
}

// sentenceOpeners are the phrases, ended by a comma, that may open a sentence before its
// subject: "Terpisah, Kepala …", "Sementara itu, …".
var sentenceOpeners = map[string]bool{"terpisah": true, "sementara itu": true, "sementara": true, "di sisi lain": true,
	"selain itu": true, "di tempat terpisah": true, "menanggapi hal itu": true, "menanggapi hal tersebut": true,
	"secara terpisah": true, "adapun": true, "dalam kesempatan itu": true, "dalam kesempatan yang sama": true,
	"di tempat yang sama": true, "pada kesempatan itu": true}

// afterOpener returns the token after a sentence opener and its comma at token f (see
// sentenceOpeners), or f.
func (s *state) afterOpener(f int) int {
	for n := 1; n <= 4 && f+n < len(s.toks); n++ {
		if s.word(f+n) == "," {
			if sentenceOpeners[s.keyOf(f, f+n)] {
				return f + n + 1
			}
			return f
		}
	}
	return f
}

// beforeRole returns the token before the title words, places and bodies (with their
// connectors, bracketed acronyms and unit numbers: "Kodim 0821/Lumajang") that stand right
// before person span sp, at most
// maxTitleReach tokens back, or -1. A capitalised word counts as one of them, since the
// title rules do not read every long role ("Kepala Bidang Pembinaan Sekolah Dasar Dinas
// …"), but not a function word ("Ketika") nor a day or month.
func (s *state) beforeRole(sp *span) int {
	return s.roleBack(sp.first-1, sp.first)
}

// roleBack returns the token before the title words, places and bodies that end at token
// b, reading back at most maxTitleReach tokens from token from (see beforeRole), or -1.
func (s *state) roleBack(b, from int) int {
	for b >= 0 && from-b <= maxTitleReach {
		if k := s.owner[b]; k >= 0 && s.spans[k].typ != gazetteer.Person && s.spans[k].typ != gazetteer.Leader {
			b = s.spans[k].first - 1
			continue
		}
		kind := s.toks[b].Kind
		if s.inRole(b) || s.is(b, fRank|fTitle|fTitleSuffix|fPortfolio|fConnector) || kind == tokenize.Number ||
			kind == tokenize.Punct && (s.word(b) == "(" || s.word(b) == ")" || s.word(b) == "/" || s.unitNumberDash(b)) ||
			kind == tokenize.Word && s.isCap(b) && !s.is(b, fStop) && !s.lex.roleEnders[s.lowAt(b)] {
			b-- // "Kepala Bidang Pencegahan dan Kesiapsiagaan Badan … (BPBD) Kabupaten …"
			continue
		}
		break
	}
	return b
}

// unitNumberDash reports whether token b is a hyphen inside a unit's number, written
// against the digits on both sides: the "-" of "Koramil 0621-05 Cibinong".
func (s *state) unitNumberDash(b int) bool {
	return s.word(b) == "-" && b > 0 && b+1 < len(s.toks) && s.toks[b-1].Kind == tokenize.Number && s.toks[b+1].Kind == tokenize.Number &&
		s.toks[b].Start == s.toks[b-1].End && s.toks[b+1].Start == s.toks[b].End
}

// openerBeforePronoun returns, for person span sp in a sentence that opens with "Ia", "Dia"
// or "Beliau", the person who opens the sentence before it, after a short phrase and a
// comma at most ("Sementara itu, Pak Darmo, …"), when that person is named after the
// reporting subject and is neither sp nor one of a pair; else nil.
func (s *state) openerBeforePronoun(sp, subject *span) *span {
	ps := s.sentIndex(sp.first)
	sents := s.doc.Tokens.Sentences
	if ps < 1 || ps >= len(sents) {
		return nil
	}
	if !thirdPerson(s.lowAt(sents[ps].First)) || s.isQuoted(sents[ps].First) {
		return nil
	}
	prev := sents[ps-1]
	for k := prev.First; k < prev.Last && k <= prev.First+maxOpenerReach; k++ {
		if s.isQuoted(k) {
			return nil
		}
		if o := s.owner[k]; o >= 0 {
			op := &s.spans[o]
			if op.typ != gazetteer.Person && op.typ != gazetteer.Leader || op == sp || op.first <= subject.first || s.coordinated(op) {
				return nil
			}
			return op
		}
		if w := s.lowAt(k); s.toks[k].Kind != tokenize.Word && w != "," || s.isCap(k) && k > prev.First && !s.is(k, fTitle) && !s.is(k, fRank) && !s.inRole(k) {
			return nil
		}
	}
	return nil
}

// maxOpenerReach bounds, in tokens, how far into its sentence openerBeforePronoun looks
// for the person who opens it: a short phrase, a comma and a form of address.
const maxOpenerReach = 5

// pronounBefore reports whether the sentence of token i has "ia", "dia", "beliau" or
// "pihaknya", or a cue with its clitic ("Menurutnya"), before it, outside quotes, with no person named in
// between: the sentence's subject is
// then the person already spoken of, and the one at i is named in passing.
func (s *state) pronounBefore(i int, described bool) bool {
	for k := i - 1; k >= s.sentenceOf(i).First; k-- {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			if ki := s.owner[i]; ki >= 0 && s.coordinated(&s.spans[o]) && s.coordinated(&s.spans[ki]) {
				// a pair named in passing, the pronoun before both: "Ia menjelaskan, … Menteri
				// Kesehatan Budi Gunadi Sadikin dan Menteri … Abdul Mu'ti …"
				k = s.spans[o].first
				continue
			}
			return false
		}
		if (s.is(k, fPronoun) && s.lowAt(k) != "mereka" || s.lowAt(k) == "pihaknya") && !s.isQuoted(k) {
			return true // (or "pihaknya", the subject's side: "Pihaknya sudah melaporkan … kepada Wali Kota …")
		}
		if _, clitic := s.cueAt(k); clitic && !s.isQuoted(k) {
			return true // "Menurutnya, … dari gubernur Basuki Tjahaja Purnama …"
		}
		if described && s.is(k, fDeterminer) && !s.isQuoted(k) && s.describedSubjectAt(k) {
			return true // "Pesinetron berusia 45 tahun ini merasa … mirip aktor Rezky Aditya"
		}
	}
	return false
}

// describedSubjectAt reports whether the determiner at token d closes a description of a
// person that opens its sentence (or follows a short phrase that opens it: "Hanya,
// penyerang berusia 32 tahun itu …") or follows a reporting cue, which refers back to the
// person the text is about as a pronoun does: "Pesinetron berusia 45 tahun ini merasa …",
// "…, kata Wakil Ketua MPR RI itu, …". Its head is a word for a person's trade or office,
// or for a person ("pria", "wanita"), within six words of the determiner, with no
// punctuation or name between.
func (s *state) describedSubjectAt(d int) bool {
	if e := d + 1; e < len(s.toks) && (s.word(e) == "," || s.owner[e] >= 0) {
		return false // a description before the name it introduces: "Musisi pengiring grup itu, Ryan Liestman"
	}
	f := s.sentenceOf(d).First
	for h := d - 1; h >= f && h >= d-6; h-- {
		if s.toks[h].Kind == tokenize.Punct {
			return false
		}
		if o := s.owner[h]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return false
		}
		w := s.lowAt(h)
		if !s.lex.personNouns[w] && !s.is(h, fTitle) && !personWord(w) {
			continue
		}
		if h == f || s.openingPhraseEndsAt(f, h-1) {
			return true
		}
		if cue, clitic := s.cueAt(h - 1); cue != 0 && !clitic {
			return true
		}
	}
	return false
}

// openingPhraseEndsAt reports whether the comma at token c ends a short phrase that opens
// the sentence at token f, of four words at most with no name, quote or other punctuation
// in it: "Hanya, penyerang berusia 32 tahun itu …", "Meski begitu, pria asal Medan itu …".
func (s *state) openingPhraseEndsAt(f, c int) bool {
	if c <= f || c-f > 4 || s.word(c) != "," {
		return false
	}
	for k := f; k < c; k++ {
		if s.toks[k].Kind != tokenize.Word || k > f && s.isCap(k) || s.owner[k] >= 0 || s.isQuoted(k) {
			return false
		}
	}
	return true
}

// reporterInParagraph returns the person an attribution set off by commas inside a
// sentence names ("Penangkapan, kata Bayu, dipimpin …", "Bupati …, lanjut Desi, sudah
// meminta …"), in the sentence of token end or the one before, in its paragraph, before
// end and outside quotes: what follows is that person's account. It looks back
// maxReporterReach tokens at most, so each quote costs a constant.
func (s *state) reporterInParagraph(end int) *span {
	j := s.sentIndex(end)
	sents := s.doc.Tokens.Sentences
	start := sents[max(j-1, s.paraFirstSentence(j))].First
	start = max(start, end-maxReporterReach)
	var found *span
	for k := start + 1; k+2 < end; k++ {
		if s.word(k-1) != "," || s.isQuoted(k) || s.isQuoted(k-1) || k >= 2 && s.isQuoted(k-2) || s.cueOf(k) != cuePost {
			continue
		}
		if o := s.owner[k+1]; o >= 0 && s.spans[o].first == k+1 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) &&
			s.spans[o].last < end && s.word(s.spans[o].last) == "," {
			found = &s.spans[o]
		}
	}
	return found
}

// reportGoesOn reports whether person is named in the sentence right after the one where
// subject, in the same paragraph, is the subject of a reporting verb: what that sentence
// says goes on with the subject's account ("Bima menyebut jaksa telah menyita … mobil milik
// Heru. Aset milik Fajar … juga sudah dititipkan …" → Bima).
func (s *state) reportGoesOn(subject, person *span) bool {
	ss, ps := s.sentIndex(subject.first), s.sentIndex(person.first)
	return ps == ss+1 && s.paraFirstSentence(ps) <= ss && s.speaksAfter(subject)
}

// maxReporterReach bounds, in tokens, how far back reporterInParagraph looks.
const maxReporterReach = 120

// opensWithDescription reports whether sentence j opens with a description of a person
// closed by a determiner, however long: "Striker yang didatangkan dari klub Prancis, Stade
// Rennais, pada musim panas lalu itu mengaku …".
func (s *state) opensWithDescription(j int) bool {
	sents := s.doc.Tokens.Sentences
	if j < 0 || j >= len(sents) {
		return false
	}
	f := sents[j].First
	if w := s.lowAt(f); (w == "mantan" || w == "eks") && f+1 < sents[j].Last {
		f++ // a former one: "Mantan pemain Chapecoense itu …"
	}
	if w := s.lowAt(f); !s.lex.personNouns[w] && !s.is(f, fTitle) && !personWord(w) {
		return false
	}
	for d := f + 1; d < sents[j].Last && d <= f+maxSpeakerReach; d++ {
		if s.isQuoted(d) {
			return false
		}
		if o := s.owner[d]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return false
		}
		if s.is(d, fDeterminer) {
			return true
		}
	}
	return false
}

// personWord reports whether w is a noun for a person that a description may open with:
// "pria berusia 45 tahun itu", "wanita asal Bandung tersebut".
func personWord(w string) bool {
	switch w {
	case "pria", "wanita", "perempuan", "lelaki", "laki-laki", "remaja", "pemuda", "pemudi", "gadis", "bocah", "kakek", "nenek", "sosok":
		return true
	}
	return false
}

// lastOrg returns the last organization named outside quotes in the three sentences before
// token i, or nil: what "kementerian itu" refers to.
func (s *state) lastOrg(i int) *span {
	s.needRefs()
	k := s.spanBefore(i)
	if k < 0 {
		return nil
	}
	sp := s.refAt(s.orgRef(k))
	if sp == nil || s.sentIndex(i)-s.sentIndex(sp.first) > pronounReach {
		return nil
	}
	return sp
}

// maxTitleLookBack bounds how many earlier persons a bare title is compared with.
const maxTitleLookBack = 64

// titleHolder resolves a bare title after a cue, tokens [first, end): "kata Presiden",
// "ujar Gubernur". It is the latest person before the quote whose role is that title
// ("Gubernur Jawa Barat Dedi Mulyadi" for "Gubernur"), or who was introduced with the
// title's words and the same body by another of its names ("Kepala Badan Gizi Nasional
// Dadan Hindayana" for "Kepala BGN", see sameBodyRole); failing that, the one holder of that
// office in Indonesia the gazetteer knows ("Presiden" → its current President); failing
// that, the title itself, so that the quote still has a speaker.
func (s *state) titleHolder(first, end int) mention {
	s.needRefs()
	t0, t1 := s.toks[first], s.toks[end-1]
	text := s.text[t0.Start:t1.End]
	m := mention{start: int(t0.Start), end: int(t1.End), text: text, name: text}
	key := s.keyOf(first, end)
	own := key // the title as written, which a holder's role may give too ("Hakim Ketua")
	if syn, ok := s.lex.titleSynonyms[key]; ok {
		key = syn
	} else if w, rest, ok := strings.Cut(key, " "); ok {
		// an abbreviated title's first word: "Kabid Humas" is "kepala bidang humas"
		if syn, ok := s.lex.titleSynonyms[w]; ok {
			key = syn + " " + rest
		}
	}
	kepala := "" // "kapolres" is also "kepala polres", as "Kepala Polres Muara Enim" gives it
	if strings.HasPrefix(own, "ka") && len(own) >= 6 && !strings.Contains(own, " ") {
		kepala = "kepala " + own[2:]
	}
	office := "" // the office a trade in small letters works in: "jaksa" in the "kejaksaan"
	if end == first+1 && !s.isCap(first) && s.lex.personKinds[own] != nil {
		office = " ke" + own + "an "
	}
	p := min(first, s.quoteOpen)
	k := s.spanBefore(p)
	body := s.bodyEndingTitle(first, end) // the body the title names by a short form: "Kepala BGN"
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.titledRef(k)
		if r < 0 {
			break
		}
		sp := &s.spans[r]
		if body != nil && s.sameBodyRole(sp, first, body) {
			m.name, m.sp = sp.name, sp
			return m
		}
		role := sp.role
		if role == "" && sp.entry != nil {
			role = sp.entry.Role
		}
		if role == "" {
			role = s.appositionRole(sp)
		}
		if role == "" {
			role = s.ledRole(sp)
		}
		if hasTitle(role, key) || hasTitle(role, own) || !s.isCap(first) && hasWordsOf(role, key) || s.rolePhraseHas(sp, key, true) ||
			own != key && (s.rolePhraseHas(sp, own, false) || hasTitle(withoutBidang(role), key)) ||
			kepala != "" && (hasTitle(role, kepala) || s.rolePhraseHas(sp, kepala, false)) ||
			key == "kepala sekolah" && s.headsSchool(sp, role) ||
			!s.isCap(first) && end == first+1 && s.describedAs(sp, key) ||
			office != "" && strings.Contains(s.rolePhrase(sp), office) {
			m.name, m.sp = sp.name, sp
			return m
		}
		k = int(r) - 1
	}
	if e := s.holderAt(key); e != nil {
		m.name, m.entry = e.Name, e
	}
	return m
}

// maxDescribedAsReach bounds, in tokens, how far before a person's comma describedAs reads.
const maxDescribedAsReach = 12

// describedAs reports whether person span sp is set off by a comma after a description in
// its sentence that holds the word key in small letters, with no other person between:
// "Survei dipimpin peneliti ekologi terumbu karang Badan Riset dan Inovasi Nasional
// (BRIN), Dwi Ratnasari Hutagalung" is described as "peneliti", whom "ujar peneliti yang
// meraih gelar doktor … itu" names (a role too long for appositionRole). It reads at most
// maxDescribedAsReach tokens. The word may open the sentence ("Saksi pertama, Lestari
// Ningsih …, mengaku …" is described as "saksi"), but not stand capitalised inside it, as a
// title would.
func (s *state) describedAs(sp *span, key string) bool {
	c := sp.first - 1
	if c < 1 || s.word(c) != "," {
		return false
	}
	f := s.sentenceOf(c).First
	for k := c - 1; k >= f && c-k <= maxDescribedAsReach; k-- {
		if o := s.owner[k]; o >= 0 {
			if s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader {
				return false
			}
			continue
		}
		if s.toks[k].Kind != tokenize.Word {
			if w := s.word(k); w != "(" && w != ")" && !(w == "," && s.oneOfIntroduced(k+1)) {
				return false
			}
			continue
		}
		if (!s.isCap(k) || k == f) && s.lowAt(k) == key {
			return true // "Saksi pertama, Lestari …, mengaku": a sentence's first word too
		}
	}
	return false
}

// oneOfIntroduced reports whether the words at token k single out one or some of the
// persons a description before its comma counts: "tiga saksi, salah satunya pemilik toko
// …, Suwandi", "dua korban, yakni …", "di antaranya", "termasuk".
func (s *state) oneOfIntroduced(k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.lowAt(k) {
	case "yakni", "yaitu", "termasuk":
		return true
	case "salah":
		return s.lowAt(k+1) == "satunya"
	case "di":
		return s.lowAt(k+1) == "antaranya"
	}
	return false
}

// bodyEndingTitle returns the body with a gazetteer id that ends the title [first, end)
// after at least one title word: "Kepala BGN", "Dirut PLN"; or nil.
func (s *state) bodyEndingTitle(first, end int) *span {
	if end-first < 2 {
		return nil
	}
	o := s.owner[end-1]
	if o < 0 || s.spans[o].typ != gazetteer.Organization || s.spans[o].id == "" || s.spans[o].first <= first || s.spans[o].last != end {
		return nil
	}
	return &s.spans[o]
}

// sameBodyRole reports whether person span sp was introduced with the title that tokens
// [first, body.first) give, followed by the same body as body, by id, whatever form
// named it: "Kepala Badan Gizi Nasional Dadan Hindayana", then "kata Kepala BGN".
func (s *state) sameBodyRole(sp *span, first int, body *span) bool {
	b := sp.first
	for b > 0 && b > sp.first-3 && s.is(b-1, fRank) {
		b-- // a rank or degree before the name
	}
	if b < 1 {
		return false
	}
	o := s.owner[b-1]
	if o < 0 {
		return false
	}
	ob := &s.spans[o]
	n := body.first - first
	return ob.typ == gazetteer.Organization && ob.last == b && ob.id == body.id && ob.first >= n &&
		s.keyOf(ob.first-n, ob.first) == s.keyOf(first, body.first)
}

// holderAt returns who held the Indonesian office key when the text was written: the
// gazetteer's current holder, or, for a text dated before the current holder took office,
// the former holder who left it first after that date ("kata Presiden" in a text dated
// "Senin (13/11/2017)" is Joko Widodo, who left office in 2024; see docDate). A former
// holder's time is taken to begin when the one before left; with no date in the text, the
// current holder.
func (s *state) holderAt(key string) *gazetteer.Entry {
	past := s.x.pastHolders[key]
	if len(past) == 0 {
		return s.x.holders[key]
	}
	d := s.docDate()
	if d == "" || d >= past[len(past)-1].AsOf {
		return s.x.holders[key]
	}
	for _, e := range past {
		if d < e.AsOf {
			return e
		}
	}
	return s.x.holders[key]
}

// docDate returns the first full date the text gives, "13/11/2017" as in a dateline's
// "Senin (13/11/2017)" or "13 November 2017", as YYYY-MM-DD; or "" when it gives none. It is read once
// a document, when a bare title asks.
func (s *state) docDate() string {
	if s.dateRead {
		return s.date
	}
	s.dateRead, s.date = true, ""
	for i := range s.toks {
		if s.toks[i].Kind != tokenize.Number {
			continue
		}
		d, m, y, ok := slashDate(s.word(i))
		if !ok && i+2 < len(s.toks) && s.toks[i+2].Kind == tokenize.Number {
			d, m, y, ok = s.wordDate(i)
		}
		if ok {
			s.date = fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			break
		}
	}
	return s.date
}

// months are the Indonesian names of the months, and their old spellings, in small letters.
var months = map[string]int{"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
	"juli": 7, "agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11, "desember": 12}

// wordDate reads a date written with its month's name at token i: "13 November 2017".
func (s *state) wordDate(i int) (d, m, y int, ok bool) {
	m, ok = months[s.lowAt(i+1)]
	if !ok {
		return 0, 0, 0, false
	}
	var err error
	if d, err = strconv.Atoi(s.word(i)); err != nil || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	if w := s.word(i + 2); len(w) != 4 {
		return 0, 0, 0, false
	} else if y, err = strconv.Atoi(w); err != nil || y < 1900 {
		return 0, 0, 0, false
	}
	return d, m, y, true
}

// slashDate reads a date written "13/11/2017" (day, month, year of four digits).
func slashDate(w string) (d, m, y int, ok bool) {
	parts := strings.Split(w, "/")
	if len(parts) != 3 || len(parts[2]) != 4 {
		return 0, 0, 0, false
	}
	var err error
	if d, err = strconv.Atoi(parts[0]); err != nil || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	if m, err = strconv.Atoi(parts[1]); err != nil || m < 1 || m > 12 {
		return 0, 0, 0, false
	}
	if y, err = strconv.Atoi(parts[2]); err != nil || y < 1900 {
		return 0, 0, 0, false
	}
	return d, m, y, true
}

// rolePhrase returns the words before person span sp that its title rule read as role
// (see beforeRole), or set off before it by a comma, in small letters with a space on each
// side: " kepala puskesmas binuang " for "Kepala Puskesmas Binuang, dr Muhammad Arsyad
// Rahim"; or "" when there are none. Another person's name ends the phrase: in a list
// joined by "dan", the first person's role is not the second's.
func (s *state) rolePhrase(sp *span) string {
	end := sp.first
	for end > 0 && end > sp.first-3 && s.is(end-1, fRank) {
		end-- // "Kepala Puskesmas Binuang, dr Muhammad Arsyad Rahim"
	}
	if end > 1 && s.word(end-1) == "," {
		end-- // the role set off by a comma
	}
	b := s.roleBack(end-1, end)
	for k := end - 1; k > b; k-- {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			b = k // another's name ends the role: "Wakil Kepala Polda … Rudi Setiawan dan | Komandan Batalyon …"
			break
		}
	}
	if b+1 >= end {
		return ""
	}
	return " " + s.keyOf(b+1, end) + " "
}

// schoolKinds are the kinds of school whose head "kepala sekolah" names: "Kepala SMA Negeri
// 2 Martapura" is a school's head.
var schoolKinds = []string{"sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "mi", "min", "mts", "mtsn", "ma", "man", "slb", "paud", "tk"}

// headsSchool reports whether person span sp's role, or the role phrase before it, makes
// the person the head of a school of a kind schoolKinds names ("Kepala SMA Negeri 2
// Martapura, Siti Rahmah"), whom "kata kepala sekolah itu" refers back to.
func (s *state) headsSchool(sp *span, role string) bool {
	phrase := s.rolePhrase(sp)
	for _, kind := range schoolKinds {
		if hasTitle(role, "kepala "+kind) || strings.Contains(phrase, " kepala "+kind+" ") {
			return true
		}
	}
	return false
}

// rolePhraseHas reports whether the words before person span sp that its title rule read
// as role (see beforeRole), or set off before it by a comma, hold the office key, word for
// word: "Kepala Satuan Lalu Lintas Polres Dharmasraya AKP Hendro Marpaung" holds "kepala
// satuan lalu lintas", which "Kasat Lantas" names; "Kepala Puskesmas Binuang, dr Muhammad
// Arsyad Rahim" holds "kepala puskesmas". With apart, the office's words and its body's
// acronym may stand apart in the phrase (below).
func (s *state) rolePhraseHas(sp *span, key string, apart bool) bool {
	if !strings.Contains(key, " ") {
		return false
	}
	phrase := s.rolePhrase(sp)
	if phrase == "" {
		return false
	}
	key = strings.ReplaceAll(key, ", ", " , ") // the phrase has its commas as words: "politik , hukum , dan keamanan"
	if strings.Contains(phrase, " "+key+" ") {
		return true
	}
	if !apart {
		return false
	}
	// the office and its body's acronym, apart in the role: "Kadis DLHK" for "Kepala Dinas
	// Lingkungan Hidup dan Kebersihan (DLHK) Badung"
	k := strings.LastIndexByte(key, ' ')
	return strings.Contains(phrase, " "+key[:k]+" ") && strings.Contains(phrase, " "+key[k+1:]+" ") && len(key)-k > 3
}

// appositionRole returns the role set off by a comma before person span sp, in small
// letters, when the sentence opens with it ("Jaksa penuntut umum dari Kejaksaan Negeri
// Pesisir Selatan, Fadhli Rahman Chaniago, lalu menunjukkan …" gives "jaksa penuntut umum
// dari kejaksaan negeri pesisir selatan"; the role must begin with a title and hold no
// other comma) or when a title in small letters stands right before the comma ("didampingi
// kuasa hukum, Ferdinand Hutagalung" gives "kuasa hukum"); else "".
func (s *state) appositionRole(sp *span) string {
	c := sp.first - 1
	for c > sp.first-3 && c > 0 && s.is(c, fRank) {
		c-- // a rank or degree before the name: "Kepala Puskesmas Binuang, dr Muhammad …"
	}
	if c < 1 || s.word(c) != "," {
		return ""
	}
	f := s.sentenceOf(c).First
	if s.isQuoted(f) || s.phraseAt(&s.lex.titles, f) == 0 || c-f > maxTitleReach {
		// not opening the sentence: a title in small letters right before the comma,
		// perhaps with its clitic ("didampingi kuasa hukumnya, Ferdinand Hutagalung") or
		// with its body ("tuntutan jaksa penuntut umum Kejaksaan Negeri Ternate, Fadli …")
		end := c
		if o := s.owner[c-1]; o >= 0 && s.spans[o].typ == gazetteer.Organization && s.spans[o].last == c && s.spans[o].first > f {
			end = s.spans[o].first
		}
		best := ""
		for k := end - 1; k >= f && end-k <= 3 && s.toks[k].Kind == tokenize.Word && !s.isCap(k) && !s.isQuoted(k); k-- {
			if n := s.phraseAt(&s.lex.titles, k); n > 0 && k+n >= end-1 {
				best = s.keyOf(k, k+n) // the longest: "jaksa penuntut umum", not "penuntut umum"
				continue
			}
			if t := s.toks[end-1]; t.Suffix > 0 && end == c {
				// the title's last word with its clitic: "kuasa hukumnya, Ferdinand …"
				low := s.lowAt(c - 1)
				key := low[:len(low)-int(t.Suffix)]
				if k < c-1 {
					key = s.keyOf(k, c-1) + " " + key
				}
				if s.lex.titles.m[key]&phraseWhole != 0 {
					best = key
				}
			}
		}
		return best
	}
	for k := f; k < c; k++ {
		if s.word(k) == "," {
			return ""
		}
	}
	return s.keyOf(f, c)
}

// ledRole returns the role that a body led by person span sp gives: "ketua majelis hakim"
// for "majelis hakim yang diketuai Siti Nurjanah", "ketua tim" for "tim yang dipimpin oleh
// Budi", which "kata hakim" or "ujar hakim ketua" and "kata ketua tim" name; the body is
// one or two words in small letters before "yang", or before the name of the court or body
// it sits in ("majelis hakim Pengadilan Tipikor Mataram yang diketuai …"); else "".
func (s *state) ledRole(sp *span) string {
	v := sp.first - 1
	if v >= 0 && s.lowAt(v) == "oleh" {
		v--
	}
	if v < 2 || s.toks[v].Kind != tokenize.Word {
		return ""
	}
	if w := s.lowAt(v); w != "dipimpin" && w != "diketuai" || s.lowAt(v-1) != "yang" {
		return ""
	}
	b := v - 2 // the body's last word
	if o := s.owner[b]; o >= 0 && s.spans[o].typ == gazetteer.Organization && s.spans[o].first > 1 {
		b = s.spans[o].first - 1 // past the court or body the panel sits in: "majelis hakim Pengadilan Negeri Sumbawa yang diketuai …"
	}
	if s.toks[b].Kind != tokenize.Word || s.isCap(b) {
		return ""
	}
	if b > 0 && s.toks[b-1].Kind == tokenize.Word && !s.is(b-1, fStop) && (!s.isCap(b-1) || s.sentenceOf(b-1).First == b-1) {
		b-- // "majelis hakim", "Majelis hakim" opening the sentence
	}
	return "ketua " + s.keyOf(b, v-1)
}

// hasTitle reports whether role is the title key or begins with it: "Gubernur Jawa Barat"
// has the title "gubernur".
func hasTitle(role, key string) bool {
	if len(role) < len(key) || !strings.EqualFold(role[:len(key)], key) {
		return false
	}
	return len(role) == len(key) || role[len(key)] == ' '
}

// withoutBidang returns role without the word "Bidang" that the full names of
// coordinating ministries hold and their short forms leave out: "Menteri Koordinator Bidang
// Pangan" is the "Menko Pangan".
func withoutBidang(role string) string {
	if i := strings.Index(strings.ToLower(role), " bidang "); i >= 0 {
		return role[:i] + role[i+len(" bidang"):]
	}
	return role
}

// hasWordsOf reports whether the words of key stand together, as whole words, somewhere in
// role: "Ketua majelis hakim" has "hakim".
func hasWordsOf(role, key string) bool {
	r := " " + strings.ToLower(role) + " "
	return strings.Contains(r, " "+key+" ")
}

// objectOfPreposition reports whether the name at token first is, with the words of a
// list before it, the object of a preposition inside its sentence: "mengucapkan terima
// kasih kepada kru, bintang, juga McDonagh"; not after one that opens the sentence
// ("Kepada wartawan, Budi selaku ketua mengatakan"), nor past a verb.
func (s *state) objectOfPreposition(first int) bool {
	f := s.sentenceOf(first).First
	for k := first - 1; k > f && first-k <= 10; k-- {
		w := s.lowAt(k)
		if objectPreposition(w) {
			return true
		}
		if s.cueOf(k) != cueNone || s.predicateAt(k) || isTerminalPunct(s.word(k)) {
			return false
		}
	}
	return false
}

// objectPreposition reports whether w, in small letters, is a preposition whose object a
// person named after it is, not the clause's subject: "kepada", "untuk", "bagi",
// "terhadap", "dengan", "atas".
func objectPreposition(w string) bool {
	switch w {
	case "kepada", "untuk", "bagi", "terhadap", "dengan", "atas":
		return true
	}
	return false
}

// thirdPerson reports whether w, in small letters, is a pronoun of the third person
// singular that keeps a person up: "ia", "dia", "beliau" (the honorific).
func thirdPerson(w string) bool {
	return w == "ia" || w == "dia" || w == "beliau"
}
