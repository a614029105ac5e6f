package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// typerSlack is how far below NONE's score the best type's may fall and still be kept
// (see typer.Prediction.Name); below it the name is left out rather than guessed. Micro F1
// on idner-news-2k dev is flat around 0 (-300: 0.720, -100: 0.721, 0: 0.722, 100: 0.723,
// 200: 0.724, 300: 0.716), as it is in 5-fold cross-validation on train; testdata/articles
// prefers 0 or less (0.951 at 0, 0.949 at 200), so 0: keep the best type when it scores at
// least as much as NONE. Measured again in December 2026, 0 leads on dev (-200: 0.779,
// -100: 0.782, 0: 0.790, 100: 0.788, 200: 0.786) and on testdata/articles (0.959, 0.960,
// 0.960, 0.959, 0.958).
const typerSlack = 0

// typeName lets the name typer (package typer, trained by go generate) decide an unknown
// capitalised name [first, last) that the rule with source src typed typ, or left out when
// ok is false. The typer reads the words in and around the span, their shapes, and the
// rule's guess; it answers PERSON, ORGANIZATION, LOCATION or no name. A dateline is
// structure, not a guess, and stays the rule's; so does a name followed by an age in
// brackets, which only a person has, a body's name after an introducing noun or ending in
// an English body suffix (rule:context-org), a place's ending in an English word for a
// place ("Bondi Beach"), and a lone acronym of two letters, which is almost never a name
// and would only cost time.
func (s *state) typeName(first, last int, typ Type, r rule, ok bool) (Type, source, bool) {
	if r == ruleDateline || r == ruleContextOrg || r == ruleDropShortAcronym || r == ruleContextAge || s.isUni(first) ||
		r == ruleContextPlace && last-first >= 2 && englishPlaceEnd(s.lowAt(last-1)) ||
		typer.Trace == nil && r == ruleDropNotName && last-first == 1 && s.capsLeadWord(first) ||
		r == ruleDropLoneWord && last-first == 1 && (s.is(first, fCommon) || s.is(first, fStop) ||
			s.initialOrdinary(first) || s.corpusLone(first) || addressWord(s.lowAt(first)) || s.lex.ethnic[s.lowAt(first)]) {
		// the typer learned from cased text: in text of one case the rules decide; and a
		// lone ordinary word ("Pernyataan", "Sementara"), or a word news mostly writes in
		// small letters that starts a sentence ("Fenomena") or stands alone inside it
		// ("Matematika"), is left out without asking it; so is an ordinary word in capitals
		// that opens a paragraph ("KELEBIHAN berat badan …"; see capsLeadWord)
		return typ, source{rule: r}, ok
	}
	if ok && typ == gazetteer.Person && last-first >= 2 && last-first <= 4 && s.afterTitleComma(first) && s.personShaped(first, last) &&
		s.looksLikePersonalName(first, last, fCommon) || ok && r == ruleContextName && s.nounApposition(first, last) {
		// a name set off after a title in small letters: "kata ketua klub, John Williams",
		// which the typer, seeing "klub" before it, takes for a club; a name set off after a
		// noun ("Salah satu penonton, Embun Safitri,"; see nounApposition)
		return typ, source{rule: r}, ok
	}
	c := typer.Candidate{First: first, Last: last, Rule: typerRuleName(r), Guess: typer.None}
	if ok {
		c.Guess = classOf(typ)
	}
	if typer.Trace != nil {
		typer.Trace.Candidate((*typerView)(s), c)
		return typ, source{rule: r}, ok
	}
	// the rules below ask these of the name's first word again and again, and some read
	// the word before it first, which most names have none of theirs before
	given, low := s.givenName(first), s.lowAt(first)
	prev := ""
	if first > 0 {
		prev = s.lowAt(first - 1)
	}
	if ok && typ == gazetteer.Person && last-first >= 2 && s.is(first, fOrgHeadFirst) && s.phraseAt(&s.lex.orgHeads, first) == last-first {
		// a kind of body named in full, with no name of its own after it, that a rule took
		// for a person is that body: "petugas Balai Pemasyarakatan dan orangtua"
		return gazetteer.Organization, source{rule: ruleOrgHead}, true
	}
	if last-first == 1 && s.isInitial(first) && (r == ruleContextName || r == ruleDropLoneWord) && !given && nominalised(low) {
		// a noun made from a verb that opens its sentence is no name: "Pendangkalan alur
		// itu …", "Kemacetan terjadi …"
		return 0, source{}, false
	}
	if last-first == 1 && s.isInitial(first) && (r == ruleContextName || r == ruleDropLoneWord) && !given && s.writtenSmall(first) {
		// a word that opens its sentence, and that the document writes in small letters
		// elsewhere, is that word, no name: "Itik tampak lesu …" in an article on ducks
		// ("itik"), "Konvoi berisi 22 truk …" after "konvoi itu"
		return 0, source{}, false
	}
	if last-first <= 2 && !s.isAllCaps(first) && !given && !s.is(first, fCommon) && listConjunction(prev) && s.listedAfterRegion(first) {
		// a place listed after a region named with its head word: "di Kecamatan Poso
		// Pesisir dan Lage", "dari Desa Kelabat, Pusuk, dan Tuik"
		return gazetteer.Location, source{rule: ruleList}, true
	}
	if last-first <= 2 && !given && prev == "," && s.venueCity(first, last) {
		// the city a venue is in, set off after the venue's name: "di Mapei Stadium,
		// Reggio Emilia.", "Sirkuit Red Bull Ring, Spielberg, Minggu (27/6)"
		return gazetteer.Location, source{rule: ruleContextPlace}, true
	}
	if last-first <= 2 && s.residentBefore(first) && !given && (s.regionAfterComma(last) ||
		!s.isAllCaps(first) && !s.lex.ethnic[low] && !s.is(first, fCommon) && s.nameShaped(first) && (last == len(s.toks) || !s.isCap(last))) {
		// (or no name after it: "warga Bomba dan Katupat", "warga Jatimekar, mengeluh …")
		// a place between a word for its residents and the region it lies in: "warga
		// Tapalang, Mamuju", "penduduk Waykandis, Bandarlampung"
		return gazetteer.Location, source{rule: ruleContextPlace}, true
	}
	if last-first <= 2 && prev == "dari" && s.routeStart(first, last) && !s.isAllCaps(first) && !given && !s.is(first, fCommon) && !s.lex.surnames[s.lowAt(last-1)] {
		// where a way starts, from "dari" to a place: "dari Waelengga menuju Kota Mbay",
		// "dari Waelengga ke Labuan Bajo" (not a name a first name or a family name
		// the lists know opens or ends: "dari Siregar ke Medan")
		return gazetteer.Location, source{rule: ruleContextPlace}, true
	}
	if last-first >= 2 && last-first <= 4 && s.appositionAfterOrigin(first) && s.personShaped(first, last) {
		// a name set off after a person's trade and origin: "penyerang asal Argentina,
		// Santiago Ferreyra", which a place's name opening it would make a body's
		return gazetteer.Person, source{rule: ruleContextName}, true
	}
	if last-first >= 2 && last-first <= 3 && prev == "(" && s.castBracket(first, last) && s.personShaped(first, last) && s.looksLikePersonalName(first, last, fCommon) {
		// an actor's name in brackets after the character's: "Buster Moon (Matthew
		// McConaughey)", "Rey (Daisy Ridley)", which the typer, seeing a name before the
		// bracket, leaves out as another name for it
		return gazetteer.Person, source{rule: ruleContextName}, true
	}
	if last-first == 1 && reduplicated(s.word(first)) {
		// a word said twice, the plural of an ordinary one, is no name: "Cucu-cucu selalu
		// tanya", "Warga-warga" (the typer still learns from it, as NONE)
		return 0, source{}, false
	}
	if last-first == 1 && lettersAndDigits(s.word(first)) && !repeatedP(s.word(first)) {
		// a code of letters and digits that nothing knows is a product's model, a part or a
		// quarter, no name: "QX2", "GSX-R150", "Q2" (but an acronym of words that repeat
		// their first letter is a body's: "UKP4", "LP3ES", "BP2MI")
		return 0, source{}, false
	}
	if last-first <= 4 && s.pairBefore(first) && s.pairHyphenIn(first, last) {
		// two persons' names a hyphen joins after a word for a pair, which personPairs
		// splits: "pasangan calon Asrul-Hugua", whose unknown words the typer leaves out
		return gazetteer.Person, source{rule: ruleContextName}, true
	}
	class, lead := typer.Default().Predict((*typerView)(s), c).Name()
	if (class == typer.Person && lead >= -typerSlack || lead < -typerSlack && ok && typ == gazetteer.Person) && (s.nounOpened(first) || s.taxonIn(first, last)) {
		// a person's name opens with no noun made from a verb: "Kebuntuan Evolusi
		// Kambrium", "Pemberhentian Oesman Sapta Oedang", "bidang Kemaritiman"; nor is it
		// a genus's Greek or Latin name: "karnivora Allosaurus", "Lycodon sidiki"; the
		// typer, seeing unknown capitalised words, takes both for a person's
		return 0, source{}, false
	}
	if (class == typer.Organization || lead < -typerSlack) && (!ok || typ == gazetteer.Person) && s.initialsName(first, last) {
		// initials before a name ("milik BH Hutapea", "perjuangan RA Wulandari"), which the
		// typer takes for a body's code and its name, or leaves out (see initialsName); a
		// rule's place ("di FX Sudirman") and the typer's ("dan MH Thamrin") stay theirs
		if !ok {
			r = ruleContextName
		}
		return gazetteer.Person, source{rule: r}, true
	}
	if class == typer.Person && last-first == 1 && s.sundaneseToponym(first) {
		// a place in West Java or Banten by its shape, which the typer, seeing one word
		// in a name's place, takes for a person's: "berangkat dari Cibitung"
		return gazetteer.Location, source{rule: ruleToponym}, true
	}
	if class == typer.Organization && (s.particleName(first, last) || s.patronymName(first, last)) {
		// a name with a particle before its last word, "Ruben de Boer", "Yassine ben Amor",
		// or an Arabic name with its father's after "bin", "Khalid bin Saeed Al Mansoori",
		// which the typer, seeing few such names, takes for a body's
		return gazetteer.Person, source{rule: ruleContextName}, true
	}
	if lead < -typerSlack {
		if ok && typ == gazetteer.Person && last-first >= 2 && last-first <= 4 && s.inTitleLine(first) && s.personShaped(first, last) &&
			s.looksLikePersonalName(first, last, fCommon) && !s.ordinaryIn(first, last) && (given || s.givenNameStart(first, last) == last) &&
			(s.knownNameWordIn(first, last) || s.namedAgain(first, last)) {
			// a person's name in a headline or a link in Title Case, none of whose words is
			// an ordinary one, which the typer, having learned from sentences, leaves out:
			// "SIMAK JUGA: Dedimar Ferreira Yakin Digaet Persiba", when a first or family name
			// the lists know is among its words or the text names it elsewhere too (not
			// when a first name starts later, after a word of the headline: "Gaet Renato
			// Sanches"; nor "Caci Maki", "Molor Hambat", words the lists lack)
			return typ, source{rule: r}, ok
		}
		if r == ruleContextSpeech && last-first >= 2 && s.lex.givenWords[low] {
			// a given name that is an ordinary word, before a reporting verb: the typer
			// learned such words as ordinary ones ("Embun Kartini Latief mengatakan")
			return typ, source{rule: r}, ok
		}
		if ok && typ == gazetteer.Person && last-first == 1 && !s.isInitial(first) && given && !s.is(first, fCommon) &&
			!s.is(first, fTitle) && !isEnglishWord(low) && !s.corpusWord(first) && s.nameShaped(first) &&
			(last >= len(s.toks) || s.toks[last].Kind != tokenize.Number) {
			// a first name the lists know, alone where a rule reads a person's name, inside
			// its sentence: "Bintang Chelsea Willian, mengatakan", "Meski demikian, Willian
			// mengisyaratkan" (not a title, "Imam Besar FPI", nor an event's name before
			// its year, "Oscar 2018")
			return typ, source{rule: r}, ok
		}
		if ok && typ == gazetteer.Person && last-first == 1 && s.nameGivenBefore(first) && !s.isInitial(first) && !s.is(first, fCommon) &&
			!s.is(first, fTitle) && !isEnglishWord(low) && (given || !s.corpusWord(first)) && s.nameShaped(first) {
			// one word after words that give a person's name, which the typer, seeing one
			// unknown word, leaves out: "korban atas nama Wartini", "pria bernama Karto"
			return typ, source{rule: r}, ok
		}
		if last-first == 1 && (ok && typ == gazetteer.Person || r == ruleDropLoneWord) && s.playerNamed(first) {
			// one unknown word where sports news names a player: "kiper Iraizoz", "masuk
			// menggantikan Juanfran", a line-up's "Hery Prasetyo; Eriyanto, Munhar" and
			// "Slamet Nurcahyono (Munhar 90)" (see playerNamed)
			return gazetteer.Person, source{rule: ruleContextName}, true
		}
		if last-first >= 2 && last-first <= 3 && s.playNounBefore(first) && s.personShaped(first, last) && !s.isAllCaps(first) &&
			(s.looksLikePersonalName(first, last, fCommon) || given && !s.is(first, fCommon) && s.nameShaped(last-1) && !s.isAllCaps(last-1)) {
			// a player's name after a noun for a pass, a shot or a goal, which the typer,
			// seeing an ordinary word in it or words it does not know, leaves out: "umpan
			// Juan Mata", "gol Luka Milivojevic", "umpan silang Alexandre Garcia"; a first
			// name the lists know opens it when an ordinary word ends it
			return gazetteer.Person, source{rule: ruleContextName}, true
		}
		if ok && typ == gazetteer.Person && last-first >= 2 && last-first <= 4 && given && !s.is(first, fCommon) &&
			!isEnglishWord(low) && !isEnglishWord(s.lowAt(last-1)) && s.personShaped(first, last) && s.looksLikePersonalName(first, last, fCommon) ||
			ok && typ == gazetteer.Person && s.endsInSurname(first, last) {
			// a family name ending the name (lexicon/surnames.txt), or a known first name and
			// name words after it ("Budi Wulandari", "Kirana
			// Wulandari"), which the typer, not knowing the surname, may leave out
			return typ, source{rule: r}, ok
		}
		if last-first >= 2 && last-first <= 4 && s.afterNationality(first) && s.personShaped(first, last) &&
			(s.givenNameStart(first, last) < last || s.endsInSurname(first, last)) {
			// a name after a description and a country, with a first name the gazetteer
			// knows in it: "Tunggal putra Indonesia Raka Dwi Saputra melaju …"
			return gazetteer.Person, source{rule: ruleContextName}, true
		}
		if last-first >= 2 && last-first <= 3 && (given && !s.is(first, fCommon) || s.lex.givenWords[low]) && s.personShaped(first, last) &&
			s.personNounBefore(first) {
			// a name after a noun for a person's trade, its first name one the lists know:
			// "penyanyi dangdut koplo Mentari Kasih", whose words the typer takes for ordinary ones
			return gazetteer.Person, source{rule: ruleContextName}, true
		}
		if last-first >= 2 && last-first <= 4 && s.afterOrigin(first) && s.personShaped(first, last) {
			// a name after an origin ("Gelandang asal Skotlandia Scott McTominay"), which
			// the typer, seeing a place before it, is unsure of
			return gazetteer.Person, source{rule: ruleContextName}, true
		}
		if last-first >= 2 && last-first <= 4 && s.afterRoleBody(first) && s.personShaped(first, last) && s.looksLikePersonalName(first, last, fCommon) && s.nameWords(first, last) {
			// a name after a role in words no title list holds and the body: "business
			// group head Microsoft Lucky Gani", which the typer, seeing a company before
			// it, takes for a product's
			return gazetteer.Person, source{rule: ruleContextName}, true
		}
		if last-first <= 3 && !s.isAllCaps(first) && s.listedAfterPlace(first) && !given && !s.is(first, fCommon) {
			// the last of a list of places, which the typer, seeing "dan" and an unknown
			// word, is unsure of: "di Dempo Selatan, Dempo Utara, dan Dempo Tengah"
			return gazetteer.Location, source{rule: ruleList}, true
		}
		return 0, source{}, false
	}
	switch r {
	case ruleDropLoneWord, ruleDropNotName:
		if class == typer.Person && !s.personShaped(first, last) {
			return 0, source{}, false
		}
		r = ruleContextName // a name the rules left out, which the typer keeps
	}
	if (class == typer.Organization || class == typer.Location) && last-first == 1 && !s.isAllCaps(first) && s.headWordAlone(first) {
		return 0, source{}, false // a head word alone names nothing: "City", "University", "Plaza", "Stadium"
	}
	if class == typer.Location && last-first == 1 && !given && !s.isAllCaps(first) && isEnglishWord(low) && s.noNameCue(first) &&
		!s.placeElsewhere(first) && !s.regencyNamed(first) {
		// one English word of the dictionary, which no list knows as a place, names one
		// in Indonesian news only as a part of a longer English name or as a club's, a
		// work's or a product's: "di University of Alabama", "di Rakhine State", "hijrah
		// ke United", "muncul di News Feed", "menang di Superbike"; unless the document
		// names it as a place elsewhere too ("di Bone" after "Kabupaten Bone"), or it is the
		// name of a regency or a city the gazetteer knows with its head ("Bone", "Metro")
		return 0, source{}, false
	}
	if class == typer.Person && last-first == 1 && !s.isAllCaps(first) && !given && s.phraseAt(&s.lex.orgHeads, first) == 1 {
		// a body's head word alone, which the typer took for a person's name: the body an
		// earlier mention named with it ("tulis Perumda" after "Perumda Pasar Kota
		// Parepare"), else nothing
		if s.bodyOpenedBy(first) {
			return gazetteer.Organization, source{rule: ruleContextOrg}, true
		}
		return 0, source{}, false
	}
	if class == typer.Location && r == ruleContextPlace && s.commonPhrase(first, last) {
		// ordinary words after a preposition of place, which name a category, a unit or
		// an event, no place: "di Unit Gawat Darurat", "ke Tim Nasional", "di Pemilihan
		// Legislatif 2019" (see commonPhrase)
		return 0, source{}, false
	}
	if class == typer.Person {
		switch {
		case r == ruleContextPlace && s.englishOpened(first, last):
			// the same after a preposition of place: the rule's place ("di Mood Coffee")
			return gazetteer.Location, source{rule: r}, true
		case last-first == 1 && s.innerCapital(first) && !given && !s.givenPrefix(first):
			// one word with a capital inside, as brands, companies and sites write their
			// names: "BenQ mengajak …", "XecureIT selaku pengembang", "PCGamesN
			// memprediksi"; a person's never is (the prefixes of family names aside,
			// innerCapital; nor two names written together: "JustinTrudeau")
			return gazetteer.Organization, source{rule: r, model: true}, true
		case s.modelCodeAt(last) && !s.knownNameWordIn(first, last):
			// a name right before a model's code of letters and digits is a product's or a
			// product line's, no entity: "Redmi 5A", "Pegasus 4S", "Amazfit Watch 2S",
			// "Threadripper 1920X" (not a name the lists know a word of)
			return 0, source{}, false
		case s.cues&fRareCue != 0 && !given && !s.lex.givenWords[low] && s.offeredAs(first, last):
			// a name the document writes, here or elsewhere, right after a noun for a thing
			// offered to the public (an app, a product, a service, a brand, a device): the
			// thing's or its maker's name, no person's ("layanan Mytra Guard … Mytra Guard
			// menyediakan", "game Ataribox … Ataribox akan"), which the typer, seeing an
			// unknown capitalised word, takes for a person's (not a first name the lists know:
			// "merk Richard Mille" stays the typer's)
			return 0, source{}, false
		case (r == ruleContextSpeech || r == ruleContextName) && s.sourceCueBefore(first) && s.outletNamed(first, last):
			// a report's source in ordinary or English words after "menurut" or
			// "kepada": an outlet, a site or a firm ("menurut Sunday Express", "menurut Box
			// Office Mojo", "Berbicara kepada Kolner Express", "Menurut Express"), no person
			return gazetteer.Organization, source{rule: r, model: true}, true
		case r == ruleContextName && last-first == 1 && !given && isEnglishWord(low) && !s.lex.balineseNames[low] && s.noNameCue(first):
			return 0, source{}, false // one English word, no first name, no cue: "film Where the Maples Fall"
		case (r == ruleContextName || r == ruleContextSpeech && !s.knownNameWordIn(first, last) && !s.is(first, fParticle)) && s.englishOpened(first, last):
			// a run that opens with an English word no first name is, no cue naming it a
			// person's: a work's, a product's or an event's title ("Fantastic Beasts", "Get
			// Out", "Crude Palm Oil"), which the typer, seeing unknown capitalised words,
			// takes for a person's; next to a speech cue, a role's or a source's words
			// ("kata Corporate Communication PT Jasa Marga", "menurut Daily Star"), unless
			// a first or family name the lists know is among its words ("menurut Zamrud Setya
			// Negara") or a particle opens it ("ujar De Wit")
			return 0, source{}, false
		}
	}
	return typeOf[class], source{rule: r, model: true}, true
}

