package entity

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// maxSpeakerPhrase bounds, in words, the description of a person after a cue ("pria yang
// sudah 15 tahun bekerja sebagai pengawas proyek itu").
const maxSpeakerPhrase = 12

// maxSpeakerReach bounds, in words, punctuation and known names, the phrase read after a
// cue to its speaker: a role with a list in it and a body's name before the person's
// ("Deputi Komisioner Pengawas Emiten, Transaksi Efek, dan Pemeriksaan Khusus OJK Rudy
// Hartawan Sinaga", "Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal
// Ventura, Lembaga Keuangan Mikro, dan Lembaga Jasa Keuangan Lainnya OJK Agusman"); as far
// as a title's holder may stand from it (maxTitleReach).
const maxSpeakerReach = maxTitleReach

// maxAttributionReach bounds, in tokens, how far from a quote its attribution is sought,
// which keeps attribution linear on text full of quotation marks.
const maxAttributionReach = 60

// isDescriptor reports whether token i, right after a cue, describes a person already
// named rather than naming one: "ucap pria berusia 32 tahun itu", "kata perenang 20 tahun
// itu", "beber pria yang sudah 15 tahun bekerja sebagai pengawas proyek itu". It is a
// lowercase word that is no source, with a determiner closing the phrase within
// maxSpeakerPhrase words, and no punctuation or name before it; or "sang" with no name
// after its description.
func (s *state) isDescriptor(i int) bool {
	if s.isCap(i) || s.lex.nonPersonSources[s.lowAt(i)] && !s.is(i, fTitle) && !personSource(s.lowAt(i)) && !s.ownerOfSomething(i) || s.is(i, fOrgHead) || s.toks[i].Kind != tokenize.Word ||
		s.lowAt(i) == "seorang" {
		return false // ("seorang relawan di posko itu" is someone new)
	}
	if s.lowAt(i) == "sang" {
		// "kata sang ayah"; but "kata sang gitaris Riko" names him
		k := i + 1
		for k < len(s.toks) && k <= i+3 && s.descriptorWord(k) {
			k++
		}
		if k > i+1 && k < len(s.toks) {
			if o := s.owner[k]; o >= 0 && s.spans[o].first == k && s.spans[o].typ == gazetteer.Country {
				k = s.spans[o].last // a nationality: "ujar sang gelandang Italia kepada Goal"
			}
		}
		return k == i+1 || k >= len(s.toks) || !s.isCap(k) && s.owner[k] < 0
	}
	return s.closedByDeterminer(i)
}

// portfolioAfter returns the end of a body's acronym or a portfolio's short name in
// capitals at token i, right after a title ("Menko PMK", "Kepala BNPB"), or i when there
// is none: one word in capitals or a body's span of one word.
func (s *state) portfolioAfter(i int) int {
	if i >= len(s.toks) || s.toks[i].Kind != tokenize.Word || !s.isCap(i) {
		return i
	}
	if k := s.owner[i]; k >= 0 {
		if sp := &s.spans[k]; sp.typ == gazetteer.Organization && sp.last == i+1 {
			return i + 1
		}
		return i
	}
	if s.isAllCaps(i) && !s.isUni(i) || s.is(i, fPortfolio) {
		return i + 1 // "Polhukam" is in capitals only at its start
	}
	return i
}

// bodyNoun reports whether w, in small letters, names a company or a club that speaks
// through statements: "tulis perusahaan tersebut", "tulis klub itu", "tulis manajemen".
func bodyNoun(w string) bool {
	switch w {
	case "klub", "perusahaan", "perseroan", "studio", "maskapai", "manajemen", "emiten", "startup", "pabrikan", "agensi", "label", "operator":
		return true
	}
	return false
}

// maxBodyLookBack bounds how many organizations back statingBody looks.
const maxBodyLookBack = 8

// statingBody returns the organization a company's or club's noun after a cue stands for,
// looked for before token p among the last maxBodyLookBack organizations named outside
// quotes within pronounReach sentences: the latest that is the subject of a reporting verb
// ("Dalam pernyataan tertulis, Daon Pay menyatakan …"), else the latest that is not a news
// outlet quoted as a source ("yang diterima Tempo", "dilansir dari Yonhap"); or nil.
func (s *state) statingBody(p int) *span {
	s.needRefs()
	ps := s.sentIndex(p)
	var other *span
	for k, n := s.spanBefore(p), 0; k >= 0 && n < maxBodyLookBack; n++ {
		r := s.orgRef(k)
		if r < 0 || ps-s.sentIndex(s.spans[r].first) > pronounReach {
			break
		}
		sp := &s.spans[r]
		k = int(r) - 1
		switch {
		case s.outlet(sp):
			// a newspaper or an agency reports, it is not the company or the club
		case s.speaksAfter(sp):
			return sp
		case other == nil && !s.sourceObject(sp.first):
			other = sp
		}
	}
	return other
}

// outlet reports whether organization span sp is a news outlet: an entry of the
// gazetteer's news media, or introduced as one ("harian Spanyol, Marca", "kantor berita
// Yonhap", "situs …").
func (s *state) outlet(sp *span) bool {
	if sp.entry != nil {
		for _, src := range sp.entry.Source {
			if strings.HasPrefix(src, "gazetteer/data/media.tsv:") {
				return true
			}
		}
	}
	b := sp.first - 1
	if b > 0 && s.word(b) == "," {
		b--
		if o := s.owner[b]; o >= 0 && s.spans[o].last == b+1 && (s.spans[o].typ == gazetteer.Country || s.spans[o].typ == gazetteer.Location) {
			b = s.spans[o].first - 1 // "harian Spanyol, Marca"
		}
	}
	if b < 0 {
		return false
	}
	switch s.lowAt(b) {
	case "harian", "koran", "majalah", "media", "situs", "laman", "portal", "tabloid", "berita", "televisi", "radio":
		return true
	}
	return false
}

// sourceObject reports whether the words before token i give what follows as a source the
// report was taken from or handed to: "dilansir dari", "dikutip dari", "diterima",
// "kepada", "mengutip", "melansir".
func (s *state) sourceObject(i int) bool {
	if i == 0 {
		return false
	}
	switch s.lowAt(i - 1) {
	case "diterima", "kepada", "mengutip", "melansir", "dilansir", "dikutip":
		return true
	case "dari":
		w := ""
		if i > 1 {
			w = s.lowAt(i - 2)
		}
		return w == "dilansir" || w == "dikutip" || w == "diterima" || w == "bersumber"
	}
	return false
}

// ownerOfSomething reports whether token i is "pemilik" and what follows is no account
// ("pemilik akun @…", a source of its own) but what the person owns or won, as a
// description does: "kata pemilik sembilan gelar juara dunia tersebut".
func (s *state) ownerOfSomething(i int) bool {
	return s.lowAt(i) == "pemilik" && i+1 < len(s.toks) && s.lowAt(i+1) != "akun"
}

// personSource reports whether the source word w names a person, whom a description
// closed by a determiner refers back to ("kata warga Kecamatan Medan Helvetia itu", "ujar
// dokter spesialis anak tersebut", "kata saksi itu"); without one it stays an unnamed
// source ("kata warga", "kata saksi mata").
func personSource(w string) bool {
	return w == "warga" || w == "dokter" || w == "juru" || w == "saksi" // "juru taktik itu", "juru bicara tersebut"
}

// descriptorRun reports whether tokens [i, k) are all words that may describe a speaker
// (descriptorWord): "mantan pasangan", not "pemerintah dalam dakwaan yang disusun".
func (s *state) descriptorRun(i, k int) bool {
	for t := i; t < k; t++ {
		if !s.descriptorWord(t) {
			return false
		}
	}
	return true
}

// placeWordBefore reports whether the word before token k, in small letters, is one a
// place's name follows: an origin ("kelahiran", "asal") or a territorial office ("camat",
// "lurah").
func (s *state) placeWordBefore(k int) bool {
	switch w := s.lowAt(k - 1); w {
	case "kelahiran", "asal":
		return true
	default:
		return inLower(s.lex.territorialTitles, w)
	}
}

// closedByDeterminer reports whether a determiner ("itu", "tersebut") closes the phrase
// that begins at token i within maxSpeakerReach words, with no punctuation or person's
// name before it: "pria berusia 32 tahun itu", "perusahaan asal San Francisco itu" (the
// commas of a place and its province aside: "sopir asal Bone, Sulawesi Selatan, itu"; a
// body's short form in brackets: "mahasiswi Universitas Sebelas Maret (UNS) itu"; and in
// a person's description, a name right before the determiner: "perempuan kelahiran Long
// Bawan itu", "mantan pasangan Jennifer Garner itu").
func (s *state) closedByDeterminer(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+maxSpeakerReach; k++ {
		if s.is(k, fDeterminer) {
			return true
		}
		if s.word(k) == "," && k+1 < len(s.toks) && (s.is(k+1, fDeterminer) || s.owner[k+1] >= 0 && s.spans[s.owner[k+1]].typ == gazetteer.Location) {
			continue // a place and its province: "sopir asal Bone, Sulawesi Selatan, itu"
		}
		if s.word(k) == "(" && k > 0 && s.owner[k-1] >= 0 && k+2 < len(s.toks) && s.word(k+2) == ")" && s.toks[k+1].Kind == tokenize.Word {
			k += 2 // a body's short form in brackets: "mahasiswi Universitas Sebelas Maret (UNS) itu"
			continue
		}
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) && s.spans[o].first == k && k > i+1 &&
			s.spans[o].last < len(s.toks) && s.is(s.spans[o].last, fDeterminer) && !s.isCap(k-1) &&
			(s.placeWordBefore(k) || !s.is(i, fOrgHead) && !s.lex.nonPersonSources[s.lowAt(i)] && s.descriptorRun(i, k)) {
			// a name that the determiner closes inside a person's description, after a
			// word in small letters, is a place's, whatever typed it ("perempuan kelahiran
			// Long Bawan itu", "pejabat yang juga mantan camat Banda Sakti itu"), or another
			// person's the description relates the speaker to ("mantan pasangan Jennifer
			// Garner itu", of description words only: see descriptorRun); not in a body's
			// ("pemerintah dalam dakwaan yang disusun pengacara khusus Robert Mueller itu")
			return true
		}
		if s.toks[k].Kind == tokenize.Punct || s.owner[k] >= 0 && (s.spans[s.owner[k]].typ == gazetteer.Person || s.spans[s.owner[k]].typ == gazetteer.Leader) {
			return false
		}
	}
	return false
}

// describedMember returns, for a description at token i that names a body before its
// determiner ("politikus Partai Gerindra tersebut", "pengurus KONI itu"), the latest person
// before the quote whose role phrase gave that body, among maxTitleLookBack persons; else nil.
func (s *state) describedMember(i int) *span {
	s.needRefs()
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.is(k, fDeterminer) {
			return nil
		}
		o := s.owner[k]
		if o < 0 || s.spans[o].typ != gazetteer.Organization {
			continue
		}
		body := s.spans[o]
		if e := body.last; e >= len(s.toks) || !s.is(e, fDeterminer) {
			return nil // the description goes on past the body: no closed description
		}
		key := s.keyOf(body.first, body.last)
		p := s.spanBefore(min(i, s.quoteOpen))
		for n := 0; p >= 0 && n < maxTitleLookBack; n++ {
			r := s.personRef(p)
			if r < 0 {
				break
			}
			sp := &s.spans[r]
			if s.rolePhraseHas(sp, key, false) || sp.role != "" && hasWordsOf(sp.role, key) ||
				strings.Contains(" "+s.appositionRole(sp)+" ", " "+key+" ") || // "Anggota Komisi X dari PDI-P, Yohana Sembiring, …"
				s.bodyRightBefore(sp, &body, s.lowAt(i)) { // "Politikus PDI-P Masinton Pasaribu"
				return sp
			}
			p = int(r) - 1
		}
		return nil
	}
	return nil
}

// describedByRole returns, for a description at token i whose noun two or three words in
// small letters follow before its determiner ("pemimpin serikat pekerja itu"), the latest
// person before the quote whose role phrase holds those words ("Ketua Serikat Pekerja
// Cordillera Norte Patricio Vergara"), among maxTitleLookBack persons; else nil.
func (s *state) describedByRole(i int) *span {
	d := i + 1
	for d < len(s.toks) && d <= i+4 && s.toks[d].Kind == tokenize.Word && !s.isCap(d) && s.owner[d] < 0 && !s.is(d, fDeterminer) {
		d++
	}
	if d-i < 3 || d >= len(s.toks) || !s.is(d, fDeterminer) {
		return nil
	}
	key := " " + s.keyOf(i+1, d) + " "
	return s.titledBack(s.spanBefore(min(i, s.quoteOpen)), func(sp *span) bool { return strings.Contains(s.rolePhrase(sp), key) })
}

// bodyRightBefore reports whether the span right before person span sp, with no word
// between, is the body of span body, by id or by name, after the same descriptor noun (in
// small letters; "politikus" and "politisi" are one): "Politikus PDI-P | Masinton
// Pasaribu" for "politisi PDI-P tersebut", but not "Chief Financial Officer KRYO | Melati"
// for "pendiri KRYO itu".
func (s *state) bodyRightBefore(sp, body *span, noun string) bool {
	if sp.first < 1 {
		return false
	}
	o := s.owner[sp.first-1]
	if o < 0 {
		return false
	}
	b := &s.spans[o]
	if b.typ != gazetteer.Organization || b.last != sp.first || b.first < 1 || !(b.id != "" && b.id == body.id || b.name == body.name) {
		return false
	}
	w := s.lowAt(b.first - 1)
	return w == noun || politician(w) && politician(noun)
}

// politician reports whether w, in small letters, is a word for a politician.
func politician(w string) bool { return w == "politikus" || w == "politisi" }

// maxAttributeLookBack bounds, in tokens, how far before a quote attributeHolder looks for
// the place or age a description gives, which keeps it a constant cost a quote.
const maxAttributeLookBack = 1500

// homeGivenBefore reports whether the place whose name's word is token k is given as a
// person's origin or home: "asal", "kelahiran", "dari" or "warga" right before it, or
// before the village's or district's head word that opens its name ("warga Desa Pombewe",
// "asal Kecamatan Nita"), which "perempuan asal Pombewe itu" refers back to.
func (s *state) homeGivenBefore(k int) bool {
	p := k - 1
	switch s.lowAt(p) {
	case "desa", "dusun", "kampung", "kelurahan", "kecamatan", "nagari", "gampong":
		if !s.isCap(p) || p == 0 {
			return false
		}
		p--
	}
	switch w := s.lowAt(p); {
	case originCue(w):
		return true
	case w == "warga":
		return p != k-1 || !s.isCap(p) // ("Warga Pombewe" opening a sentence names no one)
	}
	return false
}

// originCue reports whether w, in small letters, gives where a person comes from before
// the place: "asal", "kelahiran" (birthplaceCue) or "dari".
func originCue(w string) bool {
	return birthplaceCue(w) || w == "dari"
}

// countryNamedAt reports whether a span of country cc, a COUNTRY, begins at token k.
func (s *state) countryNamedAt(k int, cc string) bool {
	o := s.owner[k]
	if o < 0 {
		return false
	}
	sp := &s.spans[o]
	return sp.first == k && sp.typ == gazetteer.Country && sp.country == cc
}

// attributeHolder returns, for a description at token i closed by a determiner that gives
// a person's origin or age ("pelatih asal Australia itu", "pemain kelahiran Kharkiv itu",
// "pemain berusia 29 tahun itu"), the person the text gave that origin or age before the
// quote: the person named within a few tokens of the same place after "asal",
// "kelahiran", "dari" or "warga", perhaps with a village's head word between
// (homeGivenBefore), or right before the same age ("Souza (29)", "Brennan, 52 tahun");
// failing those, for a known place abroad, the person given as from the country it lies in
// ("Opposite asal Ukraina, Oleksandra Hrytsenko", then "pemain kelahiran Kharkiv itu");
// or nil when the description gives neither or nothing before matches.
func (s *state) attributeHolder(i int) *span {
	s.needRefs()
	place, age := "", ""
	placeCountry := "" // the country of a known place abroad the description gives
	for k := i + 1; k+1 < len(s.toks) && k <= i+maxSpeakerReach && !s.is(k, fDeterminer); k++ {
		switch w := s.lowAt(k); {
		case originCue(w) && s.isCap(k+1) && place == "":
			place = s.lowAt(k + 1)
			if o := s.owner[k+1]; o >= 0 && s.spans[o].typ == gazetteer.Location && s.spans[o].country != "ID" {
				placeCountry = s.spans[o].country
			}
		case w == "berusia" && s.toks[k+1].Kind == tokenize.Number:
			age = s.word(k + 1)
		}
	}
	if place == "" && age == "" {
		return nil
	}
	p := min(i, s.quoteOpen)
	var inCountry *span // the latest person given as from the country the place lies in
	for k := p - 1; k >= 0 && k >= p-maxAttributeLookBack; k-- {
		if s.isQuoted(k) {
			continue
		}
		switch {
		case placeCountry != "" && inCountry == nil && k > 0 && s.countryNamedAt(k, placeCountry) && originCue(s.lowAt(k-1)):
			// a city abroad for the country the text gave: "pemain kelahiran Kharkiv itu"
			// after "Opposite asal Ukraina, Oleksandra Hrytsenko"
			if sp := s.personNear(k, 8); sp != nil && !s.namedInQuote(sp) {
				inCountry = sp
			}
		case place != "" && k > 0 && s.isCap(k) && s.lowAt(k) == place && s.homeGivenBefore(k):
			sp := s.personNear(k, 10) // (past an age and a description: "Lamarauna (61), petani bawang dari Desa Sidera")
			if sp == nil && s.opensWithDescription(s.sentIndex(k)) {
				// the origin given in a description that opens its sentence, of the person
				// named last before it: "… Ricardo Peixoto, baru empat bulan menangani tim
				// itu. Pelatih asal Brasil yang … tersebut mengaku …"
				if pk := s.spanBefore(s.sentenceOf(k).First); pk >= 0 {
					sp = s.refAt(s.personRef(pk))
				}
			}
			if sp != nil && !s.namedInQuote(sp) {
				return sp // (not one the quote speaks of by name: "“… kondisi Lucas …,” ujar pelatih asal Brasil tersebut")
			}
		case age != "" && s.word(k) == age && k > 0 && (s.word(k-1) == "(" && k+1 < len(s.toks) && s.word(k+1) == ")" ||
			k+1 < len(s.toks) && s.lowAt(k+1) == "tahun" && (s.word(k-1) == "," || s.lowAt(k-1) == "berusia")):
			if sp := s.personNear(k, 4); sp != nil {
				return sp
			}
		}
	}
	return inCountry
}

// roleKinds returns the kinds (person-kinds.tsv) of the noun that heads the role of person
// span sp, "pelatih" of "pelatih Persiraja", or nil.
func (s *state) roleKinds(sp *span) []string {
	if f := strings.Fields(sp.role); len(f) > 0 {
		return s.lex.personKinds[strings.ToLower(f[0])]
	}
	if b := s.tradeNounBefore(sp); b >= 0 {
		return s.lex.personKinds[s.lowAt(b)] // a trade that no title list holds: "pebalap Jepang Haruto Takeda"
	}
	return nil
}

// officerKinds is the kind (person-kinds.tsv) of "perwira": an officer of the police or
// the armed forces, which a person is only when the text gave one of officerRank's ranks.
var officerKinds = []string{"officer"}

// officerRank reports whether w, in small letters, is a rank of a commissioned officer of
// the police or the armed forces (perwira pertama, menengah or tinggi), not one of the
// ranks below (Aiptu, Bripka, Serma …).
func officerRank(w string) bool {
	switch w {
	case "ipda", "iptu", "akp", "kompol", "akbp", "kombes", "kbp", "brigjen", "irjen", "komjen", "jenderal", "jendral",
		"letda", "lettu", "letnan", "kapten", "mayor", "letkol", "kolonel", "mayjen", "letjen",
		"laksma", "laksda", "laksdya", "laksamana", "marsma", "marsda", "marsdya", "marsekal":
		return true
	}
	return false
}

