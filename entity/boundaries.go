package entity

import (
	"strings"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// adjustBoundaries corrects chosen spans at their edges, where a word next to the span
// says what the span is:
//   - a body's branch or regional office and its place or region belong to it ("ASDP
//     Cabang Ambon", "PT Pertamina Patra Niaga Regional Papua Maluku", "Ombudsman RI
//     Perwakilan Riau"), a court's seat to the court ("Pengadilan Tindak Pidana Korupsi
//     Mamuju"), and a body's number to the body ("AP II", "Pelindo III"); a police
//     unit's acronym before its force belongs to the unit's name ("Satreskrim Polres
//     Garut");
//   - a company's "Tbk" right after its name belongs to it ("PT Bank Central Asia Tbk"),
//     and so does a country after a word that closes companies' names ("Samuel Sekuritas
//     Indonesia");
//   - a country's acronym written against a currency sign is the currency's, not the
//     country ("US$", "S$");
//   - a place's name followed by a direction word names a district ("Banjarmasin Utara"),
//     also at the end of a body's name ("Polsek Kupang Barat"), and one followed by a
//     number in words a village split from it ("Tobadak Dua");
//   - a known body's name followed by capitalised words up to an English organization
//     suffix is one body: "Pixar Animation Studio", "Disney Pictures"; so is a place's
//     name: "Mekong Pharma".
func (s *state) adjustBoundaries() {
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead {
			continue
		}
		e := sp.last
		switch sp.typ {
		case gazetteer.Organization:
			if p := sp.first - 1; p >= 0 && s.toks[p].Kind == tokenize.Number && sp.last == sp.first+1 && s.isAllCaps(sp.first) && s.countBefore(p) {
				// a body's acronym after a count names that many of its units, no one
				// body: "31 DPD provinsi", "dari 33 DPD", "2/3 DPD" (regional boards)
				s.removeSpan(k)
				continue
			}
			if p := sp.first - 1; p >= 0 && (s.owner[p] < 0 || s.spans[s.owner[p]].first == p && s.spans[s.owner[p]].last == p+1) &&
				policeBodyHead(s.lowAt(sp.first)) && s.policeUnit(p) && s.toks[p].End+1 == s.toks[sp.first].Start {
				if o := s.owner[p]; o >= 0 {
					s.removeSpan(int(o)) // the unit the gazetteer knows alone: "Brimob"
				}
				// a police unit's acronym before its force: "Satreskrim Polres Garut",
				// "Ditpolairud Polda Kalbar"
				s.owner[p] = int32(k)
				sp.first, sp.start = p, int(s.toks[p].Start)
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: ruleOrgHead}
			}
			if p := sp.first - 1; typer.Trace == nil && p >= 0 && sp.entry != nil && boardAcronym(s.word(p)) && s.toks[p].End+1 == s.toks[sp.first].Start &&
				(s.owner[p] < 0 || s.spans[s.owner[p]].first == p && s.spans[s.owner[p]].last == p+1) {
				// a party's or an association's board before its name: "DPP PKB", "DPW PAN",
				// "PP PELTI", "Komdis PSSI"; a regional board takes its region after the name
				// ("DPW PKB Sulawesi Selatan"; not for the typer's trainer, typer.Trace)
				if o := s.owner[p]; o >= 0 {
					s.removeSpan(int(o))
				}
				s.owner[p] = int32(k)
				sp.first, sp.start = p, int(s.toks[p].Start)
				if regionalBoard(s.word(p)) && e < len(s.toks) && s.toks[e].Start == s.toks[e-1].End+1 {
					if c := s.placeAt(e); c > e && s.spans[s.owner[e]].country == "ID" && (c >= len(s.toks) || s.word(c) != "(") {
						// (not a region that a bracketed short form of its own follows: "DPD
						// Hanura Sulawesi Selatan (Sulsel)", whose "Sulsel" is the region's)
						s.removeSpan(int(s.owner[e]))
						for i := e; i < c; i++ {
							s.owner[i] = int32(k)
						}
						sp.last, sp.end = c, int(s.toks[c-1].End)
						e = c
					}
				}
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: ruleOrgHead}
			}
			if e < len(s.toks) && s.owner[e] < 0 && isTbk(s.word(e)) && s.toks[e].Start == s.toks[e-1].End+1 {
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].Start)+len("Tbk") // not a sentence's period
			} else if typer.Trace == nil && e < len(s.toks) && s.owner[e] < 0 && legalFormAbroad(s.word(e)) && s.toks[e].Start == s.toks[e-1].End+1 {
				// a company's legal form abroad right after its name: "Starbucks Corp",
				// "Apple Inc." (its full stop, but a sentence's; not for the typer's trainer,
				// typer.Trace, whose weights were made without these)
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].End)
				if strings.HasSuffix(s.word(e), ".") && (e+1 >= len(s.toks) || s.sentenceOf(e+1).First == e+1) {
					sp.end--
				}
			} else if e < len(s.toks) && s.owner[e] < 0 && !s.isCap(e) && s.toks[e].Kind != tokenize.Number && !roman(s.word(e)) {
				// a free word in small letters or a punctuation mark after the name, most
				// bodies' next token: none of the tests below holds for it (each asks for a
				// number, a span, a capitalised word or a Roman numeral there), a quick no
			} else if x := s.numberedNameTbk(e); x > 0 {
				// a number inside a listed company's name: "PT Mobile 8 Telecom Tbk"
				for i := e; i < x; i++ {
					s.owner[i] = int32(k)
				}
				sp.last, sp.end = x, int(s.toks[x-1].Start)+len("Tbk")
				if sp.entry == nil {
					sp.name, sp.id = s.spanText(sp.first, x-1), ""
				}
			} else if c := s.placeBeforeTbk(e); c >= 0 {
				// the country or place in a listed company's legal name: "PT Trimegah
				// Sekuritas Indonesia Tbk", "PT Unilever Indonesia Tbk"
				s.removeSpan(c)
				s.owner[e], s.owner[e+1] = int32(k), int32(k)
				sp.last, sp.end = e+2, int(s.toks[e+1].Start)+len("Tbk")
			} else if e < len(s.toks) && s.owner[e] < 0 && s.toks[e].Start == s.toks[e-1].End+1 && len(s.word(e)) >= 2 && len(s.word(e)) <= 3 && roman(s.word(e)) &&
				(e+1 >= len(s.toks) || !s.isCap(e+1) || s.owner[e+1] >= 0) {
				// a body's number after its name: "AP II" (Angkasa Pura II), "Pelindo III"
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].End)
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: ruleOrgHead}
			} else if sp.entry == nil && e < len(s.toks) && s.owner[e] < 0 && s.isCap(e) && !s.isAllCaps(e) && s.lex.placeDirections[s.lowAt(e)] &&
				s.toks[e].Start == s.toks[e-1].End+1 && !s.lex.placeDirections[s.lowAt(e-1)] && s.placeEndsAt(e) {
				// a body named by its head and a district named by its city and a
				// direction: "Polsek Kupang Barat", "Puskesmas Medan Barat"
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].End)
				sp.name = s.spanText(sp.first, sp.last)
			} else if x := s.branchAfter(e); x > e {
				// a body's branch and its place: "ASDP Cabang Ambon", "BPJS Kesehatan
				// Kantor Cabang Pematangsiantar"
				s.growSpan(k, x)
				sp.source = source{rule: ruleOrgHead}
			} else if c := s.placeAt(e); c > 0 && sp.entry != nil && s.lowAt(sp.first) == "pengadilan" && s.toks[e].Start == s.toks[e-1].End+1 &&
				s.spans[s.owner[e]].typ == gazetteer.Location {
				// a court's seat belongs to its name: "Pengadilan Tindak Pidana Korupsi Mamuju"
				s.removeSpan(int(s.owner[e]))
				s.growSpan(k, c)
				sp.source = source{rule: ruleOrgHead}
			} else if c := s.owner[min(e, len(s.toks)-1)]; e < len(s.toks) && c >= 0 && sp.entry != nil &&
				s.spans[c].first == e && s.spans[c].last == e+1 && s.spans[c].typ == gazetteer.Country && s.spans[c].country != "" &&
				sp.entry.Country != s.spans[c].country && s.toks[e].Start == s.toks[e-1].End+1 && s.unitCountry(sp, e, s.spans[c].country) {
				// a body from abroad and a country's name right after it: its office or
				// chapter there, "WWF Indonesia", "UNICEF Indonesia", "Google Indonesia",
				// "juru bicara Hyundai Australia Emma Caldwell" (a name may follow it after a
				// title); not a country in a list of them ("Hizbullah Iran dan Lebanon")
				s.removeSpan(int(c))
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].End)
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: ruleOrgHead}
			} else if c := s.countryAfterSuffix(sp); c >= 0 {
				// the country of a company's legal name, after the word that closes a
				// company's name: "Samuel Sekuritas Indonesia"
				s.removeSpan(c)
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].End)
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: ruleOrgHead}
			} else if x := s.entrySuffixAfter(e); x > e {
				for y := s.orgSuffixAfter(x); y > x; y = s.orgSuffixAfter(x) {
					x = y // "Honda Racing Corporation"
				}
				s.growSpan(k, x)
				sp.source = source{rule: ruleOrgHead}
			}
		case gazetteer.Location:
			if x := s.clubSuffixAfter(e); typer.Trace == nil && x > e {
				// a city's or a region's name, at most two words of the club's own and a
				// club's letters make the club's name: "Zhejiang FC", "Bali United FC",
				// "Borneo Samudra FC", the place's country the club's when words of its own
				// stand between (not for the typer's trainer, typer.Trace)
				first, country := sp.first, sp.country
				s.removeSpan(k)
				if x == e+1 {
					s.addSpan(s.ruleSpan(first, x, gazetteer.Organization, ruleContextOrg))
				} else {
					club := s.ruleSpan(first, x, gazetteer.Organization, rulePlaceName)
					club.country = country
					s.addSpan(club)
				}
			} else if f := sp.first - 1; typer.Trace == nil && f >= 0 && s.word(f) == "PS" && s.owner[f] < 0 && s.toks[f].End+1 == s.toks[sp.first].Start {
				// "PS" (Persatuan Sepak Bola, a football club) and its place make the club's
				// name: "PS Barito Putera", "PS Tanjung Redeb" (not for the typer's trainer),
				// with a word of the club's own after the place and no name after that word:
				// "PS Mojokerto Putra", "PS Kendal Raya"
				s.removeSpan(k)
				if e+1 < len(s.toks) && s.owner[e] < 0 && clubOwnWord(s.word(e)) && s.toks[e].Start == s.toks[e-1].End+1 &&
					!(e+1 < len(s.toks) && s.toks[e+1].Kind == tokenize.Word && s.isCap(e+1)) {
					e++
				}
				s.addSpan(s.ruleSpan(f, e, gazetteer.Organization, ruleContextOrg))
			} else if x := s.slashedBodyEnd(sp, e); typer.Trace == nil && x > e {
				// a building or a compound named by two bodies joined by a slash: "Gedung
				// DPR/MPR", "kompleks MPR/DPR RI" (not for the typer's trainer)
				s.growSpan(k, x)
			} else if b := s.institutionOfPlace(sp.first); typer.Trace == nil && b >= 0 {
				// an English institution's name "… of" a place: "The Complutense University
				// of Madrid", "Royal Academy of London" (not for the typer's trainer)
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(b, e, gazetteer.Organization, ruleContextOrg))
			} else if e >= len(s.toks) || !s.isCap(e) {
				// no capitalised word after the place, as after most: none of the tests
				// below holds (each asks for one there), a quick no
			} else if x := s.mediumNameEnd(sp.first, e); typer.Trace == nil && x > e {
				// a paper's or a station's name after the word for its kind, which opens with
				// a place's: "harian Asia Raya", "stasiun televisi Bali TV" (not for the
				// typer's trainer)
				first := sp.first
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(first, x, gazetteer.Organization, ruleContextOrg))
			} else if x := s.venueEndAfter(e); typer.Trace == nil && x > e {
				// a place's name and English words up to a venue's: "Tokyo Metropolitan
				// Gymnasium", "Singapore Indoor Stadium" (not for the typer's trainer)
				first := sp.first
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(first, x, gazetteer.Location, ruleContextPlace))
			} else if x := s.orgSuffixAfter(e); x > e && e < len(s.toks) && s.toks[e].Start == s.toks[e-1].End+1 && !s.nameWordBefore(sp.first) {
				// a place's name and an English body's suffix make a company's name:
				// "Mekong Pharma", "Mekong Pharma Joint Stock Company"
				for y := s.orgSuffixAfter(x); y > x; y = s.orgSuffixAfter(x) {
					x = y
				}
				first := sp.first
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(first, x, gazetteer.Organization, ruleContextOrg))
			} else if e < len(s.toks) && s.owner[e] < 0 && s.isCap(e) && !s.isAllCaps(e) && (s.lex.placeDirections[s.lowAt(e)] || numberWord(s.lowAt(e))) &&
				s.toks[e].Start == s.toks[e-1].End+1 && !s.lex.placeDirections[s.lowAt(e-1)] {
				// a district named by its city and a direction: "Banjarmasin Utara", "Medan Barat"
				s.owner[e] = int32(k)
				sp.last, sp.end = e+1, int(s.toks[e].End)
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: rulePlaceDirection}
			} else if x := s.placeWordsAfter(e); typer.Trace == nil && x > e && sp.entry != nil && sp.country == "ID" &&
				!(sp.first > 0 && (s.is(sp.first-1, fTitle) || s.inRole(sp.first-1))) {
				// a neighbourhood, an estate or a building named by a place at home and the
				// words after it: "Sunter Agung", "Kalibata City", "Jakarta Garden City" (not
				// after a title, whose holder's name may follow the place: "Kapolsek Tebet
				// Agung"; not for the typer's trainer, typer.Trace)
				s.growSpan(k, x)
				sp.source = source{rule: rulePlaceName}
			}
		case gazetteer.Country:
			if e < len(s.toks) && int(s.toks[e].Start) == sp.end && isCurrencySign(s.word(e)) {
				s.removeSpan(k)
			} else if f := sp.first - 1; f >= 0 && (s.word(f) == "Air" || typer.Trace == nil && stationWord(s.word(f))) && s.owner[f] < 0 && s.toks[f].End+1 == s.toks[sp.first].Start {
				// an airline named "Air" and its country: "Air Mauritania", "Air Madagascar";
				// a broadcaster named "Radio" or "Televisi" and its country: "Radio Rwanda",
				// "Radio Australia" (not for the typer's trainer)
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(f, e, gazetteer.Organization, ruleContextOrg))
			} else if e >= len(s.toks) || !s.isCap(e) && s.owner[e] < 0 {
				// neither a capitalised word nor a span after the country, as after most:
				// none of the tests below holds (each asks for one there), a quick no
			} else if e < len(s.toks) && s.owner[e] < 0 && s.isCap(e) && !s.isAllCaps(e) && indonesianDirection(s.lowAt(e)) &&
				s.toks[e].Start == s.toks[e-1].End+1 && s.word(sp.first) != "Republik" {
				// a region of a country named by a direction: "Suriah Utara", "Libya Barat",
				// "Suriah Barat Laut" (not a state's long name: "Republik Sudan Selatan")
				if f := e + 1; f < len(s.toks) && s.owner[f] < 0 && (s.word(f) == "Laut" || s.word(f) == "Daya") && s.toks[f].Start == s.toks[e].End+1 {
					s.owner[e] = int32(k)
					e = f
				}
				s.owner[e] = int32(k)
				sp.typ, sp.last, sp.end = gazetteer.Location, e+1, int(s.toks[e].End)
				sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
				sp.source = source{rule: rulePlaceDirection}
			} else if x := s.venueEndAfter(e); typer.Trace == nil && x > e {
				// a country's name and English words up to a venue's: "Singapore Indoor
				// Stadium" (not for the typer's trainer)
				first := sp.first
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(first, x, gazetteer.Location, ruleContextPlace))
			} else if x := s.bodyAfterCountry(sp); x > e {
				// a country's name opening an English body's name: "East Japan Railway
				// Company", "Korea Investment Corporation"
				first := sp.first
				if first > 0 && s.owner[first-1] < 0 && s.isCap(first-1) && compassWord(s.lowAt(first-1)) && s.toks[first-1].End+1 == s.toks[first].Start {
					first--
				}
				for i := e; i < x; i++ {
					if o := int(s.owner[i]); o >= 0 && o != k {
						s.removeSpan(o)
					}
				}
				s.removeSpan(k)
				s.addSpan(s.ruleSpan(first, x, gazetteer.Organization, ruleContextOrg))
			} else if e < len(s.toks) && s.owner[e] >= 0 && sp.last-sp.first == 1 && s.word(sp.first) == "DPRK" {
				if o := s.owner[e]; s.spans[o].first == e && s.spans[o].typ == gazetteer.Location && s.spans[o].country == "ID" {
					// Aceh's regency and city councils (Dewan Perwakilan Rakyat Kabupaten/
					// Kota) are named DPRK and their regency or city: "DPRK Lhokseumawe",
					// "DPRK Aceh Utara", not North Korea
					first, last := sp.first, s.spans[o].last
					s.removeSpan(int(o))
					s.removeSpan(k)
					s.addSpan(s.ruleSpan(first, last, gazetteer.Organization, ruleOrgHead))
				}
			}
		}
	}
}