// offeredAs reports whether the document writes the name [first, last) (its words as
// they are there, in any case, and no capitalised word right after them: "produk Sekar
// Lawu", a brand named for its founder, offers no "Sekar") right after a noun for a
// thing offered to the public (offerNouns) in small letters, the noun not after a word
// for its maker or its owner ("pengembang aplikasi Ahmad", "pemilik merek Budi"), there
// or anywhere else: "layanan Mytra Guard", "aplikasi Feedr", "ponsel Moto Z".
func (s *state) offeredAs(first, last int) bool {
	if !s.offersDone {
		// the capitalised words after such a noun, listed once a document: few documents
		// hold any
		s.offersDone = true
		for _, c := range s.caps {
			k := int(c) - 1
			if k >= 0 && s.is(k, fRareCue) && s.toks[k].Kind == tokenize.Word && (!s.isCap(k) || s.isInitial(k)) &&
				slices.Contains(offerNouns[:], s.lowAt(k)) && !(k > 0 && s.offerMaker(k-1)) {
				s.offers = append(s.offers, c)
				if len(s.offers) == maxOffers {
					break
				}
			}
		}
	}
	for _, p := range s.offers {
		if int(p)+last-first > len(s.toks) || s.lowAt(int(p)) != s.lowAt(first) {
			continue
		}
		same, e := true, int(p)+last-first
		for j := 1; j < last-first && same; j++ {
			same = s.lowAt(int(p)+j) == s.lowAt(first+j)
		}
		if same && (e == len(s.toks) || !s.isCap(e) || s.toks[e].Start > s.toks[e-1].End+1) {
			return true
		}
	}
	return false
}

