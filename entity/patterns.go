package entity

import (
	"math/bits"
	"slices"
	"strings"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// maxNameWords bounds the words after a head word: no real body or place needs more, and
// the bound keeps the rule linear on text that repeats capitalised words.
const maxNameWords = 12

// portfolioListEnd returns the end of a list of a ministry's further portfolios that goes
// on from token j, each one to three ordinary words capitalised, joined by commas and a last
// "dan": ", Kehutanan, dan Perikanan", "dan Perikanan"; or j when none follows, or the list
// has no "dan" item, or a word of it is not an ordinary word (a name, a body's head: "dan
// Kementerian Kehutanan", "dan Budi Santoso").
func (s *state) portfolioListEnd(j int) int {
	k := j
	for last := false; !last; {
		p := k
		if p < len(s.toks) && s.word(p) == "," {
			p++
		}
		if p < len(s.toks) && (s.lowAt(p) == "dan" || s.word(p) == "&") {
			p++
			last = true
		} else if p == k {
			return j
		}
		q := p
		for q < len(s.toks) && q-p < 3 && s.toks[q].Kind == tokenize.Word && s.isCap(q) && (s.is(q, fCommon) || nominalization(s.lowAt(q))) && !s.is(q, fStop) &&
			s.phraseAt(&s.lex.orgHeads, q) == 0 && s.phraseAt(&s.lex.placeHeads, q) == 0 && s.startsAt(q).place == 0 && s.startsAt(q).body == 0 {
			q++
		}
		if q == p {
			return j
		}
		k = q
	}
	return k
}

// nominalization reports whether w is shaped like an Indonesian abstract noun made with
// ke-…-an or pe(r/m/n/ng)-…-an, the words of a ministry's portfolio that a list of common
// words may lack: "kehutanan", "perindustrian", "ketenagakerjaan".
func nominalization(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "an") && (strings.HasPrefix(w, "ke") || strings.HasPrefix(w, "pe"))
}

// fieldBeforeRegion reports whether the place head at token i is one word that a
// region's head follows, a body's field before the body's region: "Desa" in "Dinas
// Pemberdayaan Masyarakat dan Desa Kabupaten Nagekeo". Not for the name typer's trainer,
// whose runs stay those its weights were made from.
func (s *state) fieldBeforeRegion(i int) bool {
	n := s.phraseAt(&s.lex.placeHeads, i)
	return typer.Trace == nil && n == 1 && i+1 < len(s.toks) && s.isCap(i+1) && territorialHead(s.lowAt(i+1))
}

// officeHead reports whether w, in small letters, heads the name of a government office
// or unit, which a title alone often names: "Kepala Balai", "Kepala Biro", "Kepala Seksi".
func officeHead(w string) bool {
	switch w {
	case "balai", "biro", "seksi", "bidang", "bagian", "kantor", "unit", "satuan", "subbagian", "subbidang":
		return true
	}
	return false
}