// placeWordsAfter returns the end of the words from token e that continue the name of a
// place ending at e into a neighbourhood's, an estate's or a building's (lexicon/
// place-name-words.txt): "Sunter Agung", "Kalibata City", "Tomang City Garden"; or e when
// none does. Each word is capitalised but not in capitals, one space after the word before
// it, on the same line and held by no span. What follows them must not be a capitalised
// word, which goes on as a person's name ("Sunter Jaya Wibowo"), unless a known place or a
// day's name ("Kalibata City Jakarta Selatan", "Sunter Agung Senin"), nor an age in
// brackets, which only a person has ("Agung (45)").
func (s *state) placeWordsAfter(e int) int {
	x := e
	for x < len(s.toks) && s.owner[x] < 0 && s.toks[x].Kind == tokenize.Word && s.isCap(x) && !s.isAllCaps(x) &&
		s.lex.placeNameWords[s.lowAt(x)] && s.toks[x].Start == s.toks[x-1].End+1 && !s.paraBreak(x) {
		x++
	}
	if x == e || s.ageAfter(x) {
		return e
	}
	if x < len(s.toks) && s.toks[x].Kind == tokenize.Word && s.isCap(x) && s.toks[x].Start == s.toks[x-1].End+1 && !s.paraBreak(x) &&
		s.startsAt(x).place == 0 && !weekday(s.lowAt(x)) {
		return e
	}
	return x
}