// maxOffers bounds the names after a noun of offerNouns that offeredAs lists in a
// document, and so the work of each of its calls: news names a handful; a document of
// thousands would otherwise make it quadratic. Past the bound, a name is offered only if
// one of the first maxOffers is that name.
const maxOffers = 64

// offerMaker reports whether token k, before a noun of offerNouns, is a word for the
// thing's maker, owner or user, whose name may follow: "pengembang", "pendiri", "pemilik",
// "pengguna", a trade's noun or a title.
func (s *state) offerMaker(k int) bool {
	switch s.lowAt(k) {
	case "pengembang", "pendiri", "pemilik", "pengguna", "pembuat", "pencipta", "perancang", "desainer", "bos", "kepala", "pemimpin":
		return true
	}
	return s.lex.personNouns[s.lowAt(k)] || s.is(k, fTitle)
}

// offerNouns are the nouns for a thing offered to the public that offeredAs reads before
// a name; they have fRareCue. ("band", "grup" and "film" are left out: a band or a film is
// often named for a person, "band Gugun Blues Shelter".)
var offerNouns = [...]string{"aplikasi", "produk", "layanan", "merek", "merk", "brand", "platform", "fitur", "perangkat",
	"ponsel", "smartphone", "browser", "peramban", "startup", "varian", "game", "gim"}

// headWordAlone reports whether the word at token i is a head word of a body's, a place's
// or a venue's name (an English body's suffix, lexicon/org-suffixes.txt; a head of
// orgheads.txt, placeheads.txt or venue-heads.txt), which alone names nothing.
func (s *state) headWordAlone(i int) bool {
	return s.is(i, fOrgSuffix) || englishPlaceEnd(s.lowAt(i)) || s.phraseAt(&s.lex.orgHeads, i) == 1 ||
		s.phraseAt(&s.lex.placeHeads, i) == 1 || s.lex.venueHeads[s.lowAt(i)]
}

// placeElsewhere reports whether the capitalised word at token i stands elsewhere in the
// document after a place's head word or a preposition of place ("Kabupaten Bone", "di
// Bone"), not counting where it stands (see namedAsPlace).
func (s *state) placeElsewhere(i int) bool {
	s.countCaps()
	n := s.placeWords[s.lowAt(i)]
	if i > 0 && (s.is(i-1, fPlacePrep) || s.phraseAt(&s.lex.placeHeads, i-1) == 1) {
		n-- // (counted where it stands)
	}
	return n > 0
}

// regencyNamed reports whether the gazetteer knows the word at token i, after the head word
// "Kabupaten" or "Kota", as a place: "Bone" (Kabupaten Bone), "Metro" (Kota Metro).
func (s *state) regencyNamed(i int) bool {
	w := s.word(i)
	for _, head := range [...]string{"Kabupaten ", "Kota "} {
		for _, e := range s.lookup(head + w) {
			if e.Type == gazetteer.Location {
				return true
			}
		}
	}
	return false
}

// noNameCue reports whether nothing marks the word at token first as a person's name's
// first: it is no first name the gazetteer's people or the word lists have (given-words.txt
// too), and no noun for a person's trade stands right before it (lexicon/person-nouns.txt:
// "aktris Ruby Rose"). That the word opens some other name the gazetteer knows ("Gold
// Coast", "Core Team") marks nothing.
func (s *state) noNameCue(first int) bool {
	return !s.givenName(first) && !s.lex.givenWords[s.lowAt(first)] && !(first > 0 && s.lex.personNouns[s.lowAt(first-1)])
}

// givenPrefix reports whether the word at token i, which has a capital inside it, is two
// words written together, the first a first name the lists know and the second a
// capitalised word of three letters or more in small letters after its first: "JustinTrudeau",
// "NeymarPelatih", no brand's ("BenQ", "MyNurz").
func (s *state) givenPrefix(i int) bool {
	w := s.word(i)
	for k := 1; k < len(w); k++ {
		if 'a' <= w[k-1] && w[k-1] <= 'z' && 'A' <= w[k] && w[k] <= 'Z' {
			rest := w[k+1:]
			return len(rest) >= 2 && strings.ToLower(rest) == rest && s.x.givenNames[strings.ToLower(w[:k])]
		}
	}
	return false
}

// modelCodeAt reports whether token i, after a space on the same line, is a model's code
// of letters and digits of six characters at most, no hyphen in it: "5A", "4S", "1920X",
// "G8" (not an ordinal, "ke-2", an age group, "U-19", nor a road's kilometre, "10-Teluk").
func (s *state) modelCodeAt(i int) bool {
	if i >= len(s.toks) || i == 0 || s.toks[i].Start == s.toks[i-1].End || s.paraBreak(i) {
		return false
	}
	w := s.word(i)
	return len(w) <= 6 && lettersAndDigits(w) && !strings.Contains(w, "-")
}

// sourceCueBefore reports whether the word before token first names the source a report
// or a statement comes from: "menurut" (a source cue of cues.tsv), or "kepada" after a
// reporting verb in its sentence ("Berbicara kepada Kolner Express", "kata Pioli kepada
// Premium Sport"; not "mengirim bola kepada Mane").
func (s *state) sourceCueBefore(first int) bool {
	if first == 0 {
		return false
	}
	if s.cueOf(first-1) == cueSource {
		return true
	}
	if s.lowAt(first-1) != "kepada" {
		return false
	}
	for k := first - 2; k >= 0 && k >= first-9; k-- {
		if w := s.word(k); w == "." || w == "!" || w == "?" || s.paraBreak(k+1) {
			return false
		}
		if c := s.cueOf(k); c == cuePost || c == cuePostOnly || c == cuePre || s.lowAt(k) == "berbicara" {
			return true
		}
	}
	return false
}

// outletNamed reports whether the name [first, last), of one to four words, is made of
// ordinary words, as an outlet's, a site's or a firm's is and a person's is not: no word of
// it a first name or a family name the lists know (knownNameWordIn), a particle or a title's
// word, one English word in it at least, its last word an English word or one news writes
// in small letters, and half its words at least such words ("Sunday Express", "Box Office
// Mojo", "Physio Room", "Express"; not "Tony Cascarino", "Deputy Chief", "Ahli Gizi"); and
// the document names it, and its last word alone, only as a source (onlyAsSource: not
// "kepada Carrie Fisher" where "Fisher meninggal" follows); and the clause ends with it, a
// comma or a full stop after it.
func (s *state) outletNamed(first, last int) bool {
	if last-first > 4 || s.knownNameWordIn(first, last) || s.lex.givenWords[s.lowAt(first)] {
		return false
	}
	ordinary, english := 0, 0
	for i := first; i < last; i++ {
		if s.is(i, fParticle) || s.is(i, fTitle) || s.is(i, fRank) || s.toks[i].Kind != tokenize.Word {
			return false
		}
		w := s.lowAt(i)
		switch {
		case isEnglishWord(w):
			english++
			ordinary++
		case isCorpusWord(w):
			ordinary++
		case i == last-1:
			return false
		}
	}
	if last < len(s.toks) {
		if w := s.word(last); w != "," && w != "." && w != ":" && w != ";" && w != ")" {
			return false // a role's or a body's words that go on: "menurut Deputy Chief of …", "menurut Centers for …"
		}
	}
	return english > 0 && 2*ordinary >= last-first && s.onlyAsSource(first, last) && (last-first == 1 || s.onlyAsSource(last-1, last))
}

// onlyAsSource reports whether every mention in the document of the words [first, last)
// stands right after a word that names a source (sourceCueBefore, outletCueBefore): an
// outlet is named only where it is quoted ("menurut Daily Record", "kepada Deadline"),
// a person is mostly named elsewhere too ("Fisher meninggal di usia 60 tahun"). The
// mentions not after a source's word are counted once a document for each run of words.
func (s *state) onlyAsSource(first, last int) bool {
	key := s.keyOf(first, last)
	m, ok := s.sourceOnly[key]
	if !ok {
		m.other = -1
		n := last - first
		for _, c := range s.capitalAt(s.lowAt(first)) {
			if k := int(c); k+n <= len(s.toks) && s.sameWords(first, k, n) && !s.sourceCueBefore(k) && !s.outletCueBefore(k) {
				m.count++
				m.other = c
			}
		}
		if s.sourceOnly == nil {
			s.sourceOnly = map[string]sourceMentions{}
		}
		s.sourceOnly[key] = m
	}
	return m.count == 0 || m.count == 1 && int(m.other) == first
}

// sourceMentions counts the mentions of a run of words that stand after no source's
// word, and gives the last of them (see onlyAsSource).
type sourceMentions struct {
	count int
	other int32
}

