package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// contextSpans classifies the capitalised names that neither the gazetteer nor a head word
// or title explained, by what surrounds them:
//   - after a place preposition (di, ke) it is a LOCATION;
//   - next to a speech cue ("kata Eva", "Ruhut mengatakan", "menurut Firman") a PERSON;
//   - an unknown all-capitals word of three letters or more is an ORGANIZATION;
//   - any other run of capitalised words inside a sentence is a PERSON.
//
// These guesses, and the names they leave out, go to the name typer (typer.go), a model
// trained on annotated news, which has the last word: PERSON, ORGANIZATION, LOCATION, or
// no name. It also joins a known place and the name after it into one organization
// ("Manchester City").
//
// Ordinary words capitalised because they start a sentence or a quotation, days, months,
// religions and the like (lexicon/stop.txt) are never names, and initials standing for an
// unnamed person are left out (see findInitials).
func (s *state) contextSpans() {
	next := 0 // the first token after the last run looked at
	if typer.Trace == nil {
		// the titles' step may have read the bodies' words (inBodyElsewhere) before the
		// spans this one adds: read them again when asked ("gitaris The Hollow Tides
		// Callum Ashworth"; not for the typer's trainer)
		s.bodyWordsDone = false
	}
	for _, c := range s.caps {
		i := int(c)
		if i < next || s.owner[i] >= 0 {
			continue
		}
		if typer.Trace == nil && i > 0 && s.owner[i-1] >= 0 && s.generationAfterPerson(i) { // (a span before it, which most words lack)
			next = i + 1 // "Neymar Junior", "Marco Senior": the name goes on
			continue
		}
		first := i
		last := i
		for last < len(s.toks) && s.owner[last] < 0 && s.isNameToken(last) && (len(s.notEntity) == 0 || !s.notEntity[s.word(last)]) &&
			!(last == first && s.isRankOrTitleStart(last)) && !(last > first && s.paraBreak(last)) {
			last++
			if last-first >= 2 && s.toks[last-1].End-s.toks[last-1].Start <= 4 && s.text[s.toks[last-1].End-1] == '.' && legalFormAbroad(s.word(last-1)) {
				break // the legal form ends the company's name: "DeSoto Inc. Presiden …"
			}
		}
		if last == first {
			continue
		}
		if typer.Trace == nil && last-first >= 2 && generationWord(s.word(last-1)) {
			last-- // the name is typed without its "Junior", which the next turn adds to it (not for the typer's trainer)
		}
		if typer.Trace == nil && last-first >= 2 && s.lowAt(last-1) == "bersaudara" {
			last-- // a family's name before "Bersaudara" is typed without it (see siblingsName)
		}
		if typer.Trace == nil {
			// a branch of a religion is a religion, no name nor a word of one: "pemberontak
			// Arab Sunni", "pengungsi Syiah Sampang" (not for the typer's trainer, whose
			// candidates stay those the weights were made from)
			for first < last && (religionBranch(s.lowAt(first)) || s.noNameOpener(first)) {
				first++ // (and a genre of pop music, no name's word: "girl group K-pop NOVELLE", nor "Boy group")
			}
			for last > first && religionBranch(s.lowAt(last-1)) {
				last--
			}
			if first == last {
				continue
			}
		}
		next = last
		for k := first + 1; k+2 < last; k++ {
			if s.balineseStart(k, last) {
				// a Balinese name opens a name of its own, after the end of another ("LPD
				// Tegal Sari Ni Made Ayu Sriani"): the words before it are left out
				first = k
				break
			}
		}
		// an ordinary word or a cue starting the sentence is not part of the name
		for first < last && (s.isInitial(first) || s.cueOf(first) != cueNone) &&
			(s.is(first, fCommon) || s.cueOf(first) != cueNone || s.isRankOrTitleStart(first) ||
				last-first > 1 && s.initialOrdinary(first)) && !s.givenBeforeName(first, last) && !s.balineseStart(first, last) {
			first++
		}
		// ordinary words before a name go, unless a first name opens the run, commas set it
		// off or a Balinese name opens it (asked only when there are such words: most runs
		// have none, and skipLeadingWords drops words only from a run that opens with an
		// ordinary word, a preposition or a conjunction)
		if first < last && s.is(first, fCommon|fPlacePrep|fConnector) {
			if k := s.skipLeadingWords(first, last); k > first && !s.givenBeforeName(first, last) && !s.setOffByCommas(first, last) && !s.balineseStart(first, last) {
				first = k
			}
		}
		for last > first && (s.is(last-1, fCommon) && last-first == 1 && s.isInitial(first)) {
			last--
		}
		// the next three rules read a known name right after the run, which most runs lack
		knownAfter := last < len(s.toks) && s.owner[last] >= 0
		if knownAfter && (s.placeEndsAgedName(first, last) || s.placeEndsFirstName(first, last)) {
			s.removeSpan(int(s.owner[last]))
			last++
		} else if knownAfter && s.firstNameBeforeKnown(first, last) {
			// "Hartono Budi Santoso" is not the minister Budi Santoso: another person,
			// whose name the known one ends
			k := int(s.owner[last])
			last = s.spans[k].last
			s.removeSpan(k)
			s.addSpan(s.ruleSpan(first, last, gazetteer.Person, ruleContextName))
			continue
		}
		if first == last {
			continue
		}
		if typer.Trace == nil && knownAfter && s.countryBeforeLegalForm(last) {
			// a company's branch in a country, named with its legal form abroad:
			// "Conocophilips Indonesia Inc", "Freeport Indonesia Ltd" (not for the typer's
			// trainer)
			s.removeSpan(int(s.owner[last]))
			s.addSpan(s.ruleSpan(first, last+2, gazetteer.Organization, ruleContextOrg))
			continue
		}
		// the next rules read a known name right before or after the run, or an unknown
		// capitalised word after it, which most runs lack: each is asked only of a run
		// that has what it reads
		knownBefore, knownAfter := first > 0 && s.owner[first-1] >= 0, last < len(s.toks) && s.owner[last] >= 0
		capAfter := !knownAfter && last < len(s.toks) && s.isCap(last)
		if capAfter {
			if x := s.directionAfterName(first, last); typer.Trace == nil && x > last {
				// an unknown place's name and a direction: "di Rawajati Barat", "Ghouta Timur"
				// (not for the typer's trainer, typer.Trace)
				s.addSpan(s.ruleSpan(first, x, gazetteer.Location, rulePlaceDirection))
				continue
			}
		}
		if typer.Trace == nil && (knownBefore || knownAfter) && (s.personAroundKnown(first, last) || s.outletAfterCitation(first, last)) {
			continue
		}
		if knownAfter && s.bodyBeforePlace(first, last) || knownBefore && s.mergePlace(first, last) {
			continue
		}
		if s.isEvent(first, last) || last-first == 1 && first > 0 && s.languageAt(first) {
			continue // (a language is no entity: "bahasa Sunda", "berbahasa Bugis")
		}
		if typer.Trace == nil && knownAfter && s.buildingBeforeName(first, last) {
			continue
		}
		if first > 0 && s.is(first-1, fPlacePrep) && s.headOnly(first, last) {
			continue // a head word with no name after a preposition: "di Sirkuit", "di Rumah Sakit", "di Stadium"
		}
		if last-first == 1 && first > 0 && roman(s.word(first)) && s.isCap(first-1) && s.toks[first-1].Kind == tokenize.Word {
			continue // the number of what the word before names: "Komisi V meminta", "Pelita III"
		}
		if typer.Trace == nil && s.is(first, fCityClub) && s.clubOpensName(first, last) { // (a city's club's name opening the run, which few runs have)
			// the club a person plays for, named by its city, before the person's name:
			// "pemain Nantes Diego Carlos" (not for the typer's trainer)
			club := s.x.cityClubs[s.lowAt(first)]
			sp := s.ruleSpan(first, first+1, gazetteer.Organization, ruleCityClub)
			sp.entry, sp.id, sp.name, sp.country = club, club.ID, club.Name, club.Country
			s.addSpan(sp)
			first++
		}
		if typer.Trace == nil && last-first == 1 && first > 0 && s.toks[first-1].Kind == tokenize.Number && s.isAllCaps(first) && s.countBefore(first-1) {
			continue // a body's units counted, no one body: "31 DPD provinsi" (see adjustBoundaries)
		}
		if typer.Trace == nil && first > 0 && awardWord(s.lowAt(first-1)) {
			// an award named after a person is an award, no person, as a sea named after a
			// country is no country: "Penghargaan Ramon Magsaysay", "penganugerahan Ramon
			// Magsaysay ke-56" (not for the typer's trainer)
			continue
		}
		if typer.Trace == nil && s.siblingsName(first, last) {
			s.addSpan(s.ruleSpan(first, last, gazetteer.Person, ruleContextName))
			continue
		}
		typ, r, ok := s.classify(first, last)
		if ok && r == ruleContextPlace && last-first >= 3 && last < len(s.toks) && s.cueOf(last) == cuePre &&
			(s.endsInSurname(first+1, last) || s.givenName(first+1) && s.looksLikePersonalName(first+1, last, fCommon)) {
			// a place after its preposition, then the person who speaks: "Konsul RI di
			// Vanimo Yosep Marthen Rumbiak mengatakan"
			s.addSpan(s.ruleSpan(first, first+1, gazetteer.Location, ruleContextPlace))
			first, typ, r = first+1, gazetteer.Person, ruleContextSpeech
		}
		if ok && typ == gazetteer.Person && r == ruleContextSpeech && last-first == 1 && !s.givenName(first) && s.initialOrdinary(first) {
			// a word news mostly writes in small letters, opening the sentence before a
			// reporting verb: "Regulator berharap …", "Sang Ibunda …"; a person so named
			// is introduced by a fuller name first, which link() finds the word for
			continue
		}
		if ok && typ == gazetteer.Person && (r == ruleContextSpeech || r == ruleContextName) || r == ruleDropNotName ||
			r == ruleContextOrg && typer.Trace == nil && last-first >= 4 && s.word(first) == "The" {
			// a body's name before the person's: "Vice President of Product and Marketing
			// TuringSense Chris Lim mengatakan", "GM Operation Officer HIS Travel Arief Kurnia";
			// so is an English name with its article, named before on its own: "gitaris
			// The Hollow Tides Callum Ashworth" after "band rock asal Inggris, The Hollow Tides"
			// (not for the typer's trainer)
			if k := s.holderStart(first, last); k > first {
				if s.bodyBeforeName(first, k) {
					s.addSpan(s.ruleSpan(first, k, gazetteer.Organization, ruleContextOrg))
				}
				first = k
				if r == ruleDropNotName || r == ruleContextOrg {
					// the run was no name as a whole, with the body's words; its holder's
					// name alone may be one
					typ, r, ok = s.classify(first, last)
				}
			}
		}
		if ok && r == ruleContextOrg && typ == gazetteer.Organization && s.is(last-1, fOrgSuffix) {
			// "Batam Digital Hub", "Seoul Roasting Company"; a country before it is the
			// body's origin: "perusahaan Jepang Kyoei Battery Materials"
			first = s.placeOpensBody(first, false)
		}
		typ, src, ok := s.typeName(first, last, typ, r, ok)
		if !ok && typer.Trace == nil && last < len(s.toks) && generationWord(s.word(last)) && s.looksLikePersonalName(first, last, 0) {
			// a name with a generation's word after it is a person's: "Skuat asuhan
			// Wanderley Junior", "Pelatih: Wanderley Junior"
			typ, src, ok = gazetteer.Person, source{rule: ruleContextName}, true
		}
		if !ok && typer.Trace == nil && first > 0 && s.owner[first-1] >= 0 && s.nameAfterTeam(first, last) { // (a known body right before the name, which few names have)
			// a name after a person's trade and the body the person plays or works for:
			// "kiper Persija Andritany Ardhiyasa", "gelandang Manchester United Marouane Fellaini"
			typ, src, ok = gazetteer.Person, source{rule: ruleContextName}, true
		}
		if !ok {
			continue
		}
		if typ == gazetteer.Person && src.rule == ruleContextName && s.quotedTerm(first, last) {
			continue // a programme's, a rite's or a work's name in quotation marks: ritual "Pemahayu Jagat"
		}
		if t := s.toks[last-1]; t.Suffix > 0 && last-first == 1 && !s.isInitial(first) &&
			s.lex.common[s.lowAt(last - 1)[:len(s.lowAt(last-1))-int(t.Suffix)]] {
			continue // an ordinary word with a clitic, capitalised mid-sentence: no name
		}
		if typ == gazetteer.Person && first > 0 && s.owner[first-1] < 0 && leadingParticle(s.word(first-1)) {
			first-- // a surname with its particle, alone: "Gol van Halteren", "kata de Wilde"
		}
		if typ == gazetteer.Organization {
			last = s.legalFormAfter(s.suffixCountry(last))
		}
		sp := s.ruleSpan(first, last, typ, src.rule)
		sp.source = src
		s.addSpan(sp)
	}
	s.typerDone()
}

// clubOpensName reports whether the unknown words [first, last), after a noun for a
// person's trade, are a club's name of one word that names its city (see
// Extractor.cityClubs) and a person's name that a first name of the lists opens: "pemain
// Nantes Diego Carlos", "striker Lille Luis Campos"; the club's word is no name's first
// word then.
func (s *state) clubOpensName(first, last int) bool {
	if first == 0 || last-first < 3 || !s.is(first, fCityClub) || s.x.cityClubs[s.lowAt(first)] == nil ||
		!s.listedFirstName(first+1) || !s.looksLikePersonalName(first+1, last, 0) {
		return false
	}
	p := first - 1
	return s.toks[p].Kind == tokenize.Word && (!s.isCap(p) || s.isInitial(p)) && s.lex.personNouns[s.lowAt(p)]
}

// nameAfterTeam reports whether the unknown words [first, last) are a person's name after
// the body the person plays or works for, which a noun for a person's trade opens (see
// lexicon/person-nouns.txt): "kiper Persija Andritany Ardhiyasa", "gelandang Manchester
// United Marouane Fellaini", "Pelatih Persib Hariono" (a name of one word only when the
// lists know it as a given name, as a club's sponsor's word follows its name too: "Arema
// Cronus"). The name has two to three words shaped like a name's, none of them ordinary.
func (s *state) nameAfterTeam(first, last int) bool {
	if first < 2 || last-first > 3 || s.owner[first-1] < 0 || !s.looksLikePersonalName(first, last, 0) ||
		last-first == 1 && !s.givenName(first) {
		return false
	}
	body := &s.spans[s.owner[first-1]]
	if body.typ != gazetteer.Organization || body.last != first || body.first < 1 || s.toks[first-1].End+1 != s.toks[first].Start {
		return false
	}
	p := body.first - 1
	return s.toks[p].Kind == tokenize.Word && (!s.isCap(p) || s.isInitial(p)) && s.lex.personNouns[s.lowAt(p)]
}

// directionAfterName returns the end of the direction word that follows the unknown name
// [first, last) of one or two words, making it a place's, as only a place's name goes on so:
// "Rawajati Barat", "Ghouta Timur", "Poso Pesisir Utara"; or last. The direction is
// capitalised, one space after the name, and no capitalised word but a known place or a
// day's name comes right after it ("Rawajati Barat Jakarta Selatan", but not "Tanah Merah
// Barat Budi …"); the name's words are none of them ordinary, in capitals or a known name
// part, and neither a number nor a capitalised word but an ordinary one ("Warga Rawajati
// Barat") stands before the name (not the coordinates "6,17 Lintang Selatan", "108
// derajat Bujur Timur", nor a train's "KA Mutiara Selatan"). A word that ends bodies'
// names and a place's head word with no name after it are no place's name: "Tribune
// Barat", "Plaza Timur GBK", a stadium's stand and square.
func (s *state) directionAfterName(first, last int) int {
	if last-first > 2 || last >= len(s.toks) || s.owner[last] >= 0 || !s.isCap(last) || s.isAllCaps(last) ||
		!s.lex.placeDirections[s.lowAt(last)] || s.toks[last].Start != s.toks[last-1].End+1 || s.paraBreak(last) {
		return last
	}
	if first > 0 && s.sentenceOf(first).First != first && (s.toks[first-1].Kind == tokenize.Number || s.lowAt(first-1) == "derajat" || s.isCap(first-1) && s.toks[first-1].Kind == tokenize.Word && !s.is(first-1, fCommon)) {
		return last
	}
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.nameShaped(i) || s.isAllCaps(i) || s.is(i, fCommon) || s.is(i, fStop) || s.is(i, fOrgSuffix) ||
			s.givenName(i) || s.lex.placeDirections[s.lowAt(i)] || s.phraseAt(&s.lex.placeHeads, i) > 0 {
			return last
		}
	}
	x := last + 1
	if x < len(s.toks) && s.toks[x].Kind == tokenize.Word && s.isCap(x) && s.toks[x].Start == s.toks[x-1].End+1 && !s.paraBreak(x) &&
		s.startsAt(x).place == 0 && !weekday(s.lowAt(x)) || s.ageAfter(x) {
		return last
	}
	return x
}

// generationWord reports whether w, as written, is the word that ends a personal name to
// tell a son from his father: "Junior", "Jr", "Jr.", "Senior", "Sr", "Sr.".
func generationWord(w string) bool {
	switch w {
	case "Junior", "Jr", "Jr.", "Senior", "Sr", "Sr.":
		return true
	}
	return false
}

// countryBeforeLegalForm reports whether token i, right after an unknown name, is a
// country's name of one word that a company's legal form abroad follows on the same line
// ("Inc", "Ltd", "Corp"; see legalFormAbroad), no span holding it: the country is the
// company's, and the three make its name.
func (s *state) countryBeforeLegalForm(i int) bool {
	if i+1 >= len(s.toks) || s.owner[i+1] >= 0 || !legalFormAbroad(s.word(i+1)) || s.toks[i].Start != s.toks[i-1].End+1 ||
		s.toks[i+1].Start != s.toks[i].End+1 {
		return false
	}
	c := &s.spans[s.owner[i]]
	return c.typ == gazetteer.Country && c.first == i && c.last == i+1
}

// awardWord reports whether w, in small letters, is a word for an award that the award's
// name follows: "penghargaan", "penganugerahan", "anugerah" (not "hadiah", a gift too:
// "sepeda hadiah Jokowi").
func awardWord(w string) bool {
	return w == "penghargaan" || w == "penganugerahan" || w == "anugerah"
}

// siblingsName reports whether the unknown words [first, last) are a family's name that
// "bersaudara" (brothers, sisters) follows, which makes them the siblings' surname, a
// person's name: "Mendur Bersaudara" (the photographers Alex and Frans Mendur), "Wright
// bersaudara". The name has one or two words shaped like a name's, none of them ordinary
// ("Biarkan Kami Bersaudara", a film's title, is none). "Bersaudara" stays outside the
// span, as a title does.
func (s *state) siblingsName(first, last int) bool {
	if last >= len(s.toks) || last-first > 2 || s.lowAt(last) != "bersaudara" || s.toks[last].Start != s.toks[last-1].End+1 {
		return false
	}
	for i := first; i < last; i++ {
		if s.is(i, fCommon) || s.isAllCaps(i) || !s.nameShaped(i) {
			return false
		}
	}
	return true
}

// generationAfterPerson reports whether token i is a generation's word (generationWord)
// right after a person's name, on the same line, and if so makes it the name's last word:
// "Neymar Junior", "Marco Senior", "Wanderley Junior". An abbreviation whose period ends
// the sentence too is left out: "… digalang Willard Crews Jr. SM pun …".
func (s *state) generationAfterPerson(i int) bool {
	if i == 0 || s.owner[i-1] < 0 || !generationWord(s.word(i)) || s.paraBreak(i) || s.toks[i-1].End != s.toks[i].Start-1 ||
		strings.HasSuffix(s.word(i), ".") && s.sentenceOf(i).Last == i+1 {
		return false // (not one whose period ends the sentence, which other rules read as the sentence's end)
	}
	k := int(s.owner[i-1])
	sp := &s.spans[k]
	if sp.last != i || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader {
		return false
	}
	sp.last, sp.end = i+1, int(s.toks[i].End)
	if sp.entry == nil {
		sp.name = oneLine(s.text[sp.start:sp.end])
	}
	s.owner[i] = int32(k)
	return true
}

// leadingParticle reports whether w, in small letters, is a particle a surname may begin
// with when written without the first name: "van Halteren", "de Wilde", "ter Horst".
func leadingParticle(w string) bool {
	switch w {
	case "van", "von", "de", "der", "du", "dos", "ter", "ten":
		return true
	}
	return false
}