// addressBlock reports whether token i is "Blok" before a code, a block of an address or
// a place that a name does not follow ("Blok A12", "Blok M", "Blok C RT 03"), not before a
// name of three letters or more ("Blok Rokan", "Blok Masela").
func (s *state) addressBlock(i int) bool {
	if s.lowAt(i) != "blok" {
		return false
	}
	n := i + 1
	if n >= len(s.toks) || s.toks[n].Kind != tokenize.Word || len(s.word(n)) < 3 || s.isAllCaps(n) {
		return true
	}
	for _, c := range []byte(s.word(n)) {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// territorialOrVillage reports whether w, in small letters, heads a region of government
// or a village: "desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi".
func territorialOrVillage(w string) bool {
	return w == "desa" || w == "kelurahan" || territorialHead(w)
}

// namedForPerson reports whether w, in small letters, ends the head word of a school that
// is often named after a person, whom the gazetteer may know: "universitas", "institut",
// "politeknik", "akademi" ("Universitas Bung Karno", "Institut Soekarno").
func namedForPerson(w string) bool {
	switch w {
	case "universitas", "institut", "politeknik", "akademi":
		return true
	}
	return false
}

// estateHead reports whether w, in small letters, is the head word of a housing estate's
// name, "perumahan", which is an ordinary noun inside other names too: a portfolio's
// ("Menteri Perumahan Rakyat") or a programme's ("Bantuan Stimulan Perumahan Swadaya").
func estateHead(w string) bool {
	return w == "perumahan"
}

// territorialHead reports whether w, in small letters, heads a region of government:
// "kabupaten", "kota", "provinsi", "kecamatan". (Each is a place head's first word, as
// mayOpenPlaceList takes for granted: a word added here goes into TestListOpenerFlags too.)
func territorialHead(w string) bool {
	switch w {
	case "kabupaten", "kota", "provinsi", "kecamatan", "propinsi":
		return true
	}
	return false
}

// mallHead reports whether w is a place head that names a shopping centre: "Plaza
// Senayan", "Mal Taman Anggrek", "Mall Kota Kasablanka".
func mallHead(w string) bool {
	return w == "plaza" || w == "mal" || w == "mall"
}

// streetAbbrevs are the words streetAbbrev reports; they have fRareCue.
var streetAbbrevs = [...]string{"jl", "jln", "gg."}

// streetAbbrev reports whether w, in small letters, is a street's head written short
// without its full stop, or a lane's: "Jl Kawi", "Jln Kawi", "Gg. Mawar" (as "Jl." is).
func streetAbbrev(w string) bool {
	return slices.Contains(streetAbbrevs[:], w)
}

// headWordSpans proposes organizations and places that begin with a head word:
// "Kementerian luar negeri Seoul", "Partai Buruh Korea", "Kabupaten Muara Tebing",
// "Gunung Raung". The head must be capitalised and followed by at least one name word.
func (s *state) headWordSpans() {
	s.indexCandidates()
	for _, c := range s.caps {
		i := int(c)
		if s.info[i].flags&(fOrgHeadFirst|fPlaceHeadFirst|fRareCue) == 0 {
			continue // no head's first word nor a streetAbbrev (a quick no before the phrase tables)
		}
		low := s.lowAt(i) // (asked of the head word by most of the tests below)
		typ, n := gazetteer.Organization, s.phraseAt(&s.lex.orgHeads, i)
		if pn := s.phraseAt(&s.lex.placeHeads, i); pn > n {
			typ, n = gazetteer.Location, pn
		}
		if n == 0 && typer.Trace == nil && streetAbbrev(low) {
			typ, n = gazetteer.Location, 1 // (not for the typer's trainer, whose weights were made without these)
		}
		if n == 0 || s.inRole(i) && i > 0 && (s.word(i-1) == "," || s.lowAt(i-1) == "dan" || s.lowAt(i-1) == "serta") {
			continue // (or an item of a role's field list read already, see fieldListBody)
		}
		if typer.Trace == nil && i > 0 && lawWord(s.lowAt(i-1)) {
			// a law's title, which a head word may open: "UU Jabatan Notaris", "Perda
			// Kawasan Tanpa Rokok" (not for the typer's trainer)
			continue
		}
		if low == "kali" && (i > 0 && (s.toks[i-1].Kind == tokenize.Number || countWord(s.lowAt(i-1))) || i+1 < len(s.toks) && countWord(s.lowAt(i+1))) {
			continue // a time, not a river: "Pertama Kali Bertemu", "Kali Kedua"
		}
		if i > 0 && int(s.startsAt(i-1).place) > i || i > 1 && int(s.startsAt(i-2).place) > i {
			continue // a word of a known place: "Serikat" in "Amerika Serikat Joshua Whitfield"
		}
		if typer.Trace == nil && typ == gazetteer.Organization && i > 0 && int(s.startsAt(i-1).body) > i {
			// a word of a known body's name: "Persatuan" in "Partai Persatuan Pembangunan
			// Hajrul Azwar", no head of another body that would run on into the name
			// after it (not for the typer's trainer)
			continue
		}
		if typ == gazetteer.Location && (s.addressBlock(i) || low == "blok" && i == s.sentenceOf(i).First && s.startsAt(i+1).place > 0) {
			// an address's block, not an oil and gas block: "Blok A12", "Blok C RT 03" (as
			// "Blok Rokan" is); nor a block opening a sentence before a known region, a
			// common noun capitalised there: "Blok Kalimantan dan Sulawesi dimenangi …"
			continue
		}
		if typ == gazetteer.Location && mallHead(low) && (typer.Trace != nil || i > 0 && s.isCap(i-1) && s.toks[i-1].Kind == tokenize.Word && i-1 != s.sentenceOf(i).First) {
			// a brand's word before it makes the head a word of the brand's name: "Crowne
			// Plaza", "Lippo Mall Kuta", "PT AEON Mall Indonesia" (and the typer's trainer
			// sees none of these heads, which its weights were made without)
			continue
		}
		start := i + n
		if typ == gazetteer.Organization && typer.Trace == nil && start < len(s.toks) && s.startsAt(start).body > 0 && describingHead(s.keyOf(i, start)) {
			// a noun that says what a known body is: "Koran Sydney Morning Herald",
			// "Stasiun televisi SCTV" give the body alone (the typer's trainer sees these
			// runs as before, so that its training data stay what the weights were made from)
			continue
		}
		school := schoolHead(low) // (asked by several tests below)
		if e := max(start, s.schoolLevelEnd(i)); typer.Trace == nil && (school || e > start) && e < len(s.toks) && (s.phraseAt(&s.lex.orgHeads, e) > 0 || s.startsAt(e).body > 0) &&
			(s.inRolePhrase(i) || i > 0 && (s.is(i-1, fTitle) || s.phraseAt(&s.lex.titles, i-1) > 0)) {
			// a school's level in a role's field before the body whose role it is: "Kepala
			// Bidang Pembinaan Sekolah Dasar | Dinas Pendidikan …", "Direktur Sekolah Menengah
			// Pertama | Kemendikdasmen" (not for the typer's trainer, typer.Trace)
			for k := i; k < e; k++ {
				s.bits[k] |= bitRole
			}
			continue
		}
		if n >= 2 && (i == s.sentenceOf(i).First || s.isInitial(i) || i > 0 && s.inDateline(i-1)) && s.smallWordIn(i+1, start) && s.phraseAt(&s.lex.missionHeads, i) != n {
			continue // a head written as a common noun, capitalised to open the sentence: "Stasiun televisi Korea Selatan, tvN, …"
		}
		if int(s.startsAt(i).other) > start {
			continue // a known name of no entity type: "Liga Champions", not "Liga Champions dan Premier League"
		}
		if n == 1 && s.numberedPart(i, start) {
			continue // a part, not a body: "Komisi III DPR", "Grup B Piala AFF"
		}
		if start < len(s.toks) && strings.TrimSuffix(s.lowAt(start), ".") == "bhd" {
			continue // a Malaysian company's legal form, not a school: "Layar Mega Sdn Bhd"
		}
		if typ == gazetteer.Organization && s.phraseAt(&s.lex.missionHeads, i) == n {
			// a mission is its head and the country it represents: "Kedutaan Besar
			// Republik Korea", not "… dan Kedubes AS" nor "… AS Molly Koscina"
			if e := int(s.startsAt(start).place); e > start {
				if country := s.countryWithin(start, e); country != "" {
					sp := s.ruleSpan(i, e, gazetteer.Organization, ruleOrgHead)
					sp.rank, sp.country = 1, country
					s.addCand(sp)
				}
			}
			continue
		}
		if typ == gazetteer.Location && i > 0 && s.phraseAt(&s.lex.titles, i-1) == n+1 {
			continue // the head ends a title: "Wali Kota Bandung"
		}
		if typ == gazetteer.Location && typer.Trace == nil && (low == "kota" && i > 0 && s.lowAt(i-1) == "ibu" || low == "pasar" && s.countryStartsAt(i+1)) {
			// "kota" in "ibu kota" (a capital) is no place's head: "Ibu Kota Suriah, Damaskus"
			// gives the country, as "Presiden Suriah" does; nor is a market before a country
			// a place, but the country's economy: "ekspor ke Pasar Amerika Serikat", "Pasar
			// India" (not for the typer's trainer)
			continue
		}
		if typ == gazetteer.Location && typer.Trace == nil && territorialOrVillage(low) && n == 1 && i+n < len(s.toks) && s.isCap(i+n) && s.phraseAt(&s.lex.orgHeads, i+n) > 0 {
			continue // a head word that a body's name follows names no place: "Direktur … Ekonomi Desa | Kementerian Desa …"
		}
		if typ == gazetteer.Location && typer.Trace == nil && i > 0 && s.lowAt(i-1) == "dan" && s.fieldBeforeRegion(i) {
			// a head word in a body's list of fields, which a region's head follows, names
			// no place: "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Nagekeo"
			continue
		}
		if typ == gazetteer.Location && i > 0 && s.isCap(i-1) && s.toks[i-1].Kind == tokenize.Word && !s.isInitial(i-1) &&
			(low == "pantai" || low == "laut" && s.is(i-1, fCommon)) {
			// a word inside another name: "Pelabuhan Perikanan Pantai Bajomulyo", "Bidang
			// Voli Pantai", "Direktur Jenderal Pengelolaan Ruang Laut Brahmantya …"
			continue
		}
		if typ == gazetteer.Location && estateHead(low) &&
			(typer.Trace != nil || i > 0 && s.isCap(i-1) && s.toks[i-1].Kind == tokenize.Word && i-1 != s.sentenceOf(i).First) {
			// a housing estate's head ("Perumahan Puri Iska") is a word of another name after
			// a capitalised word: a portfolio's or a programme's ("Menteri Perumahan Rakyat",
			// "Bantuan Stimulan Perumahan Swadaya"); and the typer's trainer sees none, its
			// weights made before the head was listed
			continue
		}
		if typ == gazetteer.Location && low == "ujung" && s.startsAt(i+n).place == 0 {
			// "ujung" (end) names a place before a known place ("Ujung Menteng"), not
			// before another word, often a work's title: the album "Rumah di Ujung Pagi",
			// the film "Rumah di Ujung Senja"
			continue
		}
		if typ == gazetteer.Organization && i > 0 && s.lex.companyHeads[low] && s.phraseAt(&s.lex.titles, i-1) == n+1 {
			continue // the head ends a title: "Sekretaris Perusahaan Ramayana …"
		}
		if typ == gazetteer.Organization && typer.Trace == nil && i > 0 && s.phraseAt(&s.lex.titles, i-1) == n+1 && i+n < len(s.toks) &&
			s.phraseAt(&s.lex.orgHeads, i+n) == 0 && s.phraseAt(&s.lex.placeHeads, i+n) == 0 && s.startsAt(i+n).body == 0 && s.startsAt(i+n).place == 0 &&
			!s.isAllCaps(i+n) && (s.givenName(i+n) || s.nameRunAfterTitle(i+n)) {
			continue // the head ends a title whose holder's name follows: "Kepala Sekolah Aveline Gregoire" (not for the typer's trainer)
		}
		if i > 0 && s.is(i, fTitleSuffix) && (s.is(i-1, fTitle) || s.inRole(i-1)) {
			continue // a title's suffix, not a head: "Ketua Harian Partai Demokrat"
		}
		if typ == gazetteer.Location && int(s.startsAt(i).place) > start {
			continue // a known place with its head: "Kabupaten Demak" before "Agus Sulistyanto"
		}
		bodyCountry := ""
		chained := false // a known body's name goes on into another's (see overlappingBodyEnd)
		if e := int(s.startsAt(i).body); e > start {
			// a known body's name: only a place abroad may follow ("Kementerian Kesehatan
			// Gaza"); a place at home names a branch, not another body ("Partai Demokrat Bali")
			if typer.Trace == nil && !companyForm(low) {
				// a known body that begins inside it and goes on past it names a unit of
				// the body the head's name holds: "Mabes TNI AU" over "Mabes TNI" and
				// "TNI AU" (not for the typer's trainer; a legal form's known company is
				// legalFormEntries')
				if x := s.overlappingBodyEnd(i+1, e); x > e {
					e, chained = x, true
				}
			}
			start = e
			bodyCountry = s.countryWithin(i, e)
			if bodyCountry == "" {
				bodyCountry = "-"
			}
			if typer.Trace == nil && (low == "kementerian" || low == "departemen") {
				// a ministry abroad whose portfolios its known namesake at home begins:
				// "Kementerian Pertanian, Kehutanan, dan Perikanan Jepang" (the typer's
				// trainer sees the runs it was trained on)
				start = s.portfolioListEnd(start)
			}
		}
		if e := int(s.startsAt(i + n - 1).place); typ == gazetteer.Organization && n >= 2 && e > i+n && start == i+n {
			// a known place whose head word ends the body's head: "Pemerintah Kabupaten
			// Halmahera Barat" over the regency "Kabupaten Halmahera Barat"
			sp := s.ruleSpan(i, e, typ, ruleOrgHead)
			sp.rank = 1
			sp.country = s.countryWithin(i, e)
			s.addCand(sp)
			continue
		}
		if e := s.unitNumberAfter(i + n); typ == gazetteer.Organization && start == i+n && e > 0 {
			// a unit named by its number and its place: "Kodim 0111/Bireuen", "Yonif
			// 112/Dharma Jaya"
			sp := s.ruleSpan(i, e, typ, ruleOrgHead)
			sp.rank = 1
			s.addCand(sp)
			continue
		}
		venue := typ == gazetteer.Location && s.lex.venueHeads[s.keyOf(i, i+n)]
		end := s.nameAfterHead(start, bodyCountry, typ, venue)
		if typer.Trace == nil && end > start && (s.workNounBefore(i) >= 0 || i > 0 && titleCue(s.lowAt(i-1)) || s.events != nil && s.events[s.keyOf(i, end)]) {
			// a work's title that opens with a head word, and the same words said again:
			// "sinetron Dermaga Rindu", "lagu berjudul Dermaga Terakhir" (see isEvent; not
			// for the typer's trainer, typer.Trace)
			if s.events == nil {
				s.events = map[string]bool{}
			}
			s.events[s.keyOf(i, end)] = true
			continue
		}
		for k := start + 1; typ == gazetteer.Organization && k+2 < end; k++ {
			if s.balineseStart(k, end) && (s.placeEndsAt(k) || s.word(k) == "I" || s.word(k) == "Ni") {
				end = k // a holder's name that opens the Balinese or Buton way ends the body's: "… Kabupaten Buton Tengah La Ode Muhammad Syafril"
				break
			}
		}
		if (low == "kbri" || low == "kjri") && end > start+1 {
			// a mission is named by its city alone, one known place or one word: "KBRI
			// Lisabon | Ahmad Rama Aji Nasution", "KBRI Riyadh | Mihibbuddin"
			if p := int(s.startsAt(start).place); p > start {
				end = min(end, p)
			} else {
				end = start + 1
			}
		}
		if typer.Trace == nil && typ == gazetteer.Organization && end-start >= 4 && s.inRolePhrase(i) {
			// a body named after a titled person, inside a role, then the role's holder:
			// "Direktur RSUD dr Adjidarmo | Hendra Gunawan Sastra", "Dokter spesialis anak
			// di RSUD dr H Moh Anwar | Fitriyah Nur Aini" (not for the typer's trainer)
			end = s.holderAfterEponym(start, end)
		}
		if school && end > start && end+1 < len(s.toks) && s.toks[end].Kind == tokenize.Number && len(s.word(end)) <= 2 &&
			(s.toks[end+1].Kind == tokenize.Punct || s.isCap(end+1) || s.predicateAt(end+1) || s.lex.roleEnders[s.lowAt(end+1)]) {
			// a school's number after its place's name: "SD Negeri Tunggulwulung 2" (not a
			// count: "SD Cikole 12 siswa")
			end++
		}
		if end == i+n && school && s.isAllCaps(i) && end+1 < len(s.toks) && s.toks[end].Kind == tokenize.Number && len(s.word(end)) <= 3 &&
			(s.toks[end+1].Kind == tokenize.Punct || s.isCap(end+1) || s.predicateAt(end+1) || s.lex.roleEnders[s.lowAt(end+1)] || s.cueOf(end+1) != cueNone) {
			end++ // a school named by its number alone: "SMKN 57 hadir", "siswa SMAN 8," (not "SD 12 siswa")
		}
		if end == i+n && typ == gazetteer.Organization && (n >= 3 || n == 2 && regionalPairHead(s.keyOf(i, i+n))) && s.acronymInBrackets(end) {
			// a body's head of three words or more is its whole name before its acronym:
			// "Kepolisian Resor Kota Besar (Polrestabes) Surabaya"
		} else if end == i+n || (start > i+n && end == start && !chained) {
			continue
		}
		titled := i > 0 && (s.is(i-1, fTitle) || s.is(i-1, fRank) || s.is(i-1, fTitleSuffix) || s.titleEndsAt(i) ||
			i > 1 && s.isCap(i-1) && s.phraseAt(&s.lex.titles, i-2) == 1 || // "Manajer Humas PT …"
			typ == gazetteer.Organization && i > 2 && s.isCap(i-1) && s.toks[i-1].Kind == tokenize.Word && s.owner[i-1] < 0 && s.titleEndsAt(i-1) || // "Juru bicara Layanan Kepolisian Nasional …"
			s.lex.companyHeads[low] && s.inRolePhrase(i)) // "Manajer Hubungan Masyarakat PT …"
		if k := s.knownBodyEnding(i+n, end); k > 0 && typ == gazetteer.Organization && bodyCountry == "" && s.unitHead(i) &&
			!s.isAllCaps(i) && !bodyOfItsOwn(low) && s.inRolePhrase(i) &&
			(int(s.startsAt(k).body) == end || !officeOfItsOwn(low)) {
			// a unit's head inside a role before a known body names the unit, which is
			// the role's: "Direktur Penilaian Perusahaan BEI", "Kepala Eksekutif Pengawas
			// Lembaga Pembiayaan OJK", "Kepala Biro Humas KPK" give the body only (but a
			// board or wing that is part of a body's name stays: "Ketua Umum PB PASI",
			// "Pengurus Besar …", "Angkatan Muda Partai Golkar"; see bodyOfItsOwn)
			for m := i; m < k; m++ {
				s.bits[m] |= bitRole
			}
			continue
		}
		if b := s.fieldListBody(end); b > 0 && typ == gazetteer.Organization && bodyCountry == "" && s.unitHead(i) && !s.isAllCaps(i) &&
			s.inRolePhrase(i) && !bodyOfItsOwn(low) {
			// the same, with the role's fields listed: "Kepala Eksekutif Pengawas Lembaga
			// Pembiayaan, Perusahaan Modal Ventura, Lembaga Keuangan Mikro, dan Lembaga Jasa
			// Keuangan Lainnya OJK Agusman"
			for m := i; m < b; m++ {
				s.bits[m] |= bitRole
			}
			continue
		}
		if (school || typer.Trace == nil && n == 1 && officeHead(low)) && (titled || s.inRolePhrase(i)) && end-(i+n) >= 2 && s.givenName(i+n) && !s.is(i+n, fCommon) && s.personShaped(i+n, end) {
			// a school's level in a role's field, then the holder: "Kepala Bidang
			// Pembinaan SMP Heri Kuswanto" (a school is named by its number or place); or
			// an office's head word alone: "Kepala Balai Agus Wibisono"
			s.bits[i] |= bitRole
			continue
		}
		if s.lex.companyHeads[low] {
			end = s.dropNameAfterCompany(i+n, end)
			goesOn := end < len(s.toks) && (s.cueOf(end) == cuePre || s.word(end) == "," || s.predicateAt(end) || s.lowAt(end) == "yang" ||
				negationOrAspect(s.lowAt(end)) || s.ageAfter(end)) || // "… Hendra Wijaya belum menjawab", "… Fajar Maulana (41),"
				titled && s.afterCueTitle(i) && (end >= len(s.toks) || isTerminalPunct(s.word(end)) || s.paraBreak(end)) // a speaker's phrase ends: "kata Direktur PT Sigap Prima Astrea Agus Pramono."
			whole := end
			if titled && goesOn && end-(i+n) == 3 {
				// one word of the company's own and two of its holder's, a first name the
				// gazetteer knows or a family name ending them: "Direktur Utama Bank
				// Lentera Hartono Wibisana mengatakan"
				if e := s.givenNameStart(i+n+1, end); e < end || s.endsInSurname(i+n+1, end) {
					end = i + n + 1
				}
			}
			if e := s.givenNameStart(i+n+2, end); titled && !goesOn && typer.Trace == nil && e < end && end-(i+n) >= 4 {
				// a holder whose name opens with a first name the gazetteer knows, after
				// two words of the company's at least, whatever follows: "dari Direktur
				// Utama PT Samudra Kristal Nusantara Yohanes Tirtadinata dan dua importir"
				end = e
			} else if k := s.nameAfterPlace(i+n+1, end); titled && goesOn && k < end && s.countryEndsAt(k) {
				// the company's country ends its name, and its holder follows: "Gubernur
				// Bank Sentral Malaysia Zeti Akhtar Aziz mengatakan"
				end = k
			} else if titled && goesOn && end-(i+n) >= 4 {
				// "Direktur PT Bintang Lima Kreasi Melisa Gunawan mengatakan", "Mantan
				// Direktur Utama PT Bina Hunian Jaya Irwan Syahputra Lubis dituntut",
				// "Manajer Kebun PT Agro Muara Sawit Bambang Sutrisno yang ditemui …": the
				// title's holder is named after the company, and it is the holder the
				// sentence goes on about
				if e := s.dropTrailingName(i+n+2, end); e < end {
					end = e
				} else if e := s.givenNameStart(i+n+1, end); e < end {
					end = e // "Direktur Konsumer Bank Arunika Yohanes Parlindungan Saragih"
				} else if e := s.dropTrailingName(i+n+1, end); e < end && e-(i+n) >= 2 && (companyForm(low) || low == "bank") {
					// two words of a company's or a bank's, two of its holder's: "Presiden
					// Direktur Bank Kartika Nusantara Hendrawan Saputra mengatakan" (a
					// farmers' group or a cooperative is often named in such words:
					// "Kelompok Tani Ngudi Rejeki")
					end = e
				}
			}
			if titled && goesOn && end == whole {
				end = s.dropGivenHolder(i+n, end) // "Direktur PT Maju Jaya Sutrisno mengatakan"
			}
		} else if typ == gazetteer.Organization && !titled && !s.isAllCaps(i) && s.inRolePhrase(i) {
			// a body's name after a role's words, then its holder, whose name opens with a
			// first name the gazetteer knows: "Kepala Bidang Peternakan Dinas Pertanian dan
			// Peternakan Diah Ningrum pun mengatakan"
			if k := s.givenNameStart(i+n+1, end); k < end && s.dropTrailingName(i+n, end) <= k {
				end = k
				if typer.Trace == nil && s.regionThenName(k-1, k) {
					// a first name the lists do not know before it, right after the region
					// that closes the body's name, opens the holder's: "Kepala Bidang
					// Distribusi Pangan Dinas Ketahanan Pangan DKI Jakarta | Hendrawan
					// Saputra Lubis" (not for the typer's trainer)
					end = k - 1
				}
			} else if d := s.dropTrailingName(i+n, end); d < end && end-d <= 3 && s.endsInSurname(d, end) {
				end = d // or ends with a family name the lists know: "… Divisi Teknis Penyelenggaraan Erlina Harahap"
			}
		} else if titled ||
			typ == gazetteer.Location && end < len(s.toks) && s.cueOf(end) == cuePre ||
			typer.Trace == nil && typ == gazetteer.Organization && n == 1 && s.isAllCaps(i) && !s.isUni(i) && s.inRolePhrase(i) {
			// after a title, or before a reporting verb (a place does not speak):
			// "Kecamatan Cibeber Dedi Kurniawan mengatakan"; or a body's acronym after a
			// title's field: "Kepala Bidang Kedaruratan BPBD Meli Anggraini" (not for the
			// typer's trainer)
			from := i + n
			if n == 1 && s.isAllCaps(i) && !s.isUni(i) {
				from = i // an acronym is a body's whole name: "Koordinator BPBD Yana Rusyana"
			}
			whole := end
			end = s.dropTrailingName(from, end)
			if school && end == i+n+1 && whole > end+1 && s.toks[i+n].Kind == tokenize.Number {
				end++ // a numbered school keeps its place's word: "Kepala SMP Negeri 2 Tiumang Yusnimar Chaniago"
			}
			if titled && typ == gazetteer.Organization {
				end = s.dropNameAfterPlace(i+n, end, true)
			}
			if titled && typ == gazetteer.Organization && end == whole {
				end = s.dropGivenHolder(i+n, end)
			}
			for k := i + n; typer.Trace == nil && typ == gazetteer.Organization && k < end && end < whole; k++ {
				if e := int(s.startsAt(k).body); e > end && e <= whole {
					// a known body's name that the holder's name seemed to begin inside is
					// never cut: "guru besar Fakultas Kehutanan Universitas Gadjah Mada itu"
					// ("Gadjah Mada" a name too), "dosen Fakultas Hukum Universitas Gadjah
					// Mada Zainal Arifin Mochtar" (not for the typer's trainer)
					end = e
					break
				}
			}
		}
		if k := s.nameAfterPlace(i+n, end); typ == gazetteer.Organization && k < end &&
			!(s.lex.companyHeads[low] && int(s.startsAt(i+n).place) == k) {
			// (a place that opens a company's name is the name's first word: "PT Borneo
			// Sawit Lestari", "PT Bali Towerindo Sentra")
			// a place ends a body's name, and a person's name after it is no part of it:
			// "BPBD Provinsi Sulawesi Tengah Andi Rizal Tandjumbulu", "Dinas Pendidikan
			// Provinsi Maluku Stevanus Lekatompessy"
			end = k
		} else if typ == gazetteer.Organization && !titled && end < len(s.toks) && s.is(end, fStop) {
			// a person's first name after the body's place, the name going on past a word
			// of the stop list: "Polres Lamongan Ahmad Ramadhan Siregar menyatakan"
			end = s.dropNameAfterPlace(i+n, end, false)
		}
		if typ == gazetteer.Location && typer.Trace == nil && end-(i+n) >= 2 && end < len(s.toks) && s.toks[end].Kind == tokenize.Number &&
			houseNumberWord(s.lowAt(end-1)) {
			// a house's number is the address's, not the street's name: "Jalan Melati No 6",
			// "Jl. Halimun No. 6", "Jalan Sudirman Nomor 6" (not for the typer's trainer)
			end--
		}
		if typ == gazetteer.Organization && typer.Trace == nil && end > i+n && s.schoolLevelEnd(i) == end && (end >= len(s.toks) || s.toks[end].Kind != tokenize.Number) {
			// a level of school with no school's name or number after it is a kind of school,
			// no body: "bangku Sekolah Dasar (SD)", "jenjang Sekolah Menengah Atas"; its
			// words are claimed as a name of no entity type, so that no rule takes them for
			// a body's (not for the typer's trainer, whose candidates stay as they were)
			sp := s.ruleSpan(i, end, gazetteer.Other, ruleOrgHead)
			sp.rank, sp.weak = 1, true
			s.addCand(sp)
			continue
		}
		for typer.Trace == nil && end > i+n && end < len(s.toks) && s.owner[end] < 0 && s.toks[end].Start == s.toks[end-1].End+1 && s.isCap(end-1) &&
			arabicArticle(s.word(end)) {
			// a name with the Arabic article in small letters goes on the body's or the
			// place's name: "Selat Shat al-Arab", "Brigade Syuhada al-Aqsa" (not for the
			// typer's trainer)
			end++
		}
		if typ == gazetteer.Location && typer.Trace == nil && end-(i+n) >= 2 && s.isCap(end-1) && legalFormCloser(s.lex.companyClosers, s.lowAt(end-1)) &&
			!s.lex.companyClosers[strings.TrimSuffix(s.lowAt(i+n), ".")] {
			// a place's head word opening a company's name, which its legal form closes:
			// "Tanjung Harapan Agri Pte Ltd", "Pantai Indah Kapuk Holdings", "Teluk Bayur
			// Corporation" (not for the typer's trainer)
			typ = gazetteer.Organization
		}
		src := ruleOrgHead
		if typ == gazetteer.Location {
			src = rulePlaceHead
		}
		sp := s.ruleSpan(i, end, typ, src)
		sp.rank = 1
		sp.country = s.countryWithin(i, end)
		s.addCand(sp)
	}
}

// legalFormCloser reports whether w, in small letters, closes a company's name as its legal
// form or its kind (lexicon/company-closers.txt: "Ltd", "Tbk", "Holdings", "Corporation"),
// not as a country, a reach or a word that may end a place's name too ("Indonesia",
// "Internasional"; "Asa", hope, in "Kampung Ongko Asa").
func legalFormCloser(closers map[string]bool, w string) bool {
	w = strings.TrimSuffix(w, ".")
	switch w {
	case "indonesia", "internasional", "international", "asa":
		return false
	}
	return closers[w]
}

// overlappingBodyEnd returns the end of the longest known body's name that starts among
// tokens [from, e) and goes on past e, the end of a known body's name from before from,
// by one or two capitalised words; else e. The gazetteer's matches do not overlap, so the
// second is looked up here: "Mabes TNI" and "TNI AU" make "Mabes TNI AU".
func (s *state) overlappingBodyEnd(from, e int) int {
	end := e
	for m := 1; m <= 2 && e+m <= len(s.toks); m++ {
		if x := e + m - 1; !s.isCap(x) || s.toks[x].Kind != tokenize.Word || s.paraBreak(x) {
			break
		}
		for k := from; k < e; k++ {
			for _, en := range s.lookup(s.text[s.toks[k].Start:s.toks[e+m-1].End]) {
				if en.Type == gazetteer.Organization {
					end = e + m
				}
			}
		}
	}
	return end
}

// acronymInBrackets reports whether tokens j to j+2 are an acronym of one word in
// brackets: "(Polrestabes)", "(BPBD)".
func (s *state) acronymInBrackets(j int) bool {
	return j+2 < len(s.toks) && s.word(j) == "(" && s.word(j+2) == ")" && s.toks[j+1].Kind == tokenize.Word && s.isCap(j+1)
}

// describingHead reports whether the head phrase h, in small letters, says what kind of
// body follows rather than being part of its name: a news agency's, a paper's, a
// broadcaster's or a company's.
func describingHead(h string) bool {
	switch h {
	case "kantor berita", "harian", "majalah", "koran", "tabloid", "stasiun televisi", "perusahaan":
		return true
	}
	return false
}

// countWord reports whether w, in small letters, counts or orders: a number or ordinal in
// words ("dua", "kedua", "pertama") or "beberapa", "berkali", "sekali".
func countWord(w string) bool {
	if numberWord(w) || w == "pertama" || w == "beberapa" || w == "berkali" || w == "sekali" || w == "terakhir" {
		return true
	}
	return strings.HasPrefix(w, "ke") && numberWord(w[2:])
}

// unitNumberAfter returns the end of a unit's number and place written with a slash from
// token j ("0111/Bireuen", "112/Dharma Jaya"): a number, the slash and a known place or up
// to three capitalised words, all written together; or 0.
func (s *state) unitNumberAfter(j int) int {
	if j+2 >= len(s.toks) || s.toks[j].Kind != tokenize.Number || s.word(j+1) != "/" ||
		s.toks[j+1].Start != s.toks[j].End || s.toks[j+2].Start != s.toks[j+1].End || !s.isCap(j+2) {
		return 0
	}
	k := j + 2
	if e := int(s.startsAt(k).place); e > k {
		return e
	}
	e := k
	for e < len(s.toks) && e-k < 3 && s.toks[e].Kind == tokenize.Word && s.isCap(e) && !s.is(e, fStop) && !s.is(e, fRank) && !s.is(e, fTitle) && !(e > k && s.paraBreak(e)) {
		e++
	}
	return e
}

// associationHeads are the heads of associations' names, which a profession may follow.
var associationHeads = map[string]bool{"ikatan": true, "persatuan": true, "perhimpunan": true, "asosiasi": true,
	"himpunan": true, "serikat": true, "perkumpulan": true, "gabungan": true, "paguyuban": true, "forum": true}

// schoolHead reports whether w, in small letters, is the head of a school's name, which a
// number may end: "SD Negeri Tunggulwulung 2".
func schoolHead(w string) bool {
	switch w {
	case "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn":
		return true
	}
	return false
}

// schoolLevelEnd returns the end of a level of school named in full at token i: "Sekolah
// Dasar", "Sekolah Menengah Pertama", "Sekolah Menengah Atas", "Sekolah Menengah
// Kejuruan", "Sekolah Menengah" alone; else i.
func (s *state) schoolLevelEnd(i int) int {
	if i+1 >= len(s.toks) || s.lowAt(i) != "sekolah" || !s.isCap(i+1) {
		return i
	}
	switch s.lowAt(i + 1) {
	case "dasar":
		return i + 2
	case "menengah":
		if i+2 < len(s.toks) && s.isCap(i+2) {
			switch s.lowAt(i + 2) {
			case "pertama", "atas", "kejuruan":
				return i + 3
			}
		}
		return i + 2
	}
	return i
}

// numberedPart reports whether head i, a word of lexicon/numbered-parts.tsv, is followed
// by the number of a part at token j: a Roman numeral in capitals of up to six letters
// ("III", "XIII") or one capital letter, or either, as the file says.
func (s *state) numberedPart(i, j int) bool {
	if j >= len(s.toks) {
		return false
	}
	w := s.word(j)
	letter := len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
	roman := w != "" && len(w) <= 6
	for k := 0; k < len(w) && roman; k++ {
		roman = w[k] == 'I' || w[k] == 'V' || w[k] == 'X' || w[k] == 'L'
	}
	if !letter && !roman {
		return false // (most words: the head's entry need not be looked up)
	}
	switch s.lex.numberedParts[s.lowAt(i)] {
	case "letter":
		return letter
	case "roman":
		return roman
	case "either":
		return letter || roman
	}
	return false
}

// predicateAt reports whether token i, right after a name, begins what the sentence says
// of it: a verb in small letters, which the prefixes of Indonesian verbs mark ("dituntut",
// "menilai", "bertemu", "terpilih"; not "dan", "yang", "di").
func (s *state) predicateAt(i int) bool {
	t := &s.toks[i]
	if t.Kind != tokenize.Word || s.isCap(i) || len(t.Text(s.text)) < 6 {
		return false
	}
	low := s.lowAt(i)
	return strings.HasPrefix(low, "di") || strings.HasPrefix(low, "me") ||
		strings.HasPrefix(low, "ber") || strings.HasPrefix(low, "ter")
}

// hospitalKindBefore reports whether tokens [start, j) of a body's name are only the
// words that say what kind of hospital it is, "Umum", "Daerah", "Pusat": after them an
// honorific in small letters belongs to the name of the one it is named after ("Rumah Sakit
// Umum Daerah dr Soebandi"), as right after an acronym ("RSUD dr Soebandi"); not after a
// place ("RSUD Kota Bekasi dr Kusnanto" names its director).
func (s *state) hospitalKindBefore(start, j int) bool {
	if j <= start || j-start > 2 {
		return false
	}
	for k := start; k < j; k++ {
		switch s.lowAt(k) {
		case "umum", "daerah", "pusat":
		default:
			return false
		}
	}
	return true
}

// titleEndsAt reports whether a title of two or three words ends right before token i:
// "Ketua Umum DPP Organda", "Kepala riset PT Panin Sekuritas".
func (s *state) titleEndsAt(i int) bool {
	for k := 2; k <= 3 && k <= i; k++ {
		if s.phraseAt(&s.lex.titles, i-k) == k {
			return true
		}
	}
	return false
}

// smallWordIn reports whether a word of tokens [first, last) begins with a small letter and
// is no stop word ("dan", "untuk").
func (s *state) smallWordIn(first, last int) bool {
	for k := first; k < last; k++ {
		if s.toks[k].Kind == tokenize.Word && !s.isCap(k) && !s.is(k, fStop) {
			return true
		}
	}
	return false
}

// placeNameGoesOn reports whether token j, right after a known place that completes a
// place's name, is one more word of it: a name-shaped word that is no ordinary word, stop
// word or known name's start, and that no capitalised word follows.
func (s *state) placeNameGoesOn(j int) bool {
	if j >= len(s.toks) || !s.isCap(j) || !s.nameShaped(j) || s.is(j, fCommon) && !placeSuffixWord(s.lowAt(j)) || s.is(j, fStop) ||
		s.startsAt(j).person > 0 || s.startsAt(j).place > 0 || s.startsAt(j).body > 0 || s.paraBreak(j) {
		return false
	}
	return j+1 >= len(s.toks) || !s.isCap(j+1) && s.toks[j+1].Kind != tokenize.Number
}

// placeSuffixWord reports whether w, in small letters, is an ordinary word that ends the
// names of districts and villages split from a place: "Poso Pesisir", "Rokan Hulu", "Ogan
// Ilir", "Palu Kota", "Kotabumi Ilir", "Sungai Raya".
func placeSuffixWord(w string) bool {
	switch w {
	case "pesisir", "hulu", "hilir", "ilir", "ulu", "kota", "baru", "lama", "raya", "pantai", "seberang", "darat", "kepulauan":
		return true
	}
	return false
}

// headWithoutName reports whether the place's head word at token i names no place, as
// it does in a portfolio: no name follows it, only an ordinary word, a bracket or a small
// word ("Dinas Pemberdayaan Masyarakat dan Desa (PMD)", "Dinas Perumahan Rakyat dan Kawasan
// Permukiman"; not "… dan Desa Sukamaju").
func (s *state) headWithoutName(i int) bool {
	if s.addressBlock(i) {
		return true // "Masjid Falatehan Blok M"
	}
	k := i + s.phraseAt(&s.lex.placeHeads, i)
	return k >= len(s.toks) || !s.isCap(k) || s.toks[k].Kind != tokenize.Word || s.is(k, fCommon) && s.startsAt(k).place == 0
}

// dropTrailingName ends a body's name before a person's name that follows it without a
// break, as after a title: "Kepala Dinas Pertanian dan Kehutanan Singkawang Yusnita
// Fitriadi". The person is the trailing run of two or more name-shaped, unknown words; at
// least one word stays with the body.
func (s *state) dropTrailingName(first, end int) int {
	k := end
	for k-1 > first && (s.nameShaped(k-1) && (!s.is(k-1, fCommon) || k == end && k-2 > first && s.isRankOrTitleStart(k-1)) &&
		!s.isAllCaps(k-1) && s.countryWithin(k-1, k) == "" && !s.inPlace(first, k-1) || k < end && s.is(k-1, fParticle)) {
		k-- // (a title word may end the name as a surname: "Rizal Hakim"; a particle stands inside it: "Muhammad Irfan Hi Djafar")
	}
	for k < end && s.is(k, fParticle) {
		k++ // (no name begins with one)
	}
	if k-1 > first && s.isCap(k-1) && s.lex.givenWords[s.lowAt(k-1)] && s.placeEndsAt(k-1) {
		k-- // a first name that is an ordinary word, right after the body's place: "… Nusa Tenggara Barat Lalu Hamdani Rasyid"
	}
	if end-k >= 2 {
		return k
	}
	return end
}

// dropGivenHolder ends a body's name [first, end) after a title before its last word when
// that word is a first name the lists know, no ordinary word, and a reporting verb
// follows: the one-word name of the title's holder, as Javanese names often are
// ("Ketua Koperasi Produsen Nira Sejahtera | Sumarno mengatakan", "Direktur PT Maju Jaya |
// Sutrisno menjelaskan"), or a word shaped as Javanese names end (javaneseName: "Ketua
// Koperasi Garam Segoro Makmur | Rusdianto mengatakan", "Ketua KUD Karya Mina | Riswanto
// mengatakan"). Two words at least stay with the body, and only for the lookups
// of the rules, not the typer's trainer (typer.Trace).
func (s *state) dropGivenHolder(first, end int) int {
	if typer.Trace != nil || end-first < 3 || end >= len(s.toks) || s.paraBreak(end) {
		return end
	}
	if s.cueOf(end) != cuePre || s.nameAfterPlace(first, end) < end {
		// (not any predicate: "PT Gema Teknik Lestari berinisial JP", "Universitas Airlangga
		// tersebut"; and a place that ends the body's name ends it: "DPRD Melawi | Petrus
		// Ajun Santoso")
		return end
	}
	h := end - 1
	if s.owner[h] >= 0 || !s.givenName(h) && !s.javaneseName(h) || s.is(h, fCommon) || s.is(h, fOrgSuffix) || !s.isCap(h) || s.isAllCaps(h) ||
		s.givenName(h-1) && !s.is(h-1, fCommon) {
		return end // (a first name before it makes a holder of two words: "PT Railink | Heru Kuswanto")
	}
	return h
}

// javaneseName reports whether token i is a word of six letters or more, no ordinary word,
// that ends the way Javanese personal names do and hardly any other word: "-anto",
// "-yono", "-arno", "-wati" ("Rusdianto", "Riswanto", "Sugiyono", "Suwarno",
// "Kusumawati"), as the one-word names of officials often are, many of them in no list.
func (s *state) javaneseName(i int) bool {
	w := s.lowAt(i)
	if len(w) < 6 || s.toks[i].Kind != tokenize.Word || s.corpusWord(i) {
		return false
	}
	return strings.HasSuffix(w, "anto") || strings.HasSuffix(w, "yono") || strings.HasSuffix(w, "arno") || strings.HasSuffix(w, "wati")
}

// regionThenName reports whether token k, a capitalised word shaped like a name that is
// no ordinary word and no span's, before the known first name at next, comes right after a
// place's name that ends a body's ("Dinas Perikanan Jawa Barat"): a region closes a
// body's name, so a name word after it is its holder's.
func (s *state) regionThenName(k, next int) bool {
	if k < 1 || next != k+1 || s.toks[k].Kind != tokenize.Word || !s.isCap(k) || s.isAllCaps(k) || s.is(k, fCommon) || s.corpusWord(k) || s.owner[k] >= 0 {
		return false
	}
	return s.placeEndsAt(k) && s.looksLikePersonalName(k, next, fCommon)
}

// givenNameStart returns where a personal name of two to four words that begins with a
// first name the gazetteer knows starts in [first, end), the earliest such; else end.
func (s *state) givenNameStart(first, end int) int {
	for k := max(first, end-4); k <= end-2; k++ {
		if s.givenName(k) && s.looksLikePersonalName(k, end, fCommon) {
			return k
		}
	}
	return end
}

// dropNameAfterPlace returns where the name of a body that ends [first, end) ends when its
// last word is a one-word personal name after a place that closes the body's name, with a
// comma, a reporting verb or the sentence's end after it: "Kepala Dinas Pemuda dan
// Olahraga Padang Suardi, di Padang"; after a title (titled), with any word in small
// letters after it too, which goes on the sentence, not the name: "Ketua Pengadilan Negeri
// Bengkulu Kaswanto pasca …", "Kepala Suku Dinas … Jakarta Pusat Hardisiswan saat …" (not
// for the typer's trainer). Else it returns end.
func (s *state) dropNameAfterPlace(first, end int, titled bool) int {
	k := end - 1
	if k <= first || end >= len(s.toks) || !s.placeEndsAt(k) || s.givenName(k-1) || !s.nameShaped(k) || s.is(k, fCommon) && !s.givenName(k) || s.isAllCaps(k) ||
		s.startsAt(k).place != 0 || s.countryWithin(k, end) != "" {
		return end
	}
	if w := s.word(end); w == "," || w == "." || s.cueOf(end) == cuePre || int(s.startsAt(end).person) > end+1 && s.givenName(k) ||
		titled && typer.Trace == nil && s.toks[end].Kind == tokenize.Word && !s.isCap(end) && !s.is(end, fParticle) &&
			!s.lex.placeDirections[s.lowAt(k)] && !placeSuffixWord(s.lowAt(k)) && !s.villagePlaceEndsAt(k) || // "… Bengkulu Kaswanto pasca operasi"
		clauseAdverb(s.lowAt(end)) && end+1 < len(s.toks) && (s.cueOf(end+1) == cuePre || s.predicateAt(end+1)) || // "… Subagyo sebelumnya meminta"
		s.is(end, fStop) && s.isCap(end) && s.nameShaped(end) && end+1 < len(s.toks) &&
			(s.isCap(end+1) && s.nameShaped(end+1) && !s.is(end+1, fStop) || s.cueOf(end+1) == cuePre || s.word(end+1) == ",") {
		// (or a word of the stop list that goes on the name, a month's: "Polres Lamongan
		// Fajar Ramadhan Siregar")
		// (or a first name before a name the gazetteer knows, which is another person's
		// then: "Kepala Dinas … Kabupaten Blitar Hartono Budi Santoso mengatakan")
		return k
	}
	return end
}

// villagePlaceEndsAt reports whether the known place that ends right before token k
// follows a place's head word or "adat": the place's name is then a village's or a
// district's, which often goes on with a word of its own ("LPD Desa Adat Tegal | Sari",
// "Kecamatan Tegal | Sari"), where a city's or a province's ends a body's name ("Pengadilan
// Negeri Bengkulu | Kaswanto").
func (s *state) villagePlaceEndsAt(k int) bool {
	for j := max(0, k-maxNameWords); j < k; j++ {
		if int(s.startsAt(j).place) == k && j > 0 && (s.phraseAt(&s.lex.placeHeads, j-1) == 1 || s.lowAt(j-1) == "adat") {
			return true
		}
	}
	return false
}

// inPlace reports whether token i lies inside a place candidate that starts at or after
// token first and before i: "Kota Bandung" in "Dinas Lingkungan Hidup Kota Bandung Rahmat
// Hidayat Sumarna", whose last word a person's name must not take.
func (s *state) inPlace(first, i int) bool {
	for j := max(first, i-maxNameWords); j < i; j++ {
		if int(s.startsAt(j).place) > i {
			return true
		}
	}
	return false
}

// nameAfterPlace returns where a person's name begins inside a body's name [first, end):
// right after a known place that ends the body's name, when two to four words shaped like
// a name follow it, the last no ordinary word (the first may be: "Dinas Pertanian
// Kabupaten Enrekang Subur Parenrengi"), or two such names joined by "dan", two holders
// ("Anggota DPRD Kabupaten Kebumen Dian Lestari dan Hartono"); else end.
func (s *state) nameAfterPlace(first, end int) int {
	for k := max(first+1, end-4); k <= end-2; k++ {
		if !s.placeEndsAt(k) || s.is(end-1, fCommon) && !s.givenName(k) {
			continue
		}
		ok := true
		for i := k; i < end && ok; i++ {
			ok = s.toks[i].Kind == tokenize.Word && (s.isCap(i) && s.nameShaped(i) && !s.isAllCaps(i) || i > k && s.is(i, fParticle) ||
				typer.Trace == nil && i > k && s.lowAt(i) == "dan" && i+1 < end) && // two holders: "… Kabupaten Kebumen Dian Lestari dan Hartono" (not for the typer's trainer)
				(s.startsAt(i).place == 0 || i == k && s.placeOpensName(k, end))
		}
		if ok {
			return k
		}
	}
	return end
}

// religionInName reports whether w names a religion, a word of many bodies' names
// ("Universitas Kristen Wira Wacana", "Sekolah Tinggi Agama Hindu") that the stop list
// keeps from being a name alone.
func religionInName(w string) bool {
	switch w {
	case "islam", "kristen", "katolik", "protestan", "hindu", "buddha", "budha", "konghucu":
		return true
	}
	return false
}

// nameRunAfterTitle reports whether the capitalised words from token k, two or three and
// then no capitalised word, are shaped like a personal name: each a holder's name word
// (holderNameAt) and no place's head, portfolio word or word the corpus writes in small
// letters.
func (s *state) nameRunAfterTitle(k int) bool {
	e := k
	for e < len(s.toks) && e-k < 4 && s.toks[e].Kind == tokenize.Word && s.isCap(e) && !s.paraBreak(e) {
		if !s.holderNameAt(e) || s.phraseAt(&s.lex.placeHeads, e) > 0 || s.is(e, fPortfolio) || s.corpusWord(e) {
			return false // a body's or a place's words: "Kepala Dinas | Ketenagakerjaan Kabupaten Serang"
		}
		e++
	}
	return e-k >= 2 && e-k <= 3 && s.looksLikePersonalName(k, e, fCommon)
}

// militaryRank reports whether w, in small letters, is a general's, an admiral's or an
// air marshal's rank, which honours a person in a place's name ("Jalan Jenderal Sudirman")
// but after a body's own words opens the name of its holder.
func militaryRank(w string) bool {
	switch w {
	case "jenderal", "laksamana", "marsekal", "brigadir", "brigjen", "mayjen", "letjen", "kolonel", "komisaris":
		return true
	}
	return false
}

// clericTitle reports whether w, in small letters, is the title of a Muslim cleric, which
// honours a person in a place's or a school's name ("Jalan KH Hasyim Asyari") but after a
// body's or a region's own words opens the name of its holder ("Ketua MUI Kecamatan
// Cisurupan | KH Cecep Jayakarama").
func clericTitle(w string) bool {
	switch w {
	case "kh", "kh.", "k.h.", "kiai", "kyai":
		return true
	}
	return false
}

// titleWordEndsName reports whether the title word at token j, after a name word, ends a
// run of capitalised words — a surname then, as "Hakim" in "Rizal Hakim berpendapat": a
// title is followed by the name of its holder.
func (s *state) titleWordEndsName(j int) bool {
	return j+1 >= len(s.toks) || !s.isCap(j+1) && s.owner[j+1] < 0 || s.paraBreak(j+1)
}

// listInName returns the token of the list's last item when the comma at token c goes on
// a list inside a body's name — capitalised words and commas up to "dan" or "serta" and a
// capitalised word, within a few tokens: "Dinas Tanaman Pangan, Hortikultura, dan
// Perkebunan", "Dinas Pemuda, Olahraga, dan Pariwisata" — or -1.
func (s *state) listInName(c int) int {
	for k := c + 1; k < len(s.toks) && k <= c+8; k++ {
		switch w := s.word(k); {
		case w == ",":
		case s.lowAt(k) == "dan" || s.lowAt(k) == "serta":
			if k == c+1 {
				return -1 // no item between the comma and "serta": another body follows ("Bank Lumière, serta Aeon Cinema")
			}
			if k+1 < len(s.toks) && s.isCap(k+1) && s.toks[k+1].Kind == tokenize.Word && !s.isAllCaps(k+1) &&
				s.phraseAt(&s.lex.placeHeads, k+1) == 0 && s.phraseAt(&s.lex.orgHeads, k+1) == 0 && s.startsAt(k+1).body == 0 {
				return k + 1
			}
			return -1
		case s.toks[k].Kind != tokenize.Word || !s.isCap(k) || s.isAllCaps(k) && !s.is(k, fGeneric) || s.phraseAt(&s.lex.placeHeads, k) > 0 ||
			s.phraseAt(&s.lex.orgHeads, k) > 0 || s.startsAt(k).body > 0:
			return -1 // (not a list of bodies: "Dinas Pendidikan, Polres, dan Kodim"; but a field's acronym: "Dinas Koperasi, UKM, …")
		}
	}
	return -1
}

// placeOpensName reports whether the one-word place at token k, right after the place
// that ends a body's name, opens the personal name [k, end) that a reporting verb, a verb
// or a comma follows: "DPRD Balikpapan Bandung Prasetyo menilai", "Kanwil DJBC Khusus
// Kepri Medan Parlindungan Sitorus mengatakan" — a place does not follow a place so.
func (s *state) placeOpensName(k, end int) bool {
	return end-k >= 2 && int(s.startsAt(k).place) == k+1 && end < len(s.toks) &&
		(s.cueOf(end) == cuePre || s.word(end) == "," || s.predicateAt(end))
}

// afterCueTitle reports whether the title right before token i follows a cue after a
// quote: "“…,” kata Direktur PT …", the speaker's phrase, which names the person last.
func (s *state) afterCueTitle(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 6 && s.toks[k].Kind == tokenize.Word && (s.isCap(k) || s.is(k, fTitle)) && s.cueOf(k) == cueNone {
		k--
	}
	return k >= 0 && k < i-1 && (s.cueOf(k) == cuePost || s.cueOf(k) == cuePostOnly)
}

// loneHolderAt reports whether token j, right after the place that ends a body's name, is
// a one-word personal name that a reporting verb or another verb follows: the
// body's holder named by one name ("Anggota Komisi III DPRD Kotawaringin Timur Riduansyah
// menilai …"), not a word of the body's name.
func (s *state) loneHolderAt(j int) bool {
	if j+1 >= len(s.toks) || s.owner[j] >= 0 || s.toks[j].Kind != tokenize.Word || !s.isCap(j) || s.isAllCaps(j) ||
		!s.nameShaped(j) || s.is(j, fCommon) || s.is(j, fStop) || s.startsAt(j).place > 0 || s.startsAt(j).body > 0 ||
		s.isRankOrTitleStart(j) || s.paraBreak(j) {
		return false
	}
	return s.cueOf(j+1) == cuePre || s.predicateAt(j+1)
}

// placeEndsAt reports whether a known place ends right before token k.
func (s *state) placeEndsAt(k int) bool {
	for j := max(0, k-maxNameWords); j < k; j++ {
		if int(s.startsAt(j).place) == k {
			return true
		}
	}
	return false
}

// negationOrAspect reports whether w is a word of negation or aspect that opens a
// predicate: "belum menjawab", "tidak hadir", "sudah ditahan".
func negationOrAspect(w string) bool {
	switch w {
	case "belum", "tidak", "tak", "bukan", "sudah", "telah", "masih", "akan", "sedang", "pernah", "juga", "kemudian", "lalu":
		return true
	}
	return false
}

// holderAfterEponym returns where the name [start, end) of a body named after a titled
// person ("RSUD dr Adjidarmo", "RSUD dr H Moh Anwar") ends when a person's name of two or
// three words follows the eponym in the same run: at a first name the lists know, with one
// word of the eponym's at least after its titles (lexicon/place-honorifics.txt), the
// earliest such start. Else end.
func (s *state) holderAfterEponym(start, end int) int {
	h := start
	for h < end && !s.lex.placeHonorific[s.lowAt(h)] {
		h++
	}
	for h < end && s.lex.placeHonorific[s.lowAt(h)] {
		h++ // the eponym's titles: "Prof Dr", "dr H"
	}
	for k := h + 1; k <= end-2; k++ {
		if end-k <= 3 && s.givenName(k) && !s.is(k, fCommon) && s.personShaped(k, end) && s.capitalisedNameRun(k, end) {
			return k
		}
	}
	return end
}

// capitalisedNameRun reports whether tokens [first, end) are all words shaped like a name's,
// capitalised, not in capitals, no stop word ("Hendra Gunawan Sastra": an ordinary word
// may end a name).
func (s *state) capitalisedNameRun(first, end int) bool {
	for k := first; k < end; k++ {
		if s.toks[k].Kind != tokenize.Word || !s.isCap(k) || s.isAllCaps(k) || !s.nameShaped(k) || s.is(k, fStop) {
			return false
		}
	}
	return true
}

// dropNameAfterCompany ends a company's name before a person's name that follows it: a run
// of two to four name-shaped, unknown words after a word that closes company names.
func (s *state) dropNameAfterCompany(first, end int) int {
	for c := end - 3; c >= first && c >= end-5; c-- {
		if !s.lex.companyClosers[s.lowAt(c)] {
			continue
		}
		for k := c + 1; k < end; k++ {
			if !s.nameShaped(k) || s.is(k, fCommon) || s.isAllCaps(k) || s.lex.companyClosers[s.lowAt(k)] || s.countryWithin(k, k+1) != "" {
				return end
			}
		}
		return c + 1
	}
	return end
}

// tollRoad reports whether the name after a venue's head that starts at token start is a
// toll road's: "Jalan | Tol Bogor–Ciawi–Sukabumi", whose places a dash joins (not a bus
// route's ends: "Terminal Lempake–Samarinda Seberang").
func (s *state) tollRoad(start int) bool {
	return start > 0 && s.lowAt(start-1) == "tol" || s.lowAt(start) == "tol"
}

// dashJoined reports whether token j is an en or em dash written against the words on
// both sides, a capitalised one after it: the "–" of "Bogor–Ciawi".
func (s *state) dashJoined(j int) bool {
	if j == 0 || j+1 >= len(s.toks) || s.toks[j].Kind != tokenize.Punct || s.word(j) != "–" && s.word(j) != "—" {
		return false
	}
	return s.toks[j].Start == s.toks[j-1].End && s.toks[j+1].Start == s.toks[j].End && s.toks[j+1].Kind == tokenize.Word && s.isCap(j+1)
}

// regionHeadWord reports whether w, in small letters, is the head word of a province's,
// a regency's or a city's name: "provinsi", "kabupaten", "kota".
func regionHeadWord(w string) bool {
	return w == "provinsi" || w == "kabupaten" || w == "kota"
}

// nameAfterHead returns the end of the name that follows a head word ending at token j.
// bodyCountry is set when tokens before j already form a known body's name ("-" when the
// body has no country): then only places in another country may follow. venue is set after
// the head of a building, street or venue (lexicon/venue-heads.txt), whose name may be a
// person's.
func (s *state) nameAfterHead(j int, bodyCountry string, typ Type, venue bool) int {
	start, end := j, j
	sawAcronym := bodyCountry != ""
	// (a name ends with its sentence: "… PT Bank Central Asia Tbk. | Harga saham …"; the
	// sentence that holds start holds the tokens up to its end, which are asked about
	// without looking the sentence up again)
	sent := s.sentenceOf(start)
	for j < len(s.toks) && j-start < maxNameWords && !s.paraBreak(j) && !(j < sent.Last && j == sent.First || j >= sent.Last && s.sentenceOf(j).First == j) {
		t := s.toks[j]
		st := s.startsAt(j) // (asked by several cases below, of token j as it is here)
		switch {
		case st.person > 0 && venue:
			return int(st.person) // a venue named after a person: "Stadion Gelora B.J. Habibie"
		case st.person > 0 && j == start && typ == gazetteer.Organization && typer.Trace == nil && start > 0 && namedForPerson(s.lowAt(start-1)):
			// a school named after a person, right after its head word: "Universitas Bung
			// Karno", "Institut Soekarno" (not for the typer's trainer)
			j = int(st.person)
			end = j
		case st.person > 0:
			return end // a known person follows: "Partai Golkar Bahlil Lahadalia"
		case j > start && j+1 < len(s.toks) && (s.word(j) == "La" || s.word(j) == "Wa") && s.word(j+1) == "Ode":
			return end // a Buton or Muna name begins: "Kejari Muna La Ode Rusdin"
		case typ == gazetteer.Location && j > start && s.phraseAt(&s.lex.placeHeads, j) > 0 && !s.headWithoutName(j) && s.lowAt(j) != "pantai":
			// "Desa Sukamaju Kecamatan Cikalong": the next place begins (not "Kelurahan Karang
			// Anyar Pantai,", "Pelabuhan Perikanan Pantai Bajomulyo")
			return end
		case st.place > 0:
			// places belong to the name: "Kementerian Kesehatan Gaza", "Dewan Keamanan PBB"
			if bodyCountry != "" && bodyCountry == s.countryWithin(j, int(st.place)) {
				return end
			}
			p := j
			j = int(st.place)
			end = j
			if typ == gazetteer.Organization && (p == start || j-p >= 2) && s.loneHolderAt(j) &&
				!(typer.Trace == nil && p == start && start > 0 && companyForm(s.lowAt(start-1))) { // (a place that opens a company's name: "PT Riau Petroleum")
				// "DPRD Kotawaringin Timur | Riduansyah menilai" (not after a place of one
				// word further on, which may open the name: "Sekuritas Sahara Nasution")
				return end
			}
			if typ == gazetteer.Location && venue && s.tollRoad(start) && s.dashJoined(j) {
				continue // the road goes on to another place: "Jalan Tol Bogor–Ciawi"
			}
			if typ == gazetteer.Location {
				// a known place completes a place's name, but for a direction word:
				// "Kabupaten Demak Agus Sulistyanto", "Kecamatan Bandung Wetan"
				if j < len(s.toks) && s.isCap(j) && s.lex.placeDirections[s.lowAt(j)] {
					j++
					if j < len(s.toks) && s.isCap(j) && (s.lowAt(j) == "laut" || s.lowAt(j) == "daya") && s.lowAt(j-1) != "selatan" && s.lowAt(j-1) != "utara" {
						j++ // a direction of two words: "Kecamatan Rote Barat Laut", "Sumba Barat Daya"
					}
					end = j
				} else if j+1 < len(s.toks) && s.isCap(j) && s.toks[j].Kind == tokenize.Word && !s.is(j, fStop) && s.owner[j] < 0 &&
					s.startsAt(j).place == 0 && s.isCap(j+1) && s.lex.placeDirections[s.lowAt(j+1)] &&
					(j+2 >= len(s.toks) || !s.isCap(j+2) || weekday(s.lowAt(j+2))) {
					// a word and a direction after the known place: "Kecamatan Kei Besar Selatan",
					// "Jalan Medan Merdeka Selatan Senin (13/11)"
					j += 2
					end = j
				} else if x := s.placeWordsAfter(j); typer.Trace == nil && x > j {
					// words that make the place's name a neighbourhood's or an estate's:
					// "Komplek Tomang City Garden", "Apartemen Kalibata City" (not for the
					// typer's trainer, typer.Trace)
					j = x
					end = j
				} else if s.placeNameGoesOn(j) {
					// one more name word that no capitalised word follows: "Kecamatan Medan
					// Tuntungan", "Stasiun Surabaya Gubeng" (but "Kabupaten Demak Agus
					// Sulistyanto" names a person after the place)
					j++
					end = j
				}
				return end
			}
		case venue && end == j && j > start && s.tollRoad(start) && s.dashJoined(j):
			// a road's places joined by dashes: "Jalan Tol Bogor–Ciawi–Sukabumi"
			if e := int(s.startsAt(j + 1).place); e > j+1 {
				j = e
			} else {
				j += 2
			}
			end = j
		case sawAcronym && bodyCountry == "" && typ == gazetteer.Organization && j+1 < len(s.toks) && s.isCap(j) && regionHeadWord(s.lowAt(j)) && s.startsAt(j+1).place > 0:
			j++ // a region's head word before a known place: "Dinas PUPR | Provinsi | Nusa Tenggara Timur"
		case sawAcronym:
			return end // after an acronym only places continue a name
		case typ == gazetteer.Organization && j > start && companyForm(s.lowAt(j)) && j+1 < len(s.toks) && s.isCap(j+1) && s.toks[j+1].Kind == tokenize.Word:
			return end // a company's legal form opens another body: "Divisi Pemasaran | PT Astra"
		case st.body > 0 && (!s.is(j, fRank) || typer.Trace == nil && j == start && j > 0 && !s.is(j-1, fRank) && !s.is(j-1, fTitle) && int(st.body) > j+1) &&
			!(typ == gazetteer.Location && j == start && int(st.body) == j+1):
			// (a body of two words or more that a rank's word opens is a body right after
			// the head, where no holder's rank stands: "Rumah Sakit TNI AU", not for the
			// typer's trainer)
			// (but a one-word body's name right after a place's head names the place:
			// "Kecamatan Tirto", not the news site Tirto)
			// a known body inside the name ends it but for a place: "Fraksi Partai
			// Demokrat Saan Mustopa"
			legal := j == start && start > 0 && companyForm(s.lowAt(start-1)) && typer.Trace == nil
			j = int(st.body)
			end = j
			// (but a known company's name right after a legal form may go on with the
			// words of its subsidiary's: "PT Mitsubishi Motors Krama Yudha Sales
			// Indonesia", "PT Bosowa Berlian Motor")
			sawAcronym = !legal
		case t.Kind == tokenize.Word && s.isCap(j) && j == start && start > 0 && associationHeads[s.lowAt(start-1)] && s.isRankOrTitleStart(j):
			// a profession names an association: "Ikatan Dokter Anak Indonesia",
			// "Persatuan Guru Republik Indonesia"
			j++
			end = j
		case t.Kind == tokenize.Word && s.isCap(j) && (!s.is(j, fStop) || religionInName(s.lowAt(j)) && j+1 < len(s.toks) && s.isCap(j+1) ||
			typ == gazetteer.Organization && j > start && s.lex.placeDirections[s.lowAt(j)] && s.isCap(j-1) && s.toks[j-1].Kind == tokenize.Word && !s.lex.placeDirections[s.lowAt(j-1)] && j+1 < len(s.toks) && s.isCap(j+1) && s.toks[j+1].Kind == tokenize.Word && !s.is(j+1, fStop) && s.startsAt(j+1).place == 0 || // (a compass word between a body's own words: "PT Samudra Timur Perkasa")
			typ == gazetteer.Organization && (j > start || s.isAllCaps(j)) && s.is(j, fGeneric) && (s.isCap(j-1) || s.is(j-1, fConnector))) && // ("Badan Pemenangan Pemilu", "… dan UMKM", "Diskop UKM"; not "… untuk Pilpres")
			(!s.isRankOrTitleStart(j) || j > start && end == j && s.titleWordEndsName(j) ||
				typ == gazetteer.Location && j == start && s.titleWordEndsName(j)): // ("Tanjung Datuk": a title word alone after a place's head is its name)
			// (not an honorific: "RSUD RA Kartini"; nor initials in a venue's name: "Jalan MH
			// Thamrin", "Hotel JS Luwansa")
			sawAcronym = s.isAllCaps(j) && !(s.lex.placeHonorific[s.lowAt(j)] && j+1 < len(s.toks) && s.isCap(j+1)) &&
				!(j == start && s.phraseAt(&s.lex.orgHeads, j) == 1 && !companyForm(s.lowAt(j)) && j+1 < len(s.toks) && s.isCap(j+1)) && // (a kind of body after a legal form: "PT BPR Nyi Ageng Serang")
				!((venue || j > start && s.lex.placeHonorific[s.lowAt(j-1)]) && len(s.word(j)) <= 3 && !roman(s.word(j)) && j+1 < len(s.toks) && s.isCap(j+1) && !s.isAllCaps(j+1))
			j++ // (nor a titled person's initials: "RSUD Prof Dr WZ Johannes")
			end = j
		case t.Kind == tokenize.Number && j == start && typ == gazetteer.Organization && j+1 < len(s.toks) &&
			(s.isCap(j+1) || s.startsAt(j+1).place > 0) && !s.paraBreak(j+1):
			// a numbered school or unit, then its place: "SMA Negeri 1 Depok", "SDN 3 Cikole"
			j++
		case t.Kind == tokenize.Word && (s.isCap(j) || typ == gazetteer.Organization && (j == start || s.hospitalKindBefore(start, j))) && s.lex.placeHonorific[s.lowAt(j)] &&
			!(typer.Trace == nil && j > start && !s.lex.placeHonorific[s.lowAt(j-1)] && (militaryRank(s.lowAt(j)) || clericTitle(s.lowAt(j))) &&
				(typ == gazetteer.Organization || !venue)) && // (a military rank or a cleric's title after a body's or a region's own words opens its holder's name: "Angkatan Darat | Jenderal Mulyono", "Pangkalan Udara Ngurah Rai | Kolonel …", "MUI Kecamatan Cisurupan | KH …"; not a street's or a venue's: "Jalan Raya Kolonel Sugiono")
			j+1 < len(s.toks) && s.isCap(j+1) && !(strings.HasSuffix(s.lowAt(j), ".") && (s.is(j+1, fCommon) || j > start && !s.lex.placeHonorific[s.lowAt(j-1)])) &&
			(!s.isRankOrTitleStart(j+1) || s.lex.placeHonorific[s.lowAt(j+1)] && (j == start || s.lex.placeHonorific[s.lowAt(j-1)])) &&
			s.startsAt(j+1).place == 0:
			// a place or body named after a titled person: "Stadion Gelora Ratu
			// Pamelingan", "Jalan Jenderal Sudirman", "RSUP Dr Sardjito", "RSUD Prof Dr
			// Margono Soekarjo"
			j++
		case typ == gazetteer.Organization && typer.Trace == nil && end == j && j > start && j+1 < len(s.toks) && s.isCap(j+1) && s.toks[j+1].Kind == tokenize.Word &&
			(s.word(j) == "&" || t.Kind == tokenize.Number && len(s.word(j)) <= 2 && (s.lowAt(j-1) == "kelas" || s.lowAt(j-1) == "klas")):
			// a company's "&" between its name's words: "PT Rohde & Schwarz Indonesia"; a
			// prison's class by its number: "Lapas Klas 1 Tangerang" (not for the typer's
			// trainer)
			j++
			end = j
		case typ == gazetteer.Organization && t.Text(s.text) == "," && end == j && end > start && !s.placeEndsAt(j) && s.listInName(j) > j:
			// a list in a body's name: "Dinas Tanaman Pangan, Hortikultura, dan Perkebunan …"
			j = s.listInName(j)
		case typ == gazetteer.Organization && t.Kind == tokenize.Word && s.is(j, fConnector) && end == j && end > start && j+1 < len(s.toks) && s.isCap(j+1) &&
			s.phraseAt(&s.lex.orgHeads, j+1) == 0 && (s.phraseAt(&s.lex.placeHeads, j+1) == 0 || s.headWithoutName(j+1) || s.fieldBeforeRegion(j+1)) && s.startsAt(j+1).body == 0:
			// a connector counts only if a capitalised word follows that begins no other
			// body or place, known or by its head: "Kantor Imigrasi Surabaya | dan Divisi
			// Hubungan Internasional", "BNNP Bali | dan Bea Cukai"
			j++
		case typ == gazetteer.Organization && t.Kind == tokenize.Word && s.is(j, fPortfolio):
			k := j
			for k < len(s.toks) && s.toks[k].Kind == tokenize.Word && s.is(k, fPortfolio) {
				k++
			}
			if k < len(s.toks) && s.startsAt(k).place > 0 {
				j = int(s.startsAt(k).place)
				end = j
				continue
			}
			return end
		case t.Kind == tokenize.Word && s.is(j, fParticle) && end == j && j+1 < len(s.toks) && s.isCap(j+1) && typ == gazetteer.Location:
			j++
		default:
			return end
		}
	}
	return end
}

// candStarts says which candidates start at a token, for the head-word rules.
type candStarts struct {
	// the end of the candidate place (country or location), person (leader or person) and
	// organization starting here, or 0; the last in candidate order wins
	place, person, body int32
	other               int32 // the end of a known name of no entity type starting here (Liga Champions)
	countryLast         int32 // the end of the longest candidate with a country starting here
	// and its index in s.candCountries plus one, or 0: an index rather than the country's
	// string keeps the table free of pointers and small
	countryCand int32
}

// candCountry is what the head-word rules read of a candidate with a country, kept apart
// from the candidates, which selectSpans reuses as the spans.
type candCountry struct {
	country string
	typ     Type
}

// indexCandidates fills s.startBits, s.startRank and s.starts from the strong candidates
// found so far: a bit a token, set where a candidate starts, and an entry in starts for
// each bit set, in token order, so that the table costs about a fifth of a byte a token
// where an index a token cost four.
func (s *state) indexCandidates() {
	s.candCountries = s.candCountries[:0]
	strong := func(c *span) bool { return !c.weak || c.typ == gazetteer.Other }
	words := (len(s.toks) + 63) / 64
	s.startBits = grow(s.startBits, words)
	for k := range s.cands {
		if c := &s.cands[k]; strong(c) {
			s.startBits[c.first>>6] |= 1 << (c.first & 63)
		}
	}
	s.startRank = grow(s.startRank, words)
	n := 0
	for w, b := range s.startBits {
		s.startRank[w] = int32(n)
		n += bits.OnesCount64(b)
	}
	s.starts = grow(s.starts, n)
	for k := range s.cands {
		c := &s.cands[k]
		if !strong(c) {
			continue
		}
		st := &s.starts[s.startIndex(c.first)]
		switch c.typ {
		case gazetteer.Country, gazetteer.Location:
			st.place = int32(c.last)
		case gazetteer.Leader, gazetteer.Person:
			st.person = int32(c.last)
		case gazetteer.Organization:
			st.body = int32(c.last)
		case gazetteer.Other:
			st.other = max(st.other, int32(c.last))
			continue
		}
		if c.country != "" && (st.countryCand == 0 || int32(c.last) > st.countryLast) {
			// (the same country as the one before it shares its entry: a long text names
			// few countries, over and over)
			cc := candCountry{country: c.country, typ: c.typ}
			if n := len(s.candCountries); n == 0 || s.candCountries[n-1] != cc {
				s.candCountries = append(s.candCountries, cc)
			}
			st.countryCand, st.countryLast = int32(len(s.candCountries)), int32(c.last)
		}
	}
	s.startsReady = true
}

// startIndex returns the index in s.starts of token i's entry, or -1 when no candidate
// starts at token i. startsAt reads the entry the same way, written out so that it is
// small enough to be inlined: the two change together.
func (s *state) startIndex(i int) int {
	w := i >> 6
	if w >= len(s.startBits) {
		return -1 // no candidates (see indexCandidates)
	}
	b, bit := s.startBits[w], uint64(1)<<(i&63)
	if b&bit == 0 {
		return -1
	}
	return int(s.startRank[w]) + bits.OnesCount64(b&(bit-1))
}

// bodyOfItsOwn reports whether the head word w names a part of a body that is a body in
// its own right, named with its parent even inside a role: a board or wing ("Pengurus
// Besar PASI", "Angkatan Muda Partai Golkar") or a university's faculty ("dosen Fakultas
// Teknik UGM", "ekonom Fakultas Ekonomi dan Bisnis Universitas Indonesia").
func bodyOfItsOwn(w string) bool {
	return w == "pengurus" || w == "angkatan" || w == "fakultas"
}

// officeOfItsOwn reports whether head word w opens the name of a body's regional office or
// board, a body of its own before the body's branch and place ("Kantor Wilayah Direktorat
// Jenderal Pajak Jakarta", "Dewan Pimpinan Wilayah PKS Jawa Timur"), where a unit's head
// ("Divisi Teknis … KPU Lombok Tengah") is the role's.
func officeOfItsOwn(w string) bool {
	return w == "kantor" || w == "dewan"
}

// unitHead reports whether the head word at token i may name a unit of a body rather than
// a company's or a bank's own name: not a legal form or a company's head word ("PT",
// "Bank", "Yayasan", "Perusahaan Umum"), but "Perusahaan" and "Grup" alone are ("Direktur
// Penilaian Perusahaan BEI", "Grup Alibaba").
func (s *state) unitHead(i int) bool {
	w := s.lowAt(i)
	if !s.lex.companyHeads[w] {
		return true
	}
	return w == "grup" || w == "perusahaan" && (i+1 >= len(s.toks) || s.lowAt(i+1) != "umum")
}

// inRolePhrase reports whether token i comes after a title's words: a title, a rank or a
// title's suffix right before it, or capitalised words back to a title, at most three;
// before an acronym, two of them may be joined by "dan" ("Kepala Bidang Kedaruratan dan
// Logistik BPBD").
func (s *state) inRolePhrase(i int) bool {
	skipped := 0 // the tokens of an acronym in brackets passed: "Anggota Komisi Pemilihan Umum (KPU) Padang Lawas Divisi …"
	for k := i - 1; k >= 0 && i-k-skipped <= 4 && i-k <= 8; k-- {
		if s.is(k, fTitle) || s.is(k, fTitleSuffix) || s.phraseAt(&s.lex.titles, k) > 0 {
			return true
		}
		if s.word(k) == ")" && k >= 3 && s.word(k-2) == "(" && s.owner[k] < 0 && s.isCap(k-1) {
			k -= 2
			skipped += 3
			continue
		}
		if typer.Trace == nil && k > 0 && k < i-1 && s.isAllCaps(i) && s.is(k, fConnector) && s.owner[k] < 0 && s.isCap(k-1) && s.owner[k-1] < 0 {
			// two fields joined in the role before a body's acronym: "Kepala Bidang
			// Kedaruratan dan Logistik BPBD …" (not for the typer's trainer)
			skipped++
			continue
		}
		if s.owner[k] >= 0 || !s.isCap(k) || s.toks[k].Kind != tokenize.Word {
			return false
		}
	}
	return false
}

// fieldListBody returns where a known body's name starts when the comma at token c goes
// on a list of a role's fields — runs of capitalised words joined by commas, "dan" or
// "serta" before the last — and that last run holds the body, an acronym or a name that
// opens with a body's head word, after its first word: ", Perusahaan Modal Ventura, Lembaga
// Keuangan Mikro, dan Lembaga Jasa Keuangan Lainnya OJK Agusman"; else 0. It reads at most
// maxFieldList tokens.
func (s *state) fieldListBody(c int) int {
	if c >= len(s.toks) || s.word(c) != "," {
		return 0
	}
	last := false // after "dan" or "serta": the run is the last item
	for k := c; k < len(s.toks) && k-c < maxFieldList; {
		switch w := s.lowAt(k); {
		case w == ",":
			k++
		case w == "dan" || w == "serta":
			last = true
			k++
		default:
			r := k
			for r < len(s.toks) && r-k < maxNameWords && s.toks[r].Kind == tokenize.Word && s.isCap(r) && !s.paraBreak(r) {
				r++
			}
			if r == k || s.namesSomeone(k, r) {
				return 0
			}
			if !last {
				k = r
				continue
			}
			for b := k + 1; b < r; b++ {
				if e := int(s.startsAt(b).body); e > b && e <= r && (e-b == 1 && s.isAllCaps(b) || s.phraseAt(&s.lex.orgHeads, b) > 0) {
					return b
				}
			}
			return 0
		}
	}
	return 0
}

// namesSomeone reports whether tokens [k, r) of a field list hold a title or a known first
// name before their last word, as a list of people does ("Direktur Jenderal Kantor PBB
// Jenewa, Michael Moller dan Direktur Eksekutif UNODC, Yuri Fedotov"), not one of fields.
func (s *state) namesSomeone(k, r int) bool {
	for i := k; i < r-1; i++ {
		if s.phraseAt(&s.lex.titles, i) > 0 || s.givenName(i) || s.startsAt(i).person > 0 {
			return true
		}
	}
	return false
}

// maxFieldList bounds the tokens fieldListBody reads after the comma.
const maxFieldList = 40

// knownBodyEnding returns where the name of a body the gazetteer knows starts when tokens
// [from, end) end in one, with capitalised words only before it, and the body is an acronym
// ("OJK") or a name that opens with a body's head word ("Partai Golkar", "Universitas
// Hasanuddin"), so whole in itself; else 0.
func (s *state) knownBodyEnding(from, end int) int {
	for k := from; k < end; k++ {
		if e := int(s.startsAt(k).body); e == end || e > k && e < end && int(s.startsAt(e).place) == end {
			// (or a known body and its branch's place: "Koordinator Divisi Teknis
			// Penyelenggaraan KPU Lombok Tengah")
			if e-k == 1 && s.isAllCaps(k) || s.phraseAt(&s.lex.orgHeads, k) > 0 {
				return k
			}
			return 0
		}
		if k > from && (policeBodyHead(s.lowAt(k)) || s.lowAt(k) == "kepolisian" && k+2 < end && policeRank(s.lowAt(k+1))) && k+1 < end {
			// a police force by its head word and place: "Kepala Satuan Reserse Kriminal
			// Polres Cimahi", "Kepala Satuan Lalu Lintas Kepolisian Resor Bone"
			return k
		}
		if k > from && k+1 < end && s.lowAt(k) == "dan" && s.isCap(k+1) {
			continue // the unit's fields listed: "Departemen Kebijakan Ekonomi dan Moneter Bank Indonesia"
		}
		if k > from+1 && typer.Trace == nil && s.isCap(k) && s.phraseAt(&s.lex.orgHeads, k) > 0 && !schoolHead(s.lowAt(k)) && s.capsTo(k, end) &&
			!s.placeHeadIn(from, k) {
			// a body the gazetteer lacks, by its own head word, after the unit's words:
			// "Kepala Divisi Layanan Pemerintah | Bank Jakarta", "Ketua Komite Medik | RSUD
			// Tambolaka", with no place's head among the unit's words ("Satuan Kerja
			// Pembangunan Bendungan …")
			// (not for the typer's trainer, typer.Trace)
			return k
		}
		if !s.isCap(k) || s.toks[k].Kind != tokenize.Word {
			return 0
		}
	}
	return 0
}

// placeHeadIn reports whether a place's head word stands among tokens [from, to).
func (s *state) placeHeadIn(from, to int) bool {
	for k := from; k < to; k++ {
		if s.phraseAt(&s.lex.placeHeads, k) > 0 {
			return true
		}
	}
	return false
}

// capsTo reports whether tokens [k, end) are all capitalised words or numbers.
func (s *state) capsTo(k, end int) bool {
	for ; k < end; k++ {
		if t := s.toks[k].Kind; t == tokenize.Number {
			continue
		} else if t != tokenize.Word || !s.isCap(k) {
			return false
		}
	}
	return true
}

// startsAt returns what indexCandidates found starting at token i (its index as
// startIndex finds it).
func (s *state) startsAt(i int) candStarts {
	w := i >> 6
	if !s.startsReady || w >= len(s.startBits) {
		return s.noStarts()
	}
	b, bit := s.startBits[w], uint64(1)<<(i&63)
	if b&bit == 0 {
		return candStarts{}
	}
	return s.starts[int(s.startRank[w])+bits.OnesCount64(b&(bit-1))]
}

// noStarts is startsAt where no candidate starts past the tables' end. It panics outside
// indexCandidates … dropTables: before indexCandidates the tables hold another document's
// starts (the state is pooled), after dropTables none, and a rule that reads them there is
// misplaced.
func (s *state) noStarts() candStarts {
	if !s.startsReady {
		panic("entity: startsAt outside indexCandidates … dropTables")
	}
	return candStarts{}
}

// countryStartsAt reports whether a candidate country (not a place in one) starts at token
// k: "India" in "Pasar India".
func (s *state) countryStartsAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	st := s.startsAt(k)
	return st.countryCand != 0 && s.candCountries[st.countryCand-1].typ == gazetteer.Country
}

// countryEndsAt reports whether a candidate country (not a place in one) of at most
// three words ends right before token k: "Malaysia" in "Bank Sentral Malaysia Zeti …".
func (s *state) countryEndsAt(k int) bool {
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if st := s.startsAt(i); st.countryCand != 0 && int(st.countryLast) == k && s.candCountries[st.countryCand-1].typ == gazetteer.Country {
			return true
		}
	}
	return false
}

// countryWithin returns the country of the first country-bearing candidate (by
// indexCandidates) that starts inside tokens [first, last) and ends there too, or "".
func (s *state) countryWithin(first, last int) string {
	for i := first; i < last; i++ {
		if st := s.startsAt(i); st.countryCand != 0 && int(st.countryLast) <= last {
			return s.candCountries[st.countryCand-1].country
		}
	}
	return ""
}

// houseNumberWord reports whether w, in small letters, is the word before a house's number
// in an address: "no", "no.", "nomor", "nomer".
func houseNumberWord(w string) bool {
	return w == "no" || w == "no." || w == "nomor" || w == "nomer"
}