// capitalAt returns the positions of the capitalised tokens whose word in small letters is
// w, in order. The capitalised tokens are sorted by word once a document, into a list of
// 4 bytes a token (a map from each word to a list of its own took some 70 bytes a distinct
// word, the most a long document of unknown names held), and w's run in it is found by
// binary search.
func (s *state) capitalAt(w string) []int32 {
	b := s.capsByWord
	if !s.capsByWordDone {
		s.capsByWordDone = true
		b = b[:0]
		if cap(b) < len(s.caps) {
			b = make([]int32, 0, len(s.caps)) // the capitalised words lowercase counted
		}
		for k := range s.toks {
			if s.isCap(k) {
				b = append(b, int32(k))
			}
		}
		slices.SortFunc(b, func(p, q int32) int {
			if c := strings.Compare(s.lowAt(int(p)), s.lowAt(int(q))); c != 0 {
				return c
			}
			return cmp.Compare(p, q)
		})
		s.capsByWord = b
	}
	from, _ := slices.BinarySearchFunc(b, w, func(p int32, w string) int { return strings.Compare(s.lowAt(int(p)), w) })
	n := sort.Search(len(b)-from, func(n int) bool { return s.lowAt(int(b[from+n])) != w })
	return b[from : from+n]
}

// playNounBefore reports whether a noun for a pass, a shot or a goal (lexicon/play-nouns.txt)
// stands before token first, in small letters or opening its sentence, right before it or
// with one word in small letters between: "umpan Juan Mata", "umpan silang Juan Mata".
func (s *state) playNounBefore(first int) bool {
	return s.nounBefore(first, 2, s.lex.playNouns)
}

// personNounBefore reports whether a noun for a person's trade (lexicon/person-nouns.txt)
// stands before token first, right before it or with two words in small letters between:
// "penyanyi Mentari", "penyanyi dangdut koplo Mentari".
func (s *state) personNounBefore(first int) bool {
	return s.nounBefore(first, 3, s.lex.personNouns)
}

// nounBefore reports whether a word of nouns stands within reach tokens before token
// first, with only words in small letters (or opening the sentence) that no span holds
// between.
func (s *state) nounBefore(first, reach int, nouns map[string]bool) bool {
	for k := first - 1; k >= 0 && first-k <= reach; k-- {
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) && !s.isInitial(k) || s.owner[k] >= 0 {
			return false
		}
		if nouns[s.lowAt(k)] {
			return true
		}
	}
	return false
}

// englishOpened reports whether the name [first, last), of two words or more, opens with
// an English word or one that news writes mostly in small letters (corpuswords.txt: "Fresh
// Pass", "Lending Facility") that nothing marks as a first name (noNameCue: not "Lucky
// Hakim", "aktris Ruby Rose") and that is no East Asian surname ("Lee Sang Soon", "Song Ji
// Hyo"), and ends with such a word, which a surname seldom is ("Novel Baswedan", "Mats
// Hummels" end in none).
func (s *state) englishOpened(first, last int) bool {
	w, e := s.lowAt(first), s.lowAt(last-1)
	// a first name, which noNameCue rules out, is ruled out first: its flag spares the
	// lookups in the word sets, which mostly miss the processor's caches
	return last-first >= 2 && !s.givenName(first) && (isEnglishWord(w) || isCorpusWord(w)) && (isEnglishWord(e) || isCorpusWord(e)) &&
		!s.lex.eastSurnames[w] && s.noNameCue(first)
}

// listedAfterPlace reports whether the name at token first ends a list of two places or
// more that a preposition of place opens, or of places the first of which is named with a
// region's head word, after "dan", "serta" or "atau": "di Dempo Selatan, Dempo Utara, dan
// Dempo Tengah", "di Kecamatan Poso Pesisir dan Lage".
func (s *state) listedAfterPlace(first int) bool {
	c := first - 1
	if c < 1 {
		return false
	}
	if w := s.lowAt(c); w != "dan" && w != "serta" && w != "atau" {
		return false // (after a comma alone the list may have closed: "di Indonesia dan Malaysia, Fight of Gods …")
	}
	if s.word(c-1) == "," {
		c--
	}
	o := s.ownerBefore(c)
	for items := 1; o >= 0 && items <= 6; items++ {
		sp := &s.spans[o]
		if sp.last != c || sp.typ != gazetteer.Location && sp.typ != gazetteer.Country || sp.first == 0 {
			return false
		}
		if s.regionNamed(sp) {
			return true // a list that opens with a region's head word: "di Kecamatan Poso Pesisir dan Lage"
		}
		if s.is(sp.first-1, fPlacePrep) {
			return items >= 2 // two places at least before it
		}
		if c = sp.first - 1; s.word(c) != "," && s.lowAt(c) != "dan" {
			return false
		}
		o = s.ownerBefore(c)
	}
	return false
}

// listedAfterRegion reports whether the name at token first ends, after "dan", "serta",
// "atau", "hingga" or "sampai" (listConjunction), a list of places whose first is named with a region's head word ("Desa Kelabat,
// Pusuk, dan Tuik"), the names between of one or two words.
func (s *state) listedAfterRegion(first int) bool {
	c := first - 1
	for items := 0; c > 0 && items < 6; items++ {
		if w := s.lowAt(c); w != "," && !listConjunction(w) || items == 0 && w == "," {
			return false // (a comma alone before the name sets off a holder: "Provinsi Jawa Tengah, Rinto Subekti")
		}
		if s.word(c-1) == "," {
			c--
		}
		o := s.ownerBefore(c)
		if o < 0 {
			return false
		}
		sp := &s.spans[o]
		if sp.last != c || sp.typ != gazetteer.Location {
			return false
		}
		if s.regionNamed(sp) {
			return true
		}
		if sp.last-sp.first > 2 {
			return false
		}
		c = sp.first - 1
	}
	return false
}

// regionNamed reports whether place span sp is named with a region's head word:
// "Kecamatan Poso Pesisir", "Desa Kelabat".
func (s *state) regionNamed(sp *span) bool {
	n := s.phraseAt(&s.lex.placeHeads, sp.first)
	return n > 0 && sp.last > sp.first+n && regionHead(s.keyOf(sp.first, sp.first+n))
}

// afterNationality reports whether the name at token first follows a country's name that
// a word in small letters describes, no preposition: "Tunggal putra Indonesia Raka …",
// "pebulu tangkis Denmark Mads …".
func (s *state) afterNationality(first int) bool {
	o := s.ownerBefore(first)
	if o < 0 {
		return false
	}
	sp := &s.spans[o]
	if sp.last != first || sp.typ != gazetteer.Country || sp.first == 0 {
		return false
	}
	p := sp.first - 1
	return s.toks[p].Kind == tokenize.Word && !s.isCap(p) && !s.is(p, fPlacePrep) && !s.is(p, fStop) && s.lowAt(p) != "dari"
}

// afterOrigin reports whether the name at token first follows "asal" and a country or
// place: "Gelandang asal Skotlandia Scott McTominay".
func (s *state) afterOrigin(first int) bool {
	o := s.ownerBefore(first)
	if o < 0 {
		return false
	}
	sp := &s.spans[o]
	return sp.last == first && sp.first > 0 && (sp.typ == gazetteer.Country || sp.typ == gazetteer.Location) && s.lowAt(sp.first-1) == "asal"
}

// appositionAfterOrigin reports whether the name at token first is set off by a comma after
// a word for a person's trade or office (perhaps with one word after it), "asal" and a
// country or place: "penyerang asal Argentina, Santiago Ferreyra", "bek tengah asal
// Montenegro, Luka Vujović".
func (s *state) appositionAfterOrigin(first int) bool {
	if first < 4 || s.word(first-1) != "," {
		return false
	}
	o := s.owner[first-2]
	if o < 0 {
		return false
	}
	sp := &s.spans[o]
	if sp.last != first-1 || sp.first < 2 || (sp.typ != gazetteer.Country && sp.typ != gazetteer.Location) || s.lowAt(sp.first-1) != "asal" {
		return false
	}
	for k := sp.first - 2; k >= 0 && k >= sp.first-3; k-- {
		// the noun right before "asal", or one word before it: "bek tengah asal Montenegro"
		if w := s.lowAt(k); s.lex.personNouns[w] || s.is(k, fTitle) || personWord(w) {
			return true
		}
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) {
			return false
		}
	}
	return false
}

// nameWords reports whether every token in [first, last) is a given name or no word of the
// language, ours or English (see anyWord): "Lucky Gani", not "Business Journal".
func (s *state) nameWords(first, last int) bool {
	for i := first; i < last; i++ {
		if !s.givenName(i) && s.anyWord(i, i+1) {
			return false
		}
	}
	return true
}

// afterRoleBody reports whether the name at token first comes right after a body's name
// that a title's or a rank's word comes before in its clause (see roleBefore): "bos
// Microsoft | Lucky Gani".
func (s *state) afterRoleBody(first int) bool {
	o := s.ownerBefore(first)
	if o < 0 {
		return false
	}
	sp := &s.spans[o]
	return sp.last == first && sp.typ == gazetteer.Organization && s.roleBefore(sp.first)
}

// particleName reports whether the run [first, last) is one or two capitalised words, a
// particle that Dutch, German and Arabic names put before a surname, and the surname: "Ruben
// de Boer", "Henk ter Horst", "Yassine ben Amor" (not "Cirque du Soleil" nor "Termas de
// Rio Hondo").
func (s *state) particleName(first, last int) bool {
	p := last - 2
	if p <= first || p-first > 2 || !s.personShaped(first, last) {
		return false
	}
	switch s.word(p) {
	case "van", "von", "de", "der", "ter", "ten", "ben", "bin", "binti":
	default:
		return false
	}
	for i := first; i < last; i++ {
		if i != p && (!s.isCap(i) || s.is(i, fCommon) || s.isAllCaps(i)) {
			return false
		}
	}
	return true
}

// patronymName reports whether the run [first, last), three to six words, is an Arabic
// name that gives the father's after "bin" or "binti" in small letters, inside it, and
// has otherwise capitalised words only, none in capitals nor an ordinary word: "Khalid bin
// Saeed Al Mansoori", "Siti Aisyah binti Abdul Rahman" (see particleName for a particle
// before the last word alone).
func (s *state) patronymName(first, last int) bool {
	if last-first < 3 || last-first > 6 {
		return false
	}
	p := -1
	for i := first + 1; i < last-1; i++ {
		if w := s.word(i); w == "bin" || w == "binti" {
			p = i
			break
		}
	}
	if p < 0 {
		return false
	}
	for i := first; i < last; i++ {
		if i != p && (s.toks[i].Kind != tokenize.Word || !s.isCap(i) || s.is(i, fCommon) || s.isAllCaps(i)) {
			return false
		}
	}
	return true
}