// agedNames retypes as persons the known bodies' names of one word when the document gives
// one of them an age of two digits in brackets after a description or a comma, as only a
// person has: "Pedagang sayur Sarinah (55)" is no department store, and every other
// "Sarinah" of the document is the same woman. A known place's name of one word is a
// person's too when a person's description comes with the age ("Sarmi (54), warga …"),
// but not where a word of place stands before it ("dari Sarmi").
func (s *state) agedNames() {
	if !s.anyAge() {
		return // (a name is aged only by an age after it)
	}
	var aged []string
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.entry == nil || sp.last-sp.first != 1 || sp.typ != gazetteer.Organization && sp.typ != gazetteer.Location ||
			s.isAllCaps(sp.first) || !s.ageAfter(sp.last) || len(s.word(sp.last+1)) != 2 || len(aged) == 8 {
			continue
		}
		var described bool
		if sp.typ == gazetteer.Organization {
			// an age of two digits after a description or a comma, not a count or a rank in
			// a table: "Liverpool (1)"
			described = sp.first > 0 && (s.word(sp.first-1) == "," || s.toks[sp.first-1].Kind == tokenize.Word && !s.isCap(sp.first-1))
		} else {
			// a place's name with a person's description after or before it: "Sarmi (54),
			// warga Dusun Krajan", "seorang warga, Sarmi (54)," is no regency (not for the
			// typer's trainer)
			described = typer.Trace == nil && !s.placeContext(sp.first) &&
				(s.describedAfterAge(sp.last+3) || sp.first >= 2 && s.word(sp.first-1) == "," && s.personNounAt(sp.first-2))
		}
		if described && !s.bracketedNumbers(sp.first) {
			aged = append(aged, s.lowAt(sp.first))
		}
	}
	for _, w := range aged {
		for k := range s.spans {
			if sp := &s.spans[k]; !sp.dead && sp.entry != nil && sp.last-sp.first == 1 && s.lowAt(sp.first) == w &&
				(sp.typ == gazetteer.Organization || sp.typ == gazetteer.Location && !s.placeContext(sp.first) &&
					(sp.first == 0 || s.lowAt(sp.first-1) != "dari" && s.lowAt(sp.first-1) != "menuju")) {
				*sp = s.ruleSpan(sp.first, sp.last, gazetteer.Person, ruleContextAge)
			}
		}
	}
}