// officerNamed reports whether the text gave person span sp, where it named the person
// first, an officer's rank right before the name ("AKP Dedi Kurniawan Saragih", "Brigjen
// Pol Rudi …", "Letkol Inf …"). It looks only where a description asks ("perwira"), so
// that reading the spans before sp stays off the common path.
func (s *state) officerNamed(sp *span) bool {
	rankBefore := func(f int) bool {
		for k := f - 1; k >= 0 && k >= f-3 && s.toks[k].Kind == tokenize.Word; k-- {
			switch w := s.lowAt(k); {
			case officerRank(w):
				return true
			case w == "pol" || w == "pol." || s.lex.ranks[w] && len(w) <= 4:
				continue // "Brigjen Pol", a corps after an army rank: "Letkol Inf"
			}
			return false
		}
		return false
	}
	if rankBefore(sp.first) {
		return true
	}
	for i := range s.spans {
		e := &s.spans[i]
		if e.first >= sp.first {
			break
		}
		if e.name == sp.name && !e.dead && rankBefore(e.first) {
			return true
		}
	}
	return false
}

// tradeNounBefore returns the token of the word right before person span sp, or before the
// nationality or place right before it ("aktris Thailand Natcha Wongsakul", "pebalap
// Jepang Haruto Takeda"), when it is a word in small letters or the one opening the
// name's phrase in capitals ("Aktor Bima Arkana"); else -1.
func (s *state) tradeNounBefore(sp *span) int {
	b := sp.first - 1
	if b > 0 && s.owner[b] >= 0 && (s.spans[s.owner[b]].typ == gazetteer.Country || s.spans[s.owner[b]].typ == gazetteer.Location) {
		b = s.spans[s.owner[b]].first - 1
	}
	if b < 0 || s.owner[b] >= 0 || s.toks[b].Kind != tokenize.Word || s.isCap(b) && b != sp.first-1 && s.sentenceOf(b).First != b {
		return -1
	}
	return b
}

// kindsConflict reports whether noun, a description's head in small letters, and the role
// person span sp was introduced with say different things the person does: "pemain" for
// "pelatih Persiraja, Teuku Rizal Mahdi", "aktris" for "Sutradara Lee Jae-hoon"; or a
// different sex, when both the noun and what the text gave the person say one (see
// sexConflict): "aktor" for "aktris Thailand Natcha Wongsakul". Either noun unknown to
// person-kinds.tsv ("pria", "Kepala Dinas …") is no conflict of kinds.
func (s *state) kindsConflict(noun string, sp *span) bool {
	if nounSex(noun) != 0 && s.sexConflict(noun, sp) {
		return true
	}
	nk, rk := s.lex.personKinds[noun], s.roleKinds(sp)
	if slices.Equal(nk, officerKinds) {
		// "perwira pertama polisi itu" is one the text gave an officer's rank, whatever
		// the office: "Kepala Satuan Lalu Lintas Polres Subang AKP Dedi …"
		return !s.officerNamed(sp)
	}
	if nk == nil || rk == nil {
		return false
	}
	for _, k := range nk {
		if slices.Contains(rk, k) {
			return false
		}
	}
	return true
}

// nounSex returns the sex a word for a person says, in small letters: 'm' for "pria",
// "laki-laki", "lelaki", "bapak", "ayah", "aktor" (against "aktris"), "suami"; 'f' for
// "perempuan", "wanita", "ibu", "aktris", "istri" and the feminine forms of loanwords
// ("mahasiswi", "karyawati", "pramugari"); 0 for any other (a word that fits both:
// "warga", "pemain", "penyanyi").
func nounSex(w string) byte {
	switch w {
	case "pria", "laki-laki", "lelaki", "bapak", "ayah", "aktor", "suami", "putra", "kakek", "paman":
		return 'm'
	case "perempuan", "wanita", "ibu", "aktris", "istri", "putri", "nenek", "bibi", "mahasiswi", "karyawati", "pramugari", "siswi", "biarawati":
		return 'f'
	}
	return 0
}

// sexConflict reports whether person span sp was given, where the text named it, a sex
// other than the one description noun says (nounSex): by the noun of its role ("aktris
// Thailand Natcha Wongsakul", "Ibu rumah tangga …"), or by a form of address right
// before the name ("Bu Ani", "Pak Joko", "Mbak …", "Mas …"). No evidence is no conflict:
// names alone say nothing.
func (s *state) sexConflict(noun string, sp *span) bool {
	got := s.sexGiven(sp)
	if got == 0 && sp.role == "" {
		// a later mention of a name ("Natcha"): what the text gave where it introduced
		// the name, among maxTitleLookBack persons before
		// (one of a pair too: "aktor Raka Pradipta dan aktris Nadia Kirana")
		s.titledBack(s.spanBefore(sp.first), func(e *span) bool {
			if e.name == sp.name {
				got = s.sexGiven(e)
			}
			return got != 0
		})
	}
	return got != 0 && got != nounSex(noun)
}

// givenKinds returns the kinds (roleKinds) of what the text gave person span sp as, where
// it named it or, for a later mention of the name, where it introduced it among
// maxTitleLookBack persons before; or nil.
func (s *state) givenKinds(sp *span) []string {
	if k := s.roleKinds(sp); k != nil || sp.role != "" {
		return k
	}
	var kinds []string
	// (one of a pair too: "aktor Raka Pradipta dan aktris Nadia Kirana")
	s.titledBack(s.spanBefore(sp.first), func(e *span) bool {
		if e.name == sp.name {
			kinds = s.roleKinds(e)
		}
		return kinds != nil
	})
	return kinds
}

// sexGiven returns the sex the text gives person span sp where it names it (see
// sexConflict), or 0.
func (s *state) sexGiven(sp *span) byte {
	if f := strings.Fields(sp.role); len(f) > 0 {
		if g := nounSex(strings.ToLower(f[0])); g != 0 {
			return g
		}
	}
	if b := s.tradeNounBefore(sp); b >= 0 {
		switch w := s.lowAt(b); w {
		case "pak", "mas", "bang", "abang":
			return 'm'
		case "bu", "mbak", "nyonya":
			return 'f'
		default:
			return nounSex(w) // "aktris Thailand Natcha Wongsakul", "Ibu Sri"; not "istrinya, …"
		}
	}
	return 0
}

// personOfKind returns, for a description's noun after a cue that the person found first
// does not fit, the person it describes instead: looking back from the quote over
// maxTitleLookBack persons named outside quotes within pronounReach sentences, the latest
// whose role shares a kind with the noun, else the latest whose role does not conflict with
// it; with neither within reach, the latest further back whose role shares a kind with the
// noun; one of a pair only by its role; never one the quote names. Nil when there is none.
func (s *state) personOfKind(noun string) *span {
	s.needRefs()
	ps := s.sentIndex(s.quoteOpen)
	var free *span
	k := s.spanBefore(s.quoteOpen)
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.titledRef(k) // (one of a pair too, whom only its noun picks: "aktor Raka Pradipta dan aktris Nadia Kirana")
		if r < 0 {
			break
		}
		sp := &s.spans[r]
		far := ps-s.sentIndex(sp.first) > pronounReach
		if far && (free != nil || s.lex.personKinds[noun] == nil) {
			break
		}
		k = int(r) - 1
		if sp.dead || s.namedInQuote(sp) || s.kindsConflict(noun, sp) {
			continue
		}
		if s.coordinated(sp) {
			if b := s.tradeNounBefore(sp); b < 0 || s.lex.personKinds[s.lowAt(b)] == nil {
				continue // one of a pair only by a noun of its own, not one a list shares
			}
		}
		if s.roleKinds(sp) != nil || slices.Equal(s.lex.personKinds[noun], officerKinds) {
			return sp // its role agrees with the noun (an officer's rank: kindsConflict)
		}
		if far {
			continue // further back, only one introduced as what the noun says: "Aktor Bima Arkana"
		}
		if free == nil {
			free = sp
		}
	}
	return free
}

// personNear returns the person span nearest to token k within reach tokens in its
// sentence, looking back first, then ahead; or nil.
func (s *state) personNear(k, reach int) *span {
	sen := s.sentenceOf(k)
	person := func(j int) *span {
		if o := s.owner[j]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) && !s.spans[o].dead {
			return &s.spans[o]
		}
		return nil
	}
	for j := k - 1; j >= sen.First && j >= k-reach; j-- {
		if sp := person(j); sp != nil {
			return sp
		}
	}
	for j := k + 1; j < sen.Last && j <= k+reach; j++ {
		if sp := person(j); sp != nil {
			return sp
		}
	}
	return nil
}

// titlesJoined reports whether token i joins a title to another: "CEO sekaligus pendiri
// Kirimin Kevin …", "Ketua merangkap Anggota …". A title before it is no bare title.
func (s *state) titlesJoined(i int) bool {
	switch s.lowAt(i) {
	case "sekaligus", "merangkap", "dan", "and", "&":
		return i+1 < len(s.toks) && s.phraseAt(&s.lex.titles, i+1) > 0
	}
	return false
}

// relativeSubject reports whether the sentence that token first opens has for its subject
// a description with a relative clause, before the cue at c: an ordinary word (one word or
// two) that is no body's head, pronoun or non-person source, then "yang", and no name up to
// the cue ("Pria yang tahun lalu juara di Losail mengatakan, …").
func (s *state) relativeSubject(first, c int) bool {
	y := first + 1
	if y < c && s.lowAt(y) != "yang" {
		y++
	}
	if y >= c || s.lowAt(y) != "yang" || s.toks[first].Kind != tokenize.Word || !s.ordinary(s.lowAt(first)) ||
		s.is(first, fOrgHead) || s.is(first, fPronoun) || s.lex.nonPersonSources[s.lowAt(first)] || s.owner[first] >= 0 {
		return false
	}
	for k := first + 1; k < c; k++ {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader || s.spans[o].typ == gazetteer.Organization) {
			return false
		}
	}
	return true
}

// describesSubject reports whether the words [first, det), a sentence's start before the
// determiner det, describe a person already named rather than name one: "Winger andalan
// Persebaya itu", "Pelatih asal Portugal tersebut". The first word is an ordinary word (one
// the word lists or the news corpus know) that is no body's head nor a non-person source
// ("Pemerintah itu", "Pernyataan tersebut"), and no person is named among them.
func (s *state) describesSubject(first, det int) bool {
	n := det - first
	if n > 6 && n <= 9 && s.word(det-1) == ")" && s.word(det-3) == "(" {
		n -= 3 // a body's acronym in brackets does not count: "Lulusan Institut Pertanian Bogor (IPB) itu"
	}
	if n > 6 || s.toks[first].Kind != tokenize.Word || !s.ordinary(s.lowAt(first)) || s.is(first, fOrgHead) ||
		s.is(first, fPronoun) || s.lex.nonPersonSources[s.lowAt(first)] || s.owner[first] >= 0 {
		return false
	}
	for k := first + 1; k < det; k++ {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) ||
			s.toks[k].Kind == tokenize.Punct && s.word(k) != "(" && s.word(k) != ")" { // (a body's acronym may stand in brackets: "Lulusan Institut Pertanian Bogor (IPB) itu")
			return false
		}
	}
	return true
}

// appositionSpeaker reads "CUE role words, NAME": "kata ko-kurator pameran, Geoff Marsh",
// "ujar Konsul Jenderal RI di New York, Abdul Qadir Jaelani". The name after the comma is
// the speaker when it is a person or a run of two or more capitalised words.
func (s *state) appositionSpeaker(j int) (mention, bool) {
	if j >= len(s.toks) {
		return mention{}, false
	}
	if k := s.owner[j]; k >= 0 && (s.spans[k].typ == gazetteer.Person || s.spans[k].typ == gazetteer.Leader) {
		return mention{}, false // the name comes first: "ungkap Amit Fulay, manajer produk Google"
	}
	if s.looksLikePersonalName(j, min(j+2, len(s.toks)), 0) && (j+2 >= len(s.toks) || s.word(j+2) == ",") {
		return mention{}, false // "ujar Hendra Wijaya, Gerneral Advisor lomba …"
	}
	for c := j + 1; c < len(s.toks) && c < j+maxSpeakerReach; c++ {
		t := s.toks[c]
		if t.Kind == tokenize.OpenQuote || t.Kind == tokenize.CloseQuote || s.isQuoted(c) || isTerminalPunct(t.Text(s.text)) {
			return mention{}, false
		}
		if t.Text(s.text) != "," {
			continue
		}
		n := c + 1
		for n+1 < len(s.toks) && n-c <= 2 && s.owner[n] < 0 && s.isCap(n) && s.is(n, fTitle|fRank) {
			n++ // a title or rank of the name's own: "kata co-owner restoran, Chef Fernando Sindu"
		}
		if n >= len(s.toks) {
			return mention{}, false
		}
		if k := s.owner[n]; k >= 0 {
			sp := &s.spans[k]
			if sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader {
				if n > c+1 && sp.last < len(s.toks) && s.is(sp.last, fDeterminer) {
					// a description the determiner closes, of someone the speaker is kin
					// to or works for: "kata putra dari pendiri Nahdlatul Ulama, KH Hasyim
					// Asy'ari ini" is the son's
					return mention{}, false
				}
				return s.mentionOf(sp, 0), true
			}
			return mention{}, false
		}
		e := n
		for e < len(s.toks) && e-n < 5 && s.owner[e] < 0 && s.isNameToken(e) {
			e++
		}
		if e-n >= 2 {
			txt := s.text[s.toks[n].Start:s.toks[e-1].End]
			return mention{start: int(s.toks[n].Start), end: int(s.toks[e-1].End), text: txt, name: txt}, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// bernamaAt returns the index of a word that gives a name ("bernama", "berjuluk",
// "dijuluki") when it follows token i within four lowercase words ("salah satu penumpang
// bernama Zhang", "pembalap berjuluk Diggia itu"), or 0.
func (s *state) bernamaAt(i int) int {
	for k := i; k < len(s.toks) && k < i+5; k++ {
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) {
			return 0
		}
		switch s.lowAt(k) {
		case "bernama", "berjuluk", "dijuluki":
			return k
		}
	}
	return 0
}

// mention is a speaker mention with its resolution. The rules pass mentions by value, so
// that the quotes of a long document allocate none: a rule that may find no speaker
// returns with its mention whether it found one (false: none, the mention empty).
type mention struct {
	start, end int // byte offsets of the mention
	text       string
	name       string
	sp         *span            // the entity, when the speaker is one
	entry      *gazetteer.Entry // the gazetteer's entry, when a bare title names its holder
	pos        int              // token index where the attribution stands, for recency
	unnamed    bool             // a description that names nobody ("kata rekan korban"): a last resort
}

func (m *mention) speaker() *Speaker {
	sp := &Speaker{Text: m.text, Start: m.start, End: m.end, Name: m.name}
	switch {
	case m.sp != nil:
		sp.ID, sp.Type = m.sp.id, m.sp.typ
	case m.entry != nil:
		sp.ID, sp.Type = m.entry.ID, m.entry.Type
	}
	return sp
}

// mentionOf returns the mention of span sp, read at token pos (0 when no rule asks).
func (s *state) mentionOf(sp *span, pos int) mention {
	return mention{start: sp.start, end: sp.end, text: s.text[sp.start:sp.end], name: sp.name, sp: sp, pos: pos}
}

// speakerOf returns m as a quote's speaker, a known entity's name the fullest the document
// gives it (see fullestName); "mereka" resolved to one person is left unresolved.
func (s *state) speakerOf(m mention) *Speaker {
	if m.sp != nil && (m.sp.typ == gazetteer.Person || m.sp.typ == gazetteer.Leader) && strings.EqualFold(m.text, "mereka") {
		// "they" is a group, never one person: "Mereka berseru: “…”" after "Sebagian
		// pengunjuk rasa berkumpul di luar kantor Perdana Menteri Leo Varadkar" is the
		// protesters', who are no entity; so is "kata mereka" after "McCartney dan Starr"
		return &Speaker{Text: m.text, Start: m.start, End: m.end, Name: m.text}
	}
	sp := m.speaker()
	if m.sp != nil && m.sp.entry != nil {
		sp.Name = s.fullestName(m.sp.id, sp.Name)
	}
	if m.sp != nil && m.sp.typ == gazetteer.Organization && m.sp.entry == nil {
		sp.Name = s.fullBodyName(m.sp.first, s.text[m.sp.start:m.sp.end], sp.Name)
		sp.Name = s.listedName(m.sp, sp.Name)
	} else if m.sp == nil && !m.unnamed && m.text != "" && m.text == m.name && tokenize.IsCapitalized(m.text) && !strings.Contains(m.text, " ") {
		// a body's head word alone that names no entity itself ("tulis Perumda"): the body
		// an earlier mention named with it
		if p := s.tokenAt(m.start); p >= 0 {
			sp.Name = s.fullBodyName(p, m.text, sp.Name)
		}
	}
	sp.Name = oneLine(sp.Name)
	return sp
}

// tokenAt returns the index of the token that starts at byte offset b, or -1.
func (s *state) tokenAt(b int) int {
	k := s.tokenFrom(0, len(s.toks), b)
	if k == len(s.toks) || int(s.toks[k].Start) != b {
		return -1
	}
	return k
}

// tokenFrom returns the first of tokens [lo, hi) that starts at byte b or after it, or
// hi, by a binary search.
func (s *state) tokenFrom(lo, hi, b int) int {
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); int(s.toks[m].Start) < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// byteTokens yields in text order the tokens that are the one byte c ("/", ":") from
// byte from on, found by searching the text for c rather than by reading every token: few
// tokens are one.
func (s *state) byteTokens(c byte, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for b := from; b < len(s.text); b++ {
			d := strings.IndexByte(s.text[b:], c)
			if d < 0 {
				return
			}
			b += d
			if k := s.tokenAt(b); k >= 0 && s.toks[k].End == s.toks[k].Start+1 && !yield(k) {
				return
			}
		}
	}
}

// listedName returns, for a company's name that a mention of the same body wrote with
// "Tbk" after it ("PT Riau Serat Nusantara Tbk (RSNT)" … "tulis RSNT"), that mention as
// written, its full name as a listed company; else name. It looks back from body span b
// over maxTitleLookBack bodies.
func (s *state) listedName(b *span, name string) string {
	if b.id == "" || strings.HasSuffix(name, " Tbk") {
		return name
	}
	s.needRefs()
	k := s.spanBefore(b.last)
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.orgRef(k)
		if r < 0 {
			break
		}
		if o := &s.spans[r]; o.id == b.id {
			if t := oneLine(s.text[o.start:o.end]); t == name+" Tbk" {
				return t
			}
		}
		k = int(r) - 1
	}
	return name
}

// fullBodyName returns, for a body the gazetteer does not know named by its first words
// short at token first ("tulis Perumda"), the full name an earlier mention gave ("Perumda
// Pasar Kota Parepare, pengelola pasar tersebut, …"): the latest body named before it,
// among maxTitleLookBack, whose words begin with its own; else name.
func (s *state) fullBodyName(first int, short, name string) string {
	s.needRefs()
	k := s.spanBefore(first)
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.orgRef(k)
		if r < 0 {
			break
		}
		o := &s.spans[r]
		if t := oneLine(s.text[o.start:o.end]); len(t) > len(short)+1 && strings.HasPrefix(t, short) && t[len(short)] == ' ' {
			return t
		}
		k = int(r) - 1
	}
	return name
}