// afterTitleComma reports whether a comma stands right before token first and, a few
// words before it, a title in small letters opens a phrase of words only: "kata ketua
// klub, John Williams", "ujar juru bicara kepolisian setempat, Fritz Bezikofer".
func (s *state) afterTitleComma(first int) bool {
	c := first - 1
	if c < 1 || s.word(c) != "," {
		return false
	}
	for k := c - 1; k >= 0 && c-k <= 5; k-- {
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) || s.owner[k] >= 0 {
			return false
		}
		if n := s.phraseAt(&s.lex.titles, k); n > 0 && k+n <= c {
			return true
		}
	}
	return false
}

// castBracket reports whether the name [first, last) stands alone in brackets right after
// a person's name the rules found, as a cast list gives an actor after the character, has
// no word the document writes in small letters elsewhere, and ends in no English word (a song's or a work's title: "Kelly Clarkson (Love So
// Soft)") and no word the gazetteer knows as a body's (a rider's team: "Maverick Vinales
// (Movistar Yamaha)").
func (s *state) castBracket(first, last int) bool {
	if first < 2 || last >= len(s.toks) || s.word(first-1) != "(" || s.word(last) != ")" || s.paraBreak(first-1) ||
		s.toks[first-2].Kind != tokenize.Word || !s.isCap(first-2) || s.isAllCaps(first-2) || isEnglishWord(s.lowAt(last-1)) {
		return false
	}
	if o := s.owner[first-2]; o < 0 || s.spans[o].typ != gazetteer.Person || s.spans[o].last != first-1 {
		return false // a character the rules found before it, no body's long name: "Program Indonesia Emas (Satlak Prima)"
	}
	for i := first; i < last; i++ {
		if s.writtenSmall(i) {
			return false // a trade in brackets: "Dudung Alie Syahbana (Kurator Batik)", "kurator" elsewhere
		}
		for _, en := range s.x.gaz.Lookup(s.word(i)) {
			if en.Type == gazetteer.Organization {
				return false
			}
		}
	}
	return true
}

// personShaped reports whether a name the rules left out may still be made a person by the
// typer: no word with a digit or a capital inside, as products and brands have (W1700,
// Galaxy S8, HyperX). (One English ordinary word alone, "Play", "Core", is left to the
// typer: in a sentence without context it is as often a surname, Smith or Gates.)
func (s *state) personShaped(first, last int) bool {
	for i := first; i < last; i++ {
		if s.innerCapital(i) || hasDigit(s.word(i)) {
			return false
		}
	}
	return true
}

// namedAgain reports whether the text writes the words of tokens [first, last), as they
// are written there, once more within maxEchoReach bytes either side of them: a news
// article is searched whole, a long document not for each name.
func (s *state) namedAgain(first, last int) bool {
	start, end := int(s.toks[first].Start), int(s.toks[last-1].End)
	near := s.text[max(0, start-maxEchoReach):min(len(s.text), end+maxEchoReach)]
	return strings.Count(near, s.text[start:end]) > 1
}

// maxEchoReach bounds, in bytes, how far namedAgain looks on each side of a name: far more
// than a news article, whose names it reads whole.
const maxEchoReach = 64 << 10

// initialsName reports whether the run [first, last) is a person's name written as two
// initials before one or two name words, as Indonesian news often writes it: "BH Hutapea",
// "RA Wulandari", "AA Gatot" (the typer, seeing capitals before a word, takes it for a
// body's: "PT Hutapea"). The initials are no code of a body or a thing (lexicon/
// body-codes.txt: "UD Sumber", "DJ Katty", "HP Spectre"), no head word, title, rank or club
// affix another list holds ("PT", "SD", "KH", "AC"), no ordinary word, no roman number
// ("IV") and no initials standing for an unnamed person (findInitials) — but "TB", a
// tugboat's code before its name and number ("kapal tunda TB Mitra Sejati 18"), is
// "Tubagus" when no number follows, a Bantenese title a name opens with ("TB Hasanuddin",
// "Tb Ahmad Fauzi"); nowhere in the
// document are they written alone, as a body's acronym is ("klaim HP"), nor is the name
// after a head word (headBefore: "hotel JW Marriot"); each name word is shaped
// like a name and no ordinary word unless a name list has it, and the last is a family name
// or a first name the lists know, or a word that news does not write in small letters and
// that is no English word.
func (s *state) initialsName(first, last int) bool {
	w := s.word(first)
	if last-first < 2 || last-first > 3 || s.toks[first].Kind != tokenize.Word || !s.isAllCaps(first) || len(w) != 2 || s.notEntity[w] || roman(w) {
		return false
	}
	low := s.lowAt(first)
	if s.lex.bodyCodes[low] && !(low == "tb" && (last == len(s.toks) || s.toks[last].Kind != tokenize.Number)) || s.lex.clubAffixes[low] || s.lex.companyHeads[low] || s.lex.regionalHeads[low] ||
		s.is(first, fCommon|fStop|fRank|fTitle|fTitleFirst|fOrgHead|fOrgHeadFirst|fPlaceHeadFirst|fGeneric) || s.corpusWord(first) {
		return false
	}
	for i := first + 1; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || s.isAllCaps(i) || !s.nameShaped(i) || s.is(i, fStop|fTitle|fRank) ||
			s.is(i, fCommon) && !s.givenName(i) && !s.lex.surnames[s.lowAt(i)] {
			return false
		}
	}
	k := last - 1
	if !s.lex.surnames[s.lowAt(k)] && !s.givenName(k) && (s.corpusWord(k) || isEnglishWord(s.lowAt(k))) {
		return false
	}
	if u, ok := s.initialsUses()[w]; ok && (u.other || u.end || u.next != s.word(first+1) || u.head) {
		// the same capitals alone or before another word, a body's acronym; or the name
		// after a head word here or anywhere in the document: "hotel JW Marriot … bom JW
		// Marriot", "jalan MH Thamrin"
		return false
	}
	return true
}

// initialsUse is what a document says of a word of two letters among its capitalised
// words, for initialsName: the word after its first use, whether another use has another
// word after it or none, whether a use ends the text, and whether a use follows a head
// word (headBefore).
type initialsUse struct {
	next       string
	other, end bool
	head       bool
}

// initialsUses returns, by the word as written, what the document says of each of its
// capitalised words of two bytes (see initialsUse), gathered once a document in one walk
// over them: initialsName, asked of every run that opens with initials, reads it rather
// than walking the capitalised words itself, which a long document of such names made
// quadratic.
func (s *state) initialsUses() map[string]initialsUse {
	if s.initials != nil {
		return s.initials
	}
	s.initials = map[string]initialsUse{}
	for _, c := range s.caps {
		j := int(c)
		if s.toks[j].End-s.toks[j].Start != 2 {
			continue
		}
		w, next, end := s.word(j), "", j+1 >= len(s.toks)
		if !end {
			next = s.word(j + 1)
		}
		u, seen := s.initials[w]
		if !seen {
			u.next, u.end = next, end
		} else if next != u.next || end != u.end {
			u.other = true
		}
		u.head = u.head || s.headBefore(j)
		s.initials[w] = u
	}
	return s.initials
}

// headBefore reports whether the word before token i is the head word of a venue's or a
// place's name: "hotel", "jalan", "stadion". (A body's head in small letters says less:
// "dikuasai perusahaan DL Sitorus" is the company of DL Sitorus.)
func (s *state) headBefore(i int) bool {
	p := i - 1
	return p >= 0 && s.toks[p].Kind == tokenize.Word && (s.lex.venueHeads[s.lowAt(p)] || s.phraseAt(&s.lex.placeHeads, p) == 1)
}

// nameGivenBefore reports whether the words before token i give the name that follows, as
// reports of victims and suspects do: "atas nama" ("korban atas nama Wartini"), or
// "bernama" after a noun for a person (see personNounAt, victimNoun) within eight words in
// small letters, numbers or places: "seorang pria bernama Karto", "bayi berusia 1,4 tahun
// bernama Azizah", "warga keturunan Indonesia di Inggris bernama Mariella" (but not "fitur
// baru bernama Animoji", nor a group's name: "sekelompok pria yang bernama Snada").
func (s *state) nameGivenBefore(i int) bool {
	switch {
	case i >= 2 && s.lowAt(i-1) == "nama" && s.lowAt(i-2) == "atas":
		return true
	case i < 2 || s.lowAt(i-1) != "bernama":
		return false
	}
	for k := i - 2; k >= 0 && k >= i-9; k-- {
		if o := s.owner[k]; o >= 0 && (s.spans[o].typ == gazetteer.Location || s.spans[o].typ == gazetteer.Country) {
			continue
		}
		w := s.lowAt(k)
		switch {
		case s.toks[k].Kind == tokenize.Number || w == ",":
			continue
		case s.toks[k].Kind != tokenize.Word || s.isCap(k) && !s.isInitial(k) || strings.HasSuffix(w, "kelompok"):
			return false
		case s.personNounAt(k) || victimNoun(w):
			// (not the name of people in a group: "sekelompok pria yang bernama Snada")
			return k == 0 || !strings.HasSuffix(s.lowAt(k-1), "kelompok") && s.lowAt(k-1) != "para"
		}
	}
	return false
}

// victimNoun reports whether w, in small letters, is a noun for a person that reports of
// crimes and accidents put before a name: "korban", "pelaku", "bayi", "mahasiswa".
func victimNoun(w string) bool {
	switch w {
	case "korban", "pelaku", "bayi", "anak", "balita", "siswa", "siswi", "mahasiswa", "mahasiswi", "pelajar", "guru", "pemuda", "gadis",
		"penumpang", "pasien", "sopir", "pengemudi", "karyawan", "pegawai", "istri", "suami", "orang":
		return true
	}
	return false
}