// describedAfterAge reports whether a comma and a noun of a person's standing open the
// tokens at j, right after an age in brackets: "(54), warga …", "(41), pedagang …" (see
// personNounAt).
func (s *state) describedAfterAge(j int) bool {
	return j+1 < len(s.toks) && s.word(j) == "," && s.personNounAt(j+1)
}

// personNounAt reports whether token j is a noun of a person's standing: a title, a noun
// the lexicon lists before names, or "warga", "pedagang", "petani", "nelayan", "buruh",
// "ibu", "pria", "perempuan" and their like.
func (s *state) personNounAt(j int) bool {
	w := s.lowAt(j)
	return w == "warga" || w == "pedagang" || w == "petani" || w == "nelayan" || w == "ibu" || w == "buruh" ||
		s.lex.personNouns[w] || personWord(w) || s.is(j, fTitle)
}

// bracketedNumbers reports whether the sentence of the name at token i gives another name
// a number in brackets too, as a table or a list of scores does: "Juventus (77) dan AS
// Roma (71)", "Sheffield Wednesday (75), dan Fulham (73)".
func (s *state) bracketedNumbers(i int) bool {
	sen := s.sentenceOf(i)
	for k := sen.First + 1; k+2 < sen.Last; k++ {
		if k != i+1 && s.word(k) == "(" && s.toks[k+1].Kind == tokenize.Number && s.word(k+2) == ")" && s.isCap(k-1) {
			return true
		}
	}
	return false
}

// nameWordBefore reports whether the token before token i is a capitalised word of a name
// that a place at i would continue ("Multisoft Java Technologies", "Sierra Nevada
// Corporation"): a span's, or one that is no ordinary word nor a title's.
func (s *state) nameWordBefore(i int) bool {
	p := i - 1
	if p < 0 || s.toks[p].Kind != tokenize.Word || !s.isCap(p) || s.toks[p].End+1 != s.toks[i].Start {
		return false
	}
	return s.owner[p] >= 0 || !s.is(p, fCommon) && !s.is(p, fTitle) && !s.isInitial(p)
}