// orgIntroduced reports whether a noun that introduces a body's name (lexicon/
// org-introducers.txt) stands before token i, right before it or with one or two words of
// jargon between (see jargonWord), the noun perhaps opening the sentence: "perusahaan
// rintisan agritech Nusatani", "Aplikasi dompet digital Sakuin", "aplikasi Nusatani" (but
// not "perusahaan milik Budi").
// An acronym after such a noun is left to the other rules: "emiten BUMN" names a class of
// companies, not one.
func (s *state) orgIntroduced(i int) bool {
	if typer.Trace == nil && i >= 2 && s.word(i-1) == "," && s.ownIntroducer(i-2) {
		return true // "Agensinya, Blossom Actors, …" (not for the typer's trainer)
	}
	if s.cues&(fOrgIntro|fOrgIntroFirst) == 0 {
		return false // (the noun has fOrgIntro, or its first word fOrgIntroFirst)
	}
	if k := s.originBefore(i); k >= 0 {
		i = k // "Startup asal Bandung, Kirana Dirgantara, mulai …": the noun before the origin
	}
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if s.word(k) == ")" && k >= 3 && s.word(k-2) == "(" && s.toks[k-3].Kind == tokenize.Word && !s.isCap(k-3) {
			k -= 3 // the jargon's acronym in brackets: "Perusahaan rintisan kecerdasan buatan (AI) asal Bandung, Nalaria"
		}
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) && !s.isInitial(k) && !(k > 0 && (s.inDateline(k-1) || isDash(s.word(k-1)))) && !popGenre(s.lowAt(k)) || s.owner[k] >= 0 {
			return false // (a noun capitalised after a dateline's dash opens the sentence: "Jakarta, kumparan - Duo musik …")
		}
		if s.is(k, fOrgIntro) || k > 0 && s.toks[k-1].Kind == tokenize.Word && (!s.isCap(k-1) || typer.Trace == nil && s.isInitial(k-1)) &&
			s.is(k-1, fOrgIntroFirst) && s.lex.orgIntroducers[s.lowAt(k-1)+" "+s.lowAt(k)] {
			// (the two-word noun opening its sentence too: "Grup musik asal Bandung, Lentera
			// Senja, …", "Rumah produksi Sinema Kemuning …"; not for the typer's trainer)
			// "aplikasi Nusatani", "surat kabar Al-Thawra"; but a title's holder after the
			// noun of the body the title is of: "presiden klub Achsanul Qosasi", "pelatih
			// kebugaran klub Julio Tous"
			for t := k - 1; t >= 0 && t >= k-2; t-- {
				if s.is(t, fTitle) || s.phraseAt(&s.lex.titles, t) > 0 || s.lowAt(t) == "pemilik" || s.lowAt(t) == "pendiri" {
					return false // (or its owner or founder: "pemilik klub Mike Ashley")
				}
			}
			if w := s.lowAt(k); (w == "duo" || w == "trio") && s.givenName(i) {
				return false // the pair's or the trio's members: "Trio Fadlan Syahputra, Bagas …"
			}
			if eatery(s.lowAt(k)) && k > 0 && s.is(k-1, fPlacePrep) {
				return false // an eatery one goes to is a place: "di restoran Gado-gado Boplo"
			}
			if k < i-1 && k > 0 && s.adjectiveHarian(k) {
				return false // "daily" after a noun, no paper: "Pengelolaan harian gudang dipegang Nurhayati Lestari"
			}
			return true
		}
		if s.is(k, fStop) || s.cueOf(k) != cueNone || s.is(k, fPlacePrep) || s.is(k, fRoleEnder) ||
			s.is(k, fCommon) && !jargonWord(s.lowAt(k)) {
			return false
		}
	}
	return false
}

// ownIntroducer reports whether token k is a one-word noun that introduces a body's name
// with the clitic "-nya" (its …), set off by the comma after it: "Agensinya, Blossom
// Actors, mengonfirmasi …", "Klubnya, SC Cambuur", "labelnya, Sun Eater"; not after a
// preposition, where it says where: "Di situsnya, Bulletin dideskripsikan …".
func (s *state) ownIntroducer(k int) bool {
	if s.toks[k].Kind != tokenize.Word || s.toks[k].End-s.toks[k].Start < 7 {
		return false
	}
	w := s.lowAt(k)
	if !strings.HasSuffix(w, "nya") || k > 0 && s.is(k-1, fPlacePrep) {
		return false
	}
	return s.lex.orgIntroducers[w[:len(w)-3]]
}

// adjectiveHarian reports whether "harian" at token k, in small letters, is the adjective
// "daily" after a noun rather than the noun "daily paper" that introduces a paper's name:
// after a word in small letters (or opening its sentence) that is no stop word,
// preposition or introducer's first word ("pengelolaan harian gudang", "kegiatan harian warga"; but "dari harian ekonomi
// Kontan", "surat kabar harian Kompas"). Its caller asks it only when words stand
// between "harian" and the name, as a paper's name follows "harian" itself.
func (s *state) adjectiveHarian(k int) bool {
	if s.lowAt(k) != "harian" || s.isCap(k) || s.toks[k-1].Kind != tokenize.Word || s.isCap(k-1) && s.sentenceOf(k-1).First != k-1 {
		return false
	}
	if s.is(k-1, fStop) || s.is(k-1, fPlacePrep) || s.is(k-1, fOrgIntro) || s.is(k-1, fTitle) || s.cueOf(k-1) != cueNone {
		return false
	}
	return !(k > 1 && s.is(k-2, fOrgIntroFirst) && s.lex.orgIntroducers[s.lowAt(k-2)+" "+s.lowAt(k-1)])
}

// maxOrgDescription bounds the words of a body's description orgDescribedBefore reads.
const maxOrgDescription = 14

// orgDescribedBefore reports whether the name [first, last) is set off by commas right after
// a description that opens its sentence with a noun introducing a body (lexicon/
// org-introducers.txt) and goes on in small letters only, no title, cue or name among them:
// "Startup penyedia perangkat lunak pengelolaan sumber daya manusia dan penggajian, Sinta,
// mengumumkan …".
func (s *state) orgDescribedBefore(first, last int) bool {
	c := first - 1
	if s.cues&fOrgIntro == 0 || c < 1 || s.word(c) != "," || last >= len(s.toks) || s.word(last) != "," {
		return false
	}
	sf := s.sentenceOf(c).First
	if o := s.originBefore(first); typer.Trace == nil && o > sf && s.lowAt(o) == "asal" {
		c = o // the description's origin before the comma: "Perusahaan rintisan perangkat lunak logistik asal Surabaya, Kelola Gudang, …" (not for the typer's trainer)
	}
	for k := c - 1; k >= sf && c-k <= maxOrgDescription; k-- {
		if s.toks[k].Kind != tokenize.Word || s.owner[k] >= 0 || s.isCap(k) && k != sf || s.cueOf(k) != cueNone ||
			s.is(k, fTitle) || s.is(k, fPronoun) || s.is(k, fDeterminer) {
			return false // (nor one closed by a determiner, which points back: "Suporter itu, Togar Simanjuntak, 27 tahun, …")
		}
		if k == sf {
			return s.is(k, fOrgIntro)
		}
	}
	return false
}

// placeList makes the guessed names among the list items places (rule:list).
func (s *state) placeList(items []int) {
	for _, k := range items {
		sp := &s.spans[k]
		if sp.typ == gazetteer.Location || s.knownListItem(sp) || sp.source.link != linkNone ||
			!(sp.source.model || sp.source.rule == ruleContextName || sp.source.rule == ruleContextPlace) {
			continue
		}
		sp.typ = gazetteer.Location
		sp.source = source{rule: ruleList}
	}
}

// placeAfterPrep reports whether span k is a place named with its head word right after
// a preposition of place: "di Kecamatan Kanor".
func (s *state) placeAfterPrep(k int) bool {
	sp := &s.spans[k]
	return sp.typ == gazetteer.Location && sp.source.rule == rulePlaceHead && sp.first > 0 && s.lowAt(sp.first-1) != "asal" &&
		s.is(sp.first-1, fPlacePrep) && !s.isCap(sp.first-1)
}

// knownPlaceAfterPrep reports whether span k is a place the gazetteer knows, in Indonesia,
// after a preposition of place in small letters: the first of two names joined by "dan"
// that it types ("pabrik baru di Kendal dan Batang").
func (s *state) knownPlaceAfterPrep(k int) bool {
	sp := &s.spans[k]
	return sp.typ == gazetteer.Location && sp.entry != nil && sp.country == "ID" && sp.first > 0 && s.lowAt(sp.first-1) != "asal" &&
		s.is(sp.first-1, fPlacePrep) && !s.isCap(sp.first-1)
}

// lawWord reports whether w, in small letters, is a word for a law or a regional or
// presidential regulation before the law's title, which is no body's or place's name
// even when a head word opens it: "uu", "undang-undang", "ruu", "perda", "raperda",
// "perpres", "perppu", "permen", "keppres", "inpres" ("UU Jabatan Notaris"). Not
// "keputusan" nor "peraturan", which a body's name may follow as its maker.
func lawWord(w string) bool {
	switch w {
	case "uu", "undang-undang", "ruu", "perda", "raperda", "perpres", "perppu", "permen", "keppres", "inpres":
		return true
	}
	return false
}

// lawHead reports whether w opens the name of a law or a regulation.
func lawHead(w string) bool {
	switch w {
	case "undang-undang", "uu", "ruu", "peraturan", "perpres", "perppu", "perda", "permen", "keputusan", "keppres", "inpres", "instruksi":
		return true
	}
	return false
}

// addressWord reports whether w is a word of kinship that a family member is called by,
// capitalised as one addresses them, and no name alone: "Mama sudah menunggu 15 tahun".
func addressWord(w string) bool {
	switch w {
	case "mama", "papa", "mami", "papi", "emak", "mamak", "abah", "umi", "abi", "nenek", "kakek", "bunda", "ayah",
		"ayahanda", "ibunda", "mbah", "oma", "opa", "ummi", "simbok", "bapak", "ibu":
		return true
	}
	return false
}

// examplesCue reports whether token k ends a phrase that introduces examples of a class:
// "seperti", "antara lain", "yakni", "yaitu", "termasuk", "meliputi". It is asked of the
// word before most capitalised words, and says no to most of them by their first byte,
// inline, before examplesWord reads the word.
func (s *state) examplesCue(k int) bool {
	return examplesFirst[s.text[s.toks[k].Start]] && s.examplesWord(k)
}

// examplesFirst holds the first bytes of the words examplesCue looks for, in either case: a
// word's first letter in lowercase is one of them only when it was (a byte from 0x80 is no
// ASCII letter, and the runes that lowercase to one, İ and the Kelvin sign, to none of these).
var examplesFirst = [256]bool{'s': true, 'S': true, 'y': true, 'Y': true, 't': true, 'T': true, 'm': true, 'M': true, 'l': true, 'L': true}

// examplesWord is examplesCue past its quick test of the first byte. Its words are all
// ordinary words, as mayOpenPlaceList takes for granted: a word added here goes into
// TestListOpenerFlags too.
func (s *state) examplesWord(k int) bool {
	t := &s.toks[k]
	if t.Kind != tokenize.Word {
		return false // (a comma, a period)
	}
	// a quick no by the last letter, unless written with the runes that lowercase to ASCII
	switch c := s.text[t.End-1]; c | 0x20 {
	case 'i', 'u', 'k', 'n':
	default:
		if c < 0x80 {
			return false
		}
	}
	switch s.lowAt(k) {
	case "seperti", "yakni", "yaitu", "termasuk", "meliputi":
		return true
	case "lain":
		return k > 0 && s.lowAt(k-1) == "antara"
	}
	return false
}

// vesselNames leaves a ship's name out: a vessel's prefix in capitals ("KMP" kapal motor
// penumpang, "KM", "KRI", "KLM", "MV") and the capitalised words right after it, which no
// entity type covers ("KMP Wira Samudra", "KRI Bung Tomo"), whatever a rule or the
// gazetteer made of them; the words are marked as a role's, which the name rules skip.
// "KMP" alone stays what the rules make of it (Koalisi Merah Putih).
func (s *state) vesselNames() {
	if s.rareCues&rareSundry == 0 {
		return // (a vessel's name needs a word of vesselPrefixes, which have rareSundry)
	}
	for _, c := range s.caps {
		i := int(c)
		if i+1 >= len(s.toks) || !s.isAllCaps(i) || !vesselPrefix(s.lowAt(i)) || s.toks[i+1].Kind != tokenize.Word || !s.isCap(i+1) ||
			s.toks[i+1].Start != s.toks[i].End+1 {
			continue
		}
		e := i + 1
		for e < len(s.toks) && e-i <= 4 && (s.toks[e].Kind == tokenize.Word && s.isCap(e) || s.toks[e].Kind == tokenize.Number && e > i+1) && !s.paraBreak(e) {
			e++
		}
		for k := i; k < e; k++ {
			if o := s.owner[k]; o >= 0 {
				if sp := &s.spans[o]; sp.first < i || sp.last > e {
					continue // a span reaching out of the name: leave it
				}
				s.removeSpan(int(o))
			}
			s.bits[k] |= bitRole
		}
	}
}

// vesselPrefix reports whether w, in small letters, is the prefix of a ship's name, an
// Indonesian's or a navy's abroad ("USS John S. McCain", "HMS Queen Elizabeth", "RSS
// Resilience"; not for the typer's trainer).
func vesselPrefix(w string) bool {
	k := slices.Index(vesselPrefixes[:], w)
	return k >= 0 && (k < ownVessels || typer.Trace == nil)
}

// vesselPrefixes are the words vesselPrefix reports, Indonesian ones first (ownVessels of
// them); they have rareSundry.
var vesselPrefixes = [...]string{"kmp", "km", "kri", "klm", "mv", "uss", "usns", "hms", "hmas", "rss"}

// ownVessels is the number of Indonesian prefixes that open vesselPrefixes.
const ownVessels = 5

// eatery reports whether w, in small letters, is a noun for a place to eat that introduces
// its name: "restoran", "kafe", "makan" (of "rumah makan").
func eatery(w string) bool {
	return w == "restoran" || w == "kafe" || w == "makan"
}

// placeNounBefore reports whether a noun in small letters naming a class of places
// (lexicon/place-prepositions.txt: daerah, wilayah, kawasan, desa, kota …, not "di", "ke"
// or "asal") stands in the six tokens before token k, in its sentence: "daerah selatan
// seperti", "daerah perbatasan dengan Malaysia, seperti".
func (s *state) placeNounBefore(k int) bool {
	first := s.sentenceOf(k).First
	for i := k - 1; i >= first && i >= k-6; i-- {
		if s.toks[i].Kind == tokenize.Word && !s.isCap(i) && s.is(i, fPlacePrep) && len(s.word(i)) > 4 {
			return true
		}
	}
	return false
}

// originBefore returns the token of "asal" when the name at token i follows "asal", a place
// or country the rules found and a comma, as an apposition after a noun that introduces a
// body does ("Startup asal Bandung, Kirana Dirgantara"), or the country's first token when
// a country follows the noun itself, with or without the comma ("rumah produksi Korea
// Selatan, Studio Dragon", "klub basket Jepang, Ryukyu Golden Kings", "band Jepang
// Kawaguchi Lanterns"); else -1.
func (s *state) originBefore(i int) int {
	if typer.Trace == nil && i >= 2 && s.toks[i-1].Kind == tokenize.Word && s.owner[i-1] >= 0 {
		// a country right before the name, no comma: "band Jepang Kawaguchi Lanterns",
		// "perusahaan China BYD" (not for the typer's trainer)
		if o := &s.spans[s.owner[i-1]]; o.typ == gazetteer.Country && o.last == i && o.first > 0 &&
			s.toks[o.first-1].Kind == tokenize.Word && !s.isCap(o.first-1) && !isEnglishWord(s.lowAt(i)) && !englishPlural(s.lowAt(i)) {
			return o.first // (not an English word, which goes on the country's own name: "majalah France Football")
		}
		return -1
	}
	if i < 3 || s.word(i-1) != "," {
		return -1
	}
	o := s.owner[i-2]
	if o < 0 || s.spans[o].typ != gazetteer.Location && s.spans[o].typ != gazetteer.Country {
		return -1
	}
	if a := s.spans[o].first - 1; a > 0 && s.lowAt(a) == "asal" {
		return a
	}
	if a := s.spans[o].first - 1; a > 0 && s.spans[o].typ == gazetteer.Country && s.toks[a].Kind == tokenize.Word && !s.isCap(a) {
		return s.spans[o].first // a country right after the noun: "rumah produksi Korea Selatan, Studio Dragon"
	}
	return -1
}

// orgApposition reports whether a comma at token c and a noun that only a company can be
// follow a name: "Marukawa Suisan, importir asal Kobe", "Nalaria, perusahaan rintisan …"
// (not a noun a person may be too: "operator", "produsen", "pengembang").
func (s *state) orgApposition(c int) bool {
	if c+1 >= len(s.toks) || s.word(c) != "," || s.isCap(c+1) {
		return false
	}
	n := c + 1
	if typer.Trace == nil && n+1 < len(s.toks) && s.lowAt(n) == "sebuah" && !s.isCap(n+1) {
		n++ // a thing's article, never a person's ("seorang"): "Triodos, sebuah bank asal Belanda" (not for the typer's trainer)
	}
	switch s.lowAt(n) {
	case "perusahaan", "startup", "emiten", "maskapai", "importir", "eksportir", "distributor", "firma", "pabrikan", "peritel", "agensi",
		"layanan", "aplikasi", "platform", "situs", "marketplace":
		// (a service, an app or a site too, where a preposition of place would make a
		// place of it: "berinvestasi di KopiPay, layanan pembayaran mereka")
		return true
	case "rumah":
		return n+1 < len(s.toks) && s.lowAt(n+1) == "produksi"
	case "bank", "koran", "majalah", "tabloid", "partai":
		// a bank, a newspaper or a party, which no person is: "Triodos, bank asal
		// Belanda", "Java Bode, koran berbahasa Belanda", "Amtsakhara, partai politik
		// pro-Ankvab" (not for the typer's trainer)
		return typer.Trace == nil
	case "kantor", "surat":
		// "Xinhua, kantor berita Tiongkok", "Asia Raya, surat kabar …" (not for the typer's trainer)
		return typer.Trace == nil && n+1 < len(s.toks) && (s.lowAt(n+1) == "berita" || s.lowAt(n+1) == "kabar")
	}
	return false
}

// jargonWord reports whether the ordinary word w may stand between a noun that introduces a
// body and the body's name as the kind of business it is ("aplikasi dompet digital
// Sakuin", "perusahaan keamanan siber X"), rather than relate the name to the noun
// ("perusahaan milik Budi").
func jargonWord(w string) bool {
	switch w {
	case "milik", "punya", "asal", "kepunyaan", "binaan", "bentukan", "pimpinan", "asuhan", "besutan", "besar", "kecil", "baru", "lama":
		return false
	}
	return len(w) >= 4
}

// datelinePlace reports whether the unknown run [first, last) in a dateline is its place:
// the run that opens the dateline before a comma ("TERMAS DE RIO HONDO, JUARA.net –",
// "Raqa, Suriah (ANTARA News) –"), or a run in capitals after an outlet's domain and a
// comma ("JUARA.NET, MISANO ADRIATICO –"), or the run that opens the dateline before a
// known body in brackets, its outlet ("Sayaboury (ANTARA News) –"; not for the typer's
// trainer).
func (s *state) datelinePlace(first, last int) bool {
	if last < len(s.toks) && s.word(last) == "," && (first == 0 || !s.inDateline(first-1)) {
		return true
	}
	if typer.Trace == nil && first == 0 && last+1 < len(s.toks) && s.word(last) == "(" && s.placeShaped(first, last) {
		if o := s.owner[last+1]; o >= 0 && s.spans[o].first == last+1 && s.spans[o].typ == gazetteer.Organization && s.spans[o].entry != nil &&
			s.spans[o].last < len(s.toks) && s.word(s.spans[o].last) == ")" {
			return true
		}
	}
	if typer.Trace == nil && last+1 < len(s.toks) && isDash(s.word(last)) && s.toks[last+1].Start > s.toks[last].End &&
		(first == 0 || !s.inDateline(first-1)) && s.placeShaped(first, last) {
		// the dateline is the place alone: "Batu - Seorang penjual jamu …" (not for the name
		// typer's trainer, typer.Trace, so that its training data stay what the weights
		// were made from)
		return true
	}
	if first < 2 || s.word(first-1) != "," || s.toks[first-2].Kind != tokenize.URL {
		return false
	}
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.isAllCaps(i) {
			return false
		}
	}
	return true
}

// placeShaped reports whether tokens [first, last) are words shaped like a place's name (not
// "KumpalanNEWS"), no ordinary Indonesian or English word among them ("Best Act –" is a
// list's item).
func (s *state) placeShaped(first, last int) bool {
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.nameShaped(i) || s.is(i, fCommon) && !s.is(i, fGazFirst) || isEnglishWord(s.lowAt(i)) {
			return false
		}
	}
	return true
}

// isDash reports whether w is a hyphen or a dash.
func isDash(w string) bool {
	return w == "-" || w == "–" || w == "—"
}

// afterDatelineName reports whether a name stands before token i in its dateline.
func (s *state) afterDatelineName(i int) bool {
	for k := i - 1; k >= 0 && s.inDateline(k); k-- {
		if s.toks[k].Kind == tokenize.Word || s.toks[k].Kind == tokenize.URL {
			return true
		}
	}
	return false
}