// attribute finds each quote's cue and speaker. Attribution after the quote comes first
// (“…,” kata X / “…,” ujarnya / “…,” itu berkata), then attribution before it (X mengatakan,
// “…” / Menurut X, “…” / X menyebut … “…”), then the previous quote's speaker for a quote
// that follows it with no attribution of its own, and last the next quote's speaker for a
// quote paragraph before it (see carryBack). Pronouns and clitics (katanya, dia, ia)
// resolve through the discourse model in discourse.go. A quote with nothing to go on gets
// no speaker.
func (s *state) attribute(raws []rawQuote, quotes []Quote) {
	s.markQuoted(raws)
	s.refsDue = true // built when first read: see needRefs
	// the previous document's tables are emptied, so that a reader that forgot to call
	// needRefs fails at once (an index out of range) rather than reading them
	s.refs.person, s.refs.subject, s.refs.org, s.refs.titled = s.refs.person[:0], s.refs.subject[:0], s.refs.org[:0], s.refs.titled[:0]
	// the speaker of the previous quote that had one, which the rules read through last
	// (nil before the first), and the one before it who was someone else, which
	// s.answered points at: the rules return mentions as values, kept here
	var lastM, answered mention
	var last *mention
	s.answered = nil
	// the previous quote's speaker when a cue after it gave one (hasPrevAfter), and the
	// speakers cues after quotes gave that carryBack reads (see cuedSpeaker)
	var prevAfter mention
	var hasPrevAfter bool
	var after []cuedSpeaker
	for k, r := range raws {
		q := &quotes[k]
		s.quoteOpen, s.quoteClose = r.open, r.close
		s.afterReply = k > 0 && quotes[k-1].Speaker != nil && isReplyCue(strings.ToLower(quotes[k-1].Cue))
		m, cue, ok := s.attributionAfter(r, last)
		cuedAfter := ok && !m.unnamed
		if cuedAfter && k > 0 && quotes[k-1].Speaker == nil {
			after = append(after, cuedSpeaker{k: k, m: m})
		}
		if !ok || m.unnamed {
			if m2, cue2, ok2 := s.attributionBefore(r, last); ok2 {
				m, cue, ok = m2, cue2, true
			}
		}
		if !ok || m.unnamed {
			if m2, cue2, ok2 := s.passiveFrameAfter(r); ok2 {
				m, cue, ok = m2, cue2, true
			}
		}
		if (!ok || m.unnamed) && fieldsAtLeast(q.Text, 4) {
			if sp := s.subjectBeforeComma(r.open); sp != nil {
				m, ok = s.subjectAt(sp.first, last) // (a span's mention, always found)
				cue = ""
			}
		}
		if !ok || m.unnamed {
			if m2, cue2, ok2 := s.writtenTextBefore(r, last); ok2 {
				m, cue, ok = m2, cue2, true
			}
		}
		if (!ok || m.unnamed) && hasPrevAfter && s.resumesAfter(raws[k-1], &prevAfter, r) {
			// the quote goes on right after its attribution: "“…,” kata Toto Wolff, “Bahkan …”"
			m, cue, ok = prevAfter, quotes[k-1].Cue, true
		}
		prevAfter, hasPrevAfter = m, cuedAfter // (m is still the cue's speaker when cuedAfter)
		if (!ok || m.unnamed) && last != nil && k > 0 && s.followsQuote(raws[k-1], r) && looksLikeSpeech(q.Text) &&
			s.startsSentence(r.open) {
			m, cue, ok = *last, quotes[k-1].Cue, true
		}
		if !ok {
			continue
		}
		q.Cue = cue
		if m.sp != nil && m.sp.entry == nil && strings.IndexByte(m.name, ' ') < 0 {
			if full := s.shortNameHolder(m.name, r.open); full != nil {
				// a short name that two persons share ("Budi" for Budi Santoso Wibowo and
				// Budi Hartawan): the one named last before the quote, unless the text
				// gave the short name to the other (see shortNameHolder)
				m = mention{start: m.start, end: m.end, text: m.text, name: full.name, sp: full, pos: m.pos}
			}
		}
		q.Speaker = s.speakerOf(m)
		if last != nil && last.name != m.name {
			answered = *last
			s.answered = &answered
		}
		lastM, last = m, &lastM
	}
	s.afterReply = false
	s.carryBack(raws, quotes, after)
	s.openerQuotes(raws, quotes)
	s.namedAfterDescription(raws, quotes)
	s.carryOver(raws, quotes)
	s.describedBefore(raws, quotes)
}

// describedBefore gives a paragraph of quote alone that no rule attributed, right after a
// narrative paragraph with a sentence that opens with a description of a person ("Mantan
// pemain Chapecoense itu mempersembahkan …", "Produser yang pernah menggarap … itu sengaja
// …", see opensWithDescription), the person that description refers back to: the latest
// person named before it outside quotes in its paragraph, no one of a pair. "Gol Wellington menjadi yang
// kesebelas baginya musim ini. Mantan pemain Chapecoense itu mempersembahkan golnya untuk
// …. ¶ "Anak saya lahir dua hari lalu …"" is Wellington's. The speaker's mention is that
// person's name. Each quote reads the sentences of one paragraph, so the cost stays linear.
func (s *state) describedBefore(raws []rawQuote, quotes []Quote) {
	sents := s.doc.Tokens.Sentences
	for k, r := range raws {
		if quotes[k].Speaker != nil || !r.closed || !s.fillsParagraph(r) || !looksLikeSpeech(quotes[k].Text) {
			continue
		}
		qs := s.sentIndex(r.open)
		if qs < 1 {
			continue
		}
		from := s.paraFirstSentence(qs - 1)
		for j := qs - 1; j >= from; j-- {
			if f := sents[j].First; s.isQuoted(f) || j == from && k > 0 && raws[k-1].close >= f {
				break // a paragraph of narrative alone, after the previous quote
			}
			if !s.opensWithDescription(j) {
				continue
			}
			s.needRefs()
			if p := s.spanBefore(sents[j].First); p >= 0 {
				if sp := s.refAt(s.personRef(p)); sp != nil && s.sentIndex(sp.first) >= from && !s.namedInQuote(sp) {
					m := s.mentionOf(sp, sp.first)
					quotes[k].Speaker = s.speakerOf(m)
				}
			}
			break
		}
	}
}

// carryOver gives a paragraph of quote alone that no rule attributed the previous quote's
// speaker, when the narrative paragraphs between them name nobody else (see carriesOver):
// "“…,” kata Jasin. ¶ Narindo nantinya akan menjadi bottom line Kioson … ¶ “Jadi nanti
// Narindo yang akan menopang …”" is still Jasin's. A run of such paragraphs takes the same
// speaker.
func (s *state) carryOver(raws []rawQuote, quotes []Quote) {
	for k := 1; k < len(raws); k++ {
		prev := quotes[k-1].Speaker
		if quotes[k].Speaker != nil || prev == nil || prev.ID == "" || (prev.Type != gazetteer.Person && prev.Type != gazetteer.Leader) ||
			!looksLikeSpeech(quotes[k].Text) || !s.carriesOver(raws[k-1], raws[k], prev) {
			continue
		}
		sp := *prev
		quotes[k].Speaker, quotes[k].Cue = &sp, quotes[k-1].Cue
	}
}

// namedAfterDescription names the speaker that a quote's attribution only described, when
// the sentence right after the attribution names that person in apposition to a noun and
// "itu" or "tersebut": "“…,” tutur petani berpeci hitam itu. ¶ Petani tersebut, Baharuddin Sanusi,
// juga mengaku …"; "“…,” kata nelayan berusia 48 tahun itu. ¶ Nelayan itu, Muhammad Zaini,
// mengatakan …"; or inside the description after "bernama" ("“…,” ujar seorang fotografer
// asal Padang. Pria bernama Fikri Aulia (29) itu …"). A description that reference
// resolution gave a person already is renamed only by a sentence that opens with its own
// noun ("“…,” tutur perempuan berusia 31 tahun itu. ¶ Perempuan tersebut, Nurhasanah, …"):
// the text says whom it meant. The speaker's mention stays the description; its name is
// the person's, and so is that of the quotes right after it that a clitic gave the same
// description. Each
// quote looks at one sentence, and is renamed at most once, so the cost stays linear.
func (s *state) namedAfterDescription(raws []rawQuote, quotes []Quote) {
	sents := s.doc.Tokens.Sentences
	for k, r := range raws {
		sp := quotes[k].Speaker
		if sp == nil || !r.closed || r.close+1 >= len(s.toks) || sp.ID != "" && (sp.Text == "" || sp.Text[0] < 'a' || sp.Text[0] > 'z') {
			continue // (a description resolved before is named again below only by its own noun)
		}
		q := s.sentIndex(r.close) + 1
		if q >= len(sents) {
			continue
		}
		f := sents[q].First
		if sp.ID != "" && !strings.EqualFold(sp.Text, s.word(f)) {
			continue // "“…,” tutur perempuan berusia 31 tahun itu. ¶ Perempuan tersebut, Nurhasanah, …" names her whomever the description was taken for
		}
		d := f + 1 // the determiner after the noun, or a word or two that qualify it: "Calon penumpang itu, Dewi Anggraeni, …"
		reach := f + 3
		if personWord(s.lowAt(f)) {
			// a man or a woman described at more length: "Pria berusia 58 tahun itu", "Pria
			// yang sehari-hari bekerja sebagai nelayan itu"
			reach = f + 9
		}
		for d < reach && d < len(s.toks) && (s.toks[d].Kind == tokenize.Word && !s.isCap(d) || s.toks[d].Kind == tokenize.Number) && !s.is(d, fDeterminer) {
			d++
		}
		n := -1
		if d > f+1 && d < len(s.toks) && s.lowAt(d-1) == "bernama" && s.isCap(d) {
			n = d // the name inside the description: "Pria bernama Fikri Aulia (29) itu mengaku …"
		} else if d+3 >= len(s.toks) || s.owner[f] >= 0 || s.toks[f].Kind != tokenize.Word || s.is(f, fPronoun) ||
			(s.lowAt(d) != "itu" && s.lowAt(d) != "tersebut") {
			continue // (the noun may be another: "ujar perempuan … itu. ¶ Pemasok tersebut, Yuliana Pongsapan, …")
		} else {
			n = s.nameAfterDescription(d + 1)
		}
		if n < 0 {
			continue
		}
		p := s.personAt(n)
		if p == nil || p.last >= len(s.toks) || s.word(p.last) != "," && s.word(p.last) != "(" && !isTerminalPunct(s.word(p.last)) {
			continue
		}
		named := s.speakerOf(s.mentionOf(p, 0))
		described := sp.Name
		sp.Name, sp.ID, sp.Type = named.Name, named.ID, named.Type
		// the quotes right after it that a clitic or pronoun gave the same description are
		// that person's too: "“…,” kata seorang perajin …. ¶ Perajin itu, Sutikno, … “…,”
		// ujarnya"
		for j := k + 1; j < len(quotes); j++ {
			later := quotes[j].Speaker
			if later == nil || later.ID != "" || later.Name != described {
				break
			}
			later.Name, later.ID, later.Type = named.Name, named.ID, named.Type
		}
	}
}

// nameAfterDescription returns where the name begins that a description ending before token
// i gives its person, or -1: after a comma ("Perajin itu, Sutikno, …"), after "bernama"
// ("Pria … itu bernama Basri (41)"), or after "sebagai" in "memperkenalkan diri sebagai"
// ("Pria … itu belakangan memperkenalkan diri sebagai Yohanes Lejau"), with at most two
// words before these.
func (s *state) nameAfterDescription(i int) int {
	if i < len(s.toks) && s.word(i) == "," {
		return i + 1
	}
	for k := i; k < len(s.toks) && k <= i+3; k++ {
		switch s.lowAt(k) {
		case "bernama":
			return k + 1
		case "sebagai":
			if k > 0 && s.lowAt(k-1) == "diri" {
				return k + 1
			}
			return -1
		}
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) {
			return -1
		}
	}
	return -1
}

// subjectBefore returns the person who is the subject of a reporting verb, after nothing
// but role words, or who follows "Menurut", in the sentence right before sentence qs within
// its paragraph, or nil.
func (s *state) subjectBefore(qs int) *span {
	if qs < 1 || s.paraStart(s.doc.Tokens.Sentences[qs].First) {
		return nil
	}
	return s.reportingSubjectOf(qs - 1)
}

// actorBefore returns, for the quote that opens sentence qs and ends its paragraph, the
// person who opens the sentence right before it in the paragraph, after nothing but role
// words, as the subject of a verb in the active voice ("Khusus dengan Filipina, Menteri
// Pertahanan Ryamizard Ryacudu akan membahas keberadaan ISIS. “Ada hal-hal sensitif …”"),
// when that sentence names no other person; or nil.
func (s *state) actorBefore(qs int) *span {
	if qs < 1 || s.paraStart(s.doc.Tokens.Sentences[qs].First) {
		return nil
	}
	sen := s.doc.Tokens.Sentences[qs-1]
	var actor *span
	for i := sen.First; i < sen.Last; i++ {
		o := s.owner[i]
		if o < 0 || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
			continue
		}
		if actor != nil && identity(actor) != identity(&s.spans[o]) || s.isQuoted(i) {
			return nil // two persons: which one goes on is not said
		}
		if actor == nil {
			actor = &s.spans[o]
		}
		i = s.spans[o].last - 1
	}
	if actor == nil || !s.onlyRoleBefore(actor) && !s.openingPhrase(actor, s.beforeRole(actor), false) || s.patientOf(actor, s.sentenceOf(actor.first), s.beforeRole(actor)) {
		return nil
	}
	e := s.afterAge(actor.last)
	for n := 0; n < 3 && e < sen.Last && clauseAdverb(s.lowAt(e)); n++ {
		e++
	}
	if e >= sen.Last || !s.predicateAt(e) || strings.HasPrefix(s.lowAt(e), "di") {
		return nil
	}
	return actor
}

// adverbialOpener reports whether w, in small letters, opens an adverbial phrase that may
// stand before a sentence's subject: a preposition, a conjunction or an adverb of time.
func adverbialOpener(w string) bool {
	switch w {
	case "dalam", "di", "pada", "saat", "ketika", "sewaktu", "usai", "seusai", "setelah", "sesudah", "sebelum", "sejak", "selama",
		"meski", "meskipun", "walau", "walaupun", "namun", "tetapi", "sementara", "selain", "khusus", "untuk", "bagi", "bersama",
		"kepada", "dengan", "terkait", "soal", "mengenai", "sebelumnya", "kemudian", "lalu", "akhirnya", "kini", "kemarin",
		"sedangkan", "adapun", "karena", "sehingga", "jika", "apabila", "bahkan", "dari", "atas", "tak", "tidak":
		return true
	}
	return false
}

// openingPhraseBefore reports whether person span sp, after its role words, follows a short
// phrase that opens its sentence and ends in a comma ("Khusus dengan Filipina, Ryamizard
// …", "Meski demikian, Kaka …", "Dalam pidato Selasa malam, Rahmat …"), of five words at
// most: ordinary words, numbers, places and bodies, no person. b is the token before sp's
// role words (beforeRole), which the caller has.
func (s *state) openingPhraseBefore(sp *span, b int) bool {
	return s.openingPhrase(sp, b, true)
}

// openingPhrase is openingPhraseBefore, with a phrase that a noun opens too when adverbial
// is false: a role set off before the person ("Pemimpin terpilih Hong Kong, Carrie Lam,
// bertemu …").
func (s *state) openingPhrase(sp *span, b int, adverbial bool) bool {
	if b < 0 || s.word(b) != "," {
		return false
	}
	f := s.sentenceOf(sp.first).First
	if b <= f || b-f > 5 {
		return false
	}
	e := s.afterAge(sp.last)
	if e < len(s.toks) && s.word(e) == "," {
		e++ // set off by commas, a verb after: "Pemimpin terpilih Hong Kong, Carrie Lam, bertemu …"
	}
	for n := 0; n < 3 && e < len(s.toks) && clauseAdverb(s.lowAt(e)); n++ {
		e++
	}
	if e >= len(s.toks) || !(s.predicateAt(e) && !s.is(e, fPronoun) || s.cueOf(e) == cuePre) {
		// no verb after: the phrase's noun's apposition ("Bersama rekan kerjanya, Indah
		// Maryani, mereka …"), or one of a list ("Dua desa lain, Kualu Nenas dan …")
		return false
	}
	if adverbial && !adverbialOpener(s.lowAt(f)) {
		return false // a noun phrase before the comma is the person's role: "Pejabat pembuat komitmen ruas itu, Yuliandri …"
	}
	for k := f; k < b; k++ {
		if s.toks[k].Kind != tokenize.Word && s.toks[k].Kind != tokenize.Number || s.is(k, fPronoun) || s.cueOf(k) != cueNone {
			return false // (a clause of its own: "Ia melihat, Jokowi …", "Argo mengatakan saat …, Novel …")
		}
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) || k > f && s.isCap(k) && o < 0 && !s.ordinary(s.lowAt(k)) {
			return false
		}
	}
	return true
}

// openerQuotes gives a quote paragraph that still has no speaker, and reads as speech of
// four words or more, the person who opens the paragraph before it as the subject of a
// reporting verb: "Pelaksana Harian Direktur Penyidikan KPK … Hendarto Wicaksono menyebut
// penyidik telah memeriksa 58 saksi … ¶ ”Kami menemukan berita acara …”"; and a quote that
// ends its paragraph after a sentence whose subject so reported, that person (see
// subjectBefore).
func (s *state) openerQuotes(raws []rawQuote, quotes []Quote) {
	for k, r := range raws {
		q := &quotes[k]
		if q.Speaker != nil || !r.closed && !s.fillsParagraph(r) || !fieldsAtLeast(q.Text, 4) {
			continue // (a quote left open at its paragraph's end is whole too: the mark was forgotten)
		}
		if !s.fillsParagraph(r) {
			// a quote that ends its paragraph after what the paragraph's opener said
			// ("Raila Odinga mengatakan penangkapan itu keliru. “Dia tidak …”"): the opener's
			if r.open > 0 && !s.paraBreak(r.open) && s.startsSentence(r.open) &&
				(r.close+1 >= len(s.toks) || s.paraBreak(r.close+1)) {
				op := s.subjectBefore(s.sentIndex(r.open))
				if op == nil {
					op = s.actorBefore(s.sentIndex(r.open))
				}
				if op != nil {
					q.Speaker = s.speakerOf(s.mentionOf(op, 0))
				}
			}
			continue
		}
		op := s.paragraphOpener(s.sentIndex(r.open))
		if op == nil {
			op = s.speakerOfParagraphBefore(r.open)
		}
		if op == nil {
			if m, ok := s.titleOpener(r.open); ok {
				q.Speaker = m.speaker() // "Menpora pun berharap … ¶ “…”"
				continue
			}
			op = s.pronounOpener(r)
		}
		if op != nil {
			q.Speaker = s.speakerOf(s.mentionOf(op, 0))
		}
	}
}