// policeUnit reports whether token p is the acronym of a police unit, written as one
// capitalised word of a unit's prefix and its field: "Satreskrim", "Satlantas",
// "Ditpolairud", "Ditresnarkoba", "Subditjatanras" (no ordinary word: "Ditangani").
func (s *state) policeUnit(p int) bool {
	w := s.word(p)
	if s.toks[p].Kind != tokenize.Word || len(w) < 6 || s.is(p, fCommon) || !tokenize.IsCapitalized(w) {
		return false
	}
	if w == "Brimob" || w == "Sabhara" || w == "Samapta" {
		return true // the mobile brigade and the patrol units: "Brimob Polda Lampung"
	}
	for _, pre := range [...]string{"Sat", "Dit", "Subdit"} {
		if strings.HasPrefix(w, pre) {
			for k := len(pre); k < len(w); k++ {
				if w[k] < 'a' || w[k] > 'z' {
					return false
				}
			}
			return true
		}
	}
	return false
}

// policeBodyHead reports whether w, in small letters, begins the name of a police force:
// "polres", "polda", "polresta", "polrestabes", "polsek".
func policeBodyHead(w string) bool {
	switch w {
	case "polres", "polda", "polresta", "polrestabes", "polsek", "polsekta", "polair":
		return true
	}
	return false
}

// policeRank reports whether w, after "Kepolisian", gives the rank of a regional police
// force: "Kepolisian Resor Bone" (Polres), "Kepolisian Daerah", "Kepolisian Sektor".
func policeRank(w string) bool {
	switch w {
	case "resor", "resort", "daerah", "sektor":
		return true
	}
	return false
}

// boardAcronym reports whether w, as written, names a party's or an association's board
// before the body's name: DPP, DPW, DPD, DPC (a party's central, provincial, regency and
// branch boards), PP, PB, PW, PC (an association's), Komdis (its disciplinary committee).
func boardAcronym(w string) bool {
	switch w {
	case "DPP", "DPW", "DPD", "DPC", "PP", "PB", "PW", "PC", "Komdis":
		return true
	}
	return false
}

// regionalBoard reports whether board acronym w names a regional board, whose region follows
// the body's name: DPW, DPD, DPC, PW, PC.
func regionalBoard(w string) bool {
	switch w {
	case "DPW", "DPD", "DPC", "PW", "PC":
		return true
	}
	return false
}

// placeBeforeTbk returns the span of a one-word country or place at token e that "Tbk"
// follows, or -1.
func (s *state) placeBeforeTbk(e int) int {
	if e+1 >= len(s.toks) || s.owner[e+1] >= 0 || !isTbk(s.word(e+1)) || s.toks[e].Start != s.toks[e-1].End+1 {
		return -1
	}
	c := s.owner[e]
	if c < 0 || s.spans[c].first != e || s.spans[c].last != e+1 ||
		s.spans[c].typ != gazetteer.Country && s.spans[c].typ != gazetteer.Location {
		return -1
	}
	return int(c)
}

// branchAfter returns the end of a branch word (Cabang, Regional, Wilayah, Perwakilan;
// "Kantor" may come first), or a unit's (Unit, UP3, ULP, KPH, "Daerah Operasi", see
// branchPhrase), a number it may have, and a place's name, or a region of two, right after
// a body's name ending before token e, or e: "ASDP Cabang Ambon", "Pelindo Regional 2
// Bengkulu", "PLN UP3 Palu", "PLN Unit Layanan Pelanggan Dobo". The place may be one
// capitalised word the gazetteer lacks that ends the run of capitals, an ordinary word
// too ("ASDP Cabang Lembar", "PLN ULP Negara", "Pertamina Patra Niaga Regional
// Sumbagsel"), even where a rule took the branch's words for a name of their own.
func (s *state) branchAfter(e int) int {
	if e < len(s.toks) && s.owner[e] >= 0 {
		// a branch the head-word rules made a body of its own: "Kantor Cabang Pematangsiantar"
		b := &s.spans[s.owner[e]]
		if b.first == e && b.typ == gazetteer.Organization && b.last-b.first >= 3 && s.lowAt(e) == "kantor" && branchWord(s.lowAt(e+1)) {
			return s.regionEnd(b.last) // "Kantor Cabang Pematangsiantar", "Kantor Wilayah Sulawesi Selatan dan Barat"
		}
	}
	i := e
	if i < len(s.toks) && s.lowAt(i) == "kantor" && s.isCap(i) {
		i++
	}
	if i+1 >= len(s.toks) || !s.isCap(i) || s.toks[i].Start != s.toks[i-1].End+1 {
		return e
	}
	j := s.branchPhrase(i)
	if j == i {
		return e
	}
	if j+1 < len(s.toks) && (s.toks[j].Kind == tokenize.Number && len(s.word(j)) <= 2 || roman(s.word(j))) && s.isCap(j+1) {
		j++ // "Regional 2", "Daerah Operasi 5"
	}
	end := s.placeAt(j)
	if end < 0 && j < len(s.toks) && s.toks[j].Kind == tokenize.Word && s.isCap(j) && s.nameShaped(j) && !s.isUni(j) &&
		(j+1 >= len(s.toks) || !s.isCap(j+1) || s.toks[j+1].Kind != tokenize.Word) {
		end = j + 1
	}
	if end < 0 {
		return e
	}
	for k := i; k < end; k++ {
		// the words may belong to no span, to a body, or to a rule's guess that lies
		// within them ("Cabang Lembar" taken for a person's name)
		if o := s.owner[k]; o >= 0 {
			if sp := &s.spans[o]; sp.typ != gazetteer.Organization && sp.first < k && k < j ||
				sp.entry != nil && sp.first < j || sp.first < i || sp.last > end && sp.first < j {
				return e
			}
		}
	}
	if end == j+1 && s.owner[j] < 0 || s.placeAt(j) > 0 {
		return s.regionEnd(end)
	}
	return end
}