// orAliasSpans makes the one word a text gives after "atau" as a body's other name the
// body's too, there and wherever else the document uses it alone: "PT Medika Awan Teknologi
// atau Medikawan" makes every "Medikawan" an organization, which the rules over words,
// seeing a word shaped like a name, would take for a person. At most maxOrAliases a
// document, so that it costs a constant a capitalised word.
func (s *state) orAliasSpans() {
	n := 0
	for k := 0; k < len(s.spans) && n < maxOrAliases; k++ {
		b := &s.spans[k]
		a := b.last + 1
		if b.dead || b.typ != gazetteer.Organization || b.last-b.first < 2 || a >= len(s.toks) || s.lowAt(b.last) != "atau" {
			continue
		}
		if m := s.shortAliasAfter(b, a); m > 0 {
			n++
			s.shortAliasSpans(a, m)
			continue
		}
		if s.toks[a].Kind != tokenize.Word || !s.isCap(a) || s.isAllCaps(a) || s.is(a, fCommon) || s.givenName(a) ||
			a+1 < len(s.toks) && s.isCap(a+1) && s.toks[a+1].Kind == tokenize.Word {
			continue
		}
		if o := s.owner[a]; o >= 0 && (s.spans[o].entry != nil || s.spans[o].last-s.spans[o].first != 1) {
			continue
		}
		n++
		w := s.lowAt(a)
		for _, c := range s.caps {
			i := int(c)
			if s.lowAt(i) != w || i+1 < len(s.toks) && s.isCap(i+1) && s.toks[i+1].Kind == tokenize.Word {
				continue
			}
			if o := s.owner[i]; o >= 0 {
				if sp := &s.spans[o]; sp.entry != nil || sp.last-sp.first != 1 || sp.typ == gazetteer.Organization {
					continue
				}
				s.removeSpan(int(o))
			}
			s.addSpan(s.ruleSpan(i, i+1, gazetteer.Organization, ruleContextOrg))
		}
	}
}

// shortAliasAfter returns the number of words, two or three, of a body's short name
// given after "atau" at token a, or 0: capitalised words, no span's but the short
// name's own, the first of them one of the body's own words and not its legal form, and no
// capitalised word after them: "PT Kencana Angkasa Nusantara atau Kencana Air", "PT Bank
// Tiara Digital Indonesia atau Tiara Digital".
func (s *state) shortAliasAfter(b *span, a int) int {
	m := 0
	for m < 4 && a+m < len(s.toks) && s.toks[a+m].Kind == tokenize.Word && s.isCap(a+m) && !s.isAllCaps(a+m) && !s.paraBreak(a+m) {
		if o := s.owner[a+m]; o >= 0 && (s.spans[o].first < a || s.spans[o].entry != nil) {
			return 0
		}
		m++
	}
	if m < 2 || m > 3 || s.is(a, fCommon) || s.is(a, fStop) || s.lex.companyHeads[s.lowAt(a)] {
		return 0
	}
	for k := b.first; k < b.last; k++ {
		if s.lowAt(k) == s.lowAt(a) {
			return m
		}
	}
	return 0
}

// shortAliasSpans makes the short name [a, a+m) a body's, there and wherever else the
// document gives its words: a span that lies within them gives way, and one that starts
// with them and goes on (a title's holder, "Direktur Utama Kencana Air Andreas Wibisono
// Halim") is left to splitBodyHolders, which this body's span lets split it.
func (s *state) shortAliasSpans(a, m int) {
	for _, c := range s.caps {
		i := int(c)
		if i+m > len(s.toks) || !s.sameWords(i, a, m) {
			continue
		}
		free := true
		for k := i; k < i+m && free; k++ {
			if o := s.owner[k]; o >= 0 {
				sp := &s.spans[o]
				free = sp.first >= i && sp.last <= i+m && sp.entry == nil && (sp.typ != gazetteer.Organization || sp.last-sp.first < m)
			}
		}
		if !free {
			continue
		}
		for k := i; k < i+m; k++ {
			if o := s.owner[k]; o >= 0 {
				s.removeSpan(int(o))
			}
		}
		s.addSpan(s.ruleSpan(i, i+m, gazetteer.Organization, ruleContextOrg))
	}
}

// quotedTerm reports whether the name [first, last), which no known first name opens, is
// the whole of a quotation inside a sentence: a term, a programme's or a work's name in
// quotation marks after a word in small letters (ritual "Pemahayu Jagat", mewujudkan "Tri
// Hita Karana"), which news gives a person's name in only as a nickname.
func (s *state) quotedTerm(first, last int) bool {
	if first < 2 || last >= len(s.toks) || s.givenName(first) || s.toks[first-1].Kind != tokenize.OpenQuote && s.word(first-1) != "\"" {
		return false
	}
	if c := s.toks[last]; c.Kind != tokenize.CloseQuote && s.word(last) != "\"" {
		return false
	}
	b := first - 2 // the word before the quotation
	return s.toks[b].Kind == tokenize.Word && !s.isCap(b) && !s.is(b, fNickCue) && !s.is(b, fNickFiller)
}

// legalNameSpans makes the name a company is given after its legal form ("PT Samudra
// Bitung Perkasa", "PT Cakrawala Properti Flores Tbk") the company's wherever the document
// gives those words again, when a place stands among them, which breaks them up for the
// rules over words: "Chief Executive Officer Samudra Bitung Perkasa Yohana Wenas" gives the
// company, not a place "Bitung" and a person "Perkasa Yohana Wenas". A person's span that
// opens inside the words and goes on is cut to what follows them, two words or more. At
// most maxOrAliases companies a document.
func (s *state) legalNameSpans() {
	if s.rareCues&rareCompany == 0 {
		return // (each company opens with "PT", a companyForm word, which has rareCompany)
	}
	n := 0
	for k := 0; k < len(s.spans) && n < maxOrAliases; k++ {
		b := s.spans[k]
		if b.dead || b.typ != gazetteer.Organization || s.lowAt(b.first) != "pt" && s.lowAt(b.first) != "pt." {
			continue
		}
		a, e := b.first+1, b.last
		if e > a && isTbk(s.word(e-1)) {
			e--
		}
		if m := e - a; m < 2 || m > 4 || !s.placeAmong(a, e) {
			continue
		}
		n++
		for _, c := range s.caps {
			if i := int(c); i != a && i+e-a <= len(s.toks) && s.sameWords(i, a, e-a) {
				s.legalNameAt(i, e-a)
			}
		}
	}
}

// placeAmong reports whether a candidate place starts among tokens [a, e) after the first.
func (s *state) placeAmong(a, e int) bool {
	for j := a + 1; j < e; j++ {
		if s.startsAt(j).place > 0 {
			return true
		}
	}
	return false
}

// legalNameAt makes tokens [i, i+m) a company's name (see legalNameSpans), unless a span
// that is no person's and no place's lies over them or one starts before them.
func (s *state) legalNameAt(i, m int) {
	e := i + m
	cut := -1 // the person's span that opens inside and goes on
	for k := i; k < e; k++ {
		o := s.owner[k]
		if o < 0 {
			continue
		}
		sp := &s.spans[o]
		switch {
		case sp.first < i || sp.typ == gazetteer.Organization:
			return
		case sp.last > e:
			if sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.entry != nil || sp.last-e < 2 {
				return
			}
			cut = int(o)
		case sp.typ != gazetteer.Location && sp.typ != gazetteer.Country && sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader:
			return
		}
	}
	if cut >= 0 {
		p := s.spans[cut]
		s.removeSpan(cut)
		holder := s.ruleSpan(e, p.last, p.typ, p.source.rule)
		holder.role, holder.country, holder.source = p.role, p.country, p.source
		s.addSpan(holder)
	}
	for k := i; k < e; k++ {
		if o := s.owner[k]; o >= 0 {
			s.removeSpan(int(o))
		}
	}
	s.addSpan(s.ruleSpan(i, e, gazetteer.Organization, ruleOrgHead))
}

// maxOrAliases bounds the bodies' other names orAliasSpans reads in one document.
const maxOrAliases = 8

// outletSpans finds the outlets and companies that the rules over words miss: a web domain
// written with a capital ("Tiket.com", "Motorsport.com", "SEHATNEWS.id"), any domain in a
// dateline ("TANGERANG, kabarseru.com –") or in text of one case, where no capital can
// tell ("ujar ceo nalar.ai bima …"), is an organization named by its address; an outlet
// named after its place in a dateline ("Jakarta, KNN Indonesia –") takes in the country or
// place that ends its name; and a later mention of a dateline's outlet is that outlet
// ("katanya kepada WartaPasar").
func (s *state) outletSpans() {
	var outlets []span
	for _, sen := range s.doc.Tokens.Sentences {
		if !sen.Dateline {
			continue
		}
		for i := sen.First; i < sen.Last-1; i++ {
			k := s.owner[i]
			if k < 0 || s.spans[k].source.rule != ruleDateline || s.spans[k].typ != gazetteer.Organization {
				continue
			}
			end := s.spans[k].last
			if n := s.owner[end]; end < sen.Last-1 && n >= 0 && s.spans[n].first == end && s.spans[n].last == sen.Last-1 &&
				(s.spans[n].typ == gazetteer.Country || s.spans[n].typ == gazetteer.Location) {
				first := s.spans[k].first
				s.removeSpan(int(k))
				s.removeSpan(int(n))
				s.addSpan(s.ruleSpan(first, end+1, gazetteer.Organization, ruleDateline))
				k = s.owner[i]
			}
			outlets = append(outlets, s.spans[k])
			i = s.spans[k].last - 1
		}
	}
	for _, m := range s.marks {
		i := int(m)
		if s.toks[i].Kind != tokenize.URL || s.owner[i] >= 0 {
			continue
		}
		if s.inDateline(i) || isDomainName(s.word(i)) && (tokenize.IsCapitalized(s.word(i)) || s.isUni(i)) {
			sp := s.ruleSpan(i, i+1, gazetteer.Organization, ruleDomainName)
			s.addSpan(sp)
			outlets = append(outlets, sp)
		}
	}
	if typer.Trace == nil {
		s.creditSpans()
	}
	s.bodyMentions(outlets)
}

// creditSpans finds the news agency or outlet that a paragraph's last words credit in
// brackets, a name of the gazetteer's outlets (gazetteer/data/media.tsv) alone in them:
// "… ucapnya. [Antara]", "(Reuters)". Its capital says nothing where the bracket opens a
// sentence, so the name is read here whatever ordinary word it also is.
func (s *state) creditSpans() {
	for _, sen := range s.doc.Tokens.Sentences {
		e := sen.Last // the credit ends its sentence, and that sentence its paragraph
		if e < sen.First+3 || e < len(s.toks) && !s.paraBreak(e) {
			continue
		}
		o, i, c := s.word(e-3), e-2, s.word(e-1)
		if !(o == "(" && c == ")" || o == "[" && c == "]") || s.owner[i] >= 0 || !s.isCap(i) || s.toks[i].Kind != tokenize.Word {
			continue
		}
		for _, en := range s.x.gaz.Lookup(s.word(i)) {
			if en.Type == gazetteer.Organization && isOutlet(en) {
				sp := s.ruleSpan(i, i+1, gazetteer.Organization, ruleCredit)
				sp.entry, sp.id, sp.name, sp.country = en, en.ID, en.Name, en.Country
				s.addSpan(sp)
				break
			}
		}
	}
}

// isOutlet reports whether gazetteer entry e is a news outlet or agency
// (gazetteer/data/media.tsv).
func isOutlet(e *gazetteer.Entry) bool {
	for _, src := range e.Source {
		if strings.Contains(src, "data/media.tsv") {
			return true
		}
	}
	return false
}

// bodyMentions makes the other mentions of a body that a rule named from its context ("CEO
// Nusatani", "Nusatani menghubungkan" after "aplikasi Nusatani"; "kepada WartaPasar" after
// the dateline's outlet) that body: a span the name rules or the typer gave the same words
// takes its type, and the same words free elsewhere become a span. bodies are the spans of
// outlets found by outletSpans; the names after an introducing noun (rule:context-org) and
// those of bodies that end in an English suffix (rule:org-head) are added here.
func (s *state) bodyMentions(bodies []span) {
	for k := range s.spans {
		if sp := &s.spans[k]; !sp.dead && (sp.source.rule == ruleContextOrg ||
			sp.source.rule == ruleOrgHead && sp.entry == nil && sp.last-sp.first >= 2 && s.is(sp.last-1, fOrgSuffix)) {
			// (and a body a title named by its English suffix, which may also end an
			// event's name and so names nothing alone: "CEO Lentera Games Nadia …", then
			// "dikembangkan Lentera Games")
			bodies = append(bodies, *sp)
		}
	}
	if len(bodies) == 0 {
		return
	}
	// the bodies by their words, and their first words, for a quick no: a lookup a token,
	// so that a document naming many outlets (joined datelines) stays linear
	byKey, firsts, longest := map[string]int{}, map[string]bool{}, 0
	var sieve wordSieve // the first words again, for a quicker no before the map
	for b := range bodies {
		k := s.keyOf(bodies[b].first, bodies[b].last)
		if bodies[b].source.rule == ruleDomainName {
			// a body named by its domain is named without it too: "Kirimin" for Kirimin.id
			if name, _, _ := strings.Cut(k, "."); len(name) >= 3 && !s.ordinary(name) {
				k = name
			}
		}
		if byKey[k] == 0 {
			byKey[k] = b + 1
		}
		first, _, _ := strings.Cut(k, " ") // tokens hold no white space
		firsts[first] = true
		sieve.add(first)
		longest = max(longest, bodies[b].last-bodies[b].first)
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.entry != nil || sp.typ == gazetteer.Organization || !sp.source.guessed() && !s.titledBodyBeforeComma(sp) ||
			!sieve.mayHold(s.lowAt(sp.first)) || !firsts[s.lowAt(sp.first)] {
			continue
		}
		if b := byKey[s.keyOf(sp.first, sp.last)] - 1; b >= 0 {
			sp.typ, sp.role = bodies[b].typ, ""
			sp.source = source{rule: bodies[b].source.rule, link: linkRule}
		}
	}
	for _, c := range s.caps {
		i := int(c)
		if s.owner[i] >= 0 || s.inDateline(i) || !sieve.mayHold(s.lowAt(i)) || !firsts[s.lowAt(i)] {
			continue
		}
		for n := min(longest, len(s.toks)-i); n >= 1; n-- {
			if b := byKey[s.keyOf(i, i+n)] - 1; b >= 0 && s.onlyPlacesIn(i, i+n) {
				for k := i; k < i+n; k++ {
					if o := s.owner[k]; o >= 0 {
						s.removeSpan(int(o)) // "Indonesia" in a later "KNN Indonesia"
					}
				}
				sp := s.ruleSpan(i, i+n, bodies[b].typ, bodies[b].source.rule)
				sp.source.link = linkRule
				s.addSpan(sp)
				break
			}
		}
	}
}

// titledBodyBeforeComma reports whether span sp is a name a title gave, of two words or more,
// before a capitalised word, perhaps set off by a comma: when its words are a body's that a
// rule named from its context, the title is held in that body and its holder follows
// ("Vokalis Senandung Kota, Andi Muhammad Fikri" after "band indie Makassar, Senandung
// Kota"; "Gitaris Kawaguchi Lanterns Daiki Mori"), as bodyMentions makes it.
func (s *state) titledBodyBeforeComma(sp *span) bool {
	if typer.Trace != nil || sp.source.rule != ruleTitle || sp.source.link != linkNone || sp.last-sp.first < 2 || sp.last+1 >= len(s.toks) {
		return false
	}
	return s.isCap(sp.last) && s.toks[sp.last].Kind == tokenize.Word || s.word(sp.last) == "," && s.isCap(sp.last+1)
}

// tickerCode reports whether token i, a word in capitals, is a stock ticker after "kode
// saham", "kode emiten" or "berkode", in small letters: four ASCII letters, as tickers on
// the Indonesia Stock Exchange are (see tickerAfter for one in brackets).
func (s *state) tickerCode(i int) bool {
	if i < 2 || len(s.word(i)) != 4 || !isASCII(s.word(i)) || s.isCap(i-1) {
		return false
	}
	switch s.lowAt(i - 1) {
	case "berkode":
		return true
	case "saham", "emiten":
		w := s.lowAt(i - 2)
		return (w == "kode" || w == "berkode") && !s.isCap(i-2)
	}
	return false
}

// onlyPlacesIn reports whether the tokens [first, last) belong to no span but countries'
// and places that lie wholly inside them.
func (s *state) onlyPlacesIn(first, last int) bool {
	for k := first; k < last; k++ {
		if o := s.owner[k]; o >= 0 {
			sp := &s.spans[o]
			if sp.first < first || sp.last > last || sp.typ != gazetteer.Country && sp.typ != gazetteer.Location {
				return false
			}
		}
	}
	return true
}

// isDomainName reports whether w is a web domain alone, letters, digits and hyphens in
// parts joined by dots ("Tiket.com", "bps.go.id"), not an address with a scheme or a path.
func isDomainName(w string) bool {
	if len(w) >= 4 && strings.EqualFold(w[:4], "www.") {
		return false
	}
	dots := 0
	for _, c := range []byte(w) {
		switch {
		case c == '.':
			dots++
		case c == '-', '0' <= c && c <= '9', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		default:
			return false
		}
	}
	return dots > 0 && w[0] != '.' && w[len(w)-1] != '.'
}

// bodyBeforePlace makes one organization of an unknown capitalised word and the city
// right after it: "Persiba Balikpapan", "Mitra Kukar", "PT Kereta Api Daop 8 Surabaya" —
// clubs, companies and branches are named that way, people are not, except when commas set
// the two words off before a reporting verb ("…, Edgardo Santiago, mengatakan"): that is a
// person. It reports whether it made a span.
func (s *state) bodyBeforePlace(first, last int) bool {
	// an unknown acronym of three letters or more before a home region names a body's
	// branch too: "BBPBL Lampung", "LBH Jakarta" (not for the typer's trainer, typer.Trace,
	// so that its training data stay what the weights were made from)
	if last-first != 1 || last >= len(s.toks) {
		return false
	}
	k := s.owner[last]
	if k < 0 || s.spans[k].typ != gazetteer.Location || s.spans[k].first != last || s.spans[k].entry == nil {
		return false // (most words have no known place after them: asked first)
	}
	acronym := typer.Trace == nil && s.isAllCaps(first) && len(s.word(first)) >= 3 && !s.is(first, fStop) && !s.is(first, fGeneric) && !roman(s.word(first))
	if s.isInitial(first) && !acronym || s.is(first, fCommon) || first > 0 && s.is(first-1, fPlacePrep) ||
		typer.Trace == nil && electionWord(s.lowAt(first)) || !s.nameShaped(first) && !acronym {
		return false // (nor an election and its region: "Pilgub Jateng"; not for the typer's trainer)
	}
	if s.spans[k].start != int(s.toks[last].Start) || s.spans[k].end != int(s.toks[s.spans[k].last-1].End) ||
		acronym && (s.spans[k].country != "ID" || s.spans[k].last < len(s.toks) && s.isCap(s.spans[k].last) && s.toks[s.spans[k].last].Kind == tokenize.Word) {
		return false // only a whole-word place: not one half of "Bali-Lombok"
	}
	place := s.spans[k]
	if s.setOffBeforeVerb(first, place.last) {
		// a name set off by commas before a reporting verb, whose surname is a place's:
		// "Juru bicara NDRRMC, Edgardo Santiago, mengatakan"
		s.removeSpan(int(k))
		s.addSpan(s.ruleSpan(first, place.last, gazetteer.Person, ruleContextSpeech))
		return true
	}
	s.removeSpan(int(k))
	sp := s.ruleSpan(first, place.last, gazetteer.Organization, ruleBodyBeforePlace)
	sp.country = place.country
	s.addSpan(sp)
	return true
}