// carryBack gives a quote paragraph with no attribution of its own the speaker of the
// quote paragraph right after it, when a cue after that quote names a person the
// paragraph before the first one named too: the usual way to quote someone at length.
//
//	Hazard menilai Conte merupakan manajer pekerja keras.
//	"Conte adalah manajer yang bagus. …"
//	"Conte terus berusaha …," kata Hazard.
//
// Both quotes must fill their paragraphs. Each quote looks at one paragraph, so the cost
// stays linear.
func (s *state) carryBack(raws []rawQuote, quotes []Quote, after []cuedSpeaker) {
	if len(after) == 0 {
		return
	}
	var carried mention // the speaker quote k+1 took here from the quote after it (hasCarried)
	hasCarried := false
	a := len(after) - 1 // after's last entry for a quote after k
	for k := len(raws) - 2; k >= 0; k-- {
		// the next quote's speaker: one it took here, or one a cue after it gave it
		var m *mention
		for a >= 0 && after[a].k > k+1 {
			a--
		}
		if hasCarried {
			m = &carried
		} else if a >= 0 && after[a].k == k+1 {
			m = &after[a].m
		}
		hasCarried = false
		r, next := raws[k], raws[k+1]
		if end := r.close - b2i(r.closed); quotes[k].Speaker == nil && m != nil && m.sp != nil && next.open == r.close+1 && !s.paraBreak(next.open) &&
			isTerminalPunct(s.word(end)) && looksLikeSpeech(quotes[k].Text) {
			// a quote right before another in its paragraph, whose cue comes after it:
			// one speech in two marks, "“… dua kantong jenazah.” “Rencananya …,” ujarnya."
			// (or with the first closing mark left out: "“… jenazah. “Rencananya …”")
			quotes[k].Speaker = s.speakerOf(*m)
			carried, hasCarried = *m, true
			continue
		}
		if quotes[k].Speaker != nil || m == nil || m.sp == nil || !r.closed || !looksLikeSpeech(quotes[k].Text) ||
			!s.fillsParagraph(r) || !s.paraBreak(next.open) || next.open != r.close+1 || !s.paraBreak(r.open) {
			continue
		}
		if !s.namedInParagraphBefore(r.open, m.sp) {
			continue
		}
		quotes[k].Speaker = s.speakerOf(*m)
		carried, hasCarried = *m, true // a run of such paragraphs takes the same speaker
	}
}

// cuedSpeaker is the speaker that a cue after quote k gave it, noted by attribute for
// carryBack when the quote before k was left without a speaker: carryBack reads no other.
type cuedSpeaker struct {
	k int
	m mention
}

// fillsParagraph reports whether quote r opens its paragraph and ends it.
func (s *state) fillsParagraph(r rawQuote) bool {
	return (r.open == 0 || s.paraBreak(r.open)) && (r.close+1 >= len(s.toks) || s.paraBreak(r.close+1))
}

// namedInParagraphBefore reports whether the paragraph before the one token i opens
// names, outside quotes, the person of span sp: the same entity by id or by name, or by
// the name's first or last word.
func (s *state) namedInParagraphBefore(i int, sp *span) bool {
	p := i - 1 // the previous paragraph's first token
	for p > 0 && !s.paraBreak(p) {
		p--
	}
	for k := s.spanBefore(i); k >= 0 && s.spans[k].first >= p; k-- {
		c := &s.spans[k]
		if s.isQuoted(c.first) || c.typ != gazetteer.Person && c.typ != gazetteer.Leader {
			continue
		}
		if c.id != "" && c.id == sp.id || c.name != "" && (c.name == sp.name || nameEnds(sp.name, c.name)) {
			return true
		}
	}
	return false
}

// nameEnds reports whether short is the first or last word of the name full: "Hazard"
// named before "Eden Hazard" is.
func nameEnds(full, short string) bool {
	n := len(short)
	return len(full) > n && (full[:n] == short && full[n] == ' ' || full[len(full)-n:] == short && full[len(full)-n-1] == ' ')
}

// passiveFrameAfter reads an attribution in the sentence right after quote r that opens
// by pointing back at it with a passive reporting verb: "”…” ¶ Hal itu disampaikan
// pelatih Feyenoord, Henk ter Horst, kepada …", "Demikian disampaikan Kapolres …",
// "Pernyataan itu diungkapkan …". The speaker is the first person named after the verb,
// past role words, within maxSpeakerReach tokens; the cue is the verb.
func (s *state) passiveFrameAfter(r rawQuote) (mention, string, bool) {
	if !r.closed {
		return mention{}, "", false
	}
	i := r.close + 1
	// (a quote that ends its sentence inside its marks opens the next one, though text in
	// small letters gives no capital to split sentences at: "“… bayar.” hal itu disampaikan …")
	ended := r.close > 0 && isTerminalPunct(s.word(r.close-1))
	if i >= len(s.toks) || !s.startsSentence(i) && !ended || s.toks[i].Kind != tokenize.Word {
		return mention{}, "", false
	}
	v := i
	switch s.lowAt(i) {
	case "demikian":
		v = i + 1
	case "hal", "pernyataan", "ucapan", "keterangan", "penjelasan", "tulisan", "unggahan", "cuitan", "kalimat", "ungkapan", "komentar":
		if i+1 < len(s.toks) && s.is(i+1, fDeterminer) {
			v = i + 2
		}
	}
	if v == i || v >= len(s.toks) || !passiveCue(s.lowAt(v)) {
		return mention{}, "", false
	}
	for j := v + 1; j < len(s.toks) && j-v <= maxSpeakerReach; j++ {
		if o := s.owner[j]; o >= 0 {
			if sp := &s.spans[o]; sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader {
				if a := s.appositiveAfter(sp); a != nil {
					sp = a // the role's person, then the speaker: "disampaikan Manajer Nala, Rina Septiani,"
				} else if a := s.closingAppositive(sp.last); a != nil {
					sp = a // "disampaikan Country Manager Nordvik untuk Indonesia, Dewi Anggraini."
				}
				return s.mentionOf(sp, v), s.word(v), true
			}
			j = s.spans[o].last - 1
			continue
		}
		if isTerminalPunct(s.word(j)) || s.isQuoted(j) {
			break
		}
	}
	return mention{}, "", false
}

// appositiveAfter returns the person set off by commas right after person span sp, when sp
// follows a title's word as the body or the person a role belongs to ("Manajer Nala, Rina
// Septiani,"); else nil.
func (s *state) appositiveAfter(sp *span) *span {
	c := sp.last
	if c+1 >= len(s.toks) || s.word(c) != "," || sp.first == 0 || !s.is(sp.first-1, fTitle) && !s.inRole(sp.first-1) {
		return nil
	}
	o := s.owner[c+1]
	if o < 0 {
		return nil
	}
	a := &s.spans[o]
	if a.first != c+1 || a.typ != gazetteer.Person && a.typ != gazetteer.Leader || a.last < len(s.toks) && s.word(a.last) != "," && s.word(a.last) != "." {
		return nil
	}
	return a
}

// closingAppositive returns the person set off by a comma that closes the sentence within
// a few words after token from, as the speaker named last in a passive frame is ("…
// disampaikan Country Manager Nordvik untuk Indonesia, Dewi Anggraini."); else nil.
func (s *state) closingAppositive(from int) *span {
	for k := from; k+1 < len(s.toks) && k-from <= 6; k++ {
		if isTerminalPunct(s.word(k)) || s.isQuoted(k) {
			return nil
		}
		if s.word(k) != "," {
			continue
		}
		o := s.owner[k+1]
		if o < 0 {
			return nil
		}
		a := &s.spans[o]
		if a.first != k+1 || a.typ != gazetteer.Person && a.typ != gazetteer.Leader || a.last >= len(s.toks) || !isTerminalPunct(s.word(a.last)) {
			return nil
		}
		return a
	}
	return nil
}

// titleOpener returns the holder of the title that opens the paragraph before the one
// token i opens as the subject of a reporting verb, with no name ("Menpora pun berharap
// momentum itu berlanjut."), as titleHolder finds it; or none (false).
func (s *state) titleOpener(i int) (mention, bool) {
	if i < 1 {
		return mention{}, false // the text opens with the quote
	}
	p := i - 1
	for p > 0 && !s.paraBreak(p) {
		p--
	}
	n := s.phraseAt(&s.lex.titles, p)
	if n == 0 || !s.isCap(p) {
		return mention{}, false
	}
	e := s.portfolioAfter(p + n)
	v := e
	for k := 0; k < 2 && v < len(s.toks) && clauseAdverb(s.lowAt(v)); k++ {
		v++
	}
	if v >= len(s.toks) || s.cueOf(v) != cuePre {
		return mention{}, false
	}
	if m := s.titleHolder(p, e); m.sp != nil || m.entry != nil {
		return m, true
	}
	return mention{}, false
}

// speakerOfParagraphBefore returns the last person in the paragraph before the one token
// i opens who is the subject of a reporting verb there ("… Direktur Teknik PSSI Alexander
// Zwiers mengaku mengikuti …"), or nil.
func (s *state) speakerOfParagraphBefore(i int) *span {
	s.needRefs()
	k := s.spanBefore(i)
	if k < 0 {
		return nil
	}
	sp := s.refAt(s.subjectRef(k))
	if sp == nil {
		return nil
	}
	// the paragraph before's first token: a quote filling its paragraph looks at that
	// paragraph only, so the cost stays linear
	p := i - 1
	for p > 0 && !s.paraBreak(p) {
		p--
	}
	if sp.first < p || !s.speaksAfter(sp) && !s.sourceBefore(sp) {
		return nil // not in the paragraph right before, or not speaking there
	}
	return sp
}

// sourceBefore reports whether person span sp follows, after its role, a cue that
// introduces a source: "Hal tersebut menurut Sukan yang …".
func (s *state) sourceBefore(sp *span) bool {
	b := s.beforeRole(sp)
	return b >= 0 && s.cueOf(b) == cueSource && !s.isQuoted(b)
}

// pronounOpener returns, for quote r that fills its paragraph, the person a pronoun
// opening the paragraph before as the subject of its first sentence stands for ("Dia ingin
// masyarakat tetap saling menghormati …. ¶ “Kita hidup di tengah kemajemukan …”"), or of
// its last sentence, after a reporting verb ("Pandangan lain datang dari Rizal …. Ia
// mengingatkan daya beli …. ¶ “Kami masih netral …”"), or as the source the paragraph
// opens with ("Menurut dia, …"); or nil.
func (s *state) pronounOpener(r rawQuote) *span {
	ps := s.sentIndex(r.open)
	if ps == 0 {
		return nil
	}
	j := s.paraFirstSentence(ps - 1)
	t := s.doc.Tokens.Sentences[j].First
	if s.lowAt(t) == "menurut" && t+2 < len(s.toks) && s.is(t+1, fPronoun) && s.word(t+2) == "," {
		// "Menurut dia, hujan yang masih turun … ¶ “Pengasapan saja tidak cukup …”": the
		// source the paragraph opens with
		return s.referentFrom(t + 1)
	}
	if p := s.pronounAfterOpening(t); p > 0 {
		// the pronoun after a phrase that opens the sentence: "Untuk itu, ia berencana …"
		t = p
	}
	if !s.pronounSubject(t) && j < ps-1 {
		if t = s.doc.Tokens.Sentences[ps-1].First; !s.pronounSubject(t) || s.cueOf(t+1) != cuePre {
			if d := s.descriptorSubject(ps - 1); d != nil {
				return d
			}
			// or the paragraph's own first sentence: "Perempuan berusia 26 tahun ini mengaku
			// …. Ia merasa …. ¶ “…”"
			return s.descriptorSubject(j)
		}
	}
	if !s.pronounSubject(t) {
		return nil
	}
	return s.referentFrom(t)
}

// referentFrom returns the person the pronoun at token t stands for, read back from t as
// from a quote opening there, or nil.
func (s *state) referentFrom(t int) *span {
	open := s.quoteOpen
	s.quoteOpen = t
	m := s.resolveRef(t, nil)
	s.quoteOpen = open
	return m.sp
}

// descriptorSubject returns, for sentence j, the person a description that is its subject
// before a reporting verb refers back to ("Lulusan Institut Pertanian Bogor (IPB) itu
// menyebut …" after "Priska Halim"), or nil.
func (s *state) descriptorSubject(j int) *span {
	sen := s.doc.Tokens.Sentences[j]
	for c := sen.First + 1; c <= sen.Last && c-sen.First <= 10; c++ {
		if s.cueOf(c) != cuePre {
			continue
		}
		if d := c - 1; d > sen.First && s.is(d, fDeterminer) && s.describesSubject(sen.First, d) {
			open := s.quoteOpen
			s.quoteOpen = sen.First
			m := s.resolvePronoun(d, nil)
			s.quoteOpen = open
			return m.sp
		}
		return nil
	}
	return nil
}

// pronounSubject reports whether token t is a pronoun, a sentence's subject, with a word in
// small letters after it: "Ia mengingatkan", "Dia ingin", "Pihaknya juga berterima kasih"
// (the subject's side, as news writes it of one who spoke); capitalised, or after a phrase
// that opens the sentence (see pronounAfterOpening). "Mereka" is a group: no one person.
func (s *state) pronounSubject(t int) bool {
	return t+1 < len(s.toks) && (s.is(t, fPronoun) && s.lowAt(t) != "mereka" || s.lowAt(t) == "pihaknya") &&
		(s.isCap(t) || t > 0 && s.word(t-1) == ",") && s.toks[t].Kind == tokenize.Word && s.toks[t+1].Kind == tokenize.Word && !s.isCap(t+1)
}

// pronounAfterOpening returns, for sentence-opening token t, the pronoun in small letters
// that follows a short opening phrase and its comma ("Untuk itu, ia berencana …", "Saat
// itu, dia …"), or -1: the phrase is at most four words, with no name nor quote in it.
func (s *state) pronounAfterOpening(t int) int {
	for k := t + 1; k < len(s.toks) && k <= t+4; k++ {
		if s.word(k) == "," {
			if p := k + 1; p+1 < len(s.toks) && s.is(p, fPronoun) && !s.isCap(p) && s.lowAt(p) != "nya" {
				return p
			}
			return -1
		}
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) || s.owner[k] >= 0 || s.isQuoted(k) {
			return -1
		}
	}
	return -1
}

// unnamedIntroduced reports whether the noun at token i, a description after a cue ("ujar
// guru itu"), repeats one that introduced somebody unnamed, "seorang guru", in the quote's
// paragraph or the one before it, with no person named since.
func (s *state) unnamedIntroduced(i int) bool {
	w := s.lowAt(i)
	para := s.paraFirstSentence(s.sentIndex(s.quoteOpen))
	if para > 0 {
		para = s.paraFirstSentence(para - 1)
	}
	start := s.doc.Tokens.Sentences[para].First
	for k := s.quoteOpen - 1; k > start && s.quoteOpen-k <= maxDescribedReach; k-- {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return false
		}
		if s.lowAt(k) == w && s.lowAt(k-1) == "seorang" {
			return true
		}
	}
	return false
}

// introducedInParagraph returns the first person the paragraph that holds token q names
// by a name of two words or more before q, outside quotes, looking back over a few persons
// at most; or nil.
func (s *state) introducedInParagraph(q int) *span {
	s.needRefs()
	k := s.spanBefore(q)
	if k < 0 {
		return nil
	}
	start := s.doc.Tokens.Sentences[s.paraFirstSentence(s.sentIndex(q))].First
	var first *span
	r := s.personRef(k)
	for n := 0; r >= 0 && n < 8; n++ {
		sp := &s.spans[r]
		if sp.first < start {
			break
		}
		if sp.last-sp.first >= 2 && sp.source.link == linkNone {
			first = sp
		}
		if r == 0 {
			break
		}
		r = s.personRef(int(r) - 1)
	}
	return first
}

// latestFullName returns the latest person named, before token i and outside quotes, by a
// name of two words or more that begins or ends with the word w, looking back over
// maxTitleLookBack persons at most; or nil.
func (s *state) latestFullName(w string, i int) *span {
	if len(w) < 3 {
		return nil // ("Ga", "Li": too short to tell one person from another)
	}
	s.needRefs()
	k := s.spanBefore(i)
	for n := 0; k >= 0 && n < maxTitleLookBack; n++ {
		r := s.personRef(k)
		if r < 0 {
			return nil
		}
		if sp := &s.spans[r]; strings.IndexByte(sp.name, ' ') > 0 && nameEnds(sp.name, w) && !pairName(sp.name) {
			return sp
		}
		k = int(r) - 1
	}
	return nil
}

// shortNameHolder returns the person that the short name w, one word, stands for at token
// i when persons named in full share it: the latest named (latestFullName), unless that
// one is named neither in i's paragraph nor as the subject of a statement and the text
// had already called another of them by w alone. Walking back over the mentions of w
// alone: one in a paragraph that names the latest in full gave w to it; one before that
// person was named in full gave w to whoever had it then. "“…,” kata Dedi" for "HR
// Manager …, Dedi Kurniawan", then "Di tenda mogok, Dedi Rusmana (41) menghitung …", then
// "“…,” ujar Dedi" is still Dedi Kurniawan; "Lowes dikabarkan …" for Alex Lowes, then
// "Saudara kandung pebalap Sam Lowes itu menambahkan …", then "ucap Lowes" is Alex's.
// The walk is bounded by maxAttributeLookBack tokens. Nil when no one is named in full by
// w.
func (s *state) shortNameHolder(w string, i int) *span {
	b := s.latestFullName(w, i)
	if b == nil {
		return nil
	}
	paraOf := func(t int) int { return s.paraFirstSentence(s.sentIndex(t)) }
	if pb, pi := paraOf(b.first), paraOf(i); pb == pi || pi > 0 && pb == s.paraFirstSentence(pi-1) && s.isReportingSubject(b, s.beforeRole(b)) {
		return b // (the subject of a statement in the paragraph before: "Direktur …, Budi Hartawan, membantah … ¶ “…,” kata Budi")
	}
	for k := s.spanBefore(i); k >= 0 && s.spans[k].first >= i-maxAttributeLookBack; k-- {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.last-sp.first != 1 ||
			s.isQuoted(sp.first) || s.word(sp.first) != w {
			continue
		}
		c := s.latestFullName(w, sp.first)
		switch {
		case c == nil:
			return b
		case c.name != b.name:
			return c // w was another's before the latest was named
		case paraOf(sp.first) == paraOf(c.first):
			return b // w given to the latest in the paragraph that names it
		}
	}
	return b
}

// pairName reports whether name joins two names with a hyphen, as a ticket or a pair
// does: "Deddy Mizwar-Ahmad Syaikhu"; a particle in small letters before the hyphen joins
// nothing ("Abdulelah al-Saleh").
func pairName(name string) bool {
	for i := 1; i+1 < len(name); i++ {
		if name[i] == '-' && name[i-1] >= 'a' && name[i-1] <= 'z' && name[i+1] >= 'A' && name[i+1] <= 'Z' {
			w := name[strings.LastIndexByte(name[:i], ' ')+1 : i+1]
			if !particleName(w + name[i+1:i+2]) {
				return true
			}
		}
	}
	return false
}

// maxHandleReach bounds, in tokens, how far back an account's owner is looked for.
const maxHandleReach = 1500

// handleOwner returns the person the text names as the owner of the account whose handle
// is token h, at an earlier mention of the same handle set off by a comma before the name
// ("pemilik akun @ayuwidya.mdn, Ayu Widyaningsih (27), …") or in brackets after it ("Ayu
// Widyaningsih (@ayuwidya.mdn)"), at most maxHandleReach tokens back, so that a text of
// many quotes given to accounts costs no rescan of itself; or nil.
func (s *state) handleOwner(h int) *span {
	handle := s.word(h)
	for k := h - 1; k >= 0 && h-k <= maxHandleReach; k-- {
		if s.toks[k].Kind != tokenize.Mention || s.word(k) != handle {
			continue
		}
		if k+2 < len(s.toks) && s.word(k+1) == "," {
			if sp := s.personAt(k + 2); sp != nil {
				return sp
			}
		}
		if k >= 2 && s.word(k-1) == "(" && k+1 < len(s.toks) && s.word(k+1) == ")" {
			if o := s.owner[k-2]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
				return &s.spans[o]
			}
		}
	}
	return nil
}

// replyCue reports whether w, in small letters, is a cue that answers the previous
// speaker, or breaks in on it ("sela"): after one, a pronoun or a description names
// someone else ("“…,” balas jaksa. “…,” timpal pengacara asal Manado tersebut").
func replyCue(w string) bool {
	switch w {
	case "timpal", "balas", "sanggah", "bantah", "sergah", "jawab", "sahut", "sela":
		return true
	}
	return false
}