// playerNamed reports whether the one unknown word at token i stands where sports news
// names a player, and is shaped like a name and no word of the lists (an ordinary,
// English or stop word, a title, one news writes in small letters; a first name the lists
// know may be an ordinary word; no model's letter and name, "E-Class"):
//   - after a noun for a player or another person's trade (lexicon/person-nouns.txt:
//     "kiper Iraizoz", "gelandang Koke", "wasit Pipin"), with no name or number after it,
//     as a club's or a team's before its player has ("pebalap Movistar Yamaha", "gelandang
//     Garuda, Evan Dimas", "Bekas pemain Wolfsburg itu", "Pebalap Tech 3"), and not after
//     "para", which names a team's players ("Para pemain Meksiko");
//   - after a substitution's verb: "menggantikan Juanfran", "digantikan Saldi";
//   - after a noun for a pass, a shot or a goal (lexicon/play-nouns.txt: "umpan Koke",
//     "sundulan Paulinho"), with no name or number after it;
//   - after a word in small letters and before a match's minute (see minuteAfter): "lewat
//     Eraso pada menit ke-31";
//   - as an item of a list of people, a line-up's (see listedWithPeople): "Hery Prasetyo;
//     Eriyanto, Munhar, Rizky Dwi Febrianto, Saldi.";
//   - as the substitute in brackets after the player taken off, with the minute
//     (see substituteAt): "Slamet Nurcahyono (Munhar 90)".
func (s *state) playerNamed(i int) bool {
	w := s.word(i)
	if i == 0 || s.toks[i].Kind != tokenize.Word || !s.nameShaped(i) || s.isAllCaps(i) || s.is(i, fStop|fTitle|fRank) || s.isInitial(i) ||
		(s.is(i, fCommon) || s.corpusWord(i) || isEnglishWord(s.lowAt(i))) && !s.givenName(i) || len(w) > 1 && w[1] == '-' {
		return false
	}
	switch p := s.lowAt(i - 1); {
	case s.lex.personNouns[p]:
		if i >= 2 && s.lowAt(i-2) == "para" {
			return false
		}
		if i+1 >= len(s.toks) {
			return true
		}
		n := s.lowAt(i + 1)
		return !s.isCap(i+1) && s.owner[i+1] < 0 && s.toks[i+1].Kind != tokenize.Number && n != "itu" && n != "tersebut" &&
			!(n == "," && i+2 < len(s.toks) && s.isCap(i+2))
	case p == "menggantikan" || p == "digantikan":
		return true
	case s.lex.playNouns[p] && (!s.isCap(i-1) || s.isInitial(i-1)):
		// the player a pass, a shot or a goal is of, with no name or number after it:
		// "umpan Koke dari sayap kanan", "sundulan Paulinho", "Gol Eder di injury time"
		// (or opening its sentence; not inside a headline's Title Case, "Kiper Ketiga Persib")
		if i+1 >= len(s.toks) {
			return true
		}
		return !s.isCap(i+1) && s.owner[i+1] < 0 && s.toks[i+1].Kind != tokenize.Number
	case p == "(":
		return s.substituteAt(i)
	case s.toks[i-1].Kind == tokenize.Word && !s.isCap(i-1) && s.minuteAfter(i+1):
		// the player a match report times an act of: "gol lewat Eraso pada menit ke-31",
		// "tendangan penalti Insigne menit ke-72", "diamankan oleh Lamanna di menit 21"
		return true
	}
	return s.listedWithPeople(i)
}

// minuteAfter reports whether a match's minute starts at token k, as a match report
// times a goal or another act: "menit ke-31", "pada menit 21", "di menit ke-72"; not
// "menit-menit terakhir".
func (s *state) minuteAfter(k int) bool {
	if k < len(s.toks) && (s.lowAt(k) == "pada" || s.lowAt(k) == "di") {
		k++
	}
	if k+1 >= len(s.toks) || s.lowAt(k) != "menit" {
		return false
	}
	n := s.lowAt(k + 1)
	return s.toks[k+1].Kind == tokenize.Number || strings.HasPrefix(n, "ke-") && len(n) > 3 && n[3] >= '0' && n[3] <= '9'
}

// substituteAt reports whether the word at token i, after a bracket, is a substitute as a
// line-up gives one: the player taken off before the bracket, the minute after the name,
// and a minute's mark after it ("Atep (Billy 79 ')") or another substitution so written
// in the sentence ("Schindler (Hefele 59), …, Van La Parra (Ince 69)"); not a team after
// a rider's name, "Johann Zarco (Tech 3)".
func (s *state) substituteAt(i int) bool {
	if i+2 >= len(s.toks) || s.toks[i+1].Kind != tokenize.Number || !s.personEndsAt(i-2) {
		return false
	}
	if m := s.word(i + 2); m == "'" || m == "’" || m == "+" || m == "′" {
		return true
	}
	sen := s.sentenceOf(i)
	for k := sen.First + 1; k+1 < sen.Last; k++ {
		if k != i && s.word(k-1) == "(" && s.isCap(k) && s.toks[k+1].Kind == tokenize.Number {
			return true
		}
	}
	return false
}

// personEndsAt reports whether a person's name (a PERSON or LEADER span) ends at token k.
func (s *state) personEndsAt(k int) bool {
	if k < 0 || k >= len(s.toks) || s.owner[k] < 0 {
		return false
	}
	sp := &s.spans[s.owner[k]]
	return sp.last == k+1 && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader)
}

// listReach is how many tokens on each side of an item listedWithPeople reads for the
// list's other items.
const listReach = 64

// listedWithPeople reports whether the word at token i is a whole item of a list of
// people, as a line-up or a squad names its players: "Neto, Montoya, Coquelin", "Hery
// Prasetyo; Eriyanto, Munhar". The items are joined by commas, semicolons or "dan", and
// the list ends at a full stop, a bracket (a substitute's) or the line's end; the two
// items before the word are people's names, or the one before is a person's full name of
// two words or more and the list goes on after the word (not a place after a name: "dari
// Geriya Wanasari, Sidemen."); and no item of the list on its line is another kind of
// entity (a list of places or of dishes with a name wrongly read as a person's among them:
// "Mengeruda, Mataloko, Komandaru"). The items looked at lie within listReach tokens of
// the word, so that a list as long as a whole text costs no more per item than a short one.
func (s *state) listedWithPeople(i int) bool {
	joins := func(k int) bool {
		w := s.lowAt(k)
		return w == "," || w == ";" || w == "dan"
	}
	if !joins(i - 1) {
		return false
	}
	goesOn := i+1 < len(s.toks) && joins(i+1)
	if i+1 < len(s.toks) && !goesOn && s.word(i+1) != "(" && !s.toks[i+1].AfterLineBreak() &&
		!(s.word(i+1) == "." && (i+2 >= len(s.toks) || s.toks[i+2].AfterLineBreak() || len(s.word(i+2)) > 2)) {
		return false // (an abbreviation's period is no list's end: "Alm. H. Soedharmono")
	}
	people, full := 0, false
	for k := i - 2; k >= 0 && people < 2; {
		if !s.personEndsAt(k) || s.toks[k+1].AfterLineBreak() {
			return false
		}
		people++
		sp := &s.spans[s.owner[k]]
		full = full || sp.last-sp.first >= 2
		k = sp.first - 1
		if k < 0 || !joins(k) {
			break
		}
		k--
	}
	if people < 2 && !(full && goesOn) {
		return false
	}
	for k := i - 1; k >= max(0, i-listReach) && !s.toks[k+1].AfterLineBreak(); k-- {
		if s.word(k) == "." || s.word(k) == ":" {
			break
		}
		if o := s.owner[k]; o >= 0 && s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
			return false
		}
	}
	for k := i + 2; k < min(len(s.toks), i+listReach) && !s.toks[k].AfterLineBreak() && s.word(k) != "."; k++ {
		if o := s.owner[k]; o >= 0 && s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader {
			return false
		}
	}
	return true
}

// hasDigit reports whether w holds an ASCII digit (strings.ContainsAny(w, "0123456789"),
// without building a set for each word).
func hasDigit(w string) bool {
	for k := 0; k < len(w); k++ {
		if '0' <= w[k] && w[k] <= '9' {
			return true
		}
	}
	return false
}

// mergeMargin is how far ORGANIZATION must lead every other class, LOCATION and PERSON
// included, before mergePlace joins a place and a name: a place's name is often a first
// name too ("Victoria Beckham", "Paris Jackson", "Bandung Rizky Ridho"), and those score
// ORGANIZATION by less. Over 2 MB of IndoSum, 300 keeps Manchester United, Orlando City,
// Bali United, Shanghai Shenhua and the like and leaves out those persons, at the cost of a
// few clubs (Barito Putera, Selangor FA) and with a few places still let through (Santiago
// Bernabeu); on idner-news-2k dev it keeps Afrika Bersatu, which 500 loses.
const mergeMargin = 300

// mergeAsBody asks the name typer whether candidate c, a place and the name word after it,
// is one organization by mergeMargin at least.
func (s *state) mergeAsBody(c typer.Candidate, place span) bool {
	p := typer.Default().Predict((*typerView)(s), c)
	return p.Class == typer.Organization && p.Margin >= mergeMargin && place.typ == gazetteer.Location
}

// personMergeMargin is how far PERSON must lead before mergePlace makes one person of a
// place or country of one word and the name words after it: "Darwin Sihombing", "Jordan
// Wibisono", "Florence Adeyemi" (see mergePlace).
var personMergeMargin int32 = 0

// mergePlace asks the name typer whether the place span right before the unknown name
// word [first, last) is the first word of one organization with it: "Manchester City",
// "Paris Saint-Germain", or, for a place or country of one word before a personal name,
// of one person (see placeFirstName): a place's name is a first name too ("Darwin
// Sihombing") when people the gazetteer knows bear it (Darwin Núñez) or an age or commas
// say a person is named ("Medina Rahmadani (31)"), but not otherwise ("Semarang Anindita
// Rahayu" is a place and a person). It reports whether it made that organization or person.
func (s *state) mergePlace(first, last int) bool {
	if first == 0 || last-first > 2 {
		return false
	}
	k := s.owner[first-1]
	if k < 0 || s.spans[k].typ != gazetteer.Location && s.spans[k].typ != gazetteer.Country || s.spans[k].entry == nil || s.spans[k].last != first ||
		s.spans[k].start != int(s.toks[s.spans[k].first].Start) || s.spans[k].end != int(s.toks[first-1].End) ||
		s.paraBreak(first) {
		return false // only a whole-word place on the same line: not one half of "INGGRIS-Manchester"
	}
	place := s.spans[k]
	if place.first > 0 && s.lowAt(place.first-1) == "asal" {
		return false // an origin, then a person: "gelandang asal Skotlandia Scott McTominay"
	}
	c := typer.Candidate{First: place.first, Last: last, Rule: "place-name", Guess: typer.Location}
	if typer.Trace != nil {
		typer.Trace.Candidate((*typerView)(s), c)
		return false
	}
	typ, asked := gazetteer.Organization, true
	switch {
	case place.last-place.first == 1 && s.appositionAfterOrigin(place.first):
		// a person set off after a trade and an origin, whose first name is a place's:
		// "penyerang asal Argentina, Santiago Ferreyra"
		typ, asked = gazetteer.Person, false
	case place.typ == gazetteer.Location && clubSuffix(s.word(last-1)):
		// a club's letters end the name, whose first word is the place: "Liverpool
		// Athletic FC", "Lampang FC" (the typer, which weighs the place against the name,
		// need not be asked)
		typ, asked = gazetteer.Organization, false
	case typer.Trace == nil && place.last-place.first == 1 && last-place.last <= 2 && last+2 < len(s.toks) && s.word(last) == "," && s.lowAt(last+1) == "seorang" &&
		s.toks[last+2].Kind == tokenize.Word && !s.isCap(last+2):
		// a person set off before "seorang" and a noun (a person's classifier), whose
		// first name is a place's: "bersama Aden Hashi Ayro, seorang milisi …" (not for
		// the typer's trainer)
		typ, asked = gazetteer.Person, false
	case s.mergeAsBody(c, place):
	case typer.Trace == nil && place.last-place.first == 1 && s.addressPart(place.first, last):
		// the next part of an address, a place's name whose first word is a known
		// place's: "warga Gampong Cot Baroh, Padang Tiji, mengaku" (not for the typer's
		// trainer)
		typ, asked = gazetteer.Location, false
	case place.last-place.first == 1 && !(place.first > 0 && s.is(place.first-1, fPlacePrep)) && s.placeFirstName(place.first, last):
		typ = gazetteer.Person
	default:
		return false
	}
	s.removeSpan(int(k))
	sp := s.ruleSpan(place.first, last, typ, rulePlaceName)
	sp.source.model = asked
	sp.country = place.country
	s.addSpan(sp)
	return true
}