// personAroundKnown makes one PERSON of the unknown name word at [first, last) and the
// known one-word name of a place, a country or a company beside it, when a person's name
// stands there: set off by a comma a few words after a noun for a person's trade
// ("desainer asal Lebanon, Elie Saab"; "model Instagram, India Love", only a country
// before the unknown word), or in a list with a person ("Chris Pratt dan Bryce Dallas
// Howard", where a place in the middle of three words cannot open a club's name as in
// "Mitra Kukar"). Right after the noun such a name is more often a team's ("pebalap
// Movistar Yamaha"). It reports whether it made a span.
func (s *state) personAroundKnown(first, last int) bool {
	if last-first != 1 || s.is(first, fCommon) || s.isAllCaps(first) || s.isInitial(first) {
		return false
	}
	known := func(i int) int {
		if i < 0 || i >= len(s.toks) || s.owner[i] < 0 {
			return -1
		}
		k := int(s.owner[i])
		sp := &s.spans[k]
		if sp.last-sp.first != 1 || sp.entry == nil || sp.weak || s.isAllCaps(sp.first) ||
			sp.typ != gazetteer.Country && sp.typ != gazetteer.Location && sp.typ != gazetteer.Organization {
			return -1
		}
		return k
	}
	adjacent := func(i int) bool { return s.toks[i].Start == s.toks[i-1].End+1 && !s.paraBreak(i) }
	free := func(i int) bool {
		return i < len(s.toks) && s.owner[i] < 0 && s.isCap(i) && s.isNameToken(i) && s.nameShaped(i) && !s.is(i, fCommon) &&
			!s.isAllCaps(i) && adjacent(i)
	}
	a, e, k := first, last, -1
	var typ Type
	if k = known(last); k >= 0 && adjacent(last) && s.spans[k].first == last {
		typ, e = s.spans[k].typ, last+1
		if free(e) && !s.is(e, fOrgSuffix) && !s.lex.companyClosers[s.lowAt(e)] {
			e++ // "Bryce Dallas Howard" (not "Sierra Nevada Corporation")
		} else if typ == gazetteer.Location {
			return false // a club's or a branch's name: "Mitra Kukar" (see bodyBeforePlace)
		}
	} else if k = known(first - 1); k >= 0 && adjacent(first) && s.spans[k].typ == gazetteer.Country {
		typ, a = gazetteer.Country, first-1
	} else {
		return false
	}
	if !s.nameShaped(first) {
		return false // (asked after the known name beside it, which most words lack)
	}
	if e < len(s.toks) && s.isCap(e) && s.toks[e].Kind == tokenize.Word && adjacent(e) {
		return false // the name goes on
	}
	ok := false
	switch {
	case a > 0 && s.word(a-1) == ",":
		// set off by a comma after a person's noun a few words before
		sen := s.sentenceOf(a)
		for j := a - 2; j >= sen.First && j >= a-7 && !ok; j-- {
			if s.word(j) == "," {
				break
			}
			ok = !s.isCap(j) && (s.lex.personNouns[s.lowAt(j)] || personWord(s.lowAt(j)))
		}
	}
	if !ok && a > 1 && (s.lowAt(a-1) == "dan" || s.lowAt(a-1) == "serta" || s.word(a-1) == ",") {
		ok = s.personEndsAt(a - 2)
	}
	if !ok && e+1 < len(s.toks) && (s.lowAt(e) == "dan" || s.lowAt(e) == "serta") {
		if o := s.owner[e+1]; o >= 0 && s.spans[o].first == e+1 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader) {
			ok = true
		}
	}
	if !ok || a == first && typ == gazetteer.Country && e == last+1 {
		return false // (a country after an unknown word is its own: "pemain Bhayangkara Indonesia")
	}
	s.removeSpan(k)
	s.addSpan(s.ruleSpan(a, e, gazetteer.Person, ruleContextName))
	return true
}

// outletAfterCitation makes one ORGANIZATION of a country's or a place's name of one or two
// words and the unknown capitalised words [first, last) right after it, when a verb of
// citing stands before them ("dikutip", "dilansir", "mengutip", "melansir", perhaps with
// "dari"): an outlet named after its country, "dikutip dari Australia Plus"; or the same
// with the unknown words before a one-word country, "dikutip Badminton Indonesia". It
// reports whether it made a span.
func (s *state) outletAfterCitation(first, last int) bool {
	if last-first > 2 || first < 1 {
		return false
	}
	if o := s.owner[min(last, len(s.toks)-1)]; last < len(s.toks) && o >= 0 && s.spans[o].first == last && s.spans[o].last == last+1 &&
		(s.spans[o].typ == gazetteer.Country || s.spans[o].typ == gazetteer.Location) && s.toks[last].Start == s.toks[last-1].End+1 &&
		s.citationBefore(first) && !s.isAllCaps(first) {
		// "dikutip Badminton Indonesia"
		s.removeSpan(int(o))
		s.addSpan(s.ruleSpan(first, last+1, gazetteer.Organization, ruleContextOrg))
		return true
	}
	if first < 2 || s.owner[first-1] < 0 || s.toks[first].Start != s.toks[first-1].End+1 {
		return false
	}
	k := int(s.owner[first-1])
	sp := &s.spans[k]
	if sp.last != first || sp.last-sp.first > 2 || sp.typ != gazetteer.Country && sp.typ != gazetteer.Location || !s.citationBefore(sp.first) {
		return false
	}
	a := sp.first
	s.removeSpan(k)
	s.addSpan(s.ruleSpan(a, last, gazetteer.Organization, ruleContextOrg))
	return true
}

// citationBefore reports whether a verb of citing a source, "dikutip", "dilansir",
// "mengutip" or "melansir", perhaps with "dari", stands right before token i.
func (s *state) citationBefore(i int) bool {
	j := i - 1
	if j >= 0 && s.lowAt(j) == "dari" {
		j--
	}
	if j < 0 || s.isCap(j) {
		return false
	}
	switch s.lowAt(j) {
	case "dikutip", "dilansir", "mengutip", "melansir":
		return true
	}
	return false
}

// buildingBeforeName makes one LOCATION of the unknown run [first, last) after a
// preposition of place, which a word naming a building or venue opens
// (lexicon/building-words.txt), the known country's, place's or body's name right after it
// and the capitalised words that go on after that: "di Teater Microsoft", "di Grand
// Indonesia", "di Galeri Indonesia Kaya", where the known name alone would be the entity;
// a city after more words than the venue's word is where the venue stands ("di Grand City
// Surabaya"). It reports whether it made a span.
func (s *state) buildingBeforeName(first, last int) bool {
	if first == 0 || last >= len(s.toks) || !s.is(first-1, fPlacePrep) || s.isCap(first-1) || !s.lex.buildingWords[s.lowAt(first)] ||
		s.toks[last].Start != s.toks[last-1].End+1 || s.paraBreak(last) {
		return false
	}
	k := s.owner[last]
	if k < 0 || s.spans[k].first != last || s.spans[k].entry == nil || s.spans[k].weak ||
		s.spans[k].typ != gazetteer.Country && s.spans[k].typ != gazetteer.Location && s.spans[k].typ != gazetteer.Organization ||
		s.spans[k].typ == gazetteer.Location && last-first > 1 {
		return false // (a city after a venue's own words is where it stands: "Grand City | Surabaya")
	}
	end := s.spans[k].last
	s.removeSpan(int(k))
	for end < len(s.toks) && s.owner[end] < 0 && s.isCap(end) && s.isNameToken(end) && !s.paraBreak(end) && s.toks[end].Start == s.toks[end-1].End+1 {
		end++ // "Galeri Indonesia Kaya"
	}
	s.addSpan(s.ruleSpan(first, end, gazetteer.Location, ruleContextPlace))
	return true
}

// skipLeadingWords drops ordinary capitalised words in front of a personal name: "Aktor
// Ben Stiller", "Setan Merah Jose Mourinho" → the name. It only does so when two or more
// name-shaped words remain.
func (s *state) skipLeadingWords(first, last int) int {
	k := first
	if s.is(last-1, fOrgSuffix) {
		// a body's name: only a preposition or a conjunction before it goes ("Di Design
		// Studios"); its ordinary words stay ("Layar Mega Sdn Bhd")
		for k < last-1 && (s.is(k, fPlacePrep) || s.is(k, fConnector)) {
			k++
		}
		return k
	}
	for k < last && s.is(k, fCommon) && !(k+1 < last && s.givenName(k+1) && s.lex.givenWords[s.lowAt(k)]) &&
		!(typer.Trace == nil && s.lex.givenWords[s.lowAt(k)] && last-k >= 3 && s.sentenceOf(k).First != k && s.nameWordsFrom(k+1, last)) {
		k++ // (but a first name that is an ordinary word before a known one stays: "Lalu Ahmad Fathurrahman"; or before two name words or more in mid-sentence: "… Nusa Tenggara Barat Lalu Hamzi Fikri")
	}
	if k > first && last-k >= 2 && !s.is(k, fOrgSuffix) && s.looksLikePersonalName(k, last, 0) {
		// (a body's suffix after the ordinary words closes a body's name: "Produser Rumah
		// Kabut Films Aditya Halim")
		return k
	}
	return first
}

// nameWordsFrom reports whether tokens [first, last) are all capitalised words shaped like
// a name's, none an ordinary word nor in capitals.
func (s *state) nameWordsFrom(first, last int) bool {
	for k := first; k < last; k++ {
		if s.toks[k].Kind != tokenize.Word || !s.isCap(k) || s.isAllCaps(k) || !s.nameShaped(k) || s.is(k, fCommon) {
			return false
		}
	}
	return true
}

// classify decides the type of the unknown name in tokens [first, last) by rule; when it
// leaves the name out, the rule says why (ruleDropLoneWord). typeName has the last word.
func (s *state) classify(first, last int) (Type, rule, bool) {
	prev := ""
	if first > 0 {
		prev = s.lowAt(first - 1)
	}
	next := ""
	prevCue, nextCue := cueNone, cueNone // the word lists' cues, as the word table gave them
	if first > 0 {
		prevCue = s.cueOf(first - 1)
	}
	if last < len(s.toks) {
		next = s.lowAt(last)
		nextCue = s.cueOf(last)
	}
	single := last-first == 1
	allCaps := single && s.isAllCaps(first)
	// commas right before and after the run, which the rules of appositions read: most
	// runs have neither, and those rules are asked only of runs that have them
	commaBefore, commaAfter := prev == ",", next == ","
	switch {
	case s.inDateline(first):
		// "SEOUL, KumpalanNEWS –": the place in capitals, the outlet otherwise, and any
		// name after the place ("Jakarta, KNN Indonesia –", "Sentani (NUSAWARTA) –")
		if single && s.is(first, fCommon) {
			return 0, ruleDropLoneWord, false // a teaser's label: "SIMAK JUGA –"
		}
		if (allCaps || s.datelinePlaceUni(first)) && !s.afterDatelineName(first) || s.datelinePlace(first, last) {
			return gazetteer.Location, ruleDateline, true
		}
		return gazetteer.Organization, ruleDateline, true
	case typer.Trace == nil && !single && s.word(first) == "The" && englishVenueEnd(s.lowAt(last-1)):
		// an English venue's name with an article is a place: "di The Kasablanka Hall",
		// "The Pallas Ballroom" (not for the typer's trainer, which saw them as bodies')
		return gazetteer.Location, ruleContextPlace, true
	case !single && s.word(first) == "The" && !s.isInitial(first):
		// an English name with an article is a body or a work, never a person: "The
		// Jakmania", "The Macz Man"; a work's or a product's title is told before (see
		// theTitle)
		return gazetteer.Organization, ruleContextOrg, true
	case typer.Trace == nil && !single && pluralArticle(s.word(first)) && (first == 0 || !s.isCap(first-1) && !s.is(first-1, fPlacePrep) || s.toks[first-1].Kind != tokenize.Word):
		// a name opened by a plural article of another language is a team's or a body's,
		// never one person's: "Les Bleus", "Los Galacticos", "Gli Azzurri", "Die Woelfe";
		// not inside a title of capitalised words ("Live Die Repeat"), nor after a place
		// preposition, where it is a place's more often than not ("di Las Palmas", "menuju
		// Las Palmas di Kepulauan Canary"; the typer decides); not for the typer's
		// trainer, which saw them as persons'
		return gazetteer.Organization, ruleContextOrg, true
	case typer.Trace == nil && last-first <= 3 && s.outletCueBefore(first) && !s.givenName(first) &&
		!(single && (s.is(first, fCommon) || s.corpusWord(first) || len(s.word(first)) < 3)):
		// the outlet a report is taken from: "Dilansir Reuter, …", "via WCCFTech",
		// "dikutip dari Football Espana" (not for the typer's trainer)
		return gazetteer.Organization, ruleContextOrg, true
	case !single && (venueCentre(s.lowAt(last-2), s.lowAt(last-1)) || centreWord(s.lowAt(last-1)) && first > 0 && s.is(first-1, fPlacePrep)):
		// a centre that is a place to go to: "Jakarta Convention Center", "Ningbo Olympic
		// Sports Center", "di Staples Center"
		return gazetteer.Location, ruleContextPlace, true
	case !single && clubSuffix(s.word(last-1)):
		// a club by the letters after its name: "Harbury Rovers FC", "Lampang FC"
		return gazetteer.Organization, ruleContextOrg, true
	case !single && (s.is(last-1, fOrgSuffix) || typer.Trace == nil && shortLegalForm(s.lowAt(last-1))):
		// a name ending in a body's English suffix: "Skyline Music", "Pixar Studios",
		// "Volcanic Ash Advisory Centre", or a company's legal form written short:
		// "Starbucks Corp", "CVN Cos." (not for the typer's trainer, typer.Trace, whose
		// weights were made without these)
		return gazetteer.Organization, ruleContextOrg, true
	case !single && englishPlaceEnd(s.lowAt(last-1)):
		// a name ending in an English word for a place: "Ocean Beach", "Silicon Valley",
		// "Times Square"
		return gazetteer.Location, ruleContextPlace, true
	case typer.Trace == nil && s.isAllCaps(first) && s.idolGroupBefore(first):
		// a group's name in capitals, as its agency writes it, after a noun for an idol
		// group: "boy group XENOVA", "Grup idola Jepang MIRAI DROPS" (see idolGroupBefore;
		// not for the typer's trainer)
		return gazetteer.Organization, ruleContextOrg, true
	case !allCaps && s.orgIntroduced(first) && !(single && (s.is(first, fCommon) || len(s.word(first)) < 2)) &&
		!(typer.Trace == nil && s.initialsName(first, last)):
		// (not a person's initials and name, whose company it is: "dikuasai perusahaan DL
		// Sitorus"; not for the typer's trainer)
		return gazetteer.Organization, ruleContextOrg, true
	case !allCaps && commaBefore && commaAfter && s.orgDescribedBefore(first, last):
		// a name set off after a body's description: "Startup penyedia perangkat lunak
		// penggajian, Sinta, mengumumkan …", "Platform belanja sayur daring, Kang Sayur, …"
		return gazetteer.Organization, ruleContextOrg, true
	case !allCaps && commaAfter && s.orgApposition(last) && !s.givenName(first) && !(first > 0 && s.owner[first-1] >= 0 && s.isCap(first-1)) &&
		!(single && (s.is(first, fCommon) || s.initialOrdinary(first) || strings.HasSuffix(s.lowAt(first), "nya"))) &&
		!(typer.Trace == nil && s.initialsName(first, last)):
		// a name described after a comma as a company: "Marukawa Suisan, importir asal Kobe"
		// (not the last word of a known name: "Shopee Mall, platform …")
		return gazetteer.Organization, ruleContextOrg, true
	case first > 0 && (s.is(first-1, fPlacePrep) || typer.Trace == nil && first > 1 && s.is(first-2, fPlacePrep) && s.placeNounKind(first-1)) && !allCaps && !(single && s.is(first, fCommon)) &&
		!(typer.Trace == nil && !single && s.is(first-1, fPlacePrep) && s.givenName(first) && s.looksLikePersonalName(first, last, 0) && !s.is(first, fCommon) && !isEnglishWord(s.lowAt(first))):
		// (not a person's full name after "ke" or "di": "bola dipindahkan ke Stephan
		// Lichtsteiner"; not for the typer's trainer)
		// (or a noun of place and a word of its kind: "kawasan wisata Selecta", "desa adat
		// Penglipuran"; not for the typer's trainer, typer.Trace)
		return gazetteer.Location, ruleContextPlace, true
	case commaBefore && !allCaps && !s.givenName(first) && !(single && s.is(first, fCommon)) && s.placeApposition(first):
		return gazetteer.Location, ruleContextPlace, true
	case first > 1 && s.examplesCue(first-1) && !allCaps && !(single && s.is(first, fCommon)) && s.placeNounBefore(first-1):
		// the first of the places a class of places is given by: "daerah perbatasan
		// dengan Malaysia, seperti Entikong dan Badau"
		return gazetteer.Location, ruleContextPlace, true
	case !single && lawHead(s.lowAt(first)):
		// a law's or a regulation's name is no entity, even as a source: "Menurut
		// Undang-Undang Pelindungan Data Pribadi, …"
		return 0, ruleDropNotName, false
	case prevCue == cuePost || prevCue == cueSource || nextCue == cuePre || next == roleCue || !single && !s.is(first, fCommon) && s.afterPassiveFrame(first) && (s.looksLikePersonalName(first, last, fCommon) || last-first == 2 && s.givenName(first)) ||
		commaBefore && commaAfter && s.setOffBeforeVerb(first, last) && (s.looksLikePersonalName(first, last, fCommon) || s.appositiveName(first, last)):
		// "kata Ruhut", "Ruhut mengatakan", "Ani Lestari selaku Direktur Utama", and a name
		// set off by commas before the verb:
		// "Kuasa hukum terdakwa, Maruli Tua Sihombing, menyatakan"
		if allCaps {
			return gazetteer.Organization, ruleContextSpeech, true
		}
		return gazetteer.Person, ruleContextSpeech, true
	case allCaps && typer.Trace == nil && s.tickerCode(first):
		// a listed company's ticker after the words that give it: "dengan kode saham SNJA",
		// "berkode emiten BBRI"; it names the company, and so do its later mentions (not
		// for the typer's trainer)
		return gazetteer.Organization, ruleContextOrg, true
	case allCaps && !s.is(first, fCommon):
		if len(s.word(first)) < 3 || s.phraseAt(&s.lex.placeHeads, first) == 1 {
			// (a place's head word alone, the kind of place: "dibuang ke TPA", "RSUD")
			return 0, ruleDropShortAcronym, false
		}
		if last-first == 1 && roman(s.word(first)) && first > 0 && s.toks[first-1].Kind == tokenize.Word && !s.isCap(first-1) {
			return 0, ruleDropNotName, false // a number: "siswa kelas XII", "abad XXI"
		}
		if typer.Trace == nil && last-first == 1 && s.capsLeadWord(first) {
			// an ordinary word in capitals that opens a paragraph, as some outlets open an
			// article: "KELEBIHAN berat badan …", "MANDI sauna ternyata …" (not for the
			// typer's trainer)
			return 0, ruleDropNotName, false
		}
		if typer.Trace == nil && last-first == 1 && s.thingNounBefore(first) {
			// a technical term's acronym after the noun of its kind: "sistem ABS", "lampu
			// projector dan DRL", "layar AMOLED" (not for the typer's trainer)
			return 0, ruleDropNotName, false
		}
		return gazetteer.Organization, ruleContextAcronym, true
	case next == "(" && s.ageAfter(last) && (s.looksLikePersonalName(first, last, fParticle) || s.ordinaryFirstName(first, last) || s.givenNameRun(first, last)):
		// "Rahmatia (35) menggendong anaknya", "Mariani Br Sembiring (41), ibu salah satu
		// siswa": an age in brackets follows only a person
		return gazetteer.Person, ruleContextAge, true
	case single && (s.isInitial(first) || s.is(first, fCommon) || !s.nameShaped(first) || prev == "(" || addressWord(s.lowAt(first)) || s.lex.ethnic[s.lowAt(first)] || s.isUni(first) && !s.uniNameCue(first) && !s.uniFirstName(first) ||
		s.corpusLone(first)):
		// a lone capitalised ordinary word, or one starting a sentence, is a name only with
		// a cue, a title or a fuller mention to link it to (see link); so is a lone unknown
		// word in unicase text, where it may be any word the word lists lack
		return 0, ruleDropLoneWord, false
	case s.looksLikePersonalName(first, last, 0) || s.endsInSurname(first, last) || s.nounApposition(first, last):
		return gazetteer.Person, ruleContextName, true
	}
	return 0, ruleDropNotName, false
}

// clubSuffix reports whether w, as written, is the abbreviation that ends a sports club's
// name: "FC", "CF", "SC", "AFC".
func clubSuffix(w string) bool {
	switch w {
	case "FC", "CF", "SC", "AFC", "F.C.":
		return true
	}
	return false
}

// englishPlaceEnd reports whether w, in small letters, is an English word that ends a
// place's name and no person's ("Bondi Beach", "Wall Street"; not "Bay" nor "Hill",
// which are surnames too).
func englishPlaceEnd(w string) bool {
	switch w {
	case "beach", "island", "islands", "valley", "street", "avenue", "square", "boulevard", "peninsula":
		return true
	}
	return false
}

// pluralArticle reports whether the word is a plural definite article of French, Spanish,
// Italian or German, which opens a team's nickname or a body's name and no person's: "Les"
// (Bleus), "Los" (Galacticos), "Las" (Palmas), "Gli" (Azzurri), "Die" (Mannschaft).
func pluralArticle(w string) bool {
	switch w {
	case "Les", "Los", "Las", "Gli", "Die":
		return true
	}
	return false
}