// isReplyCue reports whether the cue word w, in small letters, with or without its -nya,
// is a reply cue.
func isReplyCue(w string) bool {
	return replyCue(w) || strings.HasSuffix(w, "nya") && replyCue(w[:len(w)-3])
}

// fullestName returns the fullest name the document gives the known entity id whose
// name is name: a mention of more words that holds all of name's ("Mahyeldi Ansharullah"
// in the text for the gazetteer's "Mahyeldi"), or a written form of three words or more
// and three letters more that shares a word with it, as a person's full name does with the
// name the gazetteer goes by (not a spelling: "Kim Jong Un" for "Kim Jong-un") ("Akhdiyat Duta Modjo" for "Duta Sheila on 7", "Emanuel Melkiades Laka Lena" for
// "Melki Laka Lena"), or the name itself written without its diacritics ("Alex Marquez"
// for "Álex Márquez", as the text spells it); else name. The fullest form is the first
// of the id's mentions of most words, as written (fullestOfID).
func (s *state) fullestName(id, name string) string {
	full := s.fullestOfID(id)
	if diacriticSpelling(name, full) {
		return full // the name as the text writes it: "Alex Marquez" for the gazetteer's "Álex Márquez"
	}
	if fc := fieldCount(full); fc <= fieldCount(name) && fc < 3 {
		return name // the test below, without its allocations
	}
	fw := strings.Fields(strings.ToLower(full))
	nw := strings.Fields(strings.ToLower(name))
	shared := 0
	for _, w := range nw {
		if slices.Contains(fw, w) {
			shared++
		}
	}
	if shared == len(nw) && len(fw) > len(nw) || shared > 0 && len(fw) >= 3 && letterCount(full) >= letterCount(name)+3 {
		return full
	}
	return name
}

// fullestOf is the fullest written form of the known entity id (see fullestName).
type fullestOf struct{ id, full string }

// fullestOfID returns the fullest written form the document gives the known person or
// leader id, the first of those of most words, or "". The spans are read once a document
// for each id asked, as most documents ask for few; past maxFullestIDs ids, all ids' forms
// are gathered in one more pass over the spans, so that a document of many speakers'
// quotes stays linear in its text.
func (s *state) fullestOfID(id string) string {
	if s.fullestAll != nil {
		return s.fullestAll[id]
	}
	for _, f := range s.fullest {
		if f.id == id {
			return f.full
		}
	}
	if len(s.fullest) >= maxFullestIDs {
		s.fullestAll = make(map[string]string)
		for k := range s.spans {
			if sp := &s.spans[k]; knownPersonMention(sp) {
				if t := oneLine(s.text[sp.start:sp.end]); wordCount(t) > wordCount(s.fullestAll[sp.id]) {
					s.fullestAll[sp.id] = t
				}
			}
		}
		return s.fullestAll[id]
	}
	full := ""
	for k := range s.spans {
		if sp := &s.spans[k]; sp.id == id && knownPersonMention(sp) {
			if t := oneLine(s.text[sp.start:sp.end]); wordCount(t) > wordCount(full) {
				full = t
			}
		}
	}
	s.fullest = append(s.fullest, fullestOf{id, full})
	return full
}

// knownPersonMention reports whether span sp is a live mention of a person or leader the
// gazetteer knows.
func knownPersonMention(sp *span) bool {
	return !sp.dead && sp.entry != nil && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader)
}

// maxFullestIDs bounds the ids fullestOfID reads the spans for, one at a time.
const maxFullestIDs = 16

// diacriticSpelling reports whether written is name spelt without some of its diacritics:
// rune for rune the same letters but for letters with marks in name written without them
// ("Álex Márquez", "Alex Marquez"), and not name itself.
func diacriticSpelling(name, written string) bool {
	if name == written || written == "" || isASCII(name) {
		return false
	}
	for _, r := range name {
		w, n := utf8.DecodeRuneInString(written)
		if n == 0 {
			return false
		}
		written = written[n:]
		if r != w && !(r >= utf8.RuneSelf && w < utf8.RuneSelf && unicode.IsLetter(r) && unicode.IsLetter(w)) {
			return false
		}
	}
	return written == ""
}

// letterCount returns the number of letters in s: "Kim Jong Un" and "Kim Jong-un" have as
// many, "Pusarla Venkata Sindhu" more than "P. V. Sindhu".
func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// wordCount returns the number of words of s separated by spaces, without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}

// fieldCount returns len(strings.Fields(s)), which lowercasing s leaves alone, without
// allocating.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// fieldsAtLeast reports whether fieldCount(s) >= n, reading s only as far as its nth field:
// a long quote need not be read to its end. A field begins after a space as
// strings.Fields has it (unicode.IsSpace), or at s's start.
func fieldsAtLeast(s string, n int) bool {
	if n <= 0 {
		return true
	}
	inField := false
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		var space bool
		if c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			c, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(c)
		}
		i += size
		if space {
			inField = false
		} else if !inField {
			inField = true
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
}

// looksLikeSpeech reports whether a quote reads as speech rather than a quoted term or
// title ("vulnerability", “Kemushi no Boro”): four words or more, or punctuation before
// its closing mark. Only speech inherits the previous quote's speaker.
func looksLikeSpeech(q string) bool {
	if fieldsAtLeast(q, 4) {
		return true
	}
	q = strings.TrimRight(q, "\"”“'’‘»« ")
	return strings.HasSuffix(q, ",") || strings.HasSuffix(q, ".") || strings.HasSuffix(q, "!") || strings.HasSuffix(q, "?")
}

// markQuoted records which tokens lie inside quotes; names there are not subjects.
func (s *state) markQuoted(raws []rawQuote) {
	for _, r := range raws {
		for i := r.open; i <= r.close; i++ {
			s.bits[i] |= bitQuoted
		}
	}
	s.markReadAlso()
}

// markReadAlso marks as quoted the links to other articles that outlets set between
// paragraphs, "Baca juga: …" or "SIMAK JUGA: …" on a line of its own (or the label alone on
// its line and up to maxReadAlsoLines headlines on the lines after it, see
// headlineLineEnd) or "(Baca: …)" in brackets: their
// headlines name persons the article is not about, so no reference points at them ("(Baca:
// …, Jokowi: Sudah Melalui Pertimbangan Panjang) ¶ “…,” ucapnya" is not Jokowi's). A line
// of its own may stand in square brackets too: "[Baca juga: Pansus … karena Fahri Hamzah]".
// The labels are found from their colons (see readAlsoWords), not among the capitalised
// words: a headline in Title Case has its words taken as ordinary ones (see
// titleCaseLines), "Baca" among them.
func (s *state) markReadAlso() {
	for _, i := range s.readAlsoWords() {
		if s.isQuoted(i) {
			continue // (one inside a link or a quote marked already: each token is marked once)
		}
		closer := ""
		switch {
		case i > 0 && s.word(i-1) == "(" && !s.paraBreak(i):
			closer = ")"
		case i > 0 && s.word(i-1) == "[" && !s.paraBreak(i):
			closer = "]"
		case !s.paraBreak(i) && i > 0:
			continue
		}
		k := s.readAlsoLabel(i)
		if k < 0 {
			continue
		}
		for ; k < len(s.toks) && !s.paraBreak(k) && !(closer != "" && s.word(k) == closer); k++ {
			s.bits[k] |= bitQuoted
		}
		if closer == "" && k < len(s.toks) && k == s.readAlsoLabel(i) {
			// a label on a line of its own, the headlines on the lines after it: "Baca
			// juga: ¶ Marcelino Lefrandt Akan Berlibur ke Manado ¶ Chicco Jerikho di Atas
			// Moge: Cool Banget! ¶ Lucunya, …"
			for n := 0; n < maxReadAlsoLines; n++ {
				e := s.headlineLineEnd(k)
				if e < 0 {
					break
				}
				for ; k < e; k++ {
					s.bits[k] |= bitQuoted
				}
			}
		}
	}
}

// readAlsoWords returns, in text order, the tokens that open the label of a link to
// another article (see readAlsoLabel). A label ends in a colon, far rarer in news than the
// tokens, so the text is searched for its colons and each label read back from the token
// of its colon.
func (s *state) readAlsoWords() []int {
	var ws []int
	from := s.firstColon()
	if from < 0 {
		return nil
	}
	for k := range s.byteTokens(':', from) { // (not a colon inside a token: "10:30", a link's address)
		if k < 1 {
			continue
		}
		i := k - 1
		if i > 0 && strings.EqualFold(s.word(i), "juga") {
			i--
		}
		if s.readAlsoLabel(i) >= 0 {
			ws = append(ws, i)
		}
	}
	return ws
}

// maxReadAlsoLines bounds how many headline lines after a label on a line of its own
// markReadAlso takes as links.
const maxReadAlsoLines = 5

// headlineLineEnd returns, when the line that token k opens reads as a headline (at most
// maxHeadlineWords words, no quotation mark, not ending in a full stop or a comma), the
// token that opens the next line; otherwise -1.
func (s *state) headlineLineEnd(k int) int {
	words, e := 0, k
	for ; e < len(s.toks) && (e == k || !s.paraBreak(e)); e++ {
		w := s.word(e)
		if t := s.toks[e].Kind; t == tokenize.OpenQuote || t == tokenize.CloseQuote || isDoubleMark(w) {
			return -1
		}
		if s.toks[e].Kind == tokenize.Word {
			words++
		}
		if words > maxHeadlineWords {
			return -1
		}
	}
	if e >= len(s.toks) || words == 0 {
		return -1
	}
	if last := s.word(e - 1); last == "." || last == "," {
		return -1
	}
	return e
}

// maxHeadlineWords is the most words a line that headlineLineEnd takes as a headline has.
const maxHeadlineWords = 15

// readAlsoLabel returns, when token i opens the label of a link to another article ("Baca
// juga:", "BACA:", "SIMAK JUGA:"), the token after its colon; otherwise -1.
func (s *state) readAlsoLabel(i int) int {
	if w := s.word(i); w != "Baca" && w != "BACA" && w != "Simak" && w != "SIMAK" {
		return -1
	}
	k := i + 1
	if k < len(s.toks) && strings.EqualFold(s.word(k), "juga") {
		k++
	}
	if k >= len(s.toks) || s.word(k) != ":" {
		return -1
	}
	return k + 1
}

// sentenceOf returns the sentence holding token i.
func (s *state) sentenceOf(i int) tokenize.Sentence {
	sents := s.doc.Tokens.Sentences
	if lo := s.sentIndex(i); lo < len(sents) {
		return sents[lo]
	}
	return tokenize.Sentence{First: i, Last: i + 1}
}

// resumesAfter reports whether quote r opens right where the attribution m of quote prev
// ends, in the same paragraph, with at most a comma or a colon between: the speaker's
// words resumed after "kata X," (“…,” kata Toto Wolff, “Bahkan …”; “…,” kata dia “…”).
func (s *state) resumesAfter(prev rawQuote, m *mention, r rawQuote) bool {
	i := prev.close + 1
	for i < r.open && int(s.toks[i].End) <= m.end {
		if s.paraBreak(i) {
			return false
		}
		i++
	}
	if i == prev.close+1 || int(s.toks[i-1].End) != m.end {
		return false // the mention does not end on a token of its own right before the quote
	}
	if i < r.open && (s.word(i) == "," || s.word(i) == ":") {
		i++
	}
	return i == r.open && !s.paraBreak(r.open)
}

// followsQuote reports whether quote r comes right after quote prev: in the same paragraph
// or the next one, with at most one sentence between them. A link to another article on a
// line of its own between them is passed over ("“…,” katanya. ¶ SIMAK JUGA: … ¶ “…”"): the
// outlet set it there, not the writer.
func (s *state) followsQuote(prev, r rawQuote) bool {
	if r.open-prev.close > maxAttributionReach*4 {
		return false
	}
	paras, sents := 0, 0
	var st tokenize.Sentence // the sentence of the tokens up to st.Last, looked up again after it
	for i := prev.close + 1; i < r.open; i++ {
		if e := s.readAlsoLineEnd(i, r.open); e > i {
			i = e - 1 // (the loop's step lands on the paragraph after the link)
			continue
		}
		if s.paraBreak(i) {
			paras++
		}
		if i >= st.Last {
			st = s.sentenceOf(i)
		}
		if st.First == i {
			sents++
		}
	}
	if s.paraBreak(r.open) {
		paras++
	}
	return paras <= 1 && sents <= 1
}

// maxCarryParas bounds the paragraphs between a quote and a quote-only paragraph that
// carriesOver lets the previous speaker go on over.
const maxCarryParas = 2

// carriesOver reports whether quote r, a paragraph of quote alone, goes on with the speech
// of speaker sp, the previous quote prev's, over the narrative paragraphs between them: at
// most maxCarryParas of them (besides links to other articles, see readAlsoLineEnd), every
// person they name outside quotes is sp's entity, by its id or a word of its name, no word
// of them is a word of another person's name given in full before ("Gol Wellington
// menjadi …" after "Wellington Carvalho", when the rules took the word for a place), and no
// sentence of them opens with a description ("Penyerang asal Brasil itu
// mempersembahkan …") nor has a statement for a reporting verb's subject ("Pernyataan
// tersebut menjelaskan …", see otherSourceBefore). A paragraph that names or describes
// someone else, or gives a statement's words, may hand the speech to them or speak of
// them ("Ronaldo dkk bakal berhadapan dengan … ¶ “Kami memang …”" is
// Zidane's, but that is no sure thing), so the quote is left to no one then.
func (s *state) carriesOver(prev, r rawQuote, sp *Speaker) bool {
	if !r.closed || !s.fillsParagraph(r) || r.open-prev.close > maxAttributionReach*4 {
		return false
	}
	paras := 0
	for i := prev.close + 1; i < r.open; i++ {
		if e := s.readAlsoLineEnd(i, r.open); e > i {
			i = e - 1
			continue
		}
		if s.paraBreak(i) {
			paras++
		}
		if s.isQuoted(i) {
			continue
		}
		if s.startsSentence(i) && s.opensWithDescription(s.sentIndex(i)) {
			return false
		}
		if s.cueOf(i) == cuePre && s.otherSourceBefore(i) {
			return false
		}
		if o := s.owner[i]; o >= 0 {
			if c := &s.spans[o]; (c.typ == gazetteer.Person || c.typ == gazetteer.Leader) && c.id != sp.ID && c.name != sp.Name && !nameEnds(sp.Name, c.name) {
				return false
			}
			if c := &s.spans[o]; c.typ == gazetteer.Person || c.typ == gazetteer.Leader {
				continue
			}
		}
		if s.isCap(i) && s.toks[i].Kind == tokenize.Word {
			if full := s.latestFullName(s.word(i), i); full != nil && full.id != sp.ID && full.name != sp.Name {
				return false
			}
		}
	}
	return paras <= maxCarryParas
}

// otherSourceBefore reports whether the reporting verb at token i has for its subject, within
// the three words before it, a non-person source (non-person-sources.txt) rather than a
// person: "Pernyataan tersebut menjelaskan …", "Laporan itu juga menyebut …". A body named
// there is none: it is often the speaker's own ("PAN menilai …" between two quotes of its
// faction's secretary).
func (s *state) otherSourceBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.owner[k] >= 0 || s.is(k, fPronoun) || s.toks[k].Kind != tokenize.Word {
			return false
		}
		if s.lex.nonPersonSources[s.lowAt(k)] {
			return true
		}
	}
	return false
}

// readAlsoLineEnd returns, when token i opens a paragraph that is a link to another article
// ("Baca juga: …", "SIMAK JUGA: …", marked by markReadAlso) and the paragraph after it opens
// at or before token limit, the token that opens that paragraph; otherwise -1. It reads no
// further than limit.
func (s *state) readAlsoLineEnd(i, limit int) int {
	if i == 0 || !s.paraBreak(i) {
		return -1
	}
	k := s.readAlsoLabel(i)
	if k < 0 && s.word(i) == "[" && i+1 < len(s.toks) {
		k = s.readAlsoLabel(i + 1) // "[Baca juga: …]"
	}
	if k < 0 || k >= len(s.toks) || !s.isQuoted(k) {
		return -1
	}
	for ; k < len(s.toks) && k <= limit && !s.paraBreak(k); k++ {
	}
	if k > limit || k >= len(s.toks) {
		return -1
	}
	return k
}

// cueAt returns the kind of speech cue token i is, and whether the cue carries the
// speaker as a clitic ("katanya").
func (s *state) cueAt(i int) (cueKind, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != tokenize.Word {
		return cueNone, false
	}
	if k := s.cueOf(i); k != cueNone {
		return k, false
	}
	// (the tests on the tokens first: most words are not right after a quote, and the
	// map lookup costs more)
	if w := s.lowAt(i); !s.isCap(i) && s.isCloseAfterQuote(i) && s.lex.cueSubTypos[w] && i+1 < len(s.toks) &&
		(s.isCap(i+1) || s.is(i+1, fPronoun)) && !s.paraBreak(i+1) {
		return s.lex.cueTypos[w], false // "lata Dragan", "ujat Saut" right after a quote
	}
	if t := s.toks[i]; t.Suffix == 3 && strings.HasSuffix(s.lowAt(i), "nya") {
		stem := s.lowAt(i)[:len(s.lowAt(i))-3]
		if k := s.lex.cues[stem]; k != cueNone {
			return k, true
		}
		if k := s.lex.cueTypos[stem]; k != cueNone && s.isCloseAfterQuote(i) {
			return k, true // "ujanya" for "ujarnya", right after a quote
		}
	}
	return cueNone, false
}

// attributionAfter looks for “…,” CUE SPEAKER or “…,” SUBJECT CUE after the quote, and for
// a partial quote anywhere later in its sentence (…, tambah Lim).
func (s *state) attributionAfter(r rawQuote, last *mention) (mention, string, bool) {
	if !r.closed {
		return mention{}, "", false
	}
	sen := s.sentenceOf(r.close)
	j := r.close + 1
	if j < len(s.toks) && s.word(j) == "," {
		j++
	}
	if j >= len(s.toks) || j >= sen.Last && s.paraBreak(j) {
		// an attribution may follow a quote that ended its sentence (“… selesai.” kata dia),
		// but not across a line break
		return mention{}, "", false
	}
	if m, cue, ok := s.cueSpeaker(j, last); ok {
		return m, cue, true
	}
	if j+1 < len(s.toks) && (s.lowAt(j) == "demikian" || s.lowAt(j) == "begitu") {
		j++ // “…,” demikian ia menyebut / “…,” begitu kata Lim
		if m, cue, ok := s.cueSpeaker(j, last); ok {
			return m, cue, true
		}
		if m, ok := s.demikianSpeaker(j, last); ok {
			if passiveCue(s.lowAt(j)) {
				return m, s.word(j), true // the verb is the cue: "demikian dikatakan …"
			}
			return m, s.word(j - 1), true
		}
	}
	// SUBJECT CUE: “…,” itu berkata / “…,” Lim menambahkan / “…,” CEO Kulina Andy
	// Fajar menjelaskan (the subject's title words before it)
	sj := j
	for sj < len(s.toks) && sj-j < maxSpeakerReach {
		if o := s.owner[sj]; o >= 0 && s.spans[o].typ == gazetteer.Organization && sj > j {
			sj = s.spans[o].last // the body in the role: "Direktur Utama PT Sinar Laut Budi …"
		} else if o < 0 && s.inRole(sj) {
			sj++
		} else {
			break
		}
	}
	if sj > j && (sj >= len(s.toks) || s.owner[sj] < 0 || s.spans[s.owner[sj]].typ != gazetteer.Person && s.spans[s.owner[sj]].typ != gazetteer.Leader) {
		sj = j
	}
	if m, ok := s.subjectAt(sj, last); ok {
		if k, _ := s.cueAt(s.afterMention(sj)); k == cuePre || k == cuePost {
			return m, s.word(s.afterMention(sj)), true
		}
	}
	if m, ok := s.bareNameAfter(r, j, j); ok {
		return m, "", true
	}
	if sj > j && s.word(sj-1) != "," {
		if m, ok := s.bareNameAfter(r, j, sj); ok {
			return m, "", true // the title before the name: "“…,” Juru Bicara Armando Nasution di …"
		}
	}
	// a partial quote: the sentence's own attribution further on, after a comma
	for i := j; i < sen.Last && i-j < maxAttributionReach; i++ {
		if s.word(i) == "," && i+1 < sen.Last && !s.isQuoted(i) {
			if m, cue, ok := s.cueSpeaker(i+1, last); ok {
				return m, cue, true
			}
		}
	}
	return mention{}, "", false
}