// branchPhrase returns the end of the words naming a branch or a unit of a body that start
// at token i, or i: a branch word (branchWord), a unit's acronym (UP3, ULP, UID, KPH, KCP,
// Witel), "Daerah Operasi", "Divisi Regional", or "Unit" and up to three capitalised words
// before the run's last ("Unit Layanan Pelanggan", "Unit Induk Wilayah").
func (s *state) branchPhrase(i int) int {
	w := s.lowAt(i)
	switch {
	case branchWord(w) || unitAcronym(w) && s.isAllCaps(i) || w == "witel":
		return i + 1
	case (w == "daerah" || w == "divisi") && i+1 < len(s.toks) && s.isCap(i+1) && (s.lowAt(i+1) == "operasi" || w == "divisi" && s.lowAt(i+1) == "regional"):
		return i + 2
	case w == "unit":
		j := i + 1
		for j+1 < len(s.toks) && j-i <= 3 && s.isCap(j) && s.isCap(j+1) && s.toks[j].Kind == tokenize.Word && s.toks[j+1].Kind == tokenize.Word && s.placeAt(j) < 0 && !s.isAllCaps(j) {
			j++
		}
		return j
	}
	return i
}

// unitAcronym reports whether w, in small letters, is the acronym of a state company's or
// a ministry's unit before its place: PLN's "up3", "ulp", "uid", "uiw", "upt", Perhutani's
// "kph", a bank's "kcp".
func unitAcronym(w string) bool {
	switch w {
	case "up3", "ulp", "uid", "uiw", "upt", "kph", "kcp":
		return true
	}
	return false
}

// regionEnd returns the end of a region named by a place ending before token end: the
// place alone, two places ("Regional Papua Maluku") or a place and its part ("Regional
// Jawa Bagian Barat", "Kantor Wilayah Sulawesi Selatan dan Barat").
func (s *state) regionEnd(end int) int {
	switch {
	case s.placeAt(end) > 0:
		return s.placeAt(end)
	case end+1 < len(s.toks) && (s.lowAt(end) == "bagian" || s.lowAt(end) == "dan") && s.isCap(end+1) && s.lex.placeDirections[s.lowAt(end+1)]:
		return end + 2
	}
	return end
}

// branchWord reports whether w, in small letters, names a body's branch or regional office
// before its place: "Cabang", "Regional", "Wilayah" (after "Kantor"), "Perwakilan".
func branchWord(w string) bool {
	switch w {
	case "cabang", "regional", "wilayah", "perwakilan":
		return true
	}
	return false
}

// placeAt returns the end of the place's or country's span that begins at token i, or -1.
func (s *state) placeAt(i int) int {
	if i >= len(s.toks) {
		return -1
	}
	o := s.owner[i]
	if o < 0 || (s.spans[o].typ != gazetteer.Location && s.spans[o].typ != gazetteer.Country) || s.spans[o].first != i {
		return -1
	}
	return s.spans[o].last
}

// countryAfterSuffix returns the span of a one-word country right after organization span
// sp, one space away, when sp ends with a word that closes bodies' names (Sekuritas,
// Technologies: lexicon/org-suffixes.txt), or -1.
func (s *state) countryAfterSuffix(sp *span) int {
	e := sp.last
	if e >= len(s.toks) || !s.is(e-1, fOrgSuffix) || s.toks[e].Start != s.toks[e-1].End+1 {
		return -1
	}
	c := s.owner[e]
	if c < 0 || s.spans[c].typ != gazetteer.Country || s.spans[c].first != e || s.spans[c].last != e+1 {
		return -1
	}
	return int(c)
}

// legalFormAbroad reports whether a token's text w is a company's legal form abroad,
// which ends its name: "Inc.", "Corp", "Ltd", "LLC", "Plc", "Co.", "GmbH", "S.A.", "N.V.".
func legalFormAbroad(w string) bool {
	switch w {
	case "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "Plc", "PLC", "Co.", "Cos.", "GmbH", "S.A.", "N.V.":
		return true
	}
	return false
}

// venueEndAfter returns where a venue's name ends when the capitalised words from token e,
// right after a place's name, three at most and of no span, end with an English word for
// a venue ("Metropolitan Gymnasium", "Indoor Stadium", "Convention Hall"); else e.
func (s *state) venueEndAfter(e int) int {
	for x := e; x < len(s.toks) && x-e < 3; x++ {
		if s.owner[x] >= 0 || !s.isCap(x) || s.toks[x].Kind != tokenize.Word || s.toks[x].Start != s.toks[x-1].End+1 {
			return e
		}
		switch s.lowAt(x) {
		case "gymnasium", "stadium", "arena", "hall", "dome", "velodrome", "coliseum", "colosseum", "ballpark":
			return x + 1
		}
	}
	return e
}

// slashedBodyEnd returns the end of a second body's acronym joined by a slash, with no
// space, to the acronym that ends the place-head span sp at token e: "Gedung DPR | /MPR",
// "Kompleks MPR | /DPR RI" (the whole of a known body's name that begins there). Else it
// returns e.
func (s *state) slashedBodyEnd(sp *span, e int) int {
	if e+1 >= len(s.toks) || s.word(e) != "/" || sp.source.rule != rulePlaceHead || sp.last-sp.first < 2 || !s.isAllCaps(sp.last-1) ||
		s.toks[e].Start != s.toks[e-1].End || s.toks[e+1].Start != s.toks[e].End || !s.isAllCaps(e+1) {
		return e
	}
	if o := s.owner[e+1]; o >= 0 {
		if s.spans[o].typ != gazetteer.Organization || s.spans[o].first != e+1 {
			return e
		}
		return s.spans[o].last
	}
	return e + 2
}

// institutionOfPlace returns where an English institution's name begins whose last words
// are "of" and the place at token first: a capitalised word for an institution
// ("University", "Institute", "College", "Academy", "Museum", "Hospital") before "of", and
// before it up to three capitalised words of no span, no Indonesian ordinary word, "The"
// among them, each one space apart: "The Complutense University | of Madrid". Else it
// returns -1.
func (s *state) institutionOfPlace(first int) int {
	f := first - 1
	if f < 2 || s.word(f) != "of" || s.toks[f].Start != s.toks[f-1].End+1 || s.toks[first].Start != s.toks[f].End+1 || s.owner[f-1] >= 0 || !s.isCap(f-1) {
		return -1
	}
	switch s.lowAt(f - 1) {
	case "university", "institute", "college", "academy", "museum", "hospital", "polytechnic", "conservatory":
	default:
		return -1
	}
	b := f - 1
	for k := b - 1; k >= 0 && b-k <= 3 && s.toks[k].Kind == tokenize.Word && s.owner[k] < 0 && s.isCap(k) && s.toks[k].End+1 == s.toks[k+1].Start &&
		(!s.is(k, fCommon) || isEnglishWord(s.lowAt(k))); k-- {
		b = k
		if s.word(k) == "The" {
			break
		}
	}
	return b
}