// isEvent reports whether the capitalised run [first, last) names an event, a competition,
// an award or a product's model, which is no entity: a run ending in an English event word
// (lexicon/event-heads.txt: "Jakarta Film Week", "Grammy Awards", "Indonesia Open") or a
// model's (lexicon/product-ends.txt: "Innova Zenix Hybrid"), or
// one that such a name, said earlier, held before its event word ("Golden Globe" after
// "Golden Globe Awards"). The name typer's trainer sees these runs as it always did
// (typer.Trace), so that its training data stay what the weights were made from.
func (s *state) isEvent(first, last int) bool {
	if typer.Trace != nil || s.isUni(first) {
		return false
	}
	if s.events != nil && s.events[s.keyOf(first, last)] {
		return true
	}
	w, prev := s.lowAt(first), "" // the first word, and the word before it, in small letters
	if first > 0 {
		prev = s.lowAt(first - 1)
	}
	if last-first >= 2 && ceremonyHead(w) && s.isCap(first) {
		return true // a ceremony named with its head first: "Kenduri Sko", "Upacara Kasada"
	}
	if contestHead(w) && s.isCap(first) {
		// a contest named with its head first: "di Kejuaraan Dunia 2017", "Turnamen Bulutangkis
		// Terbuka"; alone before a place the gazetteer knows too: "di Pilgub Jawa Barat"
		return true
	}
	if p := first - 2; p >= 0 && (prev == "di" || prev == "ke") && s.toks[p].Kind == tokenize.Word && s.isCap(p) && !s.isInitial(p) &&
		!s.isAllCaps(p) && s.owner[p] < 0 && !s.givenName(p) && (s.is(p, fCommon) || s.corpusWord(p)) && !s.is(p, fPlacePrep) && s.phraseAt(&s.lex.placeHeads, p) == 0 && s.phraseAt(&s.lex.orgHeads, p) == 0 &&
		s.workNear(p) {
		// a title written in capitals around "di" or "ke", after an ordinary word that no
		// sentence opens, a work's noun a few words before it: "film … Rumah di Ujung
		// Senja", "drama Senja di Peron Tujuh", "film animasi Pulang ke Rimba"
		// (the same words said again too, when two or more: a place of one word may be
		// named in its own right, "Senja di Seongsu" and then Seongsu)
		if last-first >= 2 {
			if s.events == nil {
				s.events = map[string]bool{}
			}
			s.events[s.keyOf(first, last)] = true
		}
		return true
	}
	if titleCue(prev) && !s.isAllCaps(first) {
		// a title after "berjudul", "bertajuk": "lagu berjudul Dermaga Terakhir"
		if last-first >= 2 {
			if s.events == nil {
				s.events = map[string]bool{}
			}
			s.events[s.keyOf(first, last)] = true
		}
		return true
	}
	if w := s.workNounBefore(first); w >= 0 && !s.isAllCaps(first) && !s.is(last-1, fOrgSuffix) && !(w > 0 && s.worksMaker(w-1)) && !(w > 1 && (s.is(w-1, fOrgIntro) || s.is(w-2, fOrgIntro))) &&
		!(s.givenName(first) && s.word(first) != "The" && s.looksLikePersonalName(first, last, 0)) {
		// (an English title's article is no first name, though some lists hold "The")
		// a work's or a product's title after the noun of its kind, and the same words of
		// two or more said again: "film horor Tumbal Rimba", "album Starlit Road"; not its
		// maker's name ("album David Bowie", "novel Dewi Lestari", "pengamat film Hikmat
		// Darmawan") nor a company of the trade ("perusahaan distribusi film Showbox")
		if last-first >= 2 {
			if s.events == nil {
				s.events = map[string]bool{}
			}
			s.events[s.keyOf(first, last)] = true
		}
		return true
	}
	if last-first >= 2 && s.word(first) == "The" && s.theTitle(first) {
		// an English title with an article, a work's or a product's: "kisah The Force
		// Awakens", "Star Wars: The Last Jedi", "earphone pintar The Sonic Buds"; and the
		// same words said again ("The Last Jedi melanjutkan …")
		if s.events == nil {
			s.events = map[string]bool{}
		}
		s.events[s.keyOf(first, last)] = true
		return true
	}
	if s.noNameAfter(first, last) {
		// (its words are claimed as a name of no entity type, so that the linker takes none
		// of them for a later name's: "Show" of "' The Jay Lano Show '")
		sp := s.ruleSpan(first, last, gazetteer.Other, ruleContextName)
		sp.weak = true
		s.addSpan(sp)
		return true
	}
	if last-first < 2 || !s.is(last-1, fEventHead) {
		return false
	}
	if last-first >= 3 {
		if s.events == nil {
			s.events = map[string]bool{}
		}
		s.events[s.keyOf(first, last-1)] = true
	}
	return true
}

// englishBodyNames makes one body's name of an English name that "of" or "for" cuts in two
// for the rules over capitalised runs: a name found before it, a rule's and not the
// gazetteer's, that ends in a word for an institution (englishInstitution: "Centre",
// "Academy", "Institute", "Journal", "School"), then "of" or "for" and the capitalised words
// after it, each one space apart, with "and", "on", "of", "for", "the" or "in" between two of
// them: "Oxford Centre | for Islamic Studies", "National Institute | of Health", "Syrian
// Observatory | for Human Rights", "Duke University School | of Medicine". The words after
// take the names found among them; a person's name stops them ("… Institute for Peace
// Studies Rina Hapsari"). Not for the typer's trainer (typer.Trace).
func (s *state) englishBodyNames() {
	if typer.Trace != nil {
		return
	}
	for k, n := 0, len(s.spans); k < n; k++ {
		sp := &s.spans[k]
		if sp.last+1 >= len(s.toks) {
			continue
		}
		if t := s.toks[sp.last]; t.End-t.Start != 2 && t.End-t.Start != 3 || sp.dead || sp.entry != nil {
			continue // (most spans end before a longer word: "of" and "for" are asked only then)
		}
		if w := s.word(sp.last); w != "of" && w != "for" || s.toks[sp.last].Start != s.toks[sp.last-1].End+1 || !englishInstitution(s.lowAt(sp.last-1)) {
			continue
		}
		first := sp.first
		e := s.englishNameEnd(sp.last + 1)
		if e <= sp.last+1 {
			continue
		}
		ok := true
		for x := sp.last + 1; x < e && ok; x++ {
			if o := s.owner[x]; o >= 0 {
				ok = s.spans[o].first > sp.last && s.spans[o].last <= e
			}
		}
		if !ok {
			continue
		}
		for x := sp.last + 1; x < e; x++ {
			if o := s.owner[x]; o >= 0 {
				s.removeSpan(int(o))
			}
		}
		s.removeSpan(k)
		s.addSpan(s.ruleSpan(first, e, gazetteer.Organization, ruleContextOrg))
	}
}

// englishNameEnd returns the end of the capitalised English words that open at token f
// after "of" or "for" (see englishBodyNames), one space apart, not past a line break, a
// person's name nor a body the gazetteer knows; f itself when none opens there.
func (s *state) englishNameEnd(f int) int {
	end := f
	for x := f; x < len(s.toks) && x-f < 8; x++ {
		if s.toks[x].Start != s.toks[x-1].End+1 || s.paraBreak(x) || s.toks[x].Kind != tokenize.Word {
			break
		}
		if o := s.owner[x]; o >= 0 && (s.spans[o].typ == gazetteer.Person || s.spans[o].typ == gazetteer.Leader ||
			s.spans[o].typ == gazetteer.Organization && s.spans[o].entry != nil) {
			break // (a known body is one of its own: "Tisch School of Arts | NYU")
		}
		if s.isCap(x) {
			end = x + 1
			continue
		}
		if x == f || !englishConnector(s.word(x)) {
			break
		}
	}
	return end
}

// englishInstitution reports whether w, in small letters, is an English word for an
// institution that "of" or "for" and its field or place follow in its name: "centre",
// "academy", "institute", "observatory", "journal".
func englishInstitution(w string) bool {
	switch w {
	case "centre", "center", "centres", "centers", "academy", "university", "school", "institute", "laboratory",
		"observatory", "society", "foundation", "journal", "council", "association", "agency", "commission", "college":
		return true
	}
	return false
}

// noNameAfter reports whether what stands before the run [first, last) says it names no
// entity: a list's quotation before it (quotedListItem), the "of" or "for" of a longer
// English name (englishNameTail, for a run of three words or fewer: a longer one may hold
// the tail and a person's name after it, which the rules split), "kapal" (shipNameAfter).
// The token before is told apart by its kind and length first, which most runs end at.
func (s *state) noNameAfter(first, last int) bool {
	p := first - 1
	if p < 0 {
		return false
	}
	switch t := s.toks[p]; t.Kind {
	case tokenize.OpenQuote:
		return s.quotedListItem(first, last)
	case tokenize.Word:
		switch n := t.End - t.Start; {
		case n == 2 || n == 3:
			return last-first <= 3 && s.englishNameTail(first) && !s.is(last-1, fOrgSuffix)
		case n >= 4 && n <= 7:
			return s.shipNameAfter(first)
		}
	}
	return false
}

// quotedListItem reports whether the run [first, last) is the whole of a quotation that
// follows another quotation and the comma or conjunction of a list: titles quoted one after
// another ("' Piers Morgan Tonight ', ' The Jay Lano Show ', dan ' Larry King Live '",
// "“Tanda Tanya”, “Rudy Habibie”"), which name works and no one.
func (s *state) quotedListItem(first, last int) bool {
	if first < 3 || last >= len(s.toks) || s.toks[first-1].Kind != tokenize.OpenQuote || s.toks[last].Kind != tokenize.CloseQuote {
		return false
	}
	for k := first - 2; k > 0 && k >= first-3; k-- { // ", ", " dan ", ", dan "
		switch s.word(k) {
		case ",", "dan", "atau", "serta":
			if s.toks[k-1].Kind == tokenize.CloseQuote {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// englishNameTail reports whether the run at token first is the tail of a longer English
// name, a body's or a work's, cut at its "of" or "for": "of" or "for" right before it,
// after a capitalised word, each one space apart ("Oxford Centre for | Islamic Studies",
// "European Journal of | Preventive Cardiology", "The Curious Case of | Benjamin Button",
// "Wizards of | Waverly Place"). The tail alone names nobody and no place; a known name
// after "of" is the gazetteer's, and "University of Madrid" is institutionOfPlace's; a title
// before "of" is an office's, whose body follows ("Vice President of …"), and isEvent keeps
// a tail that ends in a company's or a body's closing word ("Chief Representative of Qin
// Shan Industrial Park Company").
func (s *state) englishNameTail(first int) bool {
	p := first - 1
	if p < 1 || s.toks[p].Kind != tokenize.Word || !s.isCap(first) || s.isAllCaps(first) {
		return false
	}
	if w := s.word(p); w != "of" && w != "for" {
		return false
	}
	return s.toks[first].Start == s.toks[p].End+1 && s.toks[p].Start == s.toks[p-1].End+1 && s.toks[p-1].Kind == tokenize.Word && s.isCap(p-1) &&
		!s.is(p-1, fTitle) // (an office's "of" names its body: "Chief Representative of Qin Shan Industrial Park Company")
}

// shipNameAfter reports whether the run at token first is a ship's name after "kapal",
// right away or after the word of its kind in small letters ("kapal induk Ronald Reagan",
// "kapal Flying Dutchman", "kapal pesiar Ocean Dream"), which no entity type covers (a
// ship's prefix in capitals is vesselNames'). The gazetteer's names after "kapal" (a
// flag's country, "kapal Vietnam"; an owner, "kapal Pelni") are no runs of this rule's.
func (s *state) shipNameAfter(first int) bool {
	p := first - 1
	if p < 0 || s.toks[p].Kind != tokenize.Word {
		return false
	}
	if w := s.lowAt(p); w != "kapal" && (!shipKind(w) || p == 0 || s.lowAt(p-1) != "kapal") {
		return false
	}
	return !s.isCap(p) && !s.isAllCaps(first)
}

// shipKind reports whether w, in small letters, says what kind of ship "kapal" names
// before a ship's name: "induk", "perang", "selam", "pesiar".
func shipKind(w string) bool {
	switch w {
	case "induk", "perang", "selam", "pesiar", "tanker", "kargo", "tunda", "patroli", "feri", "motor", "layar":
		return true
	}
	return false
}

// placeNounKind reports whether token k is a word in small letters that says what kind of
// place a noun of place right before it names: "wisata" in "kawasan wisata Selecta", "adat"
// in "desa adat Penglipuran" — a word no cue, stop word or verb, after a noun of place of
// more than four letters (lexicon/place-prepositions.txt, not "di" nor "ke").
func (s *state) placeNounKind(k int) bool {
	if k < 1 || s.toks[k].Kind != tokenize.Word || s.isCap(k) || s.is(k, fPlacePrep) || s.is(k, fStop) || s.cueOf(k) != cueNone {
		return false
	}
	p := k - 1
	return s.toks[p].Kind == tokenize.Word && !s.isCap(p) && s.is(p, fPlacePrep) && len(s.word(p)) > 4 && s.lowAt(p) != "menuju" &&
		!s.predicateAt(k) // (the verb asked last: most words follow no noun of place)
}

// workNear reports whether a work's noun (workNoun: film, lagu, album…, or "drama") stands
// in the five tokens before token p, in its sentence (not a title's cue: "diskusi bertajuk
// … di Warung Daun" names the venue after the title).
func (s *state) workNear(p int) bool {
	first := s.sentenceOf(p).First
	for k := p - 1; k >= first && k >= p-5; k-- {
		if w := s.lowAt(k); s.is(k, fRareCue) && workNoun(w) || w == "drama" {
			return true
		}
	}
	return false
}

// titleCue reports whether w, in small letters, says that a title follows it: "berjudul",
// "bertajuk" (entitled).
func titleCue(w string) bool {
	return w == "berjudul" || w == "bertajuk" || w == "bertitel"
}

// thingNounBefore reports whether a noun of a technical thing stands before token first,
// right before it or back over up to three words in small letters, "dan" or commas: "sistem
// ABS", "lampu projector dan DRL", "teknologi NFC".
func (s *state) thingNounBefore(first int) bool {
	for k := first - 1; k >= 0 && first-k <= 4; k-- {
		if s.toks[k].Kind != tokenize.Word && s.word(k) != "," || s.isCap(k) && !(s.isAllCaps(k) && s.owner[k] < 0) {
			return false // (past another term's acronym: "sistem ABS dan EBD")
		}
		switch s.lowAt(k) {
		case "sistem", "fitur", "teknologi", "lampu", "layar", "prosesor", "cip", "chip", "mesin", "port", "sensor", "konektor",
			"protokol", "standar", "format", "panel", "koneksi", "transmisi", "rem", "memori", "kamera", "baterai":
			return true
		}
	}
	return false
}

// outletCueBefore reports whether the words before token first say that a report is taken
// from the outlet named at first: "dilansir", "melansir", "via", "dilansir dari",
// "dikutip dari", "disadur dari", "Sumber:", "sumber berita".
func (s *state) outletCueBefore(first int) bool {
	if first == 0 {
		return false
	}
	switch s.lowAt(first - 1) {
	case "dilansir", "melansir", "lansir", "via":
		return true
	case ":", "berita":
		// "Sumber: PCWorld", "Sumber berita Facebook"
		return first > 1 && (s.lowAt(first-2) == "sumber" || s.lowAt(first-2) == "source")
	case "dari":
		if first > 1 {
			switch s.lowAt(first - 2) {
			case "dilansir", "dikutip", "disadur", "lansir", "kutip":
				return true
			}
		}
	}
	return false
}

// workNounBefore returns the token of the noun of a kind of work or product (workNoun,
// productKind) right before token first, or one word in small letters before it, its genre
// or kind ("film horor", "ponsel lipat", "album terbaru"; see workKind); else -1. The noun
// is in small letters or opens its sentence.
func (s *state) workNounBefore(first int) int {
	if s.cues&fRareCue == 0 {
		return -1 // (the noun is a word with fRareCue)
	}
	for k := first - 1; k >= 0 && k >= first-2; k-- {
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) && !s.isInitial(k) {
			return -1
		}
		if s.is(k, fRareCue) && (workNoun(s.lowAt(k)) || productKind(s.lowAt(k))) {
			return k
		}
		if s.isCap(k) || !workKind(s.lowAt(k)) {
			return -1 // (not a verb nor its maker: "Film diedarkan Layar Mega", "film garapan …")
		}
	}
	return -1
}

// theTitle reports whether the capitalised run that opens with "The" at token first is
// a work's or a product's title by what stands before it: the subtitle after a title and
// its colon ("Star Wars: The Last Jedi", "Captain America: The First Avenger"), or a noun
// of a work or a product (workNoun, titleNoun) back over up to three words in small
// letters in its sentence ("kelanjutan kisah The Force Awakens", "acara The Late Late
// Show", "earphone nirkabel The Bragi Dash"), not past a place's preposition. An outlet
// after "Sumber:" is no subtitle.
func (s *state) theTitle(first int) bool {
	if first >= 2 && s.word(first-1) == ":" && s.toks[first-1].Start == s.toks[first-2].End && s.toks[first-2].Kind == tokenize.Word &&
		s.isCap(first-2) && !s.is(first-2, fCommon) && !s.outletCueBefore(first) && !s.inDateline(first-2) {
		return true
	}
	start := s.sentenceOf(first).First
	for k := first - 1; k >= start && first-k <= 4; k-- {
		if w := s.lowAt(k); s.is(k, fRareCue) && workNoun(w) || titleNoun(w) {
			return true
		}
		if s.toks[k].Kind != tokenize.Word || s.isCap(k) && !s.isInitial(k) || s.is(k, fPlacePrep) {
			return false // (not past a place's preposition: "materi lagu dikerjakan di The Kennel Music")
		}
	}
	return false
}

// titleNoun reports whether w, in small letters, is a noun that a work's or a product's
// title follows, besides workNoun's: "kisah", "episode", "acara", "tayangan", "sekuel",
// "earphone".
func titleNoun(w string) bool {
	switch w {
	case "kisah", "episode", "acara", "tayangan", "program", "drama", "sekuel", "prekuel", "trilogi", "seri", "musikal",
		"earphone", "headphone", "headset", "gawai", "produk", "game", "permainan":
		return true
	}
	return false
}

// englishVenueEnd reports whether w, in small letters, is an English word that ends a
// venue's name: "hall", "arena", "ballroom", "theater".
func englishVenueEnd(w string) bool {
	switch w {
	case "hall", "arena", "ballroom", "theater", "theatre", "stadium", "lounge", "plaza", "mall", "gallery":
		return true
	}
	return false
}

// workKind reports whether w, in small letters, is a genre or a kind that may stand between
// a work's noun and its title: "horor", "animasi", "terbaru", "lipat".
func workKind(w string) bool {
	switch w {
	case "horor", "animasi", "dokumenter", "pendek", "laga", "drama", "komedi", "thriller", "musikal", "religi", "biopik", "fiksi",
		"baru", "terbaru", "perdana", "debut", "lipat", "pintar", "remaja", "anak", "keluarga":
		return true
	}
	return false
}

// worksMaker reports whether token k, right before a work's noun, makes the phrase a
// person's trade, whose name follows: "pengamat film Hikmat Darmawan", "pencipta lagu
// Yudhistira Prasetya", "penulis novel …", "semua lagu VANTA" aside (an act in capitals).
func (s *state) worksMaker(k int) bool {
	w := s.lowAt(k)
	switch w {
	case "pencipta", "pengamat", "penulis", "pemeran", "pembuat", "kritikus", "penggubah":
		return true
	}
	return s.lex.personNouns[w] || s.is(k, fTitle)
}

// workNoun reports whether w, in small letters, is the noun of a kind of work or product
// whose title follows it and names no entity: "film", "lagu", "album", "novel", "serial",
// "ponsel".
func workNoun(w string) bool {
	return slices.Contains(workNouns[:], w)
}

// workNouns are the words workNoun reports; they have fRareCue.
var workNouns = [...]string{"film", "lagu", "album", "singel", "single", "novel", "buku", "serial", "sinetron", "webtoon", "komik", "gim", "lakon", "ponsel", "skuter"}

// productKind reports whether w, in small letters, is the noun of a product's series, line,
// variant or part, whose model's name follows it and names no entity: "seri Radeon Vega",
// "varian Darth Vader", "prosesor Threadripper", "fitur Tint Brush" (see workNounBefore).
func productKind(w string) bool {
	return slices.Contains(productKinds[:], w)
}

// productKinds are the words productKind reports; they have fRareCue.
var productKinds = [...]string{"seri", "tipe", "varian", "versi", "lini", "edisi", "prosesor", "chipset", "fitur"}

// ceremonyHead reports whether w, in small letters, heads the name of a ceremony or
// custom, which names no entity: "kenduri", "upacara", "ritual", "kirab", "grebeg",
// "haul", "tradisi"; or of a military or police operation, no person nor body either:
// "operasi" ("Operasi Fajar", "Operasi Zebra"; a task force named for one is a body by
// its own head word: "Satgas Operasi Tinombala").
func ceremonyHead(w string) bool {
	switch w {
	case "kenduri", "upacara", "ritual", "kirab", "grebeg", "haul", "tradisi", "operasi":
		return true
	}
	return false
}

// religionBranch reports whether w, in small letters, names a branch of a religion, which
// is a religion too and no name (lexicon/stop.txt holds the religions): "sunni", "syiah",
// "syi'ah".
func religionBranch(w string) bool {
	switch w {
	case "sunni", "syiah", "syi'ah":
		return true
	}
	return false
}

// contestHead reports whether w, in small letters, heads the name of a sports contest,
// an election, a festival or another event and no entity, even after a preposition of
// place: "kejuaraan", "turnamen", "olimpiade" ("di Kejuaraan Dunia 2017"), "kualifikasi"
// ("di Kualifikasi PD 2018"), "piala" ("di Piala AFF"), "festival" ("di Festival Jazz
// Prambanan"), the short words of Indonesian elections ("di Pilgub DKI", "di Pilkada Garut").
func contestHead(w string) bool {
	switch w {
	case "kejuaraan", "turnamen", "olimpiade", "kualifikasi", "piala", "festival",
		"pilgub", "pilkada", "pilpres", "pileg", "pilbup", "pilwalkot", "pilwali":
		return true
	}
	return false
}

// afterPassiveFrame reports whether the run at token first follows a passive reporting
// verb, right away or after a role and its body set off by a comma, as its agent: "Hal
// senada disampaikan Abdurrahman Sidik", "Hal senada disampaikan anggota Komisi I DPRD
// Maluku Utara, Abdurrahman Sidik".
func (s *state) afterPassiveFrame(first int) bool {
	f := s.sentenceOf(first).First
	for k := first - 1; k > f && first-k <= 12; k-- {
		if s.passiveAgent(k) {
			return true
		}
		w := s.lowAt(k)
		if !(s.owner[k] >= 0 || w == "," || w == "dari" || s.inRole(k) || s.is(k, fTitle) || s.isCap(k) || roman(s.word(k))) {
			return false
		}
	}
	return false
}

// endsInSurname reports whether the run [first, last) of two to four words reads as a
// personal name that ends in a family or clan name (lexicon/surnames.txt): "Sabar
// Hutapea", "Arya Dwipangga Siregar".
func (s *state) endsInSurname(first, last int) bool {
	return last-first >= 2 && s.lex.surnames[s.lowAt(last-1)] && (s.ordinaryFirstName(first, last) ||
		!s.isInitial(first) && s.looksLikePersonalName(first, last, fCommon) || s.looksLikePersonalName(first, last, 0))
}

// ordinaryFirstName reports whether the run [first, last) of two to four capitalised
// words, not opening its sentence, reads as a personal name whose first word is an
// ordinary word ("Sabar Hutapea", "Embun Safitri"): the words after it are shaped like
// names and the last is no ordinary word. An age in brackets after it says it is a person.
func (s *state) ordinaryFirstName(first, last int) bool {
	if last-first < 2 || last-first > 4 || s.isInitial(first) || s.is(last-1, fCommon) || !s.personShaped(first, last) {
		return false
	}
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.nameShaped(i) || s.isAllCaps(i) || s.is(i, fStop) || s.is(i, fTitle) || s.is(i, fRank) {
			return false
		}
	}
	return true
}

// givenNameRun reports whether tokens [first, last), two to four words, open with a first
// name the gazetteer knows and are all shaped like name words, whatever else the words
// mean: "Margaretha Kaka Bulu (38)", whose Sumbanese family names are ordinary words.
func (s *state) givenNameRun(first, last int) bool {
	if last-first < 2 || last-first > 4 || !s.givenName(first) {
		return false
	}
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.nameShaped(i) || s.isAllCaps(i) || s.is(i, fStop) {
			return false
		}
	}
	return true
}

// givenBeforeName reports whether the ordinary word that starts the run [first, last) is a
// first name, as people the gazetteer knows bear it, before a word shaped like a name that
// is no ordinary word, English or Indonesian, and no first name itself, as a surname is:
// "Bintang Kogoya" at a sentence's start (not "Putri Diana", "Bintang Oasis"); in a name of
// three words, a given name that is an ordinary word may come before another first name
// ("Embun Kartini Latief").
func (s *state) givenBeforeName(first, last int) bool {
	return first+1 < last && s.cueOf(first) == cueNone && s.givenName(first) &&
		!s.is(first+1, fCommon) && s.nameShaped(first+1) &&
		(!s.givenName(first+1) || s.lex.givenWords[s.lowAt(first)] && (last-first >= 3 || s.ageAfter(last))) &&
		!isEnglishWord(s.lowAt(first+1)) && !s.isRankOrTitleStart(first)
}

// setOffBeforeVerb reports whether commas set tokens [first, last) off right before a
// reporting verb: "Kuasa hukum terdakwa, Maruli Tua Sihombing, menyatakan".
func (s *state) setOffBeforeVerb(first, last int) bool {
	return first > 0 && last+1 < len(s.toks) && s.word(first-1) == "," && s.word(last) == "," && s.cueOf(last+1) == cuePre
}

// setOffByCommas reports whether commas set the run [first, last) of three words or more
// off in mid-sentence, as an apposition names a person in full: "Epidemiolog Universitas
// Gadjah Mada (UGM), Pandu Nugroho Adi, menilai" (an ordinary word opening it is the
// name's, not a role's, which would be written in small letters there).
func (s *state) setOffByCommas(first, last int) bool {
	return last-first >= 3 && first > 0 && last < len(s.toks) && s.word(first-1) == "," && s.word(last) == "," && !s.isInitial(first)
}

// nounApposition reports whether commas set the run [first, last) off after a noun in
// small letters, as an apposition names the person the noun describes, and it reads as a
// personal name whose first word may be an ordinary one (see appositiveName), with a first
// name or a family name the word lists know: "Salah satu penonton, Embun Safitri, rela
// datang" (not "tarian tradisional Aceh, Tari Saman,"). The name typer is not asked.
func (s *state) nounApposition(first, last int) bool {
	return first >= 2 && last < len(s.toks) && s.word(first-1) == "," && s.word(last) == "," &&
		s.toks[first-2].Kind == tokenize.Word && !s.isCap(first-2) && !s.is(first-2, fConnector) &&
		s.appositiveName(first, last) && s.personShaped(first, last) &&
		(s.givenName(first) || s.givenName(last-1) || s.lex.surnames[s.lowAt(last-1)]) &&
		(!s.is(first, fCommon) || s.lex.givenWords[s.lowAt(first)]) // (not "…, Yang Mulia,")
}

// appositiveName reports whether [first, last), set off by commas before a reporting verb,
// reads as a personal name whose first word is an ordinary word: two to four words shaped
// like names, the last no ordinary word ("Kepala Desa Bonto Lembang, Damai Patabang,
// mengatakan").
func (s *state) appositiveName(first, last int) bool {
	if last-first < 2 || last-first > 4 || s.is(last-1, fCommon) {
		return false
	}
	for i := first; i < last; i++ {
		if s.toks[i].Kind != tokenize.Word || !s.isCap(i) || s.isAllCaps(i) || !s.nameShaped(i) || s.is(i, fStop) {
			return false
		}
	}
	return true
}

// corpusLone reports whether the lone capitalised word at token i is one that news
// writes mostly in small letters (lexicon/corpuswords.txt), no known person's first name
// and not listed beside a name that is no such word: a school subject or a field
// capitalised in a list ("guru Matematika, Fisika, dan Kimia"), not a name.
func (s *state) corpusLone(i int) bool {
	if s.givenName(i) || !s.corpusWord(i) { // (the flag first: it spares a lookup)
		return false
	}
	// in a list with a name that is no such word, it is a name too: "Ahyeon, Asa, dan Rami"
	nameAt := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].Kind == tokenize.Word && s.isCap(k) && !s.is(k, fCommon) && !s.corpusWord(k)
	}
	listWord := func(k int) bool {
		if k < 0 || k >= len(s.toks) {
			return false
		}
		w := s.lowAt(k)
		return w == "," || w == "dan" || w == "serta" || w == "atau" || w == "&"
	}
	for _, d := range [...]int{-1, 1} {
		// walk the list's items, a few at most, each way
		for k, items := i+d, 0; listWord(k) && items < 4; items++ {
			for listWord(k) {
				k += d // ", dan"
			}
			if nameAt(k) {
				return false
			}
			if k < 0 || k >= len(s.toks) || s.toks[k].Kind != tokenize.Word || !s.isCap(k) {
				break
			}
			k += d
		}
	}
	return true
}