// addressPart reports whether the name [first, last), set off by commas (or a comma and
// the sentence's end), goes on an
// address after a place named with its head word, the smaller place first, as news gives
// where someone lives: "warga Gampong Cot Baroh, Padang Tiji, mengaku", "Desa Sukamaju,
// Padang Tualang," (not after a title, whose holder may be set off after the office's
// place: "Kepala Desa Bonto Lembang, Damai Patabang, mengatakan"; nor before an age).
func (s *state) addressPart(first, last int) bool {
	if first < 2 || s.word(first-1) != "," || last >= len(s.toks) || s.word(last) != "," && s.word(last) != "." || s.ageAfter(last) {
		return false
	}
	o := s.owner[first-2]
	if o < 0 {
		return false
	}
	sp := &s.spans[o]
	if sp.typ != gazetteer.Location || sp.source.rule != rulePlaceHead || sp.last != first-1 {
		return false
	}
	return sp.first == 0 || !s.is(sp.first-1, fTitle) && !s.is(sp.first-1, fTitleSuffix) && s.owner[sp.first-1] < 0
}

// placeFirstName reports whether tokens [first, last), a place's or country's name of one
// word and name words after it, are one person's name: shaped so, and either the place is a
// first name people the gazetteer knows bear and the name typer reads them as a person
// (Jordan Wibisono), or what follows says a person is named (personContextAfter).
func (s *state) placeFirstName(first, last int) bool {
	return s.looksLikePersonalName(first, last, 0) &&
		(s.givenName(first) && s.personFromPlace(first, last) || s.personContextAfter(first, last))
}

// personContextAfter reports whether what follows tokens [first, last) says they name a
// person whatever their first word: an age in brackets ("Medina Rahmadani (31)"), a pair
// of commas around them before a reporting verb ("…, Medan Ndahur, mengatakan"), or a rank
// right before them, which only a name follows ("AKP Sabang Ramadhan Nasution").
func (s *state) personContextAfter(first, last int) bool {
	return s.ageAfter(last) || s.setOffBeforeVerb(first, last) || first > 0 && s.is(first-1, fRank) && last-first >= 2
}

// personFromPlace asks the name typer whether tokens [first, last), a place's name that
// begins the names of people the gazetteer knows (Jordan, Florence, Darwin) and the name
// words after it, are one person's name, as a name found by context would be.
func (s *state) personFromPlace(first, last int) bool {
	c := typer.Candidate{First: first, Last: last, Rule: typerRuleName(ruleContextName), Guess: typer.Person}
	p := typer.Default().Predict((*typerView)(s), c)
	return p.Class == typer.Person && p.Margin >= personMergeMargin
}

// typerDone tells a tracer that the document's candidates are all seen.
func (s *state) typerDone() {
	if typer.Trace != nil {
		typer.Trace.Done((*typerView)(s))
	}
}

// sundaneseToponym reports whether token i is shaped like the name of a place in West Java
// or Banten: "Ci" (Sundanese for water, river) and a consonant opening a word of six letters
// or more in small letters after its capital ("Cibitung", "Cidaun", "Cilangkap",
// "Cikampek"), and no first name the gazetteer knows or English word ("Cinta", "Circuit";
// "Cin…" is left out for "Cindy", "Cinema").
func (s *state) sundaneseToponym(i int) bool {
	w := s.word(i)
	if len(w) < 6 || w[0] != 'C' || w[1] != 'i' || s.toks[i].Kind != tokenize.Word {
		return false
	}
	switch w[2] {
	case 'b', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'p', 'r', 's', 't', 'w':
	default:
		return false
	}
	for k := 2; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return !s.givenName(i) && !isEnglishWord(s.lowAt(i))
}

// typerRuleName names the rule of classify for the typer's features ("context-name",
// "lone-word"); the weights are keyed by these names.
func typerRuleName(r rule) string {
	switch r {
	case ruleContextPlace:
		return "context-place"
	case ruleContextSpeech:
		return "context-speech"
	case ruleContextAcronym:
		return "context-acronym"
	case ruleContextName:
		return "context-name"
	case ruleDropLoneWord:
		return "lone-word"
	case ruleDropNotName:
		return "not-a-name"
	}
	return "other"
}

var typeOf = [...]Type{typer.Person: gazetteer.Person, typer.Organization: gazetteer.Organization,
	typer.Location: gazetteer.Location}

// classOf returns the typer's class for an entity type.
func classOf(t Type) typer.Class {
	switch t {
	case gazetteer.Person, gazetteer.Leader:
		return typer.Person
	case gazetteer.Organization:
		return typer.Organization
	case gazetteer.Location, gazetteer.Country:
		return typer.Location
	}
	return typer.None
}

// typerView is the state as the name typer reads it (typer.Tokens).
type typerView state

func (v *typerView) Len() int           { return len(v.toks) }
func (v *typerView) Text(i int) string  { return (*state)(v).word(i) }
func (v *typerView) Lower(i int) string { return (*state)(v).lowAt(i) }

// Sentence is sentenceOf's bounds, read without copying the sentence.
func (v *typerView) Sentence(i int) (int, int) {
	sents := v.doc.Tokens.Sentences
	if k := (*state)(v).sentIndex(i); k < len(sents) {
		return sents[k].First, sents[k].Last
	}
	return i, i + 1
}

// Flags reads token i's facts and the type of the span over it (typerFlagOf).
func (v *typerView) Flags(i int) typer.Flag {
	var f typer.Flag
	if (*state)(v).isInitial(i) {
		f |= typer.Initial
	}
	fl := v.info[i].flags
	if fl&fGazFirst != 0 {
		f |= typer.Gazetteer
	}
	if fl&fCommon != 0 {
		f |= typer.Common
	}
	if k := v.owner[i]; k >= 0 {
		if t := v.spans[k].typ; int(t) < len(typerFlagOf) {
			f |= typerFlagOf[t]
		}
	}
	return f
}

// typerFlagOf holds the typer's flag for a token inside a span of each type, as classOf
// classes the type (none for the types it classes None).
var typerFlagOf = [...]typer.Flag{gazetteer.Person: typer.InPerson, gazetteer.Leader: typer.InPerson,
	gazetteer.Organization: typer.InOrganization, gazetteer.Location: typer.InLocation, gazetteer.Country: typer.InLocation,
	gazetteer.Other: 0}

// reduplicated reports whether w is a word written twice with a hyphen, the halves equal
// but for the first letter's case: "Cucu-cucu", "Anak-anak".
func reduplicated(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || 2*h+1 != len(w) {
		return false
	}
	return strings.EqualFold(w[:h], w[h+1:])
}

// writtenSmall reports whether the document writes the word at token i in small letters
// somewhere (a word whose first letter is not a capital). The first maxSmallScans words a
// document asks about are looked for in the text itself, a fast search, whose answers are
// kept for a word asked again (a word opening several sentences: a fifth of the asks);
// after them the set of the document's words in small letters is made once and asked, so
// that a document of many such names stays linear.
func (s *state) writtenSmall(i int) bool {
	w := s.lowAt(i)
	if s.smallAsked < maxSmallScans {
		s.smallAsked++
		scans := s.smallScans[:s.smallScanned]
		for k := range scans {
			if scans[k].word == w {
				return scans[k].found
			}
		}
		found := wordIn(s.text, w)
		s.smallScans[s.smallScanned] = smallScan{w, found}
		s.smallScanned++
		return found
	}
	if !s.smallDone {
		s.smallDone = true
		if s.small == nil {
			s.small = make(map[string]struct{}, len(s.toks)/4)
		} else {
			clear(s.small) // another document's
		}
		for k := range s.toks {
			if s.toks[k].Kind == tokenize.Word && !s.isCap(k) {
				s.small[s.lowAt(k)] = struct{}{}
			}
		}
	}
	_, ok := s.small[w]
	return ok
}

// maxSmallScans bounds the words writtenSmall looks for in the text itself.
const maxSmallScans = 16

// smallScan is a word writtenSmall looked for in the text, and whether it was found.
type smallScan struct {
	word  string
	found bool
}

// wordIn reports whether text holds w, in small letters as given, as a whole word: no
// letter or digit right before or after it. It looks for w's rarest byte (see rarestByte)
// with IndexByte, which skips fast over the text between, and compares w around each one
// found: every place w stands is tried, as a search for w itself would.
func wordIn(text, w string) bool {
	if w == "" || len(w) > len(text) {
		return false
	}
	r := rarestByte(w)
	end := len(text) - len(w) + r + 1 // where w's rarest byte may stand: [r, end)
	for from := r; from < end; {
		p := strings.IndexByte(text[from:end], w[r])
		if p < 0 {
			return false
		}
		k := from + p - r // where w would start
		if text[k] == w[0] && text[k:k+len(w)] == w {
			before, _ := utf8.DecodeLastRuneInString(text[:k])
			after, _ := utf8.DecodeRuneInString(text[k+len(w):])
			if k == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before) {
				if k+len(w) == len(text) || !unicode.IsLetter(after) && !unicode.IsDigit(after) {
					return true
				}
			}
		}
		from += p + 1
	}
	return false
}