// stationWord reports whether w, as written, is the capitalised word that opens a
// broadcaster's name before its country's: "Radio", "Televisi".
func stationWord(w string) bool {
	return w == "Radio" || w == "Televisi"
}

// clubSuffixAfter returns the end of a club's letters ("FC", "SC", see clubSuffix) at token
// e, right after a place's name, or after one or two capitalised words of no span that
// follow the place; all one space apart: "Zhejiang | FC", "Borneo | Samudra FC". Else it
// returns e.
func (s *state) clubSuffixAfter(e int) int {
	for x := e; x < len(s.toks) && x-e < 3; x++ {
		if s.owner[x] >= 0 || s.toks[x].Start != s.toks[x-1].End+1 || !s.isCap(x) {
			return e
		}
		if clubSuffix(s.word(x)) {
			return x + 1
		}
		if s.toks[x].Kind != tokenize.Word || s.isAllCaps(x) {
			return e
		}
	}
	return e
}

// mediumNameEnd returns the end of a paper's or a station's name that opens with the place
// [first, e) (not a country, which says where the medium is from: "kantor berita Jepang
// Domei"): the place comes right after the word for the medium's kind in
// small letters ("harian", "koran", "majalah", "tabloid", "surat kabar", "kantor berita",
// "stasiun televisi", "stasiun radio"; "harian" not the adjective "daily") and one to three
// capitalised words of no span follow it, each one space apart: "harian Asia Raya",
// "koran Jakarta Shimbun", "stasiun televisi Bali TV". Else it returns e.
func (s *state) mediumNameEnd(first, e int) int {
	if first < 1 || s.toks[first-1].Kind != tokenize.Word || s.isCap(first-1) || e >= len(s.toks) {
		return e
	}
	switch s.lowAt(first - 1) {
	case "harian":
		if first-1 > 0 && s.adjectiveHarian(first-1) {
			return e
		}
	case "koran", "majalah", "tabloid":
	case "kabar", "berita", "televisi", "radio":
		if first < 2 {
			return e
		}
		switch s.lowAt(first-2) + " " + s.lowAt(first-1) {
		case "surat kabar", "kantor berita", "stasiun televisi", "stasiun radio":
		default:
			return e
		}
	default:
		return e
	}
	x := e
	for x < len(s.toks) && x-e < 3 && s.owner[x] < 0 && s.isCap(x) && s.toks[x].Kind == tokenize.Word && s.toks[x].Start == s.toks[x-1].End+1 &&
		!weekday(s.lowAt(x)) && s.cueOf(x) == cueNone {
		x++
	}
	return x
}

// numberedNameTbk returns the end of "Tbk" when token e, right after a body's name, is a
// number of one or two digits that one to three capitalised words of no span and "Tbk"
// follow, each one space apart: the rest of a listed company's name ("PT Mobile | 8
// Telecom Tbk"); else -1.
func (s *state) numberedNameTbk(e int) int {
	if e >= len(s.toks) || s.toks[e].Kind != tokenize.Number || s.owner[e] >= 0 || s.toks[e].End-s.toks[e].Start > 2 || s.toks[e].Start != s.toks[e-1].End+1 {
		return -1
	}
	for x := e + 1; x < len(s.toks) && x <= e+4; x++ {
		if s.owner[x] >= 0 || s.toks[x].Kind != tokenize.Word || s.toks[x].Start != s.toks[x-1].End+1 {
			return -1
		}
		if isTbk(s.word(x)) {
			if x > e+1 {
				return x + 1
			}
			return -1
		}
		if !s.isCap(x) {
			return -1
		}
	}
	return -1
}

// isTbk reports whether w is "Tbk", the mark of a listed company, with or without the
// period that the tokenizer keeps on an abbreviation.
func isTbk(w string) bool {
	return w == "Tbk" || w == "Tbk."
}

// isCurrencySign reports whether a token's text w is a currency sign: "$", "€", "£", "¥".
func isCurrencySign(w string) bool {
	switch w {
	case "$", "€", "£", "¥":
		return true
	}
	return false
}

// bodyAfterCountry returns the end of an English body's name that the one-word country
// span sp opens, one space before it: capitalised words that no span holds and an
// organization suffix ends (orgSuffixAfter), or the span of such a name that a rule found
// ("Japan | Railway Company"); else sp.last. Not after another name word.
func (s *state) bodyAfterCountry(sp *span) int {
	e := sp.last
	if sp.last-sp.first != 1 || e >= len(s.toks) || s.toks[e].Start != s.toks[e-1].End+1 || s.nameWordBefore(sp.first) && !compassWord(s.prevLow(sp.first)) ||
		s.prevLow(sp.first) == "asal" {
		return e // (the country a body comes from: "maskapai asal India Jet Airways")
	}
	if p := sp.first - 1; p >= 0 && sp.entry != nil && s.word(sp.first) == sp.entry.Name && s.toks[p].Kind == tokenize.Word && !s.isCap(p) &&
		!s.paraBreak(sp.first) && !s.is(p, fPlacePrep) && !s.is(p, fConnector) {
		return e // the country's Indonesian name after a noun it qualifies: "perusahaan Jepang Kyoei Battery Materials"
	}
	x := s.orgSuffixAfter(e)
	for y := s.orgSuffixAfter(x); y > x; y = s.orgSuffixAfter(x) {
		x = y // "Japan Post Insurance"
	}
	if o := s.owner[e]; x == e && o >= 0 {
		if b := &s.spans[o]; b.first == e && b.typ == gazetteer.Organization && b.entry == nil && b.source.rule == ruleContextOrg && s.is(b.last-1, fOrgSuffix) {
			x = b.last
		}
	}
	if x > e && x < len(s.toks) && s.isCap(x) && s.toks[x].Kind == tokenize.Word && !s.paraBreak(x) {
		return e // the name goes on: "Indonesia International Auto Part"
	}
	return x
}