// placeEndsAgedName reports whether the one-word place or country right after the run
// [first, last) ends a personal name that an age in brackets follows: "Agustinus Seran
// Mali (47)", "Maria Yuliana Lotu (13)" — the run two words at most, shaped like a name,
// the place the gazetteer's.
func (s *state) placeEndsAgedName(first, last int) bool {
	if last-first < 1 || last-first > 2 || last+1 >= len(s.toks) || s.owner[last] < 0 || !s.ageAfter(last+1) {
		return false
	}
	sp := &s.spans[s.owner[last]]
	return sp.first == last && sp.last == last+1 && (sp.typ == gazetteer.Location || sp.typ == gazetteer.Country) &&
		sp.source.rule == ruleGazetteer && s.nameShaped(last) && !s.isAllCaps(last) &&
		s.personShaped(first, last) && (s.givenName(first) || s.looksLikePersonalName(first, last, fCommon))
}

// placeEndsFirstName reports whether the one-word place or body after the lone word
// [first, last), a first name on the word lists (lexicon/first-names*.txt) that is no
// ordinary word and does not open its sentence, is the family name of that person:
// "Kenji Nagano", "Haruka Mizuno" (the gazetteer's place and brand), "Hassan Turki" (a
// country), with no name word after it.
func (s *state) placeEndsFirstName(first, last int) bool {
	if last-first != 1 || last >= len(s.toks) || s.owner[last] < 0 || s.isInitial(first) || s.is(first, fCommon) ||
		!s.lex.firstNames[s.lowAt(first)] && !s.lex.intlFirstNames[s.lowAt(first)] {
		return false
	}
	sp := &s.spans[s.owner[last]]
	if sp.first != last || sp.last != last+1 || sp.typ != gazetteer.Location && sp.typ != gazetteer.Organization && sp.typ != gazetteer.Country ||
		s.isAllCaps(last) || !s.nameShaped(last) || s.toks[last].Start != s.toks[first].End+1 {
		return false
	}
	return last+1 >= len(s.toks) || !s.isCap(last+1) || s.paraBreak(last+1)
}

// firstNameBeforeKnown reports whether the lone word [first, last), a first name on the
// word lists that is no ordinary word and does not open its sentence, stands right before
// a person the gazetteer knows by a name of two words or more, and by no longer one, whose
// name then ends a longer one of someone else: "Hartono Budi Santoso" (but "Arief Havas
// Oegroseno" is the gazetteer's "Arif Havas Oegroseno", named by an alias).
func (s *state) firstNameBeforeKnown(first, last int) bool {
	if last-first != 1 || last >= len(s.toks) || s.owner[last] < 0 || s.isInitial(first) || s.is(first, fCommon) ||
		!s.lex.firstNames[s.lowAt(first)] && !s.lex.intlFirstNames[s.lowAt(first)] || s.toks[last].Start != s.toks[first].End+1 {
		return false
	}
	sp := &s.spans[s.owner[last]]
	return sp.first == last && sp.last-sp.first >= 2 && sp.entry != nil && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) &&
		(sp.last >= len(s.toks) || !s.isCap(sp.last)) && fieldCount(sp.entry.Name) <= sp.last-sp.first
}

// ageAfter reports whether tokens from i read "(NN)", an age of one to three digits in
// brackets, as news gives it after a person's name.
func (s *state) ageAfter(i int) bool {
	if i+2 >= len(s.toks) || s.word(i) != "(" || s.word(i+2) != ")" {
		return false
	}
	n := s.word(i + 1)
	return len(n) > 0 && len(n) <= 3 && digits(n)
}

// anyAge reports whether some "(" of the text opens an age (ageAfter): every such
// bracket is in s.marks.
func (s *state) anyAge() bool {
	for _, m := range s.marks {
		if s.ageAfter(int(m)) {
			return true
		}
	}
	return false
}

// listTypes retypes the guessed names of a list whose known names are all of one other
// kind: "Doha, Dubai, Miami, Eastbourne, dan Bastad" (places the typer took for persons),
// "Toyota, Tamagawa Seiki, dan Honda" (a body), "Carrie Fisher, Malala, Emma Watson" (a
// person). A list is three names or more joined by commas, with "dan", "serta" or "atau"
// before the last (so not "Konsul Jenderal RI di Istanbul, Turki, Herry Sudradjat,");
// a place named with its head word opening the list decides alone ("Kecamatan Sanden,
// Kretek, dan Pundong"); a guessed name is one the context rules or the name typer typed (not
// after a speech cue), a known name a gazetteer entry's, a title's holder or a body or
// place named by its head word. At least two known names, none of another kind, decide;
// countries count as places and leaders as persons; a name so retyped is a LOCATION,
// ORGANIZATION or PERSON with rule:list. Lists are looked for from capitalised words only.
func (s *state) listTypes() {
	var items []int
	next := 0 // the first token after the last list looked at
	for _, c := range s.caps {
		i := int(c)
		if i < next {
			continue
		}
		k := s.owner[i]
		if k < 0 || s.spans[k].first != i {
			continue
		}
		items = append(items[:0], int(k))
		j := s.spans[k].last
		closed := false // the last item came after "dan", "serta", "atau" (see listConjunction)
		for !closed {
			n, conj := s.listNext(j)
			if n < 0 {
				f, e := -1, -1
				if len(items) >= 2 && s.placeListOpened(items[0]) {
					f, e = s.freeListItem(j) // (only then: most lists end at their first item)
				}
				if f > 0 {
					// a place the rules left out, listed after places a preposition of
					// place opens: "kawasan Bubutan, Genteng, dan Tegalsari", "…, Arse,
					// dan Angkola Timur"
					s.addSpan(s.ruleSpan(f, e, gazetteer.Location, ruleList))
					n, conj = int(s.owner[f]), s.is(f-1, fConnector)
					items = append(items, n)
					j, closed = e, conj
					continue // the list may go on: "…, Sakra Barat, Keruak, hingga Jerowaru"
				}
				break
			}
			items = append(items, n)
			j, closed = s.spans[n].last, conj
		}
		if f := s.spans[items[0]].first; f > 1 && s.examplesCue(f-1) && s.placeNounBefore(f-1) {
			// the places a class of places is given by: "daerah perbatasan dengan
			// Malaysia, seperti Entikong dan Badau", whatever the typer made of them
			s.placeList(items)
		} else if closed && (len(items) >= 3 || len(items) == 2 && (s.placeAfterPrep(items[0]) || s.knownPlaceAfterPrep(items[0]))) {
			// (two names do when the first is a place with its head word after a
			// preposition of place: "di Kecamatan Kanor dan Baureno")
			s.settleList(items)
		}
		if closed && typer.Trace == nil {
			s.bodyList(items) // (not for the typer's trainer)
		}
		if !closed && len(items) >= 3 && typer.Trace == nil {
			s.addressChain(items) // (not for the typer's trainer)
		}
		next = j
	}
}

// longPlaceLists types the items of a long list of places that listTypes leaves alone,
// because some items have no span at all (villages and districts no rule found: "Paal
// Dua", "Komo Luar", "Ledokombo") and the typer took others for persons: four items or
// more, each the whole of a span or one to three capitalised words with none, perhaps
// with a note in brackets after it (afterItemNote), joined by commas, with "dan", "serta"
// or "atau" before the last perhaps. The list must open as a
// list of places does: a preposition of place or a noun of a class of places in small
// letters right before its first item ("di Waisano, Ulumbu, Wai Pesi, …", "kecamatan
// Singkil, Paal Dua, Tikala dan Wenang"), "yakni", "seperti" and the like after such a
// noun ("11 kecamatan, yakni Jelbuk, Arjasa, …"), or a place named by its head word first
// ("Kelurahan Ternatetanjung, Paal Dua, …"). Two items at least are places, and none is
// a person the gazetteer or a title knows, a body, a country or a name of another type.
// The list must be closed by a conjunction: one without is an address's chain, which a
// person's name may end. The persons the context or the typer guessed become places
// (rule:list), but for a name of two words or more that opens with a first name the lists
// know; so do the items with no span (whose first word is no ordinary word, day or first
// name: freeItemWord). Not for the typer's trainer.
func (s *state) longPlaceLists() {
	if typer.Trace != nil {
		return
	}
	type item struct{ first, last, k int } // k: the item's span, or -1
	var items []item
	next := 0
	for _, c := range s.caps {
		i := int(c)
		strong := false // the list opens with a class of places or a region's head, not a preposition alone
		if i < next || !s.mayOpenPlaceList(i) {
			continue
		}
		if open, st := s.placeListOpens(i); !open {
			continue
		} else {
			strong = st
		}
		items = items[:0]
		closed := false // the last item came after "dan", "serta" or "atau"
		j := i
		for {
			it := item{j, j, -1}
			if o := s.owner[j]; o >= 0 {
				if s.spans[o].first != j {
					break
				}
				it.last, it.k = s.spans[o].last, int(o)
			} else {
				for it.last < len(s.toks) && it.last-j < 3 && s.owner[it.last] < 0 && s.toks[it.last].Kind == tokenize.Word && s.isCap(it.last) &&
					!s.isAllCaps(it.last) && !s.paraBreak(it.last) {
					it.last++
				}
				if it.last == j || it.last < len(s.toks) && s.isCap(it.last) && s.toks[it.last].Kind == tokenize.Word || !s.freeItemWord(j) {
					break // no item, one that goes on into a span, or a word that opens no place's name: "Senin", "Kantornya"
				}
			}
			items = append(items, it)
			n, conj := s.afterItemNote(it.last), false
			if n < len(s.toks) && s.word(n) == "," {
				n++
			}
			if n < len(s.toks) && listConjunction(s.lowAt(n)) && s.lowAt(n) != "hingga" && s.lowAt(n) != "sampai" {
				n++
				conj = true
			}
			if n == s.afterItemNote(it.last) || n >= len(s.toks) || !s.isCap(n) || s.toks[n].Kind != tokenize.Word || s.paraBreak(n) {
				break
			}
			if conj {
				j = n
				if o := s.owner[j]; o >= 0 && s.spans[o].first == j {
					items, closed = append(items, item{j, s.spans[o].last, int(o)}), true
				} else if e := s.freeItemEnd(j); e > j {
					items, closed = append(items, item{j, e, -1}), true
				}
				break
			}
			j = n
		}
		if len(items) == 0 {
			continue
		}
		next = items[len(items)-1].last
		if len(items) < 4 || !closed {
			// (a list with no conjunction before its last item is an address's chain, which
			// a person's name may end: "di Jalan Cihapit, Kota Bandung, Oding Turiat, Senin")
			continue
		}
		places, ok := 0, true
		for _, it := range items {
			if it.k < 0 {
				continue
			}
			sp := &s.spans[it.k]
			switch {
			case sp.typ == gazetteer.Location:
				places++
			case sp.typ == gazetteer.Person && sp.source.link == linkNone && (sp.source.model || sp.source.rule == ruleContextName):
			default:
				ok = false
			}
		}
		if !ok || places < 2 && !strong {
			continue
		}
		for _, it := range items {
			if it.k >= 0 {
				sp := &s.spans[it.k]
				if sp.typ == gazetteer.Person && !(sp.last-sp.first >= 2 && s.givenName(sp.first)) {
					sp.typ, sp.source = gazetteer.Location, source{rule: ruleList}
				}
				continue
			}
			s.addSpan(s.ruleSpan(it.first, it.last, gazetteer.Location, ruleList))
		}
	}
}

// afterItemNote returns the token after a note in brackets that follows a list's item
// ending at token e, as a list of flooded places gives each one's water level: "Rawa Jati
// (ketinggian air 10-100 cm), Pangadegan (…)"; the note is twelve tokens at most, in its
// paragraph, with no bracket inside. With no note it returns e.
func (s *state) afterItemNote(e int) int {
	if e >= len(s.toks) || s.word(e) != "(" {
		return e
	}
	for k := e + 1; k < len(s.toks) && k-e <= 12 && !s.paraBreak(k); k++ {
		switch s.word(k) {
		case ")":
			return k + 1
		case "(":
			return e
		}
	}
	return e
}

// placeListOpens reports whether a list that begins at token i opens as a list of places
// does (see longPlaceLists): after a preposition of place or a noun of a class of places in
// small letters, after "yakni", "seperti" and the like that follow such a noun, or with a
// region or a village named by its head word; and whether it opens so strongly, with
// anything but a bare preposition ("di", "ke", "menuju"), which other lists follow too.
// longPlaceLists asks mayOpenPlaceList first.
func (s *state) placeListOpens(i int) (opens, strong bool) {
	if i == 0 {
		return false, false
	}
	if s.is(i-1, fPlacePrep) && s.toks[i-1].Kind == tokenize.Word && !s.isCap(i-1) {
		if w := s.lowAt(i - 1); w != "asal" {
			return true, w != "di" && w != "ke" && w != "menuju"
		}
	}
	if s.examplesCue(i-1) && s.placeNounBefore(i-1) {
		return true, true
	}
	if o := s.owner[i]; o >= 0 {
		if sp := &s.spans[o]; sp.source.rule == rulePlaceHead && sp.first == i && sp.typ == gazetteer.Location &&
			(territorialOrVillage(s.lowAt(i)) || placeHeadOfVillage(s.lowAt(i))) {
			return true, true
		}
	}
	return false, false
}