// bareNameAfter returns the person named right after quote r, at token j, or at token
// first after the title words that open there, when the quote ends in a comma, as speech
// before its attribution does, and the name ends the sentence: the cue left out, "“Sidang
// digelar Sabtu,” Thambrin." (a work's title before its author ends in no comma: "“Bumi
// Manusia” Pramoedya"). After a title the name may go on with where or when it was said
// (see adjunctAfterName): "“…,” Juru Bicara Armando Nasution di Gedung Kemlu, Jakarta";
// "“…,” Wakil Ketua Komisi XI DPR Ahmad Tohari usai rapat". Else none (false).
func (s *state) bareNameAfter(r rawQuote, j, first int) (mention, bool) {
	if j != r.close+1 || r.close < 2 || s.word(r.close-1) != "," || j >= len(s.toks) || first >= len(s.toks) {
		return mention{}, false
	}
	o := s.owner[first]
	if o < 0 || s.spans[o].first != first || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
		return mention{}, false
	}
	if e := s.spans[o].last; e < len(s.toks) && s.word(e) != "." && !s.paraBreak(e) && (first == j || !adjunctAfterName(s.lowAt(e))) {
		return mention{}, false
	}
	sp := &s.spans[o]
	return s.mentionOf(sp, first), true
}

// writtenNoun reports whether w names a text that someone wrote or posted, whose words a
// quote after it may give: "keterangan", "kicauan", "cuitan", "catatan", "surat".
func writtenNoun(w string) bool {
	switch w {
	case "keterangan", "kicauan", "cuitan", "catatan", "takarir", "caption", "surat":
		return true
	}
	return false
}

// writtenTextBefore returns who wrote the text that quote r gives when a comma or a colon
// right before the quote ends a phrase of a noun for a written text (writtenNoun, at most
// four words before the comma): the person or pronoun within eight words before the noun
// that writes or posts it ("Ia mengunggah foto dengan keterangan, “…”", "Dia merilis
// kicauan di Twitter berisikan, “…”"), or the person named right after the noun ("Berikut
// petikan surat Miryam: ¶ “…”"). A body or a place between the noun and the person leaves
// the writer unsaid ("… topi Marvel Studios dengan keterangan, “…”"); so does a text held
// up or hung ("spanduk bertuliskan", no writtenNoun). Else none (false).
func (s *state) writtenTextBefore(r rawQuote, last *mention) (mention, string, bool) {
	p := r.open - 1
	if p < 1 || s.isQuoted(p) || (s.word(p) != "," && s.word(p) != ":") {
		return mention{}, "", false
	}
	sen := s.sentenceOf(p)
	c := -1
	for k := p - 1; k >= sen.First && p-k <= 4; k-- {
		if s.isQuoted(k) {
			return mention{}, "", false
		}
		if writtenNoun(s.lowAt(k)) {
			c = k
			break
		}
	}
	if c < 0 {
		return mention{}, "", false
	}
	if o := s.owner[c+1]; c+1 < p && o >= 0 && s.spans[o].first == c+1 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
		if m, ok := s.subjectAt(c+1, last); ok {
			m.pos = c
			return m, s.word(c), true
		}
	}
	for b := c - 1; b >= sen.First && c-b <= 8; b-- {
		if s.isQuoted(b) {
			return mention{}, "", false
		}
		if o := s.owner[b]; o >= 0 {
			if s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
				return mention{}, "", false
			}
			if m, ok := s.subjectAt(s.spans[o].first, last); ok {
				m.pos = c
				return m, s.word(c), true
			}
			return mention{}, "", false
		}
		if s.is(b, fPronoun) {
			if m, ok := s.subjectAt(b, last); ok {
				m.pos = c
				return m, s.word(c), true
			}
			return mention{}, "", false
		}
	}
	return mention{}, "", false
}

// adjunctAfterName reports whether w opens a phrase of where or when something was said,
// as it follows a speaker's name: "di Jakarta", "usai rapat", "saat ditemui".
func adjunctAfterName(w string) bool {
	switch w {
	case "di", "usai", "seusai", "saat", "ketika", "kepada", "dalam":
		return true
	}
	return false
}

// demikianSpeaker reads who is said to have said a quote after "demikian" at token j-1
// without a cue word: a statement's noun and whose it is ("demikian pernyataan pelatih
// Liverpool, Jurgen Klopp", "demikian keterangan Kemenpan-RB"), the statement itself
// when it is nobody's ("demikian bunyi Komunike Bersama …" gives the communiqué, "demikian
// pernyataan tersebut" the statement), or a person named right away ("demikian Presiden
// Jokowi, …").
func (s *state) demikianSpeaker(j int, last *mention) (mention, bool) {
	if j >= len(s.toks) || s.toks[j].Kind != tokenize.Word {
		return mention{}, false
	}
	if statementNoun(s.lowAt(j)) {
		k := j + 1
		for k < len(s.toks) && k <= j+3 && statementModifier(s.lowAt(k)) {
			k++ // "demikian keterangan tertulis …", "demikian siaran pers resmi …"
		}
		if k < len(s.toks) && (s.isCap(k) || s.owner[k] >= 0 || s.phraseAt(&s.lex.titles, k) > 0 || s.is(k, fOrgHead) && s.closedByDeterminer(k)) {
			// (or a body referred back to: "demikian pernyataan kementerian tersebut")
			if m, ok := s.speakerAfterCue(k, last); ok {
				if m.sp == nil {
					if b := s.bodyAfterTitle(k); b != nil {
						// the office's statement, its holder unnamed: "demikian keterangan
						// tertulis Humas RSUD Prof Dr WZ Johannes Kupang" is the hospital's
						m = s.mentionOf(b, 0)
					}
				}
				m.pos = j
				return m, true
			}
		}
		t := s.toks[j]
		return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: t.Text(s.text), pos: j}, true
	}
	if s.isCap(j) && (s.owner[j] >= 0 || s.phraseAt(&s.lex.titles, j) > 0) {
		if m, ok := s.speakerAfterCue(j, last); ok && m.sp != nil {
			m.pos = j
			return m, true
		}
	}
	if passiveCue(s.lowAt(j)) {
		return s.passiveSpeaker(j)
	}
	return mention{}, false
}

// passiveSpeaker reads the agent of a reporting verb in the passive at token j after a
// quote and "demikian": "demikian disampaikan oleh Kepala Balai …, Darmawan Saputra", or,
// after a description of small letters and a comma, "demikian disampaikan oleh asisten
// pemeriksaan laporan di kantor itu, Nur Aini Fitriyani"; none (false) when no person is named
// before the sentence ends, within maxSpeakerReach tokens.
func (s *state) passiveSpeaker(j int) (mention, bool) {
	k := j + 1
	if k < len(s.toks) && s.lowAt(k) == "oleh" {
		k++
	}
	if k >= len(s.toks) {
		return mention{}, false
	}
	if m, ok := s.speakerAfterCue(k, nil); ok && m.sp != nil && (m.sp.typ == gazetteer.Person || m.sp.typ == gazetteer.Leader) {
		m.pos = j
		return m, true
	}
	end := s.sentenceOf(k).Last
	for i := k; i < end && i-k < maxSpeakerReach; i++ {
		if s.isQuoted(i) {
			return mention{}, false
		}
		if o := s.owner[i]; o >= 0 && i > k && s.word(i-1) == "," && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			return s.mentionOf(&s.spans[o], j), true
		}
	}
	return mention{}, false
}

// actingTitle reports whether w marks an acting or interim holder before an office's title:
// Plt (pelaksana tugas), Plh (pelaksana harian), Pj (penjabat).
func actingTitle(w string) bool {
	return w == "plt" || w == "plh" || w == "pj"
}

// bodyAfterTitle returns the body's span that follows the title or office at token k (a
// few capitalised or role words, no span's), when no person's name comes right after the
// body; else nil.
func (s *state) bodyAfterTitle(k int) *span {
	j := k
	for j < len(s.toks) && j-k < 4 && s.owner[j] < 0 && s.toks[j].Kind == tokenize.Word &&
		(s.isCap(j) || s.inRole(j) || s.phraseAt(&s.lex.titles, j) > 0) {
		j++ // ("Humas", "Kepala Bagian Humas")
	}
	if j >= len(s.toks) || s.owner[j] < 0 {
		return nil
	}
	b := &s.spans[s.owner[j]]
	if b.typ != gazetteer.Organization || b.first != j {
		return nil
	}
	if s.personAt(b.last) != nil {
		return nil
	}
	return b
}

// statementModifier reports whether w, in small letters, may stand between a statement's
// noun and whose it is: "keterangan tertulis", "keterangan resmi", "siaran pers", "pernyataan
// dari".
func statementModifier(w string) bool {
	switch w {
	case "resmi", "dari", "tertulis", "pers":
		return true
	}
	return false
}

// statementNoun reports whether w names a statement that a quote may be given as:
// "demikian pernyataan …", "demikian bunyi …".
func statementNoun(w string) bool {
	switch w {
	case "pernyataan", "keterangan", "bunyi", "kutipan", "isi", "penjelasan", "pesan", "tulisan", "siaran",
		// and the nouns of a view or an answer: "demikian penilaian Head of Equity Research …"
		"penilaian", "pendapat", "analisis", "komentar", "tanggapan", "jawaban", "penuturan", "pengakuan", "paparan", "ungkapan":
		return true
	}
	return false
}

// cueSpeaker reads CUE SPEAKER starting at token j, after a quote.
func (s *state) cueSpeaker(j int, last *mention) (mention, string, bool) {
	kind, clitic := s.cueAt(j)
	if kind != cuePost && kind != cuePostOnly && !(kind == cuePre && clitic) {
		return mention{}, "", false
	}
	cue := s.word(j)
	s.reply = isReplyCue(s.lowAt(j))
	defer func() { s.reply = false }()
	if clitic {
		t := s.toks[j]
		var m mention
		if s.again(j+1) && last != nil && last.name != "" {
			m = mention{name: last.name, sp: last.sp, entry: last.entry} // "katanya lagi": the previous speaker
		} else if op, ok := s.unnamedOpenerBefore(last); ok {
			m = op
		} else {
			m = s.resolvePronoun(j, last)
		}
		if m.name == "" {
			return mention{}, "", false // "katanya" with nobody named before it: no guess
		}
		m.start, m.end, m.text, m.pos = int(t.End)-3, int(t.End), s.text[int(t.End)-3:int(t.End)], j
		return m, cue, true
	}
	if p := j + 1; p < len(s.toks) && s.is(p, fPronoun) && s.lowAt(p) != "mereka" && s.again(p+1) && last != nil && last.name != "" {
		// "kata dia lagi": the previous speaker
		t := s.toks[p]
		return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: last.name, sp: last.sp, entry: last.entry, pos: j}, cue, true
	}
	m, ok := s.speakerAfterCue(j+1, last)
	if !ok || m.sp == nil || m.sp.typ != gazetteer.Person && m.sp.typ != gazetteer.Leader {
		if sp := s.personInPhrase(j + 1); sp != nil {
			// the whole descriptor read to its end, its last person the speaker: "kata
			// Head of Brand Development & Marketing Research 4W PTSIS Harold Donnel saat
			// ditemui"
			m, ok = s.mentionOf(sp, 0), true
		}
	}
	if ok {
		m.pos = j
		return m, cue, true
	}
	return mention{}, "", false
}

// again reports whether token k is "lagi" in small letters outside quotes, which after a
// cue's clitic or pronoun says the one who spoke last speaks again: "katanya lagi", "ujar
// dia lagi".
func (s *state) again(k int) bool {
	return k < len(s.toks) && s.toks[k].Kind == tokenize.Word && !s.isCap(k) && !s.isQuoted(k) && s.lowAt(k) == "lagi"
}

// personInPhrase returns the last person named in the speaker's phrase that starts at
// token j, after a cue: up to maxSpeakerReach tokens, to the end of its sentence, a comma
// after a name, a quotation mark, a date or a day, or a word that goes on to the
// circumstances ("di", "saat", "dalam", "pada", "kepada", "usai"…); or nil. The phrase
// must open with a capitalised word, a title's, a body's or a name's.
func (s *state) personInPhrase(j int) *span {
	if j+1 < len(s.toks) && s.word(j) == "," {
		j++ // a comma after the cue: "ujar, Habiburokhman, yang juga …"
	}
	if j >= len(s.toks) || !s.isCap(j) && s.owner[j] < 0 {
		return nil
	}
	var found *span
	for i := j; i < len(s.toks) && i-j < maxSpeakerReach; i++ {
		if i > j && s.paraBreak(i) {
			break
		}
		if k := s.owner[i]; k >= 0 {
			if sp := &s.spans[k]; sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader {
				found = sp
			}
			i = s.spans[k].last - 1
			continue
		}
		t := s.toks[i]
		switch t.Kind {
		case tokenize.Word:
			if s.isCap(i) && s.is(i, fStop) && !s.is(i, fGeneric) || !s.isCap(i) && phraseEnd(s.lowAt(i)) {
				return found
			}
		case tokenize.Number:
			if found != nil {
				return found
			}
		case tokenize.OpenQuote, tokenize.CloseQuote:
			return found
		default:
			if w := t.Text(s.text); w == "." || w == "!" || w == "?" || w == ";" || w == "," && found != nil {
				return found
			}
		}
	}
	return found
}

// phraseEnd reports whether w, in small letters, ends a speaker's phrase after a cue and
// goes on to the circumstances of what was said: "kata X di Jakarta", "ujar X saat ditemui".
func phraseEnd(w string) bool {
	switch w {
	case "di", "saat", "dalam", "pada", "kepada", "ketika", "usai", "seusai", "sesudah", "setelah", "sebelum", "dengan",
		"sambil", "seraya", "melalui", "lewat", "dikutip", "seperti", "sebagaimana", "yang", "kemarin", "tadi", "ini", "itu":
		return true
	}
	return false
}

// namedAfterSomeone returns the person named after the description that starts at token
// i, after "seorang" ("seorang profesor bidang diet dan kesehatan masyarakat Universitas
// Oxford Susan Jebb", "seorang petani tebu asal Kudus, Agus"): the first person span within
// maxSpeakerPhrase words, with only words, bodies, places and at most one comma before it,
// in the sentence, set off after a comma or a capitalised word (a body, a place, a title);
// or nil.
func (s *state) namedAfterSomeone(i int) *span {
	end := s.sentenceOf(i).Last
	commas := 0
	for k := i; k < end && k-i <= maxSpeakerPhrase; k++ {
		if o := s.owner[k]; o >= 0 {
			sp := &s.spans[o]
			if sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader {
				if p := k - 1; p > i && (s.word(p) == "," || s.isCap(p)) {
					return sp
				}
				return nil // whose the described one is: "seorang saksi dari kubu Paulus", "seorang orang kepercayaan Hasina"
			}
			k = sp.last - 1
			continue
		}
		switch t := s.toks[k]; {
		case t.Kind == tokenize.Word && (s.cueOf(k) == cueNone || k == i) && !s.is(k, fDeterminer) && !phraseEnd(s.lowAt(k)):
		case s.word(k) == "," && commas == 0:
			commas++
		default:
			return nil
		}
	}
	return nil
}

// kinSpeaker reads, after a cue at token j, a noun of kinship and the person whose kin the
// speaker is ("tutur kekasih Marcello Tahitoe", "imbuh mantan istri Brad Pitt itu", "tulis
// kerabat Echon"): that person is not who speaks. The kin's own name after a comma is the
// speaker ("kata istri Budi, Siti Aminah"); a determiner after the person makes the phrase
// a description that refers back as a pronoun does, to anyone but that person; else the
// phrase is the speaker, unnamed. It finds none (false) when j opens no such phrase.
func (s *state) kinSpeaker(j int, last *mention) (mention, bool) {
	if j >= len(s.toks) {
		return mention{}, false // the cue ends the text
	}
	k := j
	if w := s.lowAt(k); w == "mantan" || w == "sang" {
		k++
	}
	if k >= len(s.toks) || s.isCap(k) || !kinWord(s.lowAt(k)) {
		return mention{}, false
	}
	p := k + 1
	for p < len(s.toks) && p <= k+3 && s.owner[p] < 0 && s.toks[p].Kind == tokenize.Word && (!s.isCap(p) && !s.is(p, fStop) || s.inRole(p) || s.is(p, fTitle)) {
		p++ // "putra sulung Presiden Joko Widodo"
	}
	o := -1
	if p < len(s.toks) {
		o = int(s.owner[p])
	}
	if o < 0 || s.spans[o].first != p || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
		return mention{}, false
	}
	kin := &s.spans[o]
	e := s.afterAge(kin.last)
	if e+1 < len(s.toks) && s.word(e) == "," {
		if q := s.owner[e+1]; q >= 0 && s.spans[q].first == e+1 && (s.spans[q].typ == gazetteer.Person || s.spans[q].typ == gazetteer.Leader) {
			return s.mentionOf(&s.spans[q], e+1), true // "kata istri Budi, Siti Aminah"
		}
	}
	start, end := int(s.toks[j].Start), kin.end
	if e < len(s.toks) && s.is(e, fDeterminer) {
		if m := s.resolvePronoun(j, last); m.name != "" && m.name != kin.name && (m.sp == nil || identity(m.sp) != identity(kin)) {
			m.start, m.end, m.text = start, int(s.toks[e].End), s.text[start:int(s.toks[e].End)]
			return m, true
		}
	}
	txt := s.text[start:end]
	return mention{start: start, end: end, text: txt, name: oneLine(txt), unnamed: true, pos: j}, true
}

// cliticRoleHolder returns, for a title in small letters with its clitic at token i right
// after a cue ("sahut pelatihnya", "kata kuasa hukumnya" read at its last word), the person
// the text introduced with that word set off by a comma before the name ("Pelatihnya,
// Marihot Tua Simanjuntak, berdiri …") or with the title as role, the latest such of at
// most maxTitleLookBack persons back; or nil. The clitic names whose the role is, so the
// phrase is not "-nya" for the one last spoken of.
func (s *state) cliticRoleHolder(i int) *span {
	if i >= len(s.toks) {
		return nil
	}
	t := s.toks[i]
	if t.Suffix == 0 || t.Kind != tokenize.Word || s.isCap(i) {
		return nil
	}
	low := s.lowAt(i)
	if int(t.Suffix) >= len(low) {
		return nil
	}
	stem := low[:len(low)-int(t.Suffix)]
	if s.lex.titles.m[stem]&phraseWhole == 0 {
		return nil
	}
	return s.titledBack(s.spanBefore(min(i, s.quoteOpen)), func(sp *span) bool {
		b := sp.first - 2
		return b >= 0 && s.word(b+1) == "," && s.lowAt(b) == low || hasTitle(sp.role, stem)
	})
}