// indonesianDirection reports whether w, in small letters, is a compass direction as
// Indonesian names a region by it: "utara", "selatan", "barat", "timur", "tengah". (Unlike
// link.go's directionWord it reads the lowercase form, so that it holds in text of one case,
// and leaves out "Laut" and "Daya", which only a direction's second word is.)
func indonesianDirection(w string) bool {
	return w == "utara" || w == "selatan" || w == "barat" || w == "timur" || w == "tengah" || w == "tenggara"
}

// compassWord reports whether w, in small letters, is an English compass word that opens
// a name: "East Japan Railway Company", "North Sumatra".
func compassWord(w string) bool {
	return w == "east" || w == "west" || w == "north" || w == "south" || w == "central"
}

// maxOrgSuffixWords bounds the capitalised words between a body's name and its suffix.
const maxOrgSuffixWords = 3

// orgSuffixAfter returns the end of a run of capitalised words from token i that are no
// span's and end in an English organization suffix ("Animation Studio"), or i.
func (s *state) orgSuffixAfter(i int) int {
	for j := i; j < len(s.toks) && j-i < maxOrgSuffixWords; j++ {
		if s.owner[j] >= 0 || !s.isCap(j) || s.paraBreak(j) {
			return i
		}
		if s.is(j, fOrgSuffix) {
			if j > 0 && venueCentre(s.lowAt(j-1), s.lowAt(j)) {
				return i // a place's: "Jakarta Convention Center"
			}
			return j + 1
		}
	}
	return i
}

// entrySuffixAfter is orgSuffixAfter for a body the gazetteer knows, after which
// "Research" names its research arm too ("Google Research", "Nielsen Media Research"),
// not only after an unknown name, where it may end a title's field ("Head of Threat
// Research"); so does a word of lexicon/unit-suffixes.txt its subsidiary ("BCA Syariah",
// not for the typer's trainer).
func (s *state) entrySuffixAfter(i int) int {
	if i < len(s.toks) && s.owner[i] < 0 && s.isCap(i) && !s.paraBreak(i) &&
		(s.lowAt(i) == "research" || typer.Trace == nil && s.lex.unitSuffixes[s.lowAt(i)]) {
		return i + 1
	}
	return s.orgSuffixAfter(i)
}

// countBefore reports whether the number token p counts what follows it: one to three
// digits ("31", not a year, "2014 KPU") or a fraction of single digits ("2/3"), not after
// a capitalised word whose number it is ("Liga 1", "Komisi 3"; an ordinary word opening
// the sentence is none: "Sebanyak 31 DPD").
func (s *state) countBefore(p int) bool {
	w := s.word(p)
	switch {
	case len(w) == 3 && w[1] == '/':
		if w[0] < '1' || w[0] > '9' || w[2] < '1' || w[2] > '9' {
			return false
		}
	case len(w) <= 3:
		if !digits(w) {
			return false
		}
	default:
		return false
	}
	return p == 0 || s.toks[p-1].Kind != tokenize.Word || !s.isCap(p-1) || s.isInitial(p-1) && s.is(p-1, fCommon)
}

// numberWord reports whether w, in small letters, is a number from one to ten written in
// words, as villages split in two or more are numbered ("Tobadak Dua", "Sidomulyo Satu").
func numberWord(w string) bool {
	switch w {
	case "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh":
		return true
	}
	return false
}

// unitCountry reports whether the country's name at token e, code country, right after
// the body from abroad span sp names its office or chapter there: not in a list of
// countries, and before no capitalised word but a person's name or one after a title
// before sp. The name typer's training candidates keep the form it was trained on,
// "Indonesia" before no capitalised word.
func (s *state) unitCountry(sp *span, e int, country string) bool {
	plain := e+1 >= len(s.toks) || !s.isCap(e+1)
	if typer.Trace != nil {
		return country == "ID" && plain
	}
	return !s.countryListAfter(e+1) &&
		(plain || s.personAt(e+1) != nil || sp.first > 0 && (s.is(sp.first-1, fTitle) || s.titleEndsAt(sp.first)))
}

// countryListAfter reports whether token i goes on a list of countries: "dan", "serta" or
// a comma, then a country's name ("… Iran dan Lebanon").
func (s *state) countryListAfter(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	if w := s.lowAt(i); w != "dan" && w != "serta" && w != "," {
		return false
	}
	c := s.owner[i+1]
	return c >= 0 && s.spans[c].typ == gazetteer.Country
}

// growSpan makes span k, a body or a place, end at token x instead of at its last token:
// the tokens between become its own, any other span that held one of them is removed,
// and its name becomes its new text, with no id or gazetteer entry, since the name is no
// longer the entry's (adjustBoundaries' rules that take the words after a name).
func (s *state) growSpan(k, x int) {
	sp := &s.spans[k]
	for i := sp.last; i < x; i++ {
		if o := s.owner[i]; o >= 0 && int(o) != k {
			s.removeSpan(int(o))
		}
		s.owner[i] = int32(k)
	}
	sp.last, sp.end = x, int(s.toks[x-1].End)
	sp.name, sp.id, sp.entry = s.spanText(sp.first, sp.last), "", nil
}

// clubOwnWord reports whether w, as written, is a word a football club's name puts after its
// place, after "PS": "Putra", "Putera", "Raya", "Muda", "Jaya", "United".
func clubOwnWord(w string) bool {
	switch w {
	case "Putra", "Putera", "Raya", "Muda", "Jaya", "United", "Perkasa", "Mandiri":
		return true
	}
	return false
}