// mayOpenPlaceList is placeListOpens's quick no, inline, for the capitalised words that
// have none of what opens a list of places, most of them: from the word lists' flags of
// tokens i-1 and i alone and, for an ordinary word before, its first byte, before the
// tokens' words or the spans are read. The words examplesCue looks for are all ordinary
// words, whose first bytes examplesFirst holds, and a place's head word is the first word
// of a place head (TestListOpenerFlags checks both).
func (s *state) mayOpenPlaceList(i int) bool {
	if i == 0 {
		return false
	}
	before := s.info[i-1].flags
	return before&fPlacePrep != 0 || s.info[i].flags&fPlaceHeadFirst != 0 ||
		before&fCommon != 0 && examplesFirst[s.text[s.toks[i-1].Start]]
}

// placeHeadOfVillage reports whether w, in small letters, heads the name of a village or a
// hamlet: "dusun", "kampung", "nagari", "gampong".
func placeHeadOfVillage(w string) bool {
	return w == "dusun" || w == "kampung" || w == "nagari" || w == "gampong"
}

// freeItemEnd returns the end of the last item of a list (see longPlaceLists) that no span
// holds at token j: one to three capitalised words, not in capitals, with no capitalised
// word after them; else j.
func (s *state) freeItemEnd(j int) int {
	e := j
	for e < len(s.toks) && e-j < 3 && s.owner[e] < 0 && s.toks[e].Kind == tokenize.Word && s.isCap(e) && !s.isAllCaps(e) && !s.paraBreak(e) {
		e++
	}
	if e == j || e < len(s.toks) && s.isCap(e) && s.toks[e].Kind == tokenize.Word || !s.freeItemWord(j) {
		return j
	}
	return e
}

// freeItemWord reports whether token j may open a list's item that no span holds (see
// longPlaceLists): a word shaped like a name, not an ordinary word, a word of the stop list
// (a day, a month) or a first name the lists know.
func (s *state) freeItemWord(j int) bool {
	return s.nameShaped(j) && !s.is(j, fCommon) && !s.is(j, fStop) && !s.givenName(j) && !s.inRole(j)
}

// acronymOpenedNames retypes as bodies the guessed persons whose name opens with an
// acronym of three capitals or more, which no personal name does: "MSV Duisburg", "LBH
// Pers", "HMD Global", "MCM Live", "BSB Hangtuah", which the typer or the context rules
// took for persons. The acronym is no rank, honorific or roman numeral ("AKBP", "KH",
// "XIV"), and the words after it are not in capitals too (a headline's). A title's
// holder so named is a body's name when its holder follows, set off by a comma: "Ketua
// Harian Federasi Serikat Pekerja (FSP) BUMN Bersatu, Prakoso Wibowo". Not for the typer's
// trainer.
func (s *state) acronymOpenedNames() {
	if typer.Trace != nil {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader || sp.entry != nil || sp.source.link != linkNone || sp.last-sp.first < 2 {
			continue
		}
		f := sp.first
		if !s.isAllCaps(f) || s.isUni(f) || len(s.word(f)) < 3 || s.toks[f].Kind != tokenize.Word || roman(s.word(f)) ||
			s.is(f, fRank) || s.is(f, fTitle) || s.isAllCaps(f+1) {
			continue
		}
		switch {
		case sp.source.model || sp.source.rule == ruleContextName || sp.source.rule == ruleContextSpeech:
		case sp.source.rule == ruleTitle && sp.last+1 < len(s.toks) && s.word(sp.last) == "," && s.isCap(sp.last+1) && s.toks[sp.last+1].Kind == tokenize.Word:
		default:
			continue
		}
		sp.typ, sp.role, sp.source = gazetteer.Organization, "", source{rule: ruleContextOrg}
	}
}

// addressChain retypes as places the guessed persons inside a place's address, a chain
// of names joined by commas alone that goes from a place to a larger one the lists or a
// head word know: "di Taman Nasional Kakadu, Arnhem Land, Northern Teritory, Australia",
// where the typer takes the unknown regions for persons. The first item is a place, the
// last a known place or country, and the items between are places, countries or names of
// up to three words that the context or the typer guessed, which no first or family name
// the lists know opens or ends (not "di Istanbul, Turki, Herry Sudradjat," whose last
// item is a person).
func (s *state) addressChain(items []int) {
	placeLike := func(sp *span) bool { return sp.typ == gazetteer.Location || sp.typ == gazetteer.Country }
	first, last := &s.spans[items[0]], &s.spans[items[len(items)-1]]
	if !placeLike(first) || !placeLike(last) || !s.knownListItem(last) {
		return
	}
	var retype []int
	for _, k := range items[1 : len(items)-1] {
		sp := &s.spans[k]
		if placeLike(sp) {
			continue
		}
		if sp.typ != gazetteer.Person || sp.source.link != linkNone || !(sp.source.model || sp.source.rule == ruleContextName) ||
			sp.last-sp.first > 3 || s.givenName(sp.first) || s.lex.surnames[s.lowAt(sp.last-1)] {
			return
		}
		retype = append(retype, k)
	}
	for _, k := range retype {
		s.spans[k].typ, s.spans[k].source = gazetteer.Location, source{rule: ruleList}
	}
}

// lineupSpans types the players of a team's line-up, which a match report gives after the
// team's formation in brackets and a colon: "Prancis (4-2-3-1): Lloris; Digne, Umtiti,
// Kimpembe, Jallet; Rabiot, Kante; …". Each run of capitalised words up to the paragraph's
// end, between commas, semicolons and dashes, is a player: a person, whatever the typer or
// the gazetteer's places made of it ("Stones", "Cahill"), and one no rule proposed too
// ("Digne", "Walker"). A name the gazetteer knows as a person or a leader keeps its entry.
func (s *state) lineupSpans() {
	if typer.Trace == nil {
		s.numberedPlayers()
	}
	if s.firstColon() < 0 {
		return // (each line-up below starts after a colon)
	}
	var starts []int // where each line-up's names start, after its colon
	for _, m := range s.marks {
		p := int(m)
		if s.word(p) != "(" {
			continue
		}
		e := s.formationEnd(p)
		if e < 0 || e+1 >= len(s.toks) || s.word(e+1) != ":" {
			continue
		}
		starts = append(starts, e+2)
	}
	if typer.Trace == nil {
		starts = s.teamLineups(starts)
	}
	for _, start := range starts {
		for i := start; i < len(s.toks) && !s.paraBreak(i); {
			if s.word(i) == "(" && s.formationEnd(i) >= 0 {
				break // the next team's line-up, read from its own formation
			}
			numbered := shirtNumbered(s.word(i))
			if s.toks[i].Kind != tokenize.Word || !s.isCap(i) && numbered == 0 {
				i++
				continue
			}
			j := i + 1
			for j < len(s.toks) && !s.paraBreak(j) && s.toks[j].Kind == tokenize.Word && shirtNumbered(s.word(j)) == 0 &&
				(s.isCap(j) || s.is(j, fParticle) && j+1 < len(s.toks) && s.isCap(j+1)) {
				j++ // "David de Gea", "Alex Oxlade-Chamberlain"
			}
			if j < len(s.toks) && s.word(j) == ":" {
				break // the next label: "Pelatih: Antonio Conte", "Wasit: …"
			}
			if j > i+1 || utf8.RuneCountInString(s.word(i))-numbered > 2 {
				s.lineupName(i, j, numbered) // (not a position's letter: "Kroos (G)")
			}
			i = j
		}
	}
}

// teamLineups appends to starts where the names start of each line-up given without a
// formation, after a team's name that opens its line and a colon, with a semicolon among
// the first words to set the keeper off from the defence: "Manchester United: De Gea;
// Valencia, Smalling, Rojo, Shaw; McTominay, Matic; Mata", "Persib: M Natshir Fadhil; Tony
// Sucipto, …" (not a list of commas alone, "Pemenang: Jakarta, Bandung, Medan", which may
// be anything). The team is a body or a country a span holds.
func (s *state) teamLineups(starts []int) []int {
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Organization && sp.typ != gazetteer.Country || sp.first > 0 && !s.paraBreak(sp.first) ||
			sp.last+2 >= len(s.toks) || s.word(sp.last) != ":" {
			continue
		}
		for j := sp.last + 1; j < len(s.toks) && j-sp.last <= 6 && !s.paraBreak(j); j++ {
			if s.word(j) == ";" {
				starts = append(starts, sp.last+1)
				break
			}
		}
	}
	return starts
}

// formationEnd returns the index of the ")" that closes a team's formation opened by the
// "(" at token p — three to five numbers of one digit joined by hyphens: "(4-2-3-1)",
// "(3-5-2)" — or -1.
func (s *state) formationEnd(p int) int {
	n := 0
	for k := p + 1; k < len(s.toks) && k-p <= 10; k++ {
		t := s.toks[k]
		switch {
		case (k-p)%2 == 1:
			if t.Kind != tokenize.Number || t.End-t.Start != 1 {
				return -1
			}
			n++
		case s.word(k) == ")":
			if n >= 3 {
				return k
			}
			return -1
		case s.word(k) != "-" || t.Start != s.toks[k-1].End:
			return -1
		}
	}
	return -1
}

// shirtNumbered returns the length of the shirt number and hyphen that open a player's
// name in a line-up, written as one word with it ("1-Thoma", "15-Bastos"), or 0.
func shirtNumbered(w string) int {
	k := 0
	for k < len(w) && k < 3 && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k+1 >= len(w) || w[k] != '-' || w[k+1] < 'A' || w[k+1] > 'Z' {
		return 0
	}
	return k + 1
}

// numberedPlayers types the players of a line-up given with their shirt numbers, three
// or more close together in one paragraph, with or without a formation: "Juventus:
// 7-Juan Cuadrado, 21-Paulo Dybala, 27-Stefano Sturaro". Each numbered word and the
// capitalised words after it are a player, the number left out (see lineupName). Not for the
// typer's trainer, whose weights were made without it.
func (s *state) numberedPlayers() {
	if s.hyphenShapes()&hyphenDigitCapital == 0 {
		return // (each numbered word has a hyphen between a digit and a capital)
	}
	var nums []int // the numbered words, in text order, found by their hyphens: a digit before, a capital after
	for h := range s.hyphenOffsets() {
		if s.text[h-1] < '0' || s.text[h-1] > '9' || s.text[h+1] < 'A' || s.text[h+1] > 'Z' {
			continue
		}
		b := h - 1 // the number's first byte: one to three digits
		for b > 0 && h-b < 3 && s.text[b-1] >= '0' && s.text[b-1] <= '9' {
			b--
		}
		if i := s.tokenAt(b); i >= 0 && s.toks[i].Kind == tokenize.Word && shirtNumbered(s.word(i)) > 0 {
			nums = append(nums, i)
		}
	}
	near := func(a, b int) bool { // b follows a within a few words of its paragraph
		if b-a > 12 {
			return false
		}
		for k := a + 1; k <= b; k++ {
			if s.paraBreak(k) {
				return false
			}
		}
		return true
	}
	for g := 0; g < len(nums); {
		h := g + 1
		for h < len(nums) && near(nums[h-1], nums[h]) {
			h++
		}
		if h-g >= 3 {
			for _, i := range nums[g:h] {
				j := i + 1
				for j < len(s.toks) && !s.paraBreak(j) && s.toks[j].Kind == tokenize.Word && shirtNumbered(s.word(j)) == 0 &&
					(s.isCap(j) || s.is(j, fParticle) && j+1 < len(s.toks) && s.isCap(j+1)) {
					j++
				}
				s.lineupName(i, j, shirtNumbered(s.word(i)))
			}
		}
		g = h
	}
}

// lineupName makes tokens [i, j) of a line-up a player's name (see lineupSpans), less the
// first numbered bytes of token i, a shirt number (shirtNumbered).
func (s *state) lineupName(i, j, numbered int) {
	if o := s.owner[i]; o >= 0 {
		if sp := &s.spans[o]; sp.first == i && sp.last == j && sp.source.rule == ruleLineup && sp.start == int(s.toks[i].Start)+numbered {
			// the player made already, as numberedPlayers and then the formation's line-up
			// read the same names: made again, he would leave a dead span behind (a
			// long page of line-ups held twice as many spans as it kept)
			return
		}
	}
	for k := i; k < j; k++ {
		o := s.owner[k]
		if o < 0 {
			continue
		}
		sp := &s.spans[o]
		if sp.first < i || sp.last > j {
			return // a span that reaches out of the run: leave it
		}
		if sp.entry != nil && (sp.typ == gazetteer.Person || sp.typ == gazetteer.Leader) {
			if numbered > 0 && typer.Trace == nil && sp.first == i+1 && sp.last == j && s.owner[i] < 0 {
				// a player the gazetteer knows by his surname, his first name joined to his
				// shirt number: "21-Paulo Dybala"
				s.owner[i] = o
				sp.first, sp.start = i, int(s.toks[i].Start)+numbered
			}
			return // a player the gazetteer knows
		}
	}
	for k := i; k < j; k++ {
		if o := s.owner[k]; o >= 0 {
			s.removeSpan(int(o))
		}
	}
	sp := s.ruleSpan(i, j, gazetteer.Person, ruleLineup)
	if numbered > 0 {
		sp.start += numbered
		sp.name = oneLine(s.text[sp.start:sp.end])
	}
	s.dropDeadWhenFull() // (lineupSpans holds no index into the spans)
	s.addSpan(sp)
}

// freeListItem returns where a name of one to three capitalised words that no span holds
// starts and ends, after a comma and "dan", "serta" or "atau" (or a comma alone) from token
// j, ending its clause: words shaped like names, the first no ordinary word, the others a
// place's direction or suffix perhaps ("Angkola Timur"), or a number in words, which many
// places' names end with ("Glumpang Tiga", "Koto Tujuh", "Sungai Dua"); else -1, -1.
func (s *state) freeListItem(j int) (int, int) {
	k := j
	if k < len(s.toks) && s.word(k) == "," {
		k++
	}
	if k < len(s.toks) && listConjunction(s.lowAt(k)) {
		k++
	}
	if k == j || k+1 >= len(s.toks) || s.owner[k] >= 0 || s.toks[k].Kind != tokenize.Word || !s.isCap(k) || !s.nameShaped(k) ||
		s.is(k, fCommon) || s.is(k, fStop) || s.isAllCaps(k) {
		return -1, -1
	}
	e := k + 1
	for e < len(s.toks) && e-k < 3 && s.owner[e] < 0 && s.toks[e].Kind == tokenize.Word && s.isCap(e) && s.nameShaped(e) &&
		(!s.is(e, fCommon) && !s.is(e, fStop) || s.lex.placeDirections[s.lowAt(e)] || placeSuffixWord(s.lowAt(e)) || numberWord(s.lowAt(e))) {
		e++
	}
	if e < len(s.toks) && s.isCap(e) && s.toks[e].Kind == tokenize.Word {
		return -1, -1
	}
	return k, e
}

// placeListOpened reports whether the list whose first item is span k is a list of places
// a preposition of place opens, perhaps with one word in small letters after it ("di
// Kotagede, …", "kawasan wisata Kuta, …").
func (s *state) placeListOpened(k int) bool {
	f := &s.spans[k]
	return f.typ == gazetteer.Location && (f.first > 0 && s.is(f.first-1, fPlacePrep) ||
		f.first > 1 && s.is(f.first-2, fPlacePrep) && s.toks[f.first-1].Kind == tokenize.Word && !s.isCap(f.first-1))
}

// listNext returns the span of the next item of a list after token j (a comma, or "dan",
// "serta", "atau", or a comma and one of them, then a name's span), or -1, and whether a
// conjunction came before it, which makes it the list's last.
func (s *state) listNext(j int) (int, bool) {
	if j >= len(s.toks) {
		return -1, false
	}
	k := j
	if t := &s.toks[k]; t.End == t.Start+1 && s.text[t.Start] == ',' { // (a comma, read in place)
		k++
	}
	conj := false
	if k < len(s.toks) && s.listConjunctionAt(k) {
		k++
		conj = true
	}
	if k == j || k >= len(s.toks) || s.owner[k] < 0 || s.spans[s.owner[k]].first != k {
		return -1, false
	}
	return int(s.owner[k]), conj
}

// listConjunctionAt is listConjunction of token k's lowercase text. It says no to most
// words by their first byte (conjunctionFirst), before reading the word; a table, not a
// switch, so that the compiler still inlines it into listNext.
func (s *state) listConjunctionAt(k int) bool {
	return conjunctionFirst[s.text[s.toks[k].Start]] && listConjunction(s.lowAt(k))
}

// conjunctionFirst holds the first bytes of the words listConjunction looks for, in either
// case: lowercase makes a word's first letter 'd', 's', 'a' or 'h' only when it is the
// letter (a byte from 0x80 is none, and the runes that lowercase to ASCII, İ and the
// Kelvin sign, to none of these).
var conjunctionFirst = [256]bool{'d': true, 'D': true, 's': true, 'S': true, 'a': true, 'A': true, 'h': true, 'H': true}

// listConjunction reports whether w joins the last item to a list: "dan", "serta", "atau",
// or "hingga" and "sampai" closing a list of places ("Kecamatan Terara, Sakra, Keruak,
// hingga Jerowaru").
func listConjunction(w string) bool {
	return w == "dan" || w == "serta" || w == "atau" || w == "hingga" || w == "sampai"
}

// settleList retypes a list's guessed names when its known names agree (see listTypes).
func (s *state) settleList(items []int) {
	known, class := 0, typer.None
	byPrep := false // the list is typed by the preposition of place that opens it
	for _, k := range items {
		sp := &s.spans[k]
		if sp.typ == gazetteer.Other || sp.typ == gazetteer.Weapon {
			return
		}
		if !s.knownListItem(sp) {
			continue
		}
		c := classOf(sp.typ)
		if known > 0 && c != class {
			return
		}
		known, class = known+1, c
	}
	if known == 1 && class == typer.Location && s.knownPlaceItem(items) && (len(items) >= 4 || s.guessedPlaces(items) > 0) {
		// a list of four names or more whose only known one is a place the gazetteer knows,
		// typed as a preposition of place types one: "ialah Sintang, Kelam Permai, Sepauk,
		// dan Tempunak"; or of three, another of which the context or the typer took for a
		// place too: "Cisarua, Ngamprah, dan Batujajar"
		byPrep = true
	} else if known < 2 && !(known == 1 && s.spans[items[0]].source.rule == rulePlaceHead && s.spans[items[0]].typ == gazetteer.Location) {
		// (a place's head word before the list's first name distributes over the others:
		// "Kecamatan Sanden, Kretek, dan Pundong"; and a preposition of place over a list
		// whose first name is a place and that no known name of another type is in: "di
		// Kotagede, Kaliurang, dan Parangtritis")
		if !s.placeListOpened(items[0]) || known > 0 && class != typer.Location {
			return
		}
		class, byPrep = typer.Location, true
	}
	if class == typer.Location && !byPrep {
		// a list of places a preposition of place opens is typed by it as well as by its
		// known places: "di Kecamatan Padang Tiji, Kembang Tanjong, dan Glumpang Tiga"
		byPrep = s.placeListOpened(items[0])
	}
	for _, k := range items {
		sp := &s.spans[k]
		if s.knownListItem(sp) || classOf(sp.typ) == class || sp.source.link != linkNone ||
			!(sp.source.model || sp.source.rule == ruleContextName || sp.source.rule == ruleContextPlace) {
			continue
		}
		if classOf(sp.typ) == typer.Person && sp.last-sp.first >= 2 && (s.givenName(sp.first) || !byPrep && s.looksLikePersonalName(sp.first, sp.last, 0)) &&
			!(typer.Trace == nil && class == typer.Location && s.sharesPlaceWord(sp, items)) {
			continue // a first name and a surname: "Sudirman Said" after parties (after "di", only a known first name: not "Batang Toru")
		}
		sp.typ = typeOf[class]
		sp.source = source{rule: ruleList}
	}
}

// bodyList makes the one-word names of a list that the typer or the context guessed a
// person's companies' when the list's known names are all companies or outlets the
// gazetteer knows: "Ruangguru dan Pahamify", "Shopee, Lazada, dan Bukalapak" (a company's
// unknown name of one word, typed by its shape, is a person's more often than not; listed
// with companies only, it is one). Not with other bodies, which a person is listed with
// ("PDIP dan Hasto"); a first name or a family name the lists know stays a person's.
func (s *state) bodyList(items []int) {
	known := 0
	for _, k := range items {
		sp := &s.spans[k]
		if !s.knownListItem(sp) {
			continue
		}
		if sp.typ != gazetteer.Organization || sp.entry == nil || !s.x.companies[sp.entry] && !isOutlet(sp.entry) {
			return
		}
		known++
	}
	if known == 0 || known == len(items) {
		return
	}
	for _, k := range items {
		sp := &s.spans[k]
		if sp.typ != gazetteer.Person || sp.last-sp.first != 1 || sp.source.link != linkNone ||
			!(sp.source.model || sp.source.rule == ruleContextName) || s.givenName(sp.first) || s.lex.surnames[s.lowAt(sp.first)] {
			continue
		}
		sp.typ = gazetteer.Organization
		sp.source = source{rule: ruleList}
	}
}