// speakerAfterCue reads the speaker that follows a cue at token j: a pronoun, an entity
// (after any title words: "kata juru bicara kementerian Lim Soo-suk"), a non-person source
// ("kata pernyataan itu"), or a capitalised name the rules did not type.
func (s *state) speakerAfterCue(j int, last *mention) (mention, bool) {
	if m, ok := s.appositionSpeaker(j); ok {
		return m, true
	}
	if m, ok := s.kinSpeaker(j, last); ok {
		return m, true
	}
	if sp := s.cliticRoleHolder(j); sp != nil {
		t := s.toks[j]
		return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: sp.name, sp: sp, pos: j}, true
	}
	// what the phrase names on the way, each noted by its flag: a body or place, the
	// speaker if no person follows; an untyped capitalised name; a title and its body's
	// acronym with no holder found, the speaker if nothing else is
	var body, capRun, titled mention
	var hasBody, hasCapRun, hasTitled bool
	// the phrase is read a word, a known name or a title at a time: a body's long name
	// ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat")
	// counts as one step, so the name after it is still reached
	for i, steps := j, 0; i < len(s.toks) && steps < maxSpeakerReach; i, steps = i+1, steps+1 {
		t := s.toks[i]
		if k := s.owner[i]; k >= 0 {
			sp := &s.spans[k]
			m := s.mentionOf(sp, 0)
			if sp.typ == gazetteer.Leader || sp.typ == gazetteer.Person {
				return m, true
			}
			if !hasBody {
				body, hasBody = m, true
			}
			i = sp.last - 1 // "kata juru bicara JCS Kolonel Park Jin-woo": read on
			continue
		}
		if t.Text(s.text) == "," && hasBody && i+1 < len(s.toks) &&
			(s.isCap(i+1) || s.owner[i+1] >= 0 || s.is(i+1, fRank) && i+2 < len(s.toks) && s.owner[i+2] >= 0) {
			// apposition: "kata Jaksa AS, Sandra Brown", "ujar Kepala Dinas Kesehatan
			// Kabupaten Sleman, dr Yuli Astuti"
			continue
		}
		if s.lowAt(i) == "yang" && i > j && i+2 < len(s.toks) && s.lowAt(i+1) == "juga" && (s.isCap(i+2) || s.toks[i+2].Kind == tokenize.Word) {
			i++ // a second role: "kata Ketua Panitia yang juga Kepala Dinas … Suardi"
			continue
		}
		if t.Kind != tokenize.Word {
			if s.inRole(i) || s.titlesJoined(i) {
				continue // a number or bracket inside a role: "… PT KAI Daop 8 Surabaya …"; "Co-founder & CEO"
			}
			if t.Text(s.text) == "(" && hasBody && i > 0 && s.owner[i-1] >= 0 && i+2 < len(s.toks) && s.word(i+2) == ")" &&
				s.owner[i+1] >= 0 && s.spans[s.owner[i+1]].typ == gazetteer.Organization {
				i += 2 // a body's acronym in brackets after its name: "pengamat otomotif Institut Teknologi Bandung (ITB) Langit Prasetyo"
				continue
			}
			if t.Text(s.text) == "," && i > j && s.inRole(i-1) && i+1 < len(s.toks) && (s.isCap(i+1) || s.is(i+1, fConnector)) {
				continue // a list inside a role: "Kepala Pusat Data, Informasi, dan Humas BNPB …"
			}
			break
		}
		if s.lowAt(i) == "bernama" && i+1 < len(s.toks) && (s.isCap(i+1) || s.owner[i+1] >= 0) {
			continue // "ujar salah satu penumpang bernama Zhang"
		}
		if i == j && actingTitle(s.lowAt(i)) && i+1 < len(s.toks) && s.phraseAt(&s.lex.titles, i+1) > 0 {
			j = i + 1 // an acting title before the office: "ujar Plt Kadinkes" is the Kadinkes
			continue
		}
		if i == j && !s.isCap(i) && s.isDescriptor(i) {
			if sp := s.attributeHolder(i); sp != nil {
				// a description that gives what the text said of one person: "kata
				// pelatih asal Australia itu", "ujar pemain berusia 29 tahun itu"
				return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: sp.name, sp: sp, pos: i}, true
			}
		}
		if i == j {
			// a bare title: "kata Presiden dalam sambutannya", "ujar Gubernur."
			if n := s.phraseAt(&s.lex.titles, i); n > 0 && (s.isCap(i) || s.bareTitleUni(i+n)) {
				if e := i + n; e >= len(s.toks) || s.owner[e] < 0 && !s.isCap(e) && !s.is(e, fRank) && !s.titlesJoined(e) && s.word(e) != "(" {
					return s.titleHolder(i, e), true
				}
				if e := i + n + 1; e <= len(s.toks) && s.owner[e-1] < 0 && s.isCap(e-1) && s.is(e-1, fOrgHead) &&
					(e == len(s.toks) || s.owner[e] < 0 && !s.isCap(e) && s.word(e) != "(") {
					// a title and the kind of body it heads, no name: "ujar Kepala
					// Puskesmas" is the latest person whose role reads so
					if m := s.titleHolder(i, e); m.sp != nil {
						return m, true
					}
				}
				if e := i + n; e < len(s.toks) && s.owner[e] >= 0 && s.spans[s.owner[e]].first == e &&
					(s.spans[s.owner[e]].typ == gazetteer.Location || s.spans[s.owner[e]].typ == gazetteer.Country) {
					// a title and its place, no name: "kata Gubernur Jawa Timur" after "Gubernur
					// Jawa Timur Khofifah Indar Parawansa", "ujar Bupati Sleman", "kata Wali Kota
					// Verbania" is the office's holder, named or not, never the place
					if end := s.spans[s.owner[e]].last; end >= len(s.toks) || s.owner[end] < 0 && !s.isCap(end) && !s.is(end, fRank) &&
						s.word(end) != "(" && !s.titlesJoined(end) && s.holderAfterComma(end) == 0 {
						return s.titleHolder(i, end), true
					}
				}
				if e := s.portfolioAfter(i + n); e > i+n && (e >= len(s.toks) || s.owner[e] < 0 && !s.isCap(e) && !s.is(e, fRank) && s.word(e) != "(") {
					// a title and its body's acronym: "tegas Menko PMK", "jelas Menko
					// Polhukam", "kata Kepala BNPB" — unless a name follows after all
					// ("kata Gubernur DKI terpilih Anies Baswedan")
					if m := s.titleHolder(i, e); m.sp != nil {
						return m, true
					} else {
						titled, hasTitled = m, true // (the gazetteer's holder too: "kata Panglima TNI, Jenderal TNI Gatot Nurmantyo")
					}
				}
				if e := i + n + 1; e <= len(s.toks) && s.isCap(e-1) && s.toks[e-1].Kind == tokenize.Word &&
					(e == len(s.toks) || s.owner[e] < 0 && !s.isCap(e) && s.word(e) != "(" && !s.is(e, fConnector)) &&
					(s.owner[e-1] < 0 || s.spans[s.owner[e-1]].name == s.word(e-1)) {
					// a title and one word of its unit that an earlier holder's role gives
					// too: "kata Kasat Polairud" after "Kasat Polairud Polresta Pati AKP
					// Bambang Eko Prasetyo" (not a word of a name given in full before:
					// "terang Menteri Hanif")
					if m := s.titleHolder(i, e); m.sp != nil {
						return m, true
					}
				}
			} else if n > 0 && s.toks[i].Kind == tokenize.Word {
				// a title in small letters: "kata hakim sambil mengetuk palu" is the latest
				// person whose role has that word, when there is one
				if e := i + n; (e >= len(s.toks) || s.owner[e] < 0 && !s.isCap(e) && !s.is(e, fRank)) && !s.describesRoleless(i, last) {
					if m := s.titleHolder(i, e); m.sp != nil {
						if a := s.answeredHolder(i, e, m, last); a != nil {
							m.name, m.sp = a.name, a.sp
						}
						return m, true
					}
				}
			}
		}
		if i == j && !s.isCap(i) && courtParty(s.lowAt(i)) && (i+1 >= len(s.toks) || s.toks[i+1].Kind != tokenize.Word || phraseEnd(s.lowAt(i+1)) && s.lowAt(i+1) != "yang") {
			// a party to a case by its part alone: "“…,” sahut saksi" after "Jaksa
			// menghadirkan tiga saksi, salah satunya pemilik toko …, Suwandi Kurniawan" is
			// the latest person the text gave that part, by role, by the word before the
			// name ("terdakwa Rahmat") or by a description set off before it (titleHolder);
			// with none, the part itself, as before (nonPersonSources)
			if m := s.titleHolder(i, i+1); m.sp != nil {
				return m, true
			}
		}
		if i == j && s.is(i, fPronoun) {
			m, ok := s.unnamedOpenerBefore(last)
			if !ok {
				m = s.resolvePronoun(i, last)
			}
			if m.name == "" {
				return mention{}, false
			}
			m.start, m.end, m.text = int(t.Start), int(t.End), t.Text(s.text)
			return m, true
		}
		if i == j && bodyNoun(s.lowAt(i)) && !s.isCap(i) {
			if i+1 < len(s.toks) && s.owner[i+1] >= 0 {
				if sp := &s.spans[s.owner[i+1]]; sp.first == i+1 && sp.typ == gazetteer.Organization && s.lowAt(i) == "manajemen" {
					// the body's own management: "tulis manajemen RSNT dalam dokumen
					// tersebut" is the company's
					return s.mentionOf(sp, i), true
				}
			} else if sp := s.statingBody(s.quoteOpen); sp != nil {
				// "tulis klub yang bermarkas di … itu", "tulis perusahaan tersebut", "tulis
				// manajemen.": the body the text last gave a statement to
				return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: sp.name, sp: sp, pos: i}, true
			}
		}
		if i == j && s.isDescriptor(i) && s.unnamedIntroduced(i) {
			// "Seorang guru honorer yang enggan disebut namanya mengaku kewalahan. ”…,” ujar
			// guru itu": the person the text left unnamed, no one named before
			return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: t.Text(s.text), pos: i}, true
		}
		if i == j && s.isDescriptor(i) {
			sp := s.describedMember(i)
			if sp == nil {
				sp = s.describedByRole(i)
			}
			if sp != nil {
				// a description that names the person's body: "kata politikus Partai
				// Gerindra tersebut" is the latest person whose role gave that party; or
				// words of the role: "tutur pemimpin serikat pekerja itu" after "Ketua
				// Serikat Pekerja Cordillera Norte Patricio Vergara"
				return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: sp.name, sp: sp, pos: i}, true
			}
		}
		if i == j && s.isDescriptor(i) {
			// "ucap pria berusia 32 tahun itu" refers back like a pronoun; when nothing
			// before it names a person, the description is the speaker (read on). A
			// description points at the person its quote's paragraph introduces in full,
			// when that is not the previous speaker: "Di balai desa, Imas Sumiati (45)
			// menyuapi anaknya. Rumahnya … rumah Oyo. ”…,” ujar ibu tiga anak itu"
			if sp := s.introducedInParagraph(s.quoteOpen); sp != nil && (last == nil || last.name != sp.name) && !s.kindsConflict(s.lowAt(i), sp) {
				return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: sp.name, sp: sp, pos: i}, true
			}
			if m := s.resolvePronoun(i, last); m.name != "" {
				if m.sp != nil && s.kindsConflict(s.lowAt(i), m.sp) {
					// the description's noun is not what the person found was introduced
					// as: "ujar pemain berusia 29 tahun itu" after the coach spoke of Souza
					if sp := s.personOfKind(s.lowAt(i)); sp != nil {
						m = mention{name: sp.name, sp: sp}
					}
				} else if m.sp != nil && s.lex.personKinds[s.lowAt(i)] != nil && s.givenKinds(m.sp) == nil {
					// the person found was given no trade, and another was introduced as
					// what the noun says: "ujar pebalap berusia 26 tahun itu" after "pebalap
					// Kolombia Julián Cárdenas …" is his, not the team manager's
					if sp := s.personOfKind(s.lowAt(i)); sp != nil && s.roleKinds(sp) != nil {
						m = mention{name: sp.name, sp: sp}
					}
				}
				m.start, m.end, m.text = int(t.Start), int(t.End), t.Text(s.text)
				return m, true
			}
		}
		if i == j && s.lowAt(i) == "akun" && i+1 < len(s.toks) && s.toks[i+1].Kind == tokenize.Mention {
			// "tulis akun @ayuwidya.mdn": the person the text gave as the account's owner
			if sp := s.handleOwner(i + 1); sp != nil {
				h := s.toks[i+1]
				return mention{start: int(h.Start), end: int(h.End), text: h.Text(s.text), name: sp.name, sp: sp}, true
			}
		}
		if i == j && s.lowAt(i) == "seorang" && i+1 < len(s.toks) && s.toks[i+1].Kind == tokenize.Word && !s.isCap(i+1) {
			if sp := s.namedAfterSomeone(i + 1); sp != nil {
				// someone new, named after the description: "kata seorang profesor bidang
				// diet … Universitas Oxford Susan Jebb", "kata salah seorang petani tebu asal
				// Kudus, Agus ditemui …"
				return s.mentionOf(sp, i), true
			}
			// an unnamed source: "kata seorang sumber"
			n := s.toks[i+1]
			return mention{start: int(t.Start), end: int(n.End), text: s.text[t.Start:int(n.End)], name: n.Text(s.text)}, true
		}
		if i == j && !s.isCap(i) && (i+1 < len(s.toks) && s.is(i+1, fDeterminer) || s.is(i, fOrgHead) && s.closedByDeterminer(i)) {
			// a non-person source: "pernyataan itu", "kementerian itu", "perusahaan asal
			// San Francisco itu" → the last body named
			m := mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: t.Text(s.text)}
			if s.is(i, fOrgHead) {
				if sp := s.lastOrg(i); sp != nil {
					m.name, m.sp = sp.name, sp
				}
			}
			return m, true
		}
		if s.inRole(i) || s.is(i, fRank) || s.is(i, fTitle) || s.is(i, fOrgHead) || s.is(i, fPortfolio) || s.is(i, fTitleSuffix) ||
			i > j && s.linksBody(i) {
			continue
		}
		if s.isCap(i) && s.is(i, fStop) {
			if s.is(i, fGeneric) {
				// a generic term (generic-terms.txt) is a word of the role, as in "kata Direktur
				// Perlindungan WNI Kementerian Luar Negeri Iqbal …"
				continue
			}
			break // a day or a month ends the phrase: "kata Bandung, Minggu (6/12/2026)"
		}
		if s.isCap(i) {
			e := i
			for e < len(s.toks) && s.owner[e] < 0 && s.isNameToken(e) {
				e++
			}
			if e == i {
				e = i + 1
			}
			if e == i+1 && roman(s.word(i)) {
				continue // a numbered unit's number: "Politeknik Kesehatan Kemenkes Jakarta II"
			}
			// an untyped capitalised run: the speaker unless a person follows it in the
			// same phrase ("kata Kepala Bidang Mitigasi Gunung Api PVMBG Ratih …")
			if !hasCapRun {
				b := s.skipLeadingWords(i, e)
				txt := s.text[s.toks[b].Start:s.toks[e-1].End]
				capRun, hasCapRun = mention{start: int(s.toks[b].Start), end: int(s.toks[e-1].End), text: txt, name: txt}, true
			}
			i = e - 1
			continue
		}
		if k := s.bernamaAt(i); k > i && k+1 < len(s.toks) && (s.isCap(k+1) || s.owner[k+1] >= 0) {
			i = k // read on to the name after "bernama"
			continue
		}
		if i == j && s.lowAt(i) == "salah" && i+2 < len(s.toks) && s.lowAt(i+1) == "satu" {
			i++ // "kata salah satu pengelola mal" → the noun after it
			j = i + 1
			continue
		}
		if i == j && particleName(s.word(i)) {
			if sp := s.latestFullName(s.word(i), i); sp != nil {
				// a name after its particle in small letters: "kata al-Saleh" after
				// "Jenderal Abdulelah al-Saleh"
				return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: sp.name, sp: sp, pos: i}, true
			}
		}
		if s.descriptorWord(i) {
			continue // a description before the name: "kata pejabat konsuler KJRI Jeddah Rahmat Aming"
		}
		if i == j && s.lex.nonPersonSources[s.lowAt(i)] {
			// a source that is not a named person: "kata pernyataan yang dikeluarkan …",
			// "kata saksi mata"; the body it comes from when one is named right after it,
			// "kata pernyataan tertulis Bea Cukai"
			for k := i + 1; k < len(s.toks) && k <= i+3 && s.toks[k].Kind == tokenize.Word; k++ {
				if o := s.owner[k]; o >= 0 {
					if sp := &s.spans[o]; sp.typ == gazetteer.Organization {
						if p := s.personAt(sp.last); p != nil {
							sp = p // a person of the body's after all: "ujar media officer Persib Irfan Suryadireja"
						}
						return s.mentionOf(sp, 0), true
					}
					break
				}
				if s.isCap(k) {
					break
				}
			}
			e := s.toks[max(i, s.descriptionEnd(i)-1)]
			txt := s.text[t.Start:e.End]
			return mention{start: int(t.Start), end: int(e.End), text: txt, name: txt}, true // "ujar petugas jaga"
		}
		break
	}
	if hasCapRun && !(hasTitled && titled.entry != nil && capRun.start >= titled.start && capRun.end <= titled.end) {
		// (not the portfolio's acronym of a title whose holder the gazetteer gives: "kata
		// Menteri ESDM" is the minister, not "ESDM")
		return capRun, true
	}
	if hasTitled && (!hasBody || body.end <= titled.end) {
		return titled, true
	}
	if descEnd := s.descriptionEnd(j); descEnd > j && (!hasBody || body.sp != nil && body.sp.typ != gazetteer.Organization) {
		// an unnamed speaker, given by the description: "kata rekan korban", "kata para
		// pakar dalam laporan", "ujar pemimpin sidang"; a place in it is no speaker ("kata
		// warga desa Sukamaju"). A relative clause after it describes someone already
		// named ("tambah pria yang bekerja sebagai …"), who is the speaker when there is one.
		t0, t1 := s.toks[j], s.toks[descEnd-1]
		txt := s.text[t0.Start:t1.End]
		m := mention{start: int(t0.Start), end: int(t1.End), text: txt, name: txt, unnamed: true}
		if descEnd < len(s.toks) && s.lowAt(descEnd) == "yang" {
			if r := s.resolvePronoun(j, last); r.name != "" {
				m.name, m.sp, m.entry, m.unnamed = r.name, r.sp, r.entry, false
			}
		}
		return m, true
	}
	if hasBody && body.sp != nil && body.sp.typ == gazetteer.Organization && (s.is(j, fTitle) || s.phraseAt(&s.lex.titles, j) > 1) && body.sp.first > j &&
		body.sp.last < len(s.toks) && s.is(body.sp.last, fDeterminer) {
		// a title, its body and a determiner describe a person already named, as "pria itu"
		// does: "terang Ketua MPR RI tersebut" is the one the text last spoke of, not the
		// assembly (when no one's role gives the title, which the bare-title rules try);
		// a deputy's title of two words too: "kata Wakil Ketua DPRD Jawa Barat itu"
		if m := s.titleHolder(j, body.sp.last); m.sp != nil {
			return m, true
		}
		if r := s.resolvePronoun(j, last); r.name != "" && r.sp != nil {
			e := s.toks[body.sp.last]
			r.start, r.end, r.text = int(s.toks[j].Start), int(e.End), s.text[s.toks[j].Start:e.End]
			return r, true
		}
	}
	return body, hasBody
}