// smallLetters lists the small letters from the most to the least frequent in Indonesian
// news, for rarestByte.
const smallLetters = "aniektursmlgdpbhoyjcwfvzqx"

// letterRank ranks each byte by how seldom it stands in news text: a letter by its place in
// smallLetters, any other byte (a capital, a digit, a hyphen, a byte of a character beyond
// ASCII) above all letters.
var letterRank = func() (rank [256]uint8) {
	for b := range rank {
		rank[b] = uint8(len(smallLetters))
	}
	for k := 0; k < len(smallLetters); k++ {
		rank[smallLetters[k]] = uint8(k)
	}
	return rank
}()

// rarestByte returns the offset in w of the byte that text holds least often (letterRank),
// the first of equals.
func rarestByte(w string) int {
	best := 0
	for k := 1; k < len(w); k++ {
		if letterRank[w[k]] > letterRank[w[best]] {
			best = k
		}
	}
	return best
}

// nominalised reports whether w, in small letters, has the shape of a noun made from a verb
// with pe(N)-…-an or ke-…-an, nine letters or more, which no personal name has:
// "pendangkalan", "penertiban", "pembangunan", "kemacetan", "kebakaran".
func nominalised(w string) bool {
	if len(w) < 9 || !strings.HasSuffix(w, "an") {
		return false
	}
	for _, p := range [...]string{"peng", "peny", "pen", "pem", "per", "pe", "ke"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// nounOpened reports whether the word at token first, capitalised inside its sentence or
// opening it, is a noun made from a verb (nominalised: "Kebuntuan", "Pemberhentian",
// "Kegeraman", "Kemahasiswaan") that no first name the lists know is, and not a foreign
// family name ending in a consonant and "-ian" that has the same letters at its ends
// ("Kevorkian", "Pezeshkian").
func (s *state) nounOpened(first int) bool {
	w := s.lowAt(first)
	if s.toks[first].Kind != tokenize.Word || !nominalised(w) || s.isAllCaps(first) || s.givenName(first) {
		return false
	}
	if n := len(w); strings.HasSuffix(w, "ian") && !strings.ContainsRune("aeiou", rune(w[n-4])) {
		return false
	}
	return true
}

// taxonIn reports whether a word of the run [first, last) is a genus's scientific name by
// its Greek or Latin ending (taxonEnding): "Allosaurus", "Eusthenopteron", "Acanthostega",
// "Lycodon", the fossils and animals of science news, which no person's name is.
func (s *state) taxonIn(first, last int) bool {
	for i := first; i < last; i++ {
		if s.toks[i].Kind == tokenize.Word && taxonEnding(s.lowAt(i)) && !s.isAllCaps(i) && !s.givenName(i) {
			return true
		}
	}
	return false
}

// taxonEnding reports whether w, in small letters and of seven letters or more, ends as
// the names of genera of animals do, in Greek or Latin word parts that no personal name
// ends with: "-saurus" (lizard), "-pteron", "-pteryx" (wing), "-stega" (roof), "-ceratops"
// (horned face), "-therium" (beast), "-pithecus" (ape), "-ichthys" (fish), "-suchus"
// (crocodile), "-odon" (tooth), "-nychus" (claw). The endings are grouped by their last two
// letters, which most words match none of.
func taxonEnding(w string) bool {
	if len(w) < 7 {
		return false
	}
	switch w[len(w)-2:] {
	case "us":
		return strings.HasSuffix(w, "saurus") || strings.HasSuffix(w, "pithecus") || strings.HasSuffix(w, "suchus") || strings.HasSuffix(w, "nychus")
	case "on":
		return strings.HasSuffix(w, "pteron") || strings.HasSuffix(w, "odon")
	case "yx":
		return strings.HasSuffix(w, "pteryx")
	case "ga":
		return strings.HasSuffix(w, "stega")
	case "ps":
		return strings.HasSuffix(w, "ceratops")
	case "um":
		return strings.HasSuffix(w, "therium")
	case "ys":
		return strings.HasSuffix(w, "ichthys")
	}
	return false
}

// routeStart reports whether the name [first, last) is where a way starts: "dari" before
// it, and after it "ke" or "menuju" and a place or country that a span already holds
// ("dari Waelengga menuju Kota Mbay"; not "dari Budi ke Andi"). A range ("dari … hingga
// …", "sampai") does not say a way: "Dari Emperan Masjid hingga Mekkah", a story's.
func (s *state) routeStart(first, last int) bool {
	if first == 0 || s.lowAt(first-1) != "dari" || last+1 >= len(s.toks) {
		return false
	}
	switch s.lowAt(last) {
	case "ke", "menuju":
	default:
		return false
	}
	o := s.owner[last+1]
	return o >= 0 && s.spans[o].first == last+1 && (s.spans[o].typ == gazetteer.Location || s.spans[o].typ == gazetteer.Country)
}

// residentBefore reports whether the word before token first names the residents of a
// place: "warga", "penduduk".
func (s *state) residentBefore(first int) bool {
	if first == 0 {
		return false
	}
	w := s.lowAt(first - 1)
	return w == "warga" || w == "penduduk"
}

// regionAfterComma reports whether a comma and a known place (no country) of the
// gazetteer's come right after token last-1: "…, Mamuju".
func (s *state) regionAfterComma(last int) bool {
	if last+1 >= len(s.toks) || s.word(last) != "," {
		return false
	}
	o := s.owner[last+1]
	return o >= 0 && s.spans[o].first == last+1 && s.spans[o].typ == gazetteer.Location && s.spans[o].entry != nil
}

// venueCity reports whether the name [first, last) is set off by a comma right after a
// venue's name of two words or more — a place whose words hold a venue's head (Stadion,
// Sirkuit, Arena, Stadium; lexicon/venue-heads.txt) — and ends its sentence or comes before
// a comma and a day's name or a known region: the city the venue is in.
func (s *state) venueCity(first, last int) bool {
	if first < 3 || s.word(first-1) != "," {
		return false
	}
	o := s.owner[first-2]
	if o < 0 {
		return false
	}
	v := &s.spans[o]
	if v.typ != gazetteer.Location || v.last != first-1 || v.last-v.first < 2 {
		return false
	}
	venue := false
	for k := v.first; k < v.last && !venue; k++ {
		w := s.lowAt(k)
		venue = s.lex.venueHeads[w] || sportsVenueWord(w)
	}
	if !venue {
		return false
	}
	if last >= len(s.toks) || isTerminalPunct(s.word(last)) {
		return true
	}
	return s.word(last) == "," && last+1 < len(s.toks) && (weekday(s.lowAt(last+1)) || s.regionAfterComma(last))
}

// sportsVenueWord reports whether w, in small letters, is a word that heads or ends the
// name of a sports venue: "stadium", "arena", "sirkuit", "circuit", "ring", "park".
func sportsVenueWord(w string) bool {
	switch w {
	case "stadium", "arena", "sirkuit", "circuit", "ring", "park", "ground", "velodrome", "gelora", "dome":
		return true
	}
	return false
}

// weekday reports whether w, in small letters, is the name of a day of the week.
func weekday(w string) bool {
	switch w {
	case "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu":
		return true
	}
	return false
}

// lettersAndDigits reports whether w holds both an ASCII letter and a digit.
func lettersAndDigits(w string) bool {
	// the digit first, which most words lack
	k := 0
	for k < len(w) && w[k]-'0' > 9 { // (a byte below '0' wraps round, past 9)
		k++
	}
	if k == len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// repeatedP reports whether w holds "P" and a digit from 2 to 4, as Indonesian acronyms
// write words that begin with P in a row: "UKP4" (Unit Kerja Presiden bidang Pengawasan
// dan Pengendalian Pembangunan), "LP3ES", "BP2MI".
func repeatedP(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'P' && '2' <= w[i+1] && w[i+1] <= '4' {
			return true
		}
	}
	return false
}

// bodyOpenedBy reports whether a body's span of two words or more that token i's word
// opens comes before i, among the maxTitleLookBack spans before it.
func (s *state) bodyOpenedBy(i int) bool {
	w := s.lowAt(i)
	for k, n := s.spanBefore(i), 0; k >= 0 && n < maxTitleLookBack; k, n = k-1, n+1 {
		sp := &s.spans[k]
		if !sp.dead && sp.typ == gazetteer.Organization && sp.last-sp.first >= 2 && s.lowAt(sp.first) == w {
			return true
		}
	}
	return false
}

// ordinaryIn reports whether a word of tokens [first, last) is an ordinary one, a common or
// corpus word (see ordinary).
func (s *state) ordinaryIn(first, last int) bool {
	for i := first; i < last; i++ {
		if s.ordinary(s.lowAt(i)) {
			return true
		}
	}
	return false
}

// commonPhrase reports whether the run [first, last) of two words or more is ordinary
// Indonesian words only (lexicon/common.txt), none a first or family name the lists know,
// the first no head word of a place's, a venue's, a building's or a body's name, nor one
// that news names a building or a region by with ordinary words ("Museum Gajah", "Rumah
// Perdamaian", "Benua Biru", "Negeri Gajah Putih" stay the typer's), and no comma and
// capitalised word after it, which tells of the place that holds it ("Petak Sembilan,
// Jalan Kemenangan").
func (s *state) commonPhrase(first, last int) bool {
	switch s.lowAt(first) {
	case "museum", "rumah", "benua", "negeri":
		return false
	}
	if last-first < 2 || s.phraseAt(&s.lex.placeHeads, first) > 0 || s.phraseAt(&s.lex.orgHeads, first) > 0 ||
		s.lex.venueHeads[s.lowAt(first)] || s.lex.buildingWords[s.lowAt(first)] ||
		last+1 < len(s.toks) && s.word(last) == "," && s.isCap(last+1) {
		return false
	}
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.is(i, fCommon) || s.givenName(i) || s.lex.surnames[s.lowAt(i)] {
			return false
		}
	}
	return true
}

// knownNameWordIn reports whether a word of tokens [first, last) is a first name or a
// family name the lists know.
func (s *state) knownNameWordIn(first, last int) bool {
	for i := first; i < last; i++ {
		if s.givenName(i) || s.lex.surnames[s.lowAt(i)] {
			return true
		}
	}
	return false
}

// capitalRunEnd returns the token after the run of capitalised words, one space apart,
// that opens at token i: the run's end for offeredAs ("Mytra Guard", not "Mytra").
func (s *state) capitalRunEnd(i int) int {
	e := i + 1
	for e < len(s.toks) && s.toks[e].Kind == tokenize.Word && s.isCap(e) && s.toks[e].Start == s.toks[e-1].End+1 {
		e++
	}
	return e
}