// sharesPlaceWord reports whether the list item sp opens with the first word of another
// item that is a place, as the villages of one area are named: "Desa Sembalun Lawang,
// Sembalun Bumbung, dan Sembalun Timba Gading".
func (s *state) sharesPlaceWord(sp *span, items []int) bool {
	w := s.lowAt(sp.first)
	for _, k := range items {
		o := &s.spans[k]
		if o == sp || o.typ != gazetteer.Location {
			continue
		}
		for i := o.first; i < o.last && i-o.first <= 2; i++ {
			if s.lowAt(i) == w {
				return true
			}
		}
	}
	return false
}

// guessedPlaces counts the list's items that are places by a guess of the context's or the
// typer's, not known ones (see knownListItem).
func (s *state) guessedPlaces(items []int) int {
	n := 0
	for _, k := range items {
		if sp := &s.spans[k]; sp.typ == gazetteer.Location && !s.knownListItem(sp) && (sp.source.model || sp.source.rule == ruleContextPlace || sp.source.rule == ruleContextName) {
			n++
		}
	}
	return n
}

// knownPlaceItem reports whether the list's one known item is a place of the gazetteer's,
// no country.
func (s *state) knownPlaceItem(items []int) bool {
	for _, k := range items {
		if sp := &s.spans[k]; s.knownListItem(sp) {
			return sp.entry != nil && sp.typ == gazetteer.Location
		}
	}
	return false
}

// knownListItem reports whether span sp is a name whose type a list may go by: a gazetteer
// entry's, a title's holder, a body or place named by its head word.
func (s *state) knownListItem(sp *span) bool {
	if sp.source.link != linkNone {
		return false
	}
	return sp.entry != nil || sp.source.rule == ruleTitle || sp.source.rule == ruleOrgHead || sp.source.rule == rulePlaceHead ||
		// a body named by its English suffix: "Partech Ventures, Techstars, Balderton Capital,
		// Accel …" (not for the typer's trainer, whose weights were made without it)
		typer.Trace == nil && sp.source.rule == ruleContextOrg && !sp.source.model && sp.last-sp.first >= 2 && s.is(sp.last-1, fOrgSuffix)
}

// venueCentre reports whether the words w1 w2, in small letters, end the name of a centre
// that is a building or a ground, a place, not a body: "Convention Center", "Sports
// Centre", "Arts Center".
func venueCentre(w1, w2 string) bool {
	if !centreWord(w2) {
		return false
	}
	switch w1 {
	case "convention", "exhibition", "expo", "sports", "sport", "arts", "art", "tennis", "squash", "aquatic", "aquatics",
		"olympic", "shopping", "trade", "financial", "business", "conference", "events", "event", "performing", "cultural", "culture":
		return true
	}
	return false
}

// centreWord reports whether w, in small letters, is "center" or "centre".
func centreWord(w string) bool { return w == "center" || w == "centre" }

// suffixCountry returns where a body's name that a rule reads as ending at token last
// really ends: after the one-word country right after the word that closes bodies' names,
// one space away and before no capitalised word, which then is no span of its own: "Pilar
// Sekuritas Indonesia" (see countryAfterSuffix, which does so for the gazetteer's names).
func (s *state) suffixCountry(last int) int {
	if last < 1 || last >= len(s.toks) || !s.is(last-1, fOrgSuffix) || s.toks[last].Start != s.toks[last-1].End+1 ||
		last+1 < len(s.toks) && s.isCap(last+1) {
		return last
	}
	if c := s.owner[last]; c >= 0 && s.spans[c].first == last && s.spans[c].last == last+1 && s.spans[c].typ == gazetteer.Country {
		s.removeSpan(int(c))
		return last + 1
	}
	return last
}

// legalFormAfter returns the end of a company's legal form written with full stops after
// its name, which ends at token last: "Straits Healthcare Partners | Pte. Ltd.", "Hanamori
// Foods | Co., Ltd." (the forms without full stops are name words already); else last.
func (s *state) legalFormAfter(last int) int {
	e := last
	for k := 0; k < 3 && e < len(s.toks); k++ {
		n := e
		if s.word(n) == "," && n+1 < len(s.toks) && k > 0 {
			n++ // "Co., Ltd."
		}
		if !s.legalFormWord(n) || !s.isCap(n) || s.owner[n] >= 0 ||
			s.toks[n].Start != s.toks[n-1].End+1 {
			break
		}
		e = n + 1
	}
	return e
}

// legalFormWord reports whether token i is a word of a company's legal form written with a
// full stop: "Pte.", "Ltd.", "Inc.", "Co.".
func (s *state) legalFormWord(i int) bool {
	w := s.word(i)
	return strings.HasSuffix(w, ".") && (s.is(i, fOrgSuffix) || w == "Co.")
}

// headOnly reports whether the run [first, last) is only the head word of a place's, a
// venue's or a body's name ("Sirkuit", "Rumah Sakit", "Balai Kota", "Kompleks"), or one
// English word ("Stadium", "University", "Mall") that begins no known name: no name of
// its own. (A head word written in capitals is an acronym, a name: "ke KPUD".)
func (s *state) headOnly(first, last int) bool {
	if last-first == 1 && s.isAllCaps(first) {
		return false
	}
	if last-first == 1 && (isEnglishWord(s.lowAt(first)) && !s.givenName(first) && !s.is(first, fGazFirst) || s.is(first, fOrgHead)) {
		return true
	}
	n := last - first
	return s.phraseAt(&s.lex.placeHeads, first) == n || s.phraseAt(&s.lex.orgHeads, first) == n || s.lex.venueHeads[s.keyOf(first, last)]
}

// placeApposition reports whether the name at token first is set off by a comma after a
// noun of place in small letters, a few words back at most: "di ibu kota provinsi itu,
// Zahedan,", "kota pelabuhan di selatan, Aqaba,".
func (s *state) placeApposition(first int) bool {
	if first < 2 || s.word(first-1) != "," {
		return false
	}
	for k := first - 2; k >= 0 && k >= first-5; k-- {
		t := s.toks[k]
		if t.Kind != tokenize.Word || s.isCap(k) {
			return false
		}
		switch s.lowAt(k) {
		case "kota", "ibukota", "provinsi", "desa", "kabupaten", "kecamatan", "distrik", "pulau", "dusun", "kampung", "negara", "pelabuhan":
			return true
		}
	}
	return false
}

// routePairs reads the two names a dash joins without spaces as a route's ends, both
// places, when one of them is a place or a route's noun comes before them: "jalan nasional
// Masamba–Palopo", "rute Jakarta–Kigoma", "koridor Mangkang–Penggaron". A name the context
// guessed to be another type is retyped; a capitalised word that no rule kept becomes a
// place.
func (s *state) routePairs() {
	for _, c := range s.caps {
		i := int(c) // the dash's left neighbour
		d := i + 1
		if d+1 >= len(s.toks) || s.toks[d].Kind != tokenize.Punct || s.toks[d].Start != s.toks[i].End || s.toks[d+1].Start != s.toks[d].End {
			continue
		}
		if w := s.word(d); w != "–" && w != "-" && w != "—" || s.inDateline(i) || s.isAllCaps(i) || s.isAllCaps(d+1) {
			continue // (not a dateline's dash: "JAKARTA-Pebulu tangkis …")
		}
		l, r := s.routeEnd(i), s.routeEnd(d+1)
		if l == routeNone || r == routeNone {
			continue
		}
		route := false
		if f := s.nameStart(i); f > 0 {
			switch s.lowAt(f - 1) {
			case "rute", "koridor", "ruas", "jalur", "tol", "trayek", "lintas", "penerbangan", "jalan", "penyeberangan":
				route = true
			}
		}
		if !route && l != routePlace && r != routePlace {
			continue
		}
		s.makeRoutePlace(i, l)
		s.makeRoutePlace(d+1, r)
	}
}

// The ends of a route routePairs reads: a place's span, a name's span the context guessed,
// a capitalised word no span holds, or none of these.
const (
	routeNone = iota
	routePlace
	routeGuess
	routeFree
)

// routeEnd says what token i, next to a route's dash, is (see routePairs).
func (s *state) routeEnd(i int) int {
	if o := s.owner[i]; o >= 0 {
		sp := &s.spans[o]
		switch {
		case sp.typ == gazetteer.Location || sp.typ == gazetteer.Country:
			return routePlace
		case sp.entry == nil && sp.source.guessed() && sp.last-sp.first <= 2:
			return routeGuess
		}
		return routeNone
	}
	if s.toks[i].Kind == tokenize.Word && s.isCap(i) && s.nameShaped(i) && !s.is(i, fCommon) && !s.is(i, fStop) && !s.isAllCaps(i) {
		return routeFree
	}
	return routeNone
}

// nameStart returns the first token of the span that holds token i, or i.
func (s *state) nameStart(i int) int {
	if o := s.owner[i]; o >= 0 {
		return s.spans[o].first
	}
	return i
}

// makeRoutePlace makes the end of a route at token i a place (see routePairs).
func (s *state) makeRoutePlace(i, kind int) {
	switch kind {
	case routeGuess:
		sp := &s.spans[s.owner[i]]
		sp.typ, sp.source = gazetteer.Location, source{rule: ruleContextPlace}
	case routeFree:
		s.addSpan(s.ruleSpan(i, i+1, gazetteer.Location, ruleContextPlace))
	}
}

// venueWordsAt returns the end of an English venue's words from token i, two or three
// capitalised words one space apart ending in "Center", "Centre" or "Hall" after a word such
// as "Convention" or "Expo" ("Convention Center", "International Convention Centre",
// "Convention Hall"), or, not for the typer's trainer (typer.Trace), one to three ending in
// a venue's own word ("Stadium", "Arena", "Park", "Mall", "Expo", "Dome") after words that
// describe it ("International Stadium", "Techno Park"), or i.
func (s *state) venueWordsAt(i int) int {
	w := s.lowAt(i)
	if !mayOpenVenue(w) {
		return i // (no venue's word: a quick no by the first letter and length)
	}
	if typer.Trace == nil && (venueEnd(w) || venueModifier(w)) {
		for e := i + 1; e <= len(s.toks) && e-i <= 3; e++ {
			k := e - 1
			if k > i && (!s.isCap(k) || s.toks[k].Kind != tokenize.Word || s.toks[k].Start != s.toks[k-1].End+1) {
				return i
			}
			if venueEnd(s.lowAt(k)) {
				if e < len(s.toks) && s.isCap(e) && s.toks[e].Kind == tokenize.Word && s.toks[e].Start == s.toks[k].End+1 {
					return i // the name goes on: "… Park Avenue"
				}
				return e
			}
			if !venueModifier(s.lowAt(k)) {
				return i
			}
		}
		return i
	}
	if w != "international" && !venueCentre(w, "center") {
		return i // (the first word is the venue's kind or "International": a quick no)
	}
	for n := 2; n <= 3 && i+n <= len(s.toks); n++ {
		e := i + n
		for k := i + 1; k < e; k++ {
			if !s.isCap(k) || s.toks[k].Kind != tokenize.Word || s.toks[k].Start != s.toks[k-1].End+1 {
				return i
			}
		}
		if w := s.lowAt(e - 1); (centreWord(w) || w == "hall") && venueCentre(s.lowAt(e-2), "center") {
			return e
		}
	}
	return i
}

// venueOpenerWords are the words that may open a venue's words: a venueEnd, a
// venueModifier or the first word of a venueCentre. They have rareVenue.
var venueOpenerWords = strings.Fields(`stadium arena park mall expo dome hall center centre
	international convention exhibition techno science sports sport indoor national city
	expo arts art tennis squash aquatic aquatics olympic shopping trade financial business
	conference events event performing cultural culture`)

// venueOpeners has bit n of entry c set when some word that may open a venue's words (a
// venueEnd, a venueModifier or the first word of a venueCentre) is n bytes long and starts
// with the byte c, and bit n+16 when one of n bytes ends with c.
var venueOpeners = func() (t [256]uint32) {
	for _, w := range venueOpenerWords {
		t[w[0]] |= 1 << len(w)
		t[w[len(w)-1]] |= 1 << (len(w) + 16)
	}
	return t
}()

// mayOpenVenue is a quick test of whether w, in small letters, may open a venue's words
// (see venueWordsAt): its first and last bytes and its length are those of some word that
// does.
func mayOpenVenue(w string) bool {
	return len(w) < 16 && len(w) > 0 && venueOpeners[w[0]]&(1<<len(w)) != 0 && venueOpeners[w[len(w)-1]]&(1<<(len(w)+16)) != 0
}

// venueEnd reports whether w, in small letters, is an English word that ends a venue's name
// after a place's: "stadium", "arena", "park", "mall", "expo", "dome", "hall", "center".
func venueEnd(w string) bool {
	switch w {
	case "stadium", "arena", "park", "mall", "expo", "dome", "hall", "center", "centre":
		return true
	}
	return false
}

// venueModifier reports whether w, in small letters, describes a venue before its own word:
// "international", "convention", "techno", "sports", "indoor".
func venueModifier(w string) bool {
	switch w {
	case "international", "convention", "exhibition", "techno", "science", "sports", "sport", "indoor", "national", "city":
		return true
	}
	return false
}

// rulesOnlyIn reports whether tokens [first, last) hold no span but ones a rule made wholly
// inside them ("International Stadium" that a head word made a place).
func (s *state) rulesOnlyIn(first, last int) bool {
	for k := first; k < last; k++ {
		if o := s.owner[k]; o >= 0 && (s.spans[o].entry != nil || s.spans[o].first < first || s.spans[o].last > last) {
			return false
		}
	}
	return true
}

// free reports whether tokens [first, last) hold no span but guessed names' wholly inside them.
func (s *state) free(first, last int) bool {
	for k := first; k < last; k++ {
		if o := s.owner[k]; o >= 0 && (s.spans[o].entry != nil || s.spans[o].first < first || s.spans[o].last > last || !s.spans[o].source.guessed()) {
			return false
		}
	}
	return true
}

// regionalBodies makes a body's name and the continent or region right after it one body,
// its regional arm, as companies and teams name theirs: "Honda Team Asia", "Kinetiq
// Creators Asia", "PT Ciptadana Sekuritas Asia", "Google Asia Pacific". The region is Asia,
// Asia Pasifik or Pasifik as the gazetteer knows them, one space after the body's last word
// and with no capitalised word after it; the name before it is a body's, or one the context
// or the typer took for a person's, which a region never ends.
func (s *state) regionalBodies() {
	for k := range s.spans {
		r := &s.spans[k]
		if r.dead || r.typ != gazetteer.Location || r.entry == nil || r.first == 0 {
			continue
		}
		switch r.entry.ID {
		case "loc:asia", "loc:asia-pasifik", "loc:pasifik":
		default:
			continue
		}
		if r.last < len(s.toks) && s.isCap(r.last) && s.toks[r.last].Kind == tokenize.Word || s.toks[r.first].Start != s.toks[r.first-1].End+1 {
			continue
		}
		o := s.owner[r.first-1]
		if o < 0 {
			continue
		}
		b := &s.spans[o]
		if b.last != r.first || !(b.typ == gazetteer.Organization || b.typ == gazetteer.Person && b.entry == nil && b.source.guessed() && b.last-b.first >= 2) {
			continue
		}
		first, last := b.first, r.last
		s.removeSpan(k)
		s.removeSpan(int(o))
		s.addSpan(s.ruleSpan(first, last, gazetteer.Organization, ruleContextOrg))
	}
}

// venueAfterBody makes a body's or a person's name and "Arena", "Stadium" or "Dome" right
// after it one place, a venue named after its sponsor or patron: "Sritex Arena", "Jakarta
// International Stadium" is a place's already; and a city's name with an English venue's
// words after it (venueWordsAt): "Celebes Convention Center".
func (s *state) venueAfterBody() {
	if s.rareCues&rareVenue == 0 {
		return // (both need a word of venueOpenerWords, which have rareVenue)
	}
	for _, c := range s.caps {
		i := int(c)
		if i == 0 || s.owner[i-1] < 0 || s.toks[i].Kind != tokenize.Word || !mayOpenVenue(s.lowAt(i)) {
			continue // (both need a name right before, and every word below opens a venue's words: quick noes)
		}
		if e := s.venueWordsAt(i); e > i {
			// a city's name and an English venue's words: "Celebes Convention Center",
			// "Bali International Convention Centre", "Surabaya Convention Hall"
			if o := s.owner[i-1]; o >= 0 && s.spans[o].last == i && s.spans[o].typ == gazetteer.Location && s.spans[o].entry != nil &&
				s.toks[i].Start == s.toks[i-1].End+1 && (s.free(i, e) || typer.Trace == nil && s.rulesOnlyIn(i, e)) {
				first := s.spans[o].first
				s.removeSpan(int(o))
				for k := i; k < e; k++ {
					if ok := s.owner[k]; ok >= 0 {
						s.removeSpan(int(ok))
					}
				}
				s.addSpan(s.ruleSpan(first, e, gazetteer.Location, ruleContextPlace))
				continue
			}
		}
		if s.owner[i] >= 0 {
			continue
		}
		switch s.lowAt(i) {
		case "arena", "stadium", "dome":
		default:
			continue
		}
		o := s.owner[i-1]
		if o < 0 || s.spans[o].last != i || s.toks[i].Start != s.toks[i-1].End+1 ||
			s.spans[o].typ != gazetteer.Organization && s.spans[o].typ != gazetteer.Person {
			continue
		}
		first := s.spans[o].first
		s.removeSpan(int(o))
		s.addSpan(s.ruleSpan(first, i+1, gazetteer.Location, ruleContextPlace))
	}
}

// shortLegalForm reports whether w, in small letters, is a company's legal form written
// short that the English suffixes (lexicon/org-suffixes.txt) lack: "corp" without its full
// stop, "cos." for companies.
func shortLegalForm(w string) bool {
	return w == "corp" || w == "cos."
}

// electionWord reports whether w, in small letters, is a short word for an election of a
// region's head that the generic terms (lexicon/generic-terms.txt) lack: "Pilgub Jateng",
// "Pilbup Garut", "Pilwalkot Bandung".
func electionWord(w string) bool {
	switch w {
	case "pilgub", "pilbup", "pilwalkot", "pilwali", "pilkades":
		return true
	}
	return false
}

// idolGroupBefore reports whether a noun for an idol group or a band stands right before
// token i, perhaps with the group's country (a span) or its genre ("K-pop", "J-pop") and
// "idola" between: "boy group XENOVA", "girl group K-pop NOVELLE", "Grup idola Korea Selatan
// NOVA7", "boyband VANTA". Entertainment news writes such groups' names in capitals as
// their agencies do, and an acronym read there would be dropped; a name so introduced is a
// body's.
func (s *state) idolGroupBefore(i int) bool {
	k := i - 1
	if k < 1 {
		return false
	}
	if o := s.owner[k]; o >= 0 {
		if s.spans[o].typ != gazetteer.Country {
			return false
		}
		k = s.spans[o].first - 1 // the group's country: "girl group Korea Selatan ORBITELLE"
	}
	for n := 0; k > 0 && n < 2 && idolWord(s.lowAt(k)); n++ {
		k--
	}
	if k < 0 || s.toks[k].Kind != tokenize.Word {
		return false
	}
	switch s.lowAt(k) {
	case "boyband", "girlband":
		return true
	case "group", "band":
		return k > 0 && (s.lowAt(k-1) == "boy" || s.lowAt(k-1) == "girl" || s.lowAt(k-1) == "idol")
	case "grup":
		return k+1 < i && idolWord(s.lowAt(k+1))
	}
	return false
}

// idolWord reports whether w, in small letters, says a group is one of idols: "idola",
// "idol", or a genre of pop music (popGenre).
func idolWord(w string) bool {
	return w == "idola" || w == "idol" || popGenre(w)
}

// popGenre reports whether w, in small letters, names a genre of pop music by its country's
// letter: "k-pop", "j-pop".
func popGenre(w string) bool {
	switch w {
	case "k-pop", "j-pop", "c-pop", "t-pop", "p-pop", "kpop", "jpop":
		return true
	}
	return false
}

// noNameOpener reports whether token i, opening a run of capitalised words, is a genre
// of pop music ("K-pop") or the first word of "boy group"/"girl group" (boyGroup), no name's
// word. Its length and letters are asked first, as most runs' first words are neither.
func (s *state) noNameOpener(i int) bool {
	t := &s.toks[i]
	switch t.End - t.Start {
	case 3:
		return s.text[t.Start]|0x20 == 'b' && s.boyGroup(i)
	case 4:
		if c := s.text[t.Start+1] | 0x20; c == 'i' {
			return s.text[t.Start]|0x20 == 'g' && s.boyGroup(i)
		} else if c == 'p' {
			return popGenre(s.lowAt(i)) // "Kpop"
		}
	case 5:
		return s.text[t.Start+1] == '-' && popGenre(s.lowAt(i)) // "K-pop"
	}
	return false
}

// boyGroup reports whether token i is "boy" or "girl" before "group" or "band" in small
// letters, the English noun for an idol group, whose first word opening a sentence is no
// name: "Boy group Korea Selatan …".
func (s *state) boyGroup(i int) bool {
	if i+1 >= len(s.toks) || s.isCap(i+1) {
		return false
	}
	w := s.lowAt(i)
	return (w == "boy" || w == "girl") && (s.lowAt(i+1) == "group" || s.lowAt(i+1) == "band")
}