// describesRoleless reports whether the title in small letters at token i, a noun for
// what a person does (person-kinds.tsv), opens a description closed by a determiner
// (isDescriptor) that refers back to the subject of a statement whom the text gave no
// role: "Di kubu tim tamu, Brennan menyesalkan …. Ia juga menyoroti …. “…,” kata
// pelatih asal Australia itu" is Brennan's, whom the description gives the role, not the
// latest person introduced as "Pelatih Frontale, Hiroshi Kanemoto".
func (s *state) describesRoleless(i int, last *mention) bool {
	if s.lex.personKinds[s.lowAt(i)] == nil || !s.isDescriptor(i) {
		return false // (an office is not what a person does: "ucap kepala sekolah itu" is the head's)
	}
	r := s.resolvePronoun(i, last)
	return r.sp != nil && r.sp.role == "" && !s.kindsConflict(s.lowAt(i), r.sp) && s.isReportingSubject(r.sp, s.beforeRole(r.sp))
}

// personAt returns the person or leader span that begins at token i, or nil.
func (s *state) personAt(i int) *span {
	if i >= len(s.toks) || s.owner[i] < 0 {
		return nil
	}
	if sp := &s.spans[s.owner[i]]; sp.first == i && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) {
		return sp
	}
	return nil
}

// descriptionEnd returns the end of the words in small letters from token j that may
// describe a speaker (descriptorWord, or a non-person source's word), three at most and
// before a word that qualifies them ("asal", "berusia", "seperti", a passive verb):
// "rekan korban", "para pakar" (before "dalam laporan"), "pria" (before "asal Solo").
func (s *state) descriptionEnd(j int) int {
	k := j
	for k < len(s.toks) && k-j < 3 && s.owner[k] < 0 && (s.descriptorWord(k) || s.lex.nonPersonSources[s.lowAt(k)]) {
		switch w := s.lowAt(k); {
		case w == "asal" || w == "kelahiran" || w == "berusia" || w == "lulusan" || w == "bernama" ||
			w == "seperti" || w == "sebagaimana" || len(w) >= 6 && strings.HasPrefix(w, "di"):
			return k // what follows qualifies the description: "pria asal Solo", "pernyataan seperti dilansir"
		}
		k++
	}
	return k
}

// descriptorWord reports whether token i, a word in small letters in the phrase after a
// cue, may describe the speaker named after it ("petinggi laskar FPI Maman Suryadi", "sang
// gitaris Riko"): no pronoun, determiner or non-person source, and no word that ends the
// phrase (endsRole: a preposition, a conjunction, a verb; reportedFrom: where the words were
// taken from).
func (s *state) descriptorWord(i int) bool {
	if s.toks[i].Kind != tokenize.Word || s.isCap(i) || s.is(i, fPronoun) || s.is(i, fDeterminer) {
		return false
	}
	w := s.lowAt(i)
	return !s.endsRole(w) && !s.lex.nonPersonSources[w] && !reportedFrom(w)
}

// particleName reports whether w is a name after its particle in small letters and a
// hyphen, as Arabic names are written: "al-Saleh", "el-Sisi".
func particleName(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h <= 3 && h+1 < len(w) && w[h+1] >= 'A' && w[h+1] <= 'Z' && strings.ToLower(w[:h]) == w[:h]
}

// reportedFrom reports whether w, in small letters, opens where a statement was taken from
// after its speaker, so that the body named next is the outlet, not who spoke: "kata
// al-Saleh seperti dikutip AFP", "ujar pejabat itu sebagaimana dilansir Reuters".
func reportedFrom(w string) bool {
	switch w {
	case "seperti", "sebagaimana", "dikutip", "dilansir":
		return true
	}
	return false
}

// subjectAt reads a subject at token j: an entity, a pronoun, or an anaphoric "itu".
func (s *state) subjectAt(j int, last *mention) (mention, bool) {
	if j >= len(s.toks) {
		return mention{}, false
	}
	t := s.toks[j]
	if k := s.owner[j]; k >= 0 {
		sp := &s.spans[k]
		return s.mentionOf(sp, j), true
	}
	if s.is(j, fPronoun) || s.lowAt(j) == "itu" {
		m := s.resolvePronoun(j, last)
		if s.lowAt(j) == "itu" && last != nil {
			m = *last
		}
		if m.name == "" {
			return mention{}, false
		}
		m.start, m.end, m.text, m.pos = int(t.Start), int(t.End), t.Text(s.text), j
		return m, true
	}
	return mention{}, false
}

// afterMention returns the token after the subject mention at j.
func (s *state) afterMention(j int) int {
	if k := s.owner[j]; k >= 0 {
		return s.spans[k].last
	}
	return j + 1
}

// subjectBeforeComma returns the person whose name opens the sentence of the quote that
// opens at token open, after a comma or a colon, with no reporting verb between ("Daniel
// Tumiwa selaku CEO OLX Indonesia, memberikan komentarnya, “…”"), if that person is the
// only one the sentence names before the quote; else nil.
func (s *state) subjectBeforeComma(open int) *span {
	if open < 1 || (s.word(open-1) != "," && s.word(open-1) != ":") {
		return nil
	}
	sen := s.sentenceOf(open)
	var subj *span
	for b := sen.First; b < open; b++ {
		if s.isQuoted(b) {
			return nil
		}
		k := s.owner[b]
		if k < 0 {
			continue
		}
		sp := &s.spans[k]
		if sp.typ != gazetteer.Leader && sp.typ != gazetteer.Person {
			b = sp.last - 1
			continue
		}
		if subj != nil || sp.first > sen.First+2 {
			return nil // two persons, or one that is no sentence's subject
		}
		subj = sp
		b = sp.last - 1
	}
	return subj
}

// attributionBefore looks before the quote, in its sentence: X mengatakan, “…” /
// Menurut X, “…” / X menyebut … “…”.
func (s *state) attributionBefore(r rawQuote, last *mention) (mention, string, bool) {
	sen := s.sentenceOf(r.open)
	for c := r.open - 1; c >= sen.First && r.open-c < maxAttributionReach; c-- {
		if s.isQuoted(c) {
			break
		}
		kind, _ := s.cueAt(c)
		switch kind {
		case cueSource:
			// Menurut X, “…”
			if m, ok := s.speakerAfterCue(c+1, last); ok {
				m.pos = c
				return m, s.word(c), true
			}
		case cuePre, cuePost:
			if kind == cuePost && c > sen.First && s.word(c-1) == "," {
				// an attribution set off by commas earlier in the quote's sentence:
				// "Pihaknya, kata dia, juga membuka kanal … ”dengan alasan apa pun”"
				if m, cue, ok := s.cueSpeaker(c, last); ok {
					return m, cue, true
				}
			}
			d := c - 1
			for d > sen.First && c-d <= 3 && clauseAdverb(s.lowAt(d)) {
				d-- // "Pelatih asal Rotterdam itu juga menyebut …"
			}
			if d > sen.First && s.is(d, fDeterminer) && s.describesSubject(sen.First, d) {
				// "Winger andalan Persebaya itu mengatakan, “…”" refers back like a pronoun,
				// to the latest holder of the title it opens with when there is one
				// ("Pelatih berusia 57 tahun itu" after "pelatih Jerman Joachim Loew")
				if n := s.phraseAt(&s.lex.titles, sen.First); n > 0 && sen.First+n <= d {
					if th := s.titleHolder(sen.First, sen.First+n); th.sp != nil {
						th.start, th.end, th.text, th.pos = int(s.toks[sen.First].Start), int(s.toks[d].End), s.text[s.toks[sen.First].Start:s.toks[d].End], c
						return th, s.word(c), true
					}
				}
				if m := s.resolvePronoun(d, last); m.name != "" {
					m.start, m.end, m.text, m.pos = int(s.toks[sen.First].Start), int(s.toks[d].End), s.text[s.toks[sen.First].Start:s.toks[d].End], c
					return m, s.word(c), true
				}
			}
			if s.relativeSubject(sen.First, c) {
				// "Pria yang tahun lalu juara di Losail mengatakan, “…”" refers back too
				if m := s.resolvePronoun(sen.First, last); m.name != "" {
					m.start, m.end, m.text, m.pos = int(s.toks[sen.First].Start), int(s.toks[sen.First].End), s.word(sen.First), c
					return m, s.word(c), true
				}
			}
			for b := c - 1; b >= sen.First && c-b <= 8; b-- {
				if s.isQuoted(b) {
					break
				}
				if k := s.owner[b]; k >= 0 && (s.spans[k].typ == gazetteer.Leader || s.spans[k].typ == gazetteer.Person || s.spans[k].typ == gazetteer.Organization) {
					if s.spans[k].typ == gazetteer.Organization {
						if h := s.holderBeforeRole(s.spans[k].first, sen.First); h >= 0 {
							k = h // the body is the role's: "Adhitya selaku Manajer Humas KAI Daop 4 mengatakan, “…”"
						}
					}
					m, _ := s.subjectAt(s.spans[k].first, last) // (a span's mention, always found)
					m.pos = c
					return m, s.word(c), true
				}
				if s.is(b, fPronoun) {
					m, ok := s.subjectAt(b, last)
					if !ok {
						return mention{}, "", false // a pronoun with nobody to refer to
					}
					m.pos = c
					return m, s.word(c), true
				}
			}
			if m, ok := s.unnamedSubject(sen.First, c); ok {
				m.pos = c
				return m, s.word(c), true
			}
			if m, ok := s.bodySubject(sen.First, c); ok {
				m.pos = c
				return m, s.word(c), true
			}
			if sp := s.subjectAcross(sen.First, c); sp != nil {
				m, _ := s.subjectAt(sp.first, last) // (a span's mention, always found)
				m.pos = c
				return m, s.word(c), true
			}
		}
	}
	return mention{}, "", false
}

// maxAcrossReach bounds, in tokens, how far back from a reporting verb subjectAcross looks.
const maxAcrossReach = 20

// subjectAcross returns, for a reporting verb at token c in the sentence that opens at
// token f, its subject when a phrase stands between them: a relative clause ("Bupati
// Pesawaran Arman Syahputra yang meninjau keramba pada Jumat (13/8/2027) menyebut …") or
// the channel of a statement ("PT ASDP Indonesia Ferry (Persero) dalam keterangan tertulis,
// Minggu, menyatakan, “…”"). The subject is a person or a body right before "yang",
// "dalam", "melalui" or "lewat" (and a bracketed status after a body's name), and the
// phrase names no one else, within maxAcrossReach tokens; nil otherwise.
func (s *state) subjectAcross(f, c int) *span {
	for b := c - 1; b > f && c-b <= maxAcrossReach; b-- {
		if s.isQuoted(b) || s.owner[b] >= 0 {
			return nil // (a name in the phrase: which one speaks is not said)
		}
		switch w := s.lowAt(b); w {
		case "yang", "dalam", "melalui", "lewat":
			e := b - 1
			if e > f && s.word(e) == ")" && e-2 > f && s.word(e-2) == "(" {
				e -= 3 // a body's status: "PT ASDP Indonesia Ferry (Persero) dalam …"
			}
			o := s.owner[e]
			if o < 0 || s.spans[o].last != e+1 {
				return nil
			}
			if sp := &s.spans[o]; sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader || sp.typ == gazetteer.Organization && w != "yang" {
				return sp
			}
			return nil
		}
		if t := s.toks[b]; t.Kind == tokenize.Punct && t.Text(s.text) != "," && t.Text(s.text) != "(" && t.Text(s.text) != ")" && t.Text(s.text) != "/" {
			return nil
		}
	}
	return nil
}

// bodySubject returns, for a reporting verb at token c whose subject is a body named by
// its kind alone, the body the text last gave a statement to (see statingBody), or the
// latest body named: "Dalam keterangan tertulisnya, perusahaan menyebut kejadian itu
// sebagai “…”", "Klub juga meminta suporter “…”", "Dalam keterangan resmi, lembaga itu
// menyebut …". The subject is a company's or a club's noun (bodyNoun) or a body's head word
// (orgheads.txt) with a determiner after it ("lembaga itu", "induk usaha itu"), at the
// sentence's start f or right after a comma, with nothing but adverbs ("juga") before the
// verb. The mention is the noun; none (false) when no body is found.
func (s *state) bodySubject(f, c int) (mention, bool) {
	d := c - 1
	for d > f && c-d <= 3 && clauseAdverb(s.lowAt(d)) {
		d--
	}
	if d < f || s.toks[d].Kind != tokenize.Word || s.owner[d] >= 0 {
		return mention{}, false
	}
	h := d // the noun that heads the subject
	if s.is(d, fDeterminer) {
		for h = d - 1; h > f && d-h < 3 && s.word(h-1) != "," && s.toks[h-1].Kind == tokenize.Word && !s.isCap(h-1); h-- {
		}
		if h >= d || !s.is(h, fOrgHead) && !bodyNoun(s.lowAt(h)) && s.lowAt(h) != "induk" {
			return mention{}, false
		}
	} else if !bodyNoun(s.lowAt(d)) {
		return mention{}, false
	}
	if h > f && s.word(h-1) != "," || s.owner[h] >= 0 {
		return mention{}, false
	}
	for k := h; k <= d; k++ {
		if s.owner[k] >= 0 || s.isCap(k) && k > f {
			return mention{}, false
		}
	}
	sp := s.statingBody(s.quoteOpen)
	if sp == nil {
		sp = s.lastOrg(h)
	}
	if sp == nil {
		return mention{}, false
	}
	t0, t1 := s.toks[h], s.toks[d]
	return mention{start: int(t0.Start), end: int(t1.End), text: s.text[t0.Start:t1.End], name: sp.name, sp: sp}, true
}

// holderBeforeRole returns the person span before "selaku" whose role names the body that
// begins at token i, the role's words between ("Adhitya Prasetyo selaku Manajer Hubungan
// Masyarakat | KAI Daop 4 Semarang"), reading back no further than token f; else -1.
func (s *state) holderBeforeRole(i, f int) int32 {
	for r := i - 1; r > f && i-r <= 8 && !s.isQuoted(r); r-- {
		if k := s.owner[r]; k >= 0 {
			return -1 // another name between
		}
		if s.lowAt(r) == roleCue {
			if k := s.owner[r-1]; k >= 0 && (s.spans[k].typ == gazetteer.Person || s.spans[k].typ == gazetteer.Leader) {
				return k
			}
			return -1
		}
		if s.toks[r].Kind != tokenize.Word {
			return -1
		}
	}
	return -1
}

// unnamedOpenerBefore returns, for a quote whose cue is a pronoun or a clitic, the unnamed
// person a sentence of the quote's paragraph or the one before introduces as its subject
// with "Seorang", "Salah seorang" or "Salah satu" (unnamedOneAt: "Seorang insinyur
// perangkat lunak … mengaku …. ¶ “…,” ujarnya" is the engineer's), when no person is named between that sentence and the quote and the
// previous quote's attribution came before it; else none (false). It reads those two paragraphs'
// sentences only, so each quote costs a constant.
func (s *state) unnamedOpenerBefore(last *mention) (mention, bool) {
	ps := s.sentIndex(s.quoteOpen)
	sents := s.doc.Tokens.Sentences
	if ps <= 0 || ps >= len(sents) {
		return mention{}, false
	}
	from := s.paraFirstSentence(ps)
	if from > 0 && sents[ps].First == s.quoteOpen {
		from = s.paraFirstSentence(from - 1)
	}
	from = max(from, ps-maxUnnamedSentences)
	for j := ps; j >= from; j-- {
		f := sents[j].First
		if f >= s.quoteOpen || s.isQuoted(f) {
			continue
		}
		n := s.unnamedOneAt(f)
		if n < 0 {
			continue
		}
		if last != nil && last.pos >= f || s.quoteOpen-f > maxUnnamedReach {
			return mention{}, false
		}
		for k := f; k < s.quoteOpen; k++ {
			if o := s.owner[k]; o >= 0 && !s.isQuoted(k) && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
				return mention{}, false
			}
		}
		t := s.toks[n]
		return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: s.lowAt(n), unnamed: true}, true
	}
	return mention{}, false
}

// unnamedOneAt returns, for a sentence that opens at token f with one unnamed person
// ("Seorang insinyur …", "Salah seorang warga …", "Salah satu rekan wanita …"), the token
// of the noun that describes that person, or -1.
func (s *state) unnamedOneAt(f int) int {
	n := f + 1
	switch s.lowAt(f) {
	case "seorang":
	case "salah":
		if w := s.lowAt(f + 1); w != "seorang" && w != "satu" {
			return -1
		}
		n = f + 2
	default:
		return -1
	}
	if n >= len(s.toks) || s.toks[n].Kind != tokenize.Word || s.isCap(n) {
		return -1
	}
	if s.lowAt(f+1) == "satu" && !s.personNoun(s.lowAt(n)) {
		return -1 // "Salah satu contohnya …", "Salah satu upaya …": a thing
	}
	return n
}

// personNoun reports whether w, in small letters, is a noun for a person: what one is or
// does ("wanita", "warga", "penyanyi", "ayah"), or one of a group ("rekan", "teman",
// "anggota", "penggemar").
func (s *state) personNoun(w string) bool {
	switch w {
	case "rekan", "teman", "tetangga", "anggota", "penggemar", "pengunjung", "penonton", "pejabat", "petugas", "pemain", "peserta":
		return true
	}
	return personWord(w) || civilianNoun(w) || kinWord(w) || s.lex.personNouns[w] || len(s.lex.personKinds[w]) > 0
}

// maxUnnamedSentences and maxUnnamedReach bound how many sentences and tokens back
// unnamedOpenerBefore looks, so that each quote costs a constant.
const (
	maxUnnamedSentences = 8
	maxUnnamedReach     = 400
)

// unnamedSubject returns, for a sentence that opens at token f with an unnamed source as
// the subject of the cue at token c, that source: "Seorang sumber mengatakan, “…”" gives
// "sumber", "Sumber lain mengatakan" "sumber", "Seorang saksi mata menuturkan" "saksi"; or
// none (false) when anything else stands before the cue.
func (s *state) unnamedSubject(f, c int) (mention, bool) {
	n := f
	if s.lowAt(n) == "seorang" {
		n++
	}
	if n >= c || c-f > 4 || s.toks[n].Kind != tokenize.Word || s.owner[n] >= 0 || !s.lex.nonPersonSources[s.lowAt(n)] ||
		n > f && s.isCap(n) || n == f && s.isCap(n) && !s.isInitial(n) {
		return mention{}, false
	}
	for k := n + 1; k < c; k++ {
		if w := s.lowAt(k); s.isCap(k) || s.owner[k] >= 0 || w != "lain" && w != "lainnya" && w != "mata" && !clauseAdverb(w) {
			return mention{}, false
		}
	}
	t := s.toks[n]
	return mention{start: int(t.Start), end: int(t.End), text: t.Text(s.text), name: s.lowAt(n), unnamed: true}, true
}

// answeredHolder returns, for a title in small letters after a reply cue whose holder
// titleHolder found in m is the previous speaker, the one that speaker answered when the
// text gave that one the title too: two coaches alternating, "“…,” balas Agius. ¶ “…,”
// sahut pelatih asal Malaysia tersebut" is the other coach's, Ong Kim Swee's, as a
// pronoun after a reply is (resolvePronoun); else nil.
func (s *state) answeredHolder(first, end int, m mention, last *mention) *mention {
	if !s.reply || last == nil || s.answered == nil || s.answered.sp == nil || m.name != last.name || s.answered.name == last.name {
		return nil
	}
	sp := s.answered.sp
	role := sp.role
	if role == "" {
		role = s.appositionRole(sp)
	}
	if key := s.keyOf(first, end); hasWordsOf(role, key) || s.rolePhraseHas(sp, key, true) {
		return s.answered
	}
	return nil
}

// courtParty reports whether w, in small letters, names a party to a case or an inquiry by
// its part: "saksi", "terdakwa", "tersangka", "korban", "pelapor", "terlapor".
func courtParty(w string) bool {
	switch w {
	case "saksi", "terdakwa", "tersangka", "korban", "pelapor", "terlapor":
		return true
	}
	return false
}
