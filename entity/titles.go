package entity

import (
	"slices"
	"strings"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// maxTitleReach bounds, in tokens, how far after a title its name may stand, which keeps
// the rule linear on text that repeats titles. The longest offices' names in news run to
// 21 ("Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, Lembaga
// Keuangan Mikro, dan Lembaga Jasa Keuangan Lainnya OJK Agusman").
const maxTitleReach = 24

// titleSpans finds people named after a title or role: "Presiden Rusia Vladimir Putin",
// "juru bicara kementerian Lim Soo-suk", "Direktur Penyidikan KPK Brigjen Pol Rudi Hartanto",
// "Kolonel Park Jin-woo". Between the title and the name may stand countries, places and
// bodies (they give the country), ranks and honorifics, and further title words; the name is
// the last run of capitalised words before the phrase ends. Leadership titles (Presiden,
// Menteri, Ketua …) make a LEADER, others (juru bicara, pengamat, Dr.) a PERSON; the title
// goes into the role, never into the span. A name the gazetteer already knows keeps its
// identity and gains the role and country.
func (s *state) titleSpans() {
	info := s.info[:len(s.toks)] // (as long as the document)
	for i := 0; i < len(s.toks); i++ {
		// a quick no for most words: neither a title's first word nor a rank, eight words
		// at a time (their flags joined), then one by one. (A span's first word, which
		// titleOutOfKnownName reads, needs no visit either unless it opens a title.)
		for ; i+8 <= len(info); i += 8 {
			q := info[i : i+8]
			if (q[0].flags|q[1].flags|q[2].flags|q[3].flags|
				q[4].flags|q[5].flags|q[6].flags|q[7].flags)&(fTitleFirst|fRank) != 0 {
				break
			}
		}
		for i < len(info) && info[i].flags&(fTitleFirst|fRank) == 0 {
			i++
		}
		if i == len(info) {
			break
		}
		if o := s.owner[i]; o >= 0 {
			if typer.Trace == nil && s.spans[o].first == i {
				s.titleOutOfKnownName(i, &s.spans[o])
			}
			continue // inside a body's name: "Kepala Staf Gabungan Korea Selatan"
		}
		n := s.phraseAt(&s.lex.titles, i)
		if n >= 2 && s.lowAt(i) == "mantan" {
			if m := s.phraseAt(&s.lex.titles, i+1); m >= n {
				// a former holder of a longer title than "mantan" and its first word make:
				// "mantan | Ketua Harian KONI" is a former Ketua Harian, not a former Ketua
				s.bits[i] |= bitRole
				continue
			}
		}
		if n == 1 && (s.givenBeforeTitle(i) || s.adatTitleInName(i)) {
			continue // a title's word inside a name: "Abdul Hakim", "Faizal Hakim Rosli", "Zulkarnain Datuk Rajo Bagindo"
		}
		if n > 0 && s.awardAfter(i+n) {
			continue // an award's category, no office: "Sutradara Terbaik", "Pemeran Film Terbaik"
		}
		if n > 0 && i > 1 && s.word(i-1) == "(" && s.titleBeforeBracket(i-2) {
			// a title's abbreviation in brackets after it in full, with its unit's: "Kepala
			// Bagian Penerangan Umum (Kabag Penum) Polri" — all of it role, no name
			if c := s.closingBracket(i, 4); c > 0 {
				for k := i - 1; k <= c; k++ {
					s.bits[k] |= bitRole
				}
				i = c
				continue
			}
		}
		portfolio, facts := 0, titleFact{}
		if n > 0 {
			facts = s.titleFactsAt(i, n)
		}
		ministerial := facts.ministerial // (asked again below)
		if ministerial {
			// a ministry's portfolio belongs to the minister's title, though it holds an
			// acronym or words that may open a name: "Menteri Hukum dan HAM Amir
			// Syamsudin", "Menteri Koperasi dan Usaha Kecil dan Menengah …"
			portfolio = s.phraseFrom(&s.lex.ministries, i+n)
			for k := i + n; k < i+n+portfolio; k++ {
				if o := s.owner[k]; o >= 0 && s.spans[o].first >= i+n {
					// no entity of its own, as "BUMN" in "Menteri BUMN": "Badan Usaha Milik
					// Negara", "Kawasan Permukiman"
					s.removeSpan(int(o))
				}
			}
		}
		if n+portfolio > 1 {
			s.trimTitleFromSpan(i, i+n+portfolio)
			if portfolio == 0 {
				if facts.synonym {
					s.dropBodyInTitle(i, i+n)
				}
			}
		}
		typ := gazetteer.Person
		if n > 0 {
			typ = facts.typ
			n += portfolio
			if facts.acting && i+n < len(s.toks) {
				// an acting holder's title is one with the office's: "Pelaksana Tugas
				// Kepala Dinas", "Plt Gubernur"
				if m := s.phraseAt(&s.lex.titles, i+n); m > 0 {
					s.trimTitleFromSpan(i+n, i+n+m)
					typ = s.titleFactsAt(i+n, m).typ
					n += m
				}
			}
		} else if s.is(i, fRank) && s.isCap(i) {
			n = 1
		} else {
			continue
		}
		role := s.spanText(i, i+n)
		for k := i; k < i+n; k++ {
			s.bits[k] |= bitRole
		}
		from := i + n
		if portfolio > 0 && from+3 < len(s.toks) && s.word(from) == "(" && s.word(from+2) == ")" && s.isAllCaps(from+1) {
			// the ministry's acronym after its portfolio: "Menteri Energi dan Sumber Daya
			// Mineral (ESDM) Ignasius Jonan"
			from += 3
		}
		if typer.Trace == nil && from+1 < len(s.toks) && !s.isCap(from) && s.toks[from].Kind == tokenize.Word && s.phraseAt(&s.lex.orgHeads, from) == 1 && s.word(from+1) == "," {
			// a body named by its kind in small letters, then the holder set off by commas:
			// "Ketua paguyuban, Rudy Hermawan, mengatakan", "Ketua koperasi, Hasanuddin Lamba,"
			// (not for the typer's trainer, typer.Trace, whose data stay what the weights
			// were made from)
			if h := s.holderAfterComma(from + 1); h > 0 && s.setOffHolder(h) {
				s.bits[from] |= bitRole
				i = s.holderSpan(from+1, h, typ, role, "") - 1
				continue
			}
		}
		if typer.Trace == nil && from+2 < len(s.toks) && s.owner[from] < 0 && s.toks[from].Kind == tokenize.Word && s.isCap(from) && s.word(from+1) == "," &&
			s.closedHolder(from+1) && s.opensBodyElsewhere(from) {
			// a body named by the first word of its name the text gives in full elsewhere,
			// then the holder set off by commas: "Pelatih Piast, Marek Zieliński, tak
			// menampik" after "Piast Gliwice"
			if h := s.holderAfterComma(from + 1); h > 0 && s.setOffHolder(h) {
				s.addSpan(s.ruleSpan(from, from+1, gazetteer.Organization, ruleOrgHead))
				i = s.holderSpan(from+1, h, typ, role, "") - 1
				continue
			}
		}
		if portfolio == 0 && typer.Trace == nil && ministerial {
			// a portfolio of one word or a few, which the ministries' list leaves to the
			// portfolio words: "Menteri Pariwisata, Arief Yahya, …" (not for the typer's
			// trainer, whose weights were made without it)
			pw := from
			for pw < len(s.toks) && pw-from < 4 && s.isCap(pw) && s.is(pw, fPortfolio) {
				pw++
			}
			if pw > from && pw < len(s.toks) && s.word(pw) == "," {
				if h := s.holderAfterComma(pw); h > 0 && s.setOffHolder(h) {
					role = s.spanText(i, pw)
					for k := from; k < pw; k++ {
						s.bits[k] |= bitRole
					}
					i = s.holderSpan(pw, h, typ, role, "") - 1
					continue
				}
			}
		}
		if portfolio > 0 {
			if h := s.holderAfterComma(from); h > 0 && s.setOffHolder(h) {
				// the minister set off by commas: "Menteri Komunikasi dan Informatika,
				// Rudiantara, diam-diam …"
				i = s.holderSpan(from, h, typ, role, "") - 1
				continue
			}
		}
		if typer.Trace == nil && typ == gazetteer.Leader && from < len(s.toks) && s.word(from) == "," && s.closedHolder(from) && s.leaderRoleBefore(from) {
			// a leader's title, then its holder set off by commas: "kata Menteri Luar
			// Negeri, Julie Bishop, Minggu" (not for the typer's trainer)
			if h := s.holderAfterComma(from); h > 0 {
				i = s.holderSpan(from, h, typ, role, "") - 1
				continue
			}
		}
		if from < len(s.toks) && s.owner[from] >= 0 && s.spans[s.owner[from]].typ == gazetteer.Organization && s.heldBySelaku(i) {
			// the holder is named before "selaku", and the body after the title has no
			// holder after it: "Rasmuji selaku Ketua Koperasi Nelayan Mina Karya Bahari"
			continue
		}
		next := s.nameAfterTitle(from, typ, role)
		if next > i+n {
			i = next - 1
		}
	}
}

// heldBySelaku reports whether the title that begins at token i follows "selaku" (perhaps
// after rank or title words) after a capitalised word, the holder's name: "Rasmuji selaku
// Ketua …", with no holder after it.
func (s *state) heldBySelaku(i int) bool {
	t := i - 1
	for k := t; k > 0 && t-k < 4; k-- {
		if s.lowAt(k) == "selaku" {
			return s.toks[k-1].Kind == tokenize.Word && s.isCap(k-1)
		}
		if !s.is(k, fTitle|fRank|fTitleSuffix) && !s.inRole(k) {
			return false
		}
	}
	return false
}

// titleBeforeBracket reports whether token p, before a bracket, may end a title written
// in full: an ordinary, title, rank or portfolio word, a role's, or a body's or place's
// name ("Kepala Bagian Penerangan Umum (", "Kepala Kepolisian Negara Republik Indonesia
// ("), not a name ("Fanie Fikri (VP Marketing Fabelio)").
func (s *state) titleBeforeBracket(p int) bool {
	if o := s.owner[p]; o >= 0 {
		return s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader
	}
	return s.toks[p].Kind == tokenize.Word && (s.is(p, fCommon) || s.is(p, fTitle) || s.is(p, fRank) || s.is(p, fPortfolio) || s.inRole(p))
}

// suffixedBodyAt reports whether capitalised words from token j, up to four, end in a
// body's English suffix and so name a body: "Nusantara AI Labs" after "CEO", whose first
// word is an ordinary word.
func (s *state) suffixedBodyAt(j int) bool {
	for k := j + 1; k < len(s.toks) && k-j < 4 && s.owner[k] < 0 && s.toks[k].Kind == tokenize.Word && s.isCap(k); k++ {
		if s.is(k, fOrgSuffix) {
			return true
		}
	}
	return false
}

// awardAfter reports whether "Terbaik" or "Favorit" comes at token j or the one after it,
// as an award's category is named after a title ("Sutradara Terbaik", "Aktor Film Favorit").
func (s *state) awardAfter(j int) bool {
	for k := j; k < len(s.toks) && k <= j+1; k++ {
		if w := s.lowAt(k); w == "terbaik" || w == "favorit" {
			return true
		}
	}
	return false
}

// closingBracket returns the token of the ")" that closes within max words after token i,
// with only words before it, or 0.
func (s *state) closingBracket(i, max int) int {
	for k := i; k < len(s.toks) && k-i <= max; k++ {
		if s.word(k) == ")" {
			return k
		}
		if s.toks[k].Kind != tokenize.Word {
			return 0
		}
	}
	return 0
}

// givenBeforeTitle reports whether the one-word title at token i, itself a name people
// bear, follows a word shaped like a name, as a word of a personal name does ("Abdul
// Hakim", "Luqman Hakim Rosli"): a capitalised word that is no ordinary word, title, rank
// or role word, nor follows one, with only a space between.
func (s *state) givenBeforeTitle(i int) bool {
	p := i - 1
	if p < 0 || !s.isCap(i) || s.isAllCaps(i) || s.toks[p].Kind != tokenize.Word || !s.isCap(p) || s.isAllCaps(p) ||
		s.toks[p].End+1 != s.toks[i].Start || s.owner[p] >= 0 || s.inRole(p) ||
		!s.givenName(i) || !s.nameShaped(p) || s.is(p, fTitle) || s.is(p, fRank) || s.is(p, fCommon) {
		return false
	}
	return p == 0 || !(s.inRole(p-1) || s.is(p-1, fTitle) || s.is(p-1, fRank))
}

// adatTitleInName reports whether the title at token i is a Minangkabau customary title
// ("Datuk") that a name goes on with after a first name: "Zulkarnain Datuk Rajo Bagindo",
// where the Malay honorific stands before the whole name ("Datuk Faizal Hamzah").
func (s *state) adatTitleInName(i int) bool {
	if w := s.lowAt(i); w != "datuk" && w != "dt." && w != "dt" || i == 0 || i+1 >= len(s.toks) || !s.isCap(i+1) {
		return false
	}
	p := i - 1
	return s.toks[p].Kind == tokenize.Word && s.isCap(p) && !s.isAllCaps(p) && s.nameShaped(p) && !s.is(p, fTitle) && !s.is(p, fRank) &&
		!s.is(p, fCommon) && !s.inRole(p) && !s.isInitial(p)
}

// villageOffice reports whether title t, in small letters, is the office of a district, a
// village or a police sector, whose holder the gazetteer, which knows national figures,
// does not: a known name after it and its place is a namesake's.
func villageOffice(t string) bool {
	switch t {
	case "camat", "lurah", "kepala desa", "kades", "kapolsek", "danramil", "kepala kampung", "wali nagari", "keuchik", "geuchik",
		"hukum tua", "kepala ohoi", "kepala dusun", "kadus", "kepala lembang", "wali jorong", "kepala jorong", "perbekel",
		"pambakal", "kepala lingkungan", "ketua rt", "ketua rw":
		return true
	}
	return false
}

// titleFact is what the word lists say of one title (see lexicons.titleFacts): its type
// (titleType), and whether it is a minister's (ministerialTitles), has a synonym
// (titleSynonyms) or is an acting holder's (actingTitles).
type titleFact struct {
	typ                          Type
	ministerial, synonym, acting bool
}

// titleFactsAt returns the titleFacts of the title of n words at token i (keyOf), its key
// of several words put together on the stack (keyBytes).
func (s *state) titleFactsAt(i, n int) titleFact {
	if n == 1 {
		return s.lex.titleFacts[s.lowAt(i)]
	}
	var arr [64]byte
	return s.lex.titleFacts[string(s.keyBytes(&arr, i, i+n))]
}

// titleFactsOf gathers the titleFacts of lexicons l.
func titleFactsOf(l *lexicons) map[string]titleFact {
	m := map[string]titleFact{}
	for t, typ := range l.titleType {
		f := m[t]
		f.typ = typ
		m[t] = f
	}
	for t := range l.ministerialTitles {
		f := m[t]
		f.ministerial = l.ministerialTitles[t]
		m[t] = f
	}
	for t := range l.titleSynonyms {
		f := m[t]
		f.synonym = true
		m[t] = f
	}
	for t, acting := range actingTitles {
		f := m[t]
		f.acting = acting
		m[t] = f
	}
	return m
}

// actingTitles are the titles of an acting or interim holder, which stand before the
// office's own title.
var actingTitles = map[string]bool{"plt": true, "plh": true, "pj": true, "penjabat": true,
	"pelaksana tugas": true, "pelaksana harian": true}

// polityWord reports whether w, in small letters, names a realm ruled by a monarch, whose
// name follows it: "Kerajaan Majapahit", "Kesultanan Banten".
func polityWord(w string) bool {
	switch w {
	case "kerajaan", "kesultanan", "kekaisaran", "keraton", "kadipaten":
		return true
	}
	return false
}

// nameAfterTitle scans from token j after a title and records the person it names. It
// returns the token after what it consumed.
func (s *state) nameAfterTitle(j int, typ Type, role string) int {
	country := ""
	runStart, runEnd := -1, -1
	start := j
	passedBody := false // a body, place or country named after the title
scan:
	for j < len(s.toks) && j-start < maxTitleReach && !(j > start && s.paraBreak(j)) {
		if e := s.memberUnitEnd(j, role); runStart < 0 && j == start && e > j {
			// a researcher's or a lecturer's unit, a body's head word of two words or more,
			// and the body it belongs to are one body, not the role: "Peneliti | Pusat Riset
			// Antariksa BRIN | Yudhistira …" (but "Kepala Pusat Riset Antariksa | BRIN":
			// its head holds the unit's title, as the older articles' gold has it)
			o := s.owner[e-1]
			unit := s.ruleSpan(j, e, gazetteer.Organization, ruleOrgHead)
			unit.country = s.spans[o].country
			if country == "" {
				country = unit.country // the holder's, as the body's after a title gives it
			}
			s.removeSpan(int(o))
			s.addSpan(unit)
			passedBody = true
			j = e
			continue
		}
		if k := s.owner[j]; k >= 0 {
			sp := &s.spans[k]
			switch sp.typ {
			case gazetteer.Leader, gazetteer.Person:
				if sp.entry != nil && (passedBody || runStart >= 0 && runEnd == j) && villageOffice(strings.ToLower(role)) {
					// a local office's holder named like someone the gazetteer knows for
					// another office is someone else: "Camat Kebayoran Baru Suharto", "Kepala
					// Desa Sukamaju Utara Budi Santoso"
					sp.entry, sp.id, sp.name, sp.typ, sp.country = nil, "", s.spanText(sp.first, sp.last), typ, ""
					sp.source = source{rule: ruleTitle}
				}
				if sp.entry != nil && sp.entry.Type == gazetteer.Person && typ == gazetteer.Leader {
					sp.typ = gazetteer.Leader
				}
				if runStart >= 0 && runEnd == j && (s.firstNameBeforeKnown(j-1, j) || honorific(role) && runEnd-runStart == 1 && sp.last == j+1 && !s.is(j-1, fCommon) && s.nameShaped(j-1)) {
					// a first name before the known name makes another person's: "Kepala
					// Dinas … Kabupaten Blitar Hartono Budi Santoso", and after a form of
					// address a wife's before her husband's: "Ny Herawati Boediono"
					for k := runStart; k < j-1; k++ {
						s.bits[k] |= bitRole
					}
					last := sp.last
					s.removeSpan(int(k))
					holder := s.ruleSpan(j-1, last, typ, ruleTitle)
					holder.role, holder.country = role, country
					s.addSpan(holder)
					return last
				}
				if runStart >= 0 && runStart == start && runEnd == j && runEnd-runStart <= 3 && inLower(s.lex.territorialTitles, role) &&
					!s.givenName(runStart) && !passedBody {
					// the words between a territorial office and its holder name its place:
					// "Kepala Desa Sukamaju Utara Budi Santoso"
					s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Location, ruleTitlePlace))
				} else if runStart >= 0 {
					// the words before the known name belong to the role: "Menteri BUMN
					// Erick Thohir", "Ketum DPP Organda …"
					for k := runStart; k < runEnd; k++ {
						s.bits[k] |= bitRole
					}
					if runStart == start && inLower(s.lex.ministerialTitles, role) {
						role += " " + s.spanText(runStart, runEnd)
					}
				}
				if sp.role != "" || sp.entry == nil || len(sp.entry.Role) <= len(role) || !hasTitle(sp.entry.Role, role) {
					// else the gazetteer's fuller role stands: "Menteri Komunikasi dan
					// Digital (Menkomdigi) Meutya Hafid" keeps "Menteri Komunikasi dan Digital"
					sp.role = role
				}
				if country != "" {
					sp.country = country
				}
				return sp.last
			case gazetteer.Country, gazetteer.Location, gazetteer.Organization:
				if sp.entry == nil && sp.first == j && sp.typ != gazetteer.Country && sp.last-sp.first >= 3 && typer.Trace == nil {
					if h := s.holderInBodyName(sp); h > 0 {
						// the holder's name read into the body's: "Juru bicara Layanan
						// Kepolisian Nasional Peter Ochieng Wanyama mengatakan", "Direktur
						// Utama PT Persis Solo Saestu Bimo Satrio Wicaksono menyebut"
						b := s.ruleSpan(sp.first, h, sp.typ, sp.source.rule)
						s.removeSpan(int(k))
						s.addSpan(b)
						continue
					}
				}
				if sp.typ == gazetteer.Country && sp.country == "ID" && sp.first == j && sp.last == j+1 && runStart >= 0 && runEnd == j &&
					runEnd-runStart <= 3 && !s.givenName(runStart) && j+1 < len(s.toks) && s.toks[j+1].Kind == tokenize.Word && s.isCap(j+1) &&
					!s.is(j+1, fTitle) && !s.is(j+1, fOrgSuffix) && !s.paraBreak(j+1) {
					// a company's name and "Indonesia", its branch here, with the holder's
					// name right after: "Country Manager Zentra Indonesia Kevin Li Wei", "COO
					// OLX Indonesia Doan Siscus Lingga"; the role's ordinary words before it
					// stay out ("Direktur Operasional True Money Indonesia Rio da Cunha"), a
					// body's name the gazetteer knows before it comes in ("Sun Life
					// Finansial Indonesia")
					b := runStart
					for b < runEnd && s.is(b, fCommon) {
						b++
					}
					if b == runEnd {
						b = runStart // "Garda Indonesia"
					}
					if o := s.owner[max(b-1, 0)]; b > start && o >= 0 && s.spans[o].last == b && s.spans[o].typ == gazetteer.Organization && s.spans[o].first >= start {
						b = s.spans[o].first
						s.removeSpan(int(o))
					}
					s.removeSpan(int(k))
					s.addSpan(s.ruleSpan(b, j+1, gazetteer.Organization, ruleOrgHead))
					runStart, runEnd, passedBody = -1, -1, true
					j++
					continue
				}
				if j == start && sp.first == j && sp.last == j+1 && sp.typ != gazetteer.Country && honorific(role) && s.nameShaped(j) &&
					(start < 2 || !s.isCap(start-2) || s.toks[start-2].Kind != tokenize.Word) {
					// a known place's or body's one-word name after a form of address is
					// a person's: "Bu Sarmi", "Pak Tondano" (not in a name: "RS Kasih Ibu
					// Denpasar")
					s.removeSpan(int(k))
					continue
				}
				if runStart >= 0 && runEnd == j && sp.last == j+1 && sp.first == j && (sp.typ != gazetteer.Country && s.givenName(j-1) || sp.typ == gazetteer.Country && sp.country != "ID" && runEnd-runStart == 1 && !s.is(j-1, fCommon) && s.nameShaped(j-1) ||
					passedBody && sp.typ == gazetteer.Location && sp.entry != nil && runEnd-runStart >= 2 && !s.isAllCaps(j)) && s.nameShaped(j) &&
					(j+1 >= len(s.toks) || !s.isCap(j+1) || s.toks[j+1].Kind != tokenize.Word) {
					// a known body's or place's one-word name right after a first name, ending
					// the run, is the holder's family name: "CEO Hoshimaru Logistics Kenta
					// Mizuno", "… JMA Kenji Nagano meminta"; so is a country's right after a
					// first name alone: "Komjen Pol Badrodin Haiti yang …" (not Indonesia, which
					// names a company's branch here: "CEO OLX Indonesia"); and a known place's
					// after two name words, once the role's body or place was named: "Camat
					// Pandawai Yohanis Rihi Djawa mencatat …"
					s.removeSpan(int(k))
					runEnd = j + 1
					j++
					continue
				}
				if sp.typ == gazetteer.Organization && j == start && sp.last == j+1 && inLower(s.lex.territorialTitles, role) &&
					s.namedAsPlace(j) {
					// a territorial office over a place the document names as one, though the
					// gazetteer knows the word as a body: "Camat Tirto" after "Kecamatan Tirto"
					s.removeSpan(int(k))
					s.addSpan(s.ruleSpan(j, j+1, gazetteer.Location, ruleTitlePlace))
					passedBody = true
					j++
					continue
				}
				if s.placeBeginsName(int(k), j == start && (typ == gazetteer.Leader || inLower(s.lex.territorialTitles, role))) ||
					passedBody && sp.last == j+1 && sp.typ == gazetteer.Location && s.placeEndsAt(j) && s.placeOpensName(j, s.nameRunEnd(j+1)) {
					// (a place right after the body's place opens the holder's name: "DPRD
					// Balikpapan Bandung Prasetyo menilai")
					s.removeSpan(int(k)) // "Analis Jordan Wibisono": read on as the name's first word
					continue
				}
				if sp.last-sp.first == 1 && (s.is(j, fRank) && j+1 < len(s.toks) && (s.isCap(j+1) && !s.is(j+1, fRank) && !s.is(j+1, fTitle) || s.word(j+1) == "(") || j == start && sp.typ == gazetteer.Organization && s.isAllCaps(j) && inLower(s.lex.ministerialTitles, role)) {
					// a rank the gazetteer also knows as a body ("AKP", a Turkish party; "TNI"
					// of "Jenderal TNI"), or a ministry's acronym that belongs to the title
					// ("Menteri BUMN"), before a name or a bracket ("Letjen TNI (Purn) …"); not
					// the body with no name after it ("mantan petinggi TNI sebagai …",
					// "Panglima TNI Jenderal TNI …")
					if !s.is(j, fRank) {
						role += " " + s.word(j)
					}
					s.removeSpan(int(k))
					s.bits[j] |= bitRole
					j++
					continue
				}
				if country == "" {
					country = sp.country
				}
				if typ == gazetteer.Leader && len(role) >= 6 && strings.EqualFold(role[:6], "kepala") && sp.typ == gazetteer.Organization && sp.source.rule == ruleBodyBeforePlace {
					// the head of a national body's branch heads an office, not the body:
					// "Kepala Badan Pusat Statistik Sumatera Utara Nurul Hasanudin" (the chair
					// of a commission's branch leads it: "Ketua KPU Jambi …")
					typ = gazetteer.Person
				}
				if typ == gazetteer.Leader && s.regionalBody(int(k)) && !(strings.EqualFold(role, "ketua") && sp.typ == gazetteer.Location) {
					// (but the chair of a body's chapter named by its region is its leader:
					// "Ketua Himpunan Nelayan Seluruh Indonesia (HNSI) Maluku Utara Jafar
					// Marsaoly", as the chair of a party's or an association's is)
					switch strings.ToLower(role) {
					case "kepala":
						// the head of a regional office is no leader: "Kepala Dinas Kesehatan
						// Kabupaten Sukabumi", "Kepala Stasiun Meteorologi …", "Kepala BPJS
						// Kesehatan Kantor Cabang Pematangsiantar" (but "Kepala Badan Geologi");
						// the chair (Ketua) of a regional body, a cooperative or an
						// association leads it: "Ketua Koperasi Produsen Gambir Saiyo Sakato
						// Zulkifli …", "Ketua KPU Kota Bontang …"
						typ = gazetteer.Person
					}
				}
				if typ == gazetteer.Leader && sp.typ == gazetteer.Organization && s.firmOfficer(role, int(k)) {
					// a company's president or vice-president, or a club's vice-president, is
					// its officer, no leader: "Wakil Presiden PT Sinar Baru …", "Presiden PT
					// Inti Daya …", "Wakil Presiden Manajemen Produk Qualcomm Technologies"
					// (the president of a club leads it: "Presiden Inter Giuseppe Marotta")
					typ = gazetteer.Person
				}
				passedBody = true
				j = sp.last
				if sp.typ == gazetteer.Organization && sp.entry == nil && j+2 < len(s.toks) && s.toks[j-1].Kind == tokenize.Number &&
					s.owner[j] < 0 && s.owner[j+1] < 0 && s.owner[j+2] < 0 && s.isCap(j) && s.isCap(j+1) && s.isCap(j+2) &&
					s.toks[j].Kind == tokenize.Word && s.nameShaped(j) && !s.givenName(j) && !s.is(j, fRank) && !s.is(j, fTitle) &&
					s.givenName(j+1) && !s.paraBreak(j) {
					// a numbered school's place, which the gazetteer does not know, before
					// its head's name: "Kepala SD Negeri 1 Soren Sulastri Ningsih"
					s.owner[j] = int32(k)
					sp.last, sp.end = j+1, int(s.toks[j].End)
					sp.name = s.spanText(sp.first, sp.last)
					j++
				}
				if sp.typ == gazetteer.Organization && j+1 < len(s.toks) && s.owner[j] < 0 && s.isAllCaps(j) && roman(s.word(j)) &&
					s.toks[j].Start == s.toks[j-1].End+1 && s.isCap(j+1) && s.owner[j+1] < 0 &&
					(sp.entry == nil || typer.Trace == nil) {
					// the body's number, before the holder's name: "… BWS Kalimantan II Rudi
					// Hartono Simanjuntak"; after a body the gazetteer knows, the numbered
					// one is another, which it does not: "Direktur Utama AP II Muhammad
					// Awaluddin", "Dirut PTPN VIII …" (not for the typer's trainer; a lone
					// "I", which opens Balinese names, is no word in capitals)
					if sp.entry != nil {
						sp.entry, sp.id, sp.source = nil, "", source{rule: ruleOrgHead}
					}
					s.owner[j] = int32(k)
					sp.last, sp.end = j+1, int(s.toks[j].End)
					sp.name = s.spanText(sp.first, sp.last)
					j++
				}
				continue
			default:
				break scan
			}
		}
		t := s.toks[j]
		if t.Kind != tokenize.Word {
			// a number, or a bracket, in the role or after its body (none of these tests holds
			// for a word, and most tokens are words: they skip them all)
			if t.Kind == tokenize.Number && j == start && len(s.word(j)) <= 3 && j+1 < len(s.toks) && s.isCap(j+1) {
				// the unit's number right after the title: "Ketua RW 02 Jatipadang Arief …"
				s.bits[j] |= bitRole
				j++
				continue
			}
			if t.Kind == tokenize.Number && runStart >= 0 && j+1 < len(s.toks) && (s.isCap(j+1) || s.owner[j+1] >= 0) {
				// a numbered unit belongs to the role: "General Manager PT KAI Daop 8
				// Surabaya Heri Siswanto"
				for k := runStart; k <= j; k++ {
					s.bits[k] |= bitRole
				}
				runStart, runEnd = -1, -1
				j++
				continue
			}
			if t.Text(s.text) == "(" && j+2 < len(s.toks) && s.owner[j+1] >= 0 &&
				j > start && s.owner[j-1] >= 0 && (s.spans[s.owner[j-1]].typ == gazetteer.Organization || s.spans[s.owner[j-1]].typ == gazetteer.Location) {
				if c := s.spans[s.owner[j+1]].last; s.spans[s.owner[j+1]].first == j+1 && c < len(s.toks) && s.word(c) == ")" &&
					(c == j+2 || typer.Trace == nil) {
					// a body's acronym or short form in brackets after its name: "dari Komisi
					// Pemberantasan Korupsi (KPK) Rio …", "Kepala Balai Taman Nasional Gunung
					// Rinjani (TNGR) …", "… Kementerian Energi dan Sumber Daya Mineral
					// (Kementerian ESDM) Tri Wahyono Santoso"
					j = c + 1
					continue
				}
			}
			if t.Text(s.text) == "(" && passedBody && j > start && s.owner[j-1] >= 0 && j+3 < len(s.toks) && s.word(j+2) == ")" &&
				s.owner[j+1] < 0 && s.isCap(j+1) && (s.isCap(j+3) || s.owner[j+3] >= 0) {
				// the acronym of the unit the role names, after its country or body: "Direktur
				// Jenderal Jabatan Meteorologi Malaysia (MetMalaysia) Ahmad Fauzi …"
				if runStart >= 0 {
					for k := runStart; k < runEnd; k++ {
						s.bits[k] |= bitRole
					}
				}
				for k := j; k < j+3; k++ {
					s.bits[k] |= bitRole
				}
				if s.phraseAt(&s.lex.titles, j+1) == 1 {
					typ = s.lex.titleType[s.lowAt(j+1)] // the title's own abbreviation says which: "(Kabareskrim)"
				}
				runStart, runEnd = -1, -1
				j += 3
				if s.toks[j].Kind == tokenize.Word && roman(s.word(j)) {
					s.bits[j] |= bitRole // its number: "… (BPJN) IX Maluku"
					j++
				}
				continue
			}
			if (runStart < 0 && s.inRole(j-1) || runStart >= 0 && runEnd == j) && t.Text(s.text) == "(" && j+3 < len(s.toks) &&
				s.word(j+2) == ")" && s.owner[j+1] < 0 && s.isCap(j+1) && (s.isCap(j+3) || s.owner[j+3] >= 0) {
				// the acronym of a title or unit named in the role, which makes the words
				// before it the unit's name: "Koordinator Pusat Pengendalian dan Operasi
				// (Pusdalops) BPBD …", "Pelaksana Harian (Plh) Kepala …", "… Industri
				// Kecerdasan Artifisial (Korika) Hammam Riza"
				for k := max(runStart, j); k < j+3; k++ {
					s.bits[k] |= bitRole
				}
				runStart, runEnd = -1, -1
				j += 3
				continue
			}
		}
		if runStart < 0 && !passedBody && s.inRole(j) {
			j++ // words headWordSpans read as the role's: a field list (see fieldListBody), a unit ("Satuan Reserse Kriminal Polres …")
			continue
		}
		if t.Kind != tokenize.Word {
			if runStart < 0 && !passedBody && j > start && s.inRole(j-1) && t.Text(s.text) == "," && j+1 < len(s.toks) && s.owner[j+1] < 0 {
				// a list inside the role: "Kepala Pusat Data, Informasi, dan Humas BNPB …",
				// "Pengawas Emiten, Transaksi Efek, dan Pemeriksaan Khusus OJK …"
				if s.is(j+1, fConnector) {
					s.bits[j] |= bitRole
					j++
					continue
				}
				if r := s.nameRunEnd(j + 1); r > j+1 && r < len(s.toks) && (s.word(r) == "," || s.is(r, fConnector)) &&
					!(s.givenName(j+1) && s.looksLikePersonalName(j+1, r, fCommon) && s.word(r) == ",") {
					// (not the holder set off by commas: "Direktur Rantai Ulang, Nadia Larasati,
					// mengatakan")
					for k := j; k < r; k++ {
						s.bits[k] |= bitRole
					}
					j = r
					continue
				}
			}
			break
		}
		if len(s.notEntity) > 0 && s.notEntity[t.Text(s.text)] {
			break
		}
		if runStart < 0 && !passedBody && typer.Trace == nil && polityWord(s.lowAt(j)) && s.isCap(j) && j+1 < len(s.toks) && s.owner[j+1] < 0 && s.isCap(j+1) {
			// a realm named after a monarch's title is a place, not the monarch: "Raja
			// Kerajaan Majapahit", "raja besar Kerajaan Hastinapura"; its name is one word
			// when two more follow, the monarch's ("Raja Kerajaan Majapahit Hayam Wuruk")
			// (not for the typer's trainer)
			e := s.nameRunEnd(j + 1)
			if e-(j+1) >= 3 {
				e = j + 2
			}
			if e > j+1 {
				s.addSpan(s.ruleSpan(j, e, gazetteer.Location, rulePlaceHead))
				passedBody = true
				j = e
				continue
			}
		}
		if runStart < 0 && typer.Trace == nil && s.isCap(j) && nominalization(s.lowAt(j)) && !s.givenName(j) && j+2 < len(s.toks) &&
			s.holderNameAt(j+1) && s.holderNameAt(j+2) {
			// a field the lexicons lack, shaped like an abstract noun, before the holder's
			// name: "Plt Dirjen Pemasyarakatan Heru Prasetyo Nugroho"
			s.bits[j] |= bitRole
			j++
			continue
		}
		if s.is(j, fRank) || s.is(j, fTitleSuffix) || (runStart < 0 && s.is(j, fPortfolio)) ||
			runStart < 0 && j > start && s.is(j, fConnector) && s.is(j-1, fPortfolio) && j+1 < len(s.toks) && s.is(j+1, fPortfolio) {
			// "Menteri Kelautan dan Perikanan", "Wakil Menteri Komunikasi dan Digital"
			s.bits[j] |= bitRole
			j++
			continue
		}
		if runStart < 0 && s.titlesJoined(j) {
			s.bits[j] |= bitRole // "CEO sekaligus pendiri Kirimin Kevin …"
			if w := s.lowAt(j); w == "dan" || w == "and" || w == "&" {
				// titles joined by "dan" type the holder by the last: "Presiden dan CEO
				// MBDI Roelof Lamberts" is a company's head, no leader
				typ = s.lex.titleType[s.keyOf(j+1, j+1+s.phraseAt(&s.lex.titles, j+1))]
			}
			j++
			continue
		}
		if runStart < 0 && (j == start || s.inRole(j-1) && s.phraseAt(&s.lex.titles, j-1) == 1) && !s.isUni(j) && roman(s.word(j)) &&
			(len(s.word(j)) > 1 || j+1 >= len(s.toks) || !s.isCap(j+1)) { // (not Bali's "I" of "Kapolres I Made Sinar")
			s.bits[j] |= bitRole // the title's number: "Kasubdit I bidang Kamneg …", "Wakil Ketua II"
			j++
			continue
		}
		if runStart < 0 && typer.Trace == nil && roman(s.word(j)) && (j == start || passedBody && s.bodyEndsBefore(j)) && s.bodyStartsAt(j+1) {
			// a unit's or a branch's number between the title or its body and a body's
			// name is the role's, no holder: "Kanit I | Ditnarkoba Polda Bengkulu", "ketua
			// DPD I | Golkar Gorontalo", "Kepala … (BPJN) IX | Maluku …" (a body, not a
			// Balinese name, follows "I"; not for the typer's trainer)
			s.bits[j] |= bitRole
			j++
			continue
		}
		if runStart < 0 && j+1 < len(s.toks) && s.isCap(j+1) && s.numberedPart(j, j+1) {
			s.bits[j] |= bitRole // "anggota Komisi III Bambang …"
			s.bits[j+1] |= bitRole
			j += 2
			continue
		}
		if n := s.phraseAt(&s.lex.titles, j); n > 0 && (runStart < 0 || j > runEnd) {
			for k := j; k < j+n; k++ {
				s.bits[k] |= bitRole
			}
			j += n
			continue
		}
		if runStart < 0 && !passedBody && s.isCap(j) && s.owner[j] < 0 && j+1 < len(s.toks) && (s.isCap(j+1) || s.fieldAnd(j+1)) &&
			englishTitle(role) && !s.givenName(j) && (isEnglishWord(s.lowAt(j)) || englishPlural(s.lowAt(j)) || s.corpusWord(j) && !s.is(j+1, fOrgSuffix) && !managerTitle(role)) &&
			(!managerTitle(role) || !s.suffixAhead(j+1)) {
			// (after a manager's or director's title, English words only, and not a
			// company's name: "Project Director | Gelar Panggung Nusantara")
			s.bits[j] |= bitRole // an English title's field: "Head of Product Management Raf Van Nuffel"
			j++
			continue
		}
		if runStart < 0 && !passedBody && j > start && s.inRole(j-1) && englishTitle(role) && s.fieldAnd(j) {
			s.bits[j] |= bitRole // "Head of Brand Development & Marketing Research …"
			j++
			continue
		}
		if runStart < 0 && passedBody && s.toks[j].End-s.toks[j].Start == 6 && s.lowAt(j) == "bidang" && s.isCap(j) && j+1 < len(s.toks) && s.isCap(j+1) && s.owner[j+1] < 0 {
			// the field of the office, after its body, is still the role: "Deputi Komisioner
			// OJK Bidang Edukasi dan Perlindungan Konsumen Sri Rahayu Widodo"; the holder's
			// name comes after it
			s.bits[j] |= bitRole
			passedBody = false
			j++
			continue
		}
		if runStart < 0 && (s.isCap(j) || s.roleWordUni(j)) && (s.is(j, fCommon) && !passedBody && !s.suffixedBodyAt(j) && !(j == start && degreeTitle(role)) || s.is(j, fOrgHeadFirst)) &&
			!(s.lex.givenWords[s.lowAt(j)] && j+1 < len(s.toks) && s.owner[j+1] < 0 && s.isCap(j+1) && s.givenBeforeName(j, j+2)) {
			// (but a first name before a surname begins the name: "Pelatih Samudra Wicaksana")
			// "Ketua Dewan Pembina …", "Wakil Ketua Komisi III …"; after the body the role
			// is over, and a capitalised ordinary word is a name ("Chief Investment Officer
			// Danantara Pandu Sjahrir")
			s.bits[j] |= bitRole
			j++
			continue
		}
		if !s.isCap(j) {
			if runStart < 0 && !passedBody && j > start && s.inRole(j-1) && s.is(j, fConnector) &&
				j+1 < len(s.toks) && s.isCap(j+1) && s.owner[j+1] < 0 {
				if s.is(j+1, fCommon) || s.is(j+1, fPortfolio) {
					// a unit's name of two parts in the role: "Koordinator Pusat Pengendalian
					// dan Operasi …"
					s.bits[j] |= bitRole
					j++
					continue
				}
				if r := s.nameRunEnd(j + 1); r < len(s.toks) && s.owner[r] >= 0 && s.spans[s.owner[r]].typ == gazetteer.Organization {
					// the same, with a body's name after it: "Kepala Bidang Pencegahan dan
					// Kesiapsiagaan Badan Penanggulangan Bencana Daerah …"
					for k := j; k < r; k++ {
						s.bits[k] |= bitRole
					}
					j = r
					continue
				}
			}
			if runStart < 0 && passedBody && s.isUni(j) && s.toks[j].Kind == tokenize.Word && !s.is(j, fStop) &&
				j+1 < len(s.toks) && s.owner[j+1] < 0 && s.isCap(j+1) {
				// in text of one case, an ordinary word between the body and a name word
				// begins the name, as its capital would show: "danantara pandu sjahrir"
				r := s.nameRunEnd(j + 1)
				runStart, runEnd = j, r
				j = r
				continue
			}
			if runStart >= 0 && runEnd == j && s.is(j, fConnector) && j+1 < len(s.toks) && s.isCap(j+1) && !s.isRankOrTitleStart(j+1) {
				// a unit's name of two parts before its body is role: "Kepala Bidang
				// Kedaruratan dan Logistik BPBD …"
				if r := s.nameRunEnd(j + 1); r > j+1 && r < len(s.toks) && s.owner[r] >= 0 && s.spans[s.owner[r]].typ == gazetteer.Organization {
					for k := runStart; k < r; k++ {
						s.bits[k] |= bitRole
					}
					runStart, runEnd = -1, -1
					j = r
					continue
				}
			}
			if runStart < 0 && s.linksBody(j) {
				j++ // "Wakil Ketua Banggar dari Gerindra Andreas Halim"
				continue
			}
			if runStart < 0 && passedBody && typer.Trace == nil && s.is(j, fConnector) && s.placeSpanAt(j-1) && j+1 < len(s.toks) && s.placeSpanAt(j+1) {
				j++ // places joined in the role's field: "Direktur Jenderal Amerika dan Eropa Kementerian Luar Negeri …"
				continue
			}
			if runStart < 0 && (s.is(j, fOrgHead) || s.is(j, fPortfolio)) {
				j++ // "juru bicara kementerian Lim Soo-suk"
				continue
			}
			break
		}
		if s.is(j, fStop) || j+1 < len(s.toks) && s.toks[j+1].Kind == tokenize.Number && numberingWord(s.lowAt(j)) {
			// (and a document's or a unit's number ends the role with no holder: "Instruksi
			// Gubernur DKI Jakarta Nomor 13 Tahun 2018")
			break
		}
		if runStart < 0 && passedBody && s.owner[j-1] >= 0 && s.spans[s.owner[j-1]].typ == gazetteer.Location && s.lowAt(j) == "kota" {
			// a police unit's city part after its place: "Kapolres Jayapura Kota AKBP …"
			s.bits[j] |= bitRole
			j++
			continue
		}
		r := s.nameRunEnd(j)
		if r == j {
			break
		}
		if runStart < 0 && r-j >= 2 && s.companyPrefix(j, r) && !s.ownerNamesCompany(j, r) {
			// a company's short name, the first words after its legal form that the
			// document gave in full: "Direktur Pemasaran Samudra Pelumas, Aditya …" after
			// "PT Samudra Pelumas Nusantara"
			s.addSpan(s.ruleSpan(j, r, gazetteer.Organization, ruleOrgHead))
			passedBody = true
			j = r
			continue
		}
		if k := s.companyThenHolder(j, r); runStart < 0 && k > j {
			// the same, its holder's name right after it: "Direktur Utama Rimba Sawit Lukas
			// Hartono Tandiono" after "PT Rimba Sawit Lestari Tbk"
			s.addSpan(s.ruleSpan(j, k, gazetteer.Organization, ruleOrgHead))
			passedBody = true
			j = k
			continue
		}
		if (r == j+1 && (s.ordinary(s.lowAt(j)) || nominalised(s.lowAt(j)) || s.isAllCaps(j) && !s.isUni(j)) && !s.givenName(j) ||
			typer.Trace == nil && r-j <= 3 && s.ordinaryRun(j, r)) && r < len(s.toks) &&
			(s.owner[r] >= 0 && s.spans[s.owner[r]].typ == gazetteer.Organization || s.owner[r] < 0 && s.isAllCaps(r) && !s.isUni(r)) {
			// an ordinary word, a noun made from a verb or an acronym right before a body or
			// an acronym is the role's last word, not its holder (and so are two or three
			// ordinary words: "Direktur Industri Kimia Hulu | Kementerian Perindustrian"): "anggota DPR Fraksi |
			// Hanura", "Direktur Pelindungan | WNI …", "Direktur Jenderal Pemasyarakatan |
			// Kemenkumham", "anggota DK | OJK"
			s.bits[j] |= bitRole
			j = r
			continue
		}
		if runStart >= 0 {
			// an earlier run was part of the role: "Kepala Bidang Mitigasi … Ratih"
			for k := runStart; k < runEnd; k++ {
				s.bits[k] |= bitRole
			}
		}
		if k := s.skipLeadingWords(j, r); k > j {
			for m := j; m < k; m++ {
				s.bits[m] |= bitRole // "Juru Bicara Kepresidenan Johan Budi"
			}
			j = k
		}
		runStart, runEnd = j, r
		j = r
	}
	if runStart >= 0 && runEnd-runStart <= 2 && runEnd < len(s.toks) && j < len(s.toks) && s.word(j) == "," && !s.givenName(runStart) {
		if k := s.owner[runEnd]; k >= 0 && s.spans[k].first == runEnd && s.spans[k].last == j && s.spans[k].typ == gazetteer.Country && s.spans[k].country == "ID" {
			// a company's name and "Indonesia", its branch here, with the holder set off
			// after them: "Country Manager Kovalent Indonesia, Aditya Wirawan,"
			s.removeSpan(int(k))
			s.addSpan(s.ruleSpan(runStart, j, gazetteer.Organization, ruleOrgHead))
			runStart, runEnd, passedBody = -1, -1, true
		}
	}
	if runStart < 0 && passedBody && j > start && j < len(s.toks) && s.word(j) == "," {
		b := j - 1
		if o := s.owner[b]; typer.Trace == nil && o >= 0 && s.spans[o].typ == gazetteer.Location && s.spans[o].first-1 > start && s.word(s.spans[o].first-1) == ")" {
			b = s.spans[o].first - 1 // and the branch's region after it: "… (Aptrindo) DKI Jakarta, Yusuf Hamonangan Siregar,"
		}
		if typer.Trace == nil && s.word(b) == ")" && b-2 >= start && s.word(b-2) == "(" {
			b-- // the body's acronym in brackets before the comma: "Ketua Umum Serikat Pekerja Sinar Langkah (SPSL), Ahmad Jaelani,"
		}
		if k := s.owner[b]; k >= 0 && (s.spans[k].typ == gazetteer.Location && s.spans[k].first == start && inLower(s.lex.territorialTitles, role) ||
			s.spans[k].typ == gazetteer.Organization ||
			typer.Trace == nil && s.spans[k].typ == gazetteer.Country && typ == gazetteer.Leader && s.closedHolder(j) && s.leaderRoleBefore(start)) {
			// (and a leader's country, its holder set off by commas: "Presiden Sudan, Salva
			// Kiir, dan …", "Perdana Menteri Malaysia, …, hadir"; not for the typer's trainer)
			if n := s.holderAfterComma(j); n > 0 && s.setOffHolder(n) {
				// the holder set off by a comma after the title's body or the office's
				// place: "Ketua Koperasi … Blitar, Yudianto Wibisono, menyebutkan", "Kepala
				// Desa Supiturang, Mashuri" after "Desa Supiturang"
				return s.holderSpan(j, n, typ, role, country)
			}
		}
	}
	if runStart >= 0 && typer.Trace == nil && s.fieldWordsRun(runStart, runEnd) {
		// ordinary words of the title's field before a body, a lowercase word or the holder
		// set off by commas: "Direktur Operasional perusahaan itu, Hendrik Wijaya,",
		// "Kepala Bidang Bina Marga Dinas …", "Direktur Pengendalian Aplikasi Informatika
		// Komdigi" (not for the typer's trainer, typer.Trace)
		for k := runStart; k < runEnd; k++ {
			s.bits[k] |= bitRole
		}
		if runEnd < len(s.toks) && s.word(runEnd) == "," {
			if n := s.holderAfterComma(runEnd); n > 0 && s.setOffHolder(n) {
				return s.holderSpan(runEnd, n, typ, role, country)
			}
		}
		return start
	}
	if runStart < 0 || runEnd-runStart > 5 || runEnd-runStart == 1 && s.isAllCaps(runStart) && !s.isUni(runStart) && (len(s.word(runStart)) > 2 || typer.Trace == nil && fieldAcronym(s.word(runStart))) ||
		runEnd-runStart == 1 && nominalised(s.lowAt(runStart)) && !s.givenName(runStart) || s.word(runStart) == "The" ||
		typer.Trace == nil && (houseNumberWord(s.lowAt(runStart)) || runStart > 0 && houseNumberWord(s.lowAt(runStart-1))) {
		// no name, a body's acronym ("Kepala Seksi Penyidik PPNS Tangsel, Muksin …"), a
		// unit's field in a noun made from a verb ("Ketua Tim Pemenangan pada …"), a
		// work's title ("sutradara The Last Jedi") or the number of a letter or a decree
		// the office issued ("Surat Menteri Keuangan Nomor S-781/MK.08/2017", "Keputusan
		// Gubernur Jawa Barat Nomor:561/…"; not for the typer's trainer)
		return start
	}
	// whether the title is a territorial office's, whose place may stand before its holder
	// (no body named after the title): the tests of such a place below, which read much
	// more, are asked only then
	territorial := !passedBody && inLower(s.lex.territorialTitles, role)
	if territorial {
		if n := s.placeThenHolder(runStart, runEnd); n > 0 {
			// "Kepala Desa Supiturang, Mashuri", "Bupati Pronojiwo, Thoriqul Haq": the
			// office's place, then its holder set off by a comma
			s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Location, ruleTitlePlace))
			return s.holderSpan(runEnd, n, typ, role, country)
		}
	}
	if typer.Trace == nil && runEnd-runStart == 1 && territorial && !s.givenName(runStart) &&
		!s.is(runStart, fGiven) && !s.is(runStart-1, fRank) && !s.afterCueElsewhere(runStart) && !s.isAllCaps(runStart) &&
		(runEnd >= len(s.toks) || s.toks[runEnd].Kind == tokenize.Punct && s.word(runEnd) != "(" || !s.isCap(runEnd) && s.toks[runEnd].Kind == tokenize.Word) {
		// a territorial office and one word no first name, then the clause's end: the
		// office's place, its holder unnamed ("kata Wali Kota Verbania.", "ujar Camat
		// Cibeber, …"); not after a rank ("Kapolsek Bontoala Kompol Afiuddin"), nor a word
		// the document also uses after a speech cue, a call name's ("ujar Aher", then
		// "Gubernur Aher"); not for the typer's trainer
		s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Location, ruleTitlePlace))
		return runEnd
	}
	placeWords := 0 // (of a place before the holder: see placeBeforeHolder)
	if territorial {
		placeWords = s.placeBeforeHolder(runStart, runEnd)
	}
	if runEnd-runStart >= 2 && territorial && s.namedAsPlace(runStart) {
		// "Camat Cibeber Joko Susilo": a territorial office over a place that the document
		// names as a place elsewhere ("Kecamatan Cibeber", "di Cibeber") — the title, the
		// place, the person
		n := 1
		if runEnd-runStart >= 4 && s.pairRepeats(runStart) {
			n = 2 // a place of two words the document names again: "Kepala Desa Lunyuk Ode Syahrial Jamaluddin"
		}
		place := s.ruleSpan(runStart, runStart+n, gazetteer.Location, ruleTitlePlace)
		s.addSpan(place)
		runStart += n
	} else if runEnd-runStart >= 3 && territorial && s.directionInRun(runStart+1) {
		// a place with a direction, whatever name follows: "Lurah Sukajadi Barat Lalu Ahmad
		// Fauzi" (see directionInRun)
		s.addSpan(s.ruleSpan(runStart, runStart+2, gazetteer.Location, ruleTitlePlace))
		runStart += 2
	} else if n := placeWords; n > 0 {
		// "Camat Pronojiwo Agus Setiyo Budi": a territorial office, a place of one or two
		// words, then a holder whose name begins with a known first name
		s.addSpan(s.ruleSpan(runStart, runStart+n, gazetteer.Location, ruleTitlePlace))
		runStart += n
	} else if runEnd-runStart >= 3 && !passedBody && !s.givenName(runStart) && !s.balineseStart(runStart, runEnd) && s.standsAlone(runStart) &&
		!s.afterCueElsewhere(runStart) {
		// "pelatih Persiba Timo Scheunemann": a first word the document also uses on its
		// own, without the rest of the name, is a body's name, not the person's, unless it
		// begins the names of people the gazetteer knows ("Bambang", used alone as a short
		// name) or stands alone after a speech cue, as a person's short name does ("kata
		// Dadang" after "Ir Dadang Hermawan Sutisna"); with the English suffixes that end
		// the body's name after it, the body ("CEO Hoshimaru Logistics Kenta Mizuno")
		k := runStart + 1
		for k < runEnd-2 && s.is(k, fOrgSuffix) {
			k++
		}
		if k > runStart+1 {
			s.addSpan(s.ruleSpan(runStart, k, gazetteer.Organization, ruleOrgHead))
		} else {
			s.bits[runStart] |= bitRole
		}
		runStart = k
	}
	if runEnd-runStart >= 2 && s.is(runEnd-1, fOrgSuffix) {
		// a body, not the title's holder: "Kuasa hukum Skyline Music, Hotma …"
		runEnd = s.suffixCountry(runEnd)
		s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Organization, ruleContextOrg))
		return runEnd
	}
	if runStart == start && runEnd-runStart >= 3 && s.isAllCaps(runStart) && inLower(s.lex.ministerialTitles, role) {
		// a ministry's acronym the gazetteer lacks belongs to the title, as a known one
		// does: "Menteri ESDM Ignasius Jonan"
		role += " " + s.word(runStart)
		s.bits[runStart] |= bitRole
		runStart++
	}
	runStart = s.bodyBeforeHolder(runStart, runEnd)
	if typer.Trace == nil && strings.EqualFold(role, "anggota") && s.unitBeforeBody(runStart, runEnd) {
		// a member of a unit of the body named right after it, no person named: "Anggota
		// Reserse Kriminal Polres Metro Jakarta Barat", "anggota Timsus Satpas Polda Metro
		// Jaya" (not for the typer's trainer)
		for k := runStart; k < runEnd; k++ {
			s.bits[k] |= bitRole
		}
		return runEnd
	}
	if typer.Trace == nil && strings.EqualFold(role, "anggota") && runStart == start && runEnd-runStart == 1 && !s.givenName(runStart) && s.groupNamedAs(runStart) {
		// the group itself, its member unnamed: "Grup idol Velvetine … sebagai anggota
		// Velvetine" (not for the typer's trainer)
		s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Organization, ruleContextOrg))
		return runEnd
	}
	if o := s.owner[max(runStart-1, 0)]; typ == gazetteer.Leader && runStart > start && o >= 0 && s.spans[o].typ == gazetteer.Organization &&
		s.firmOfficer(role, int(o)) {
		// the same with the company named in the run: "Presiden Nexa Corporation Dedi …"
		typ = gazetteer.Person
	}
	if typer.Trace == nil && runStart == start && runEnd-runStart == 1 && firmTitle(role) && s.firmAfterTitle(runStart) {
		// one word no first name after a firm's officer's title, then only the firm's
		// country or city and the clause's end, is the firm the title is held in, its
		// holder named before or not at all: "Olivia Lautner, Associate Country Manager
		// Tokopaka Indonesia yang …", "ujar Hendra Kwik, Co-Founder & CEO Payfazz."
		// (not for the typer's trainer)
		s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Organization, ruleContextOrg))
		return runEnd
	}
	if typer.Trace == nil && runEnd-runStart == 1 && s.innerCapital(runStart) && !s.givenPrefix(runStart) {
		// one word with a capital inside after the title is the body the title is held
		// in, as brands and startups write their names, no holder: "Petra Barus, CTO
		// UrbanIndo", "juru bicara SurveyMonkey" (not for the typer's trainer)
		s.addSpan(s.ruleSpan(runStart, runEnd, gazetteer.Organization, ruleContextOrg))
		return runEnd
	}
	if typer.Trace == nil && unitField(s.lowAt(runStart)) {
		// a unit's field or a working body's short name after the title belongs to the
		// role: then no more than the body's acronym, the holder is unnamed here ("Ketua
		// Pansus RUU Terorisme", "Dirjen Hubla, Gunung Sahari", "Ketua Presidium AMSI"),
		// else the holder's name follows ("Ketua Pansus Muhammad Syafii") unless an
		// ordinary word or a number goes on with the body's name ("Ketua Pansus Hak
		// Angket", "Ketua Presidium Alumni 212"); not for the typer's trainer
		s.bits[runStart] |= bitRole
		if runEnd-runStart == 1 || runEnd-runStart == 2 && s.isAllCaps(runStart+1) {
			return runStart + 1
		}
		if !s.givenName(runStart+1) && s.ordinaryIn(runStart+1, runEnd) || runEnd < len(s.toks) && s.toks[runEnd].Kind == tokenize.Number {
			return runEnd
		}
		role += " " + s.word(runStart)
		runStart++
	}
	sp := s.ruleSpan(runStart, runEnd, typ, ruleTitle)
	sp.role, sp.country = role, country
	s.addSpan(sp)
	return runEnd
}

// unitBeforeBody reports whether the run [first, last) after a title is the name of a unit
// of the body whose name follows it on the line, with nothing between: no first name the
// lists know opens it, and an organization's span or a body's head word begins right
// after it ("Reserse Kriminal | Polres Metro Jakarta Barat", "Timsus | Satpas Polda").
func (s *state) unitBeforeBody(first, last int) bool {
	if last >= len(s.toks) || first >= last || s.givenName(first) || s.toks[last].Start != s.toks[last-1].End+1 || s.paraBreak(last) {
		return false
	}
	if o := s.owner[last]; o >= 0 {
		return s.spans[o].first == last && s.spans[o].typ == gazetteer.Organization
	}
	return s.isCap(last) && s.phraseAt(&s.lex.orgHeads, last) > 0
}

// degreeTitle reports whether the role, in any case, is a degree's or a profession's
// title written before a personal name, which no field follows: after "dr." an ordinary
// word opens the name ("dr. Maya Anggraini Setiadi").
func degreeTitle(role string) bool {
	switch strings.ToLower(role) {
	case "dr.", "dr", "drg.", "drg", "drh.", "drh", "prof.", "prof", "ir.", "ir", "drs.", "drs", "dra.", "dra":
		return true
	}
	return false
}

// honorific reports whether the role, in any case, is a form of address before a personal
// name (lexicon/ranks.txt holds them among the ranks): "Bu", "Pak", "Mbak", "Bung".
func honorific(role string) bool {
	if !isASCII(role) {
		for _, h := range [...]string{"pak", "bu", "ibu", "bapak", "mama", "bapa", "mbak", "mas", "bung", "tuan", "nyonya", "ny", "ny.", "nona", "saudara", "saudari", "sdr."} {
			if strings.EqualFold(role, h) {
				return true
			}
		}
		return false
	}
	// in ASCII, the role is put in small letters on the stack and looked up once: most
	// roles are longer than every form of address, and are done with at once
	var arr [len("saudara")]byte
	if len(role) > len(arr) {
		return false
	}
	b := lowerInto(arr[:len(role)], role)
	switch string(b) {
	case "pak", "bu", "ibu", "bapak", "mama", "bapa", "mbak", "mas", "bung", "tuan", "nyonya", "ny", "ny.", "nona", "saudara", "saudari", "sdr.":
		return true
	}
	return false
}

// fieldAnd reports whether token j joins two parts of an English title's field, "&" or
// "and" before a capitalised word ("Head of Corporate and Marketing Communication"), or a
// comma before an English word or before "and" ("Communication, Relations, and CSR").
func (s *state) fieldAnd(j int) bool {
	if j+2 < len(s.toks) && s.word(j) == "," && (s.word(j+1) == "and" || s.word(j+1) == "&") {
		j++ // a list of fields: "Area Manager Communication, Relations, and CSR"
	} else if j+1 < len(s.toks) && s.word(j) == "," && s.isCap(j+1) && s.owner[j+1] < 0 && (isEnglishWord(s.lowAt(j+1)) || englishPlural(s.lowAt(j+1))) {
		return true
	}
	if w := s.word(j); w != "&" && w != "and" || j+1 >= len(s.toks) {
		return false
	}
	return s.isCap(j+1) && s.owner[j+1] < 0
}

// suffixAhead reports whether the capitalised English words from token i that no span
// holds end in an English organization suffix: they are a company's name, not a title's
// field ("Managing Director Full Color Entertainment").
func (s *state) suffixAhead(i int) bool {
	for k := i; k < len(s.toks) && k-i < maxOrgSuffixWords && s.toks[k].Kind == tokenize.Word && s.isCap(k) && s.owner[k] < 0; k++ {
		if s.is(k, fOrgSuffix) {
			return true
		}
		if !isEnglishWord(s.lowAt(k)) {
			return false // a name of its own before the suffix: "International Business | Hengtai Auto"
		}
	}
	return false
}

// englishTitle reports whether the title role is an English one that names a field, which
// may go on after it: "Head of Product" (Management), "Vice President of" (Sales), "Vice
// President" (International Business), "Area Manager" (Communication, Relations, and CSR).
func englishTitle(role string) bool {
	if ofTitle(role) {
		return true
	}
	return lowerHasSuffix(role, "vice president") || managerTitle(role)
}

// inLower reports whether role in small letters, strings.ToLower(role), is in set; for a
// role all in ASCII it is put in small letters on the stack, not in a new string, as the
// title rules ask it of a role again and again.
func inLower(set map[string]bool, role string) bool {
	var arr [64]byte
	if len(role) > len(arr) || !isASCII(role) {
		return set[strings.ToLower(role)]
	}
	return set[string(lowerInto(arr[:len(role)], role))]
}

// lowerInto writes w, in ASCII, in small letters into b, which is as long as w, and
// returns b: a word put in small letters on the stack, for a lookup without a string.
func lowerInto(b []byte, w string) []byte {
	for i := range len(w) {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// lowerHasSuffix reports whether s in small letters, strings.ToLower(s), ends in suffix, itself
// in small letters; for an s all in ASCII without making that string, as the title rules
// ask it of a role again and again.
func lowerHasSuffix(s, suffix string) bool {
	if !isASCII(s) {
		return strings.HasSuffix(strings.ToLower(s), suffix)
	}
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// firmOfficer reports whether the title role over the organization span k, a
// president's or a vice-president's, names an officer of a firm: the body is a company the
// gazetteer knows or one named with its legal form ("PT Sinar Baru", "Bukit Asam Tbk",
// "Nexa Corporation"), or, for a vice-president, a club ("Wakil Presiden Borussia Dortmund").
func (s *state) firmOfficer(role string, k int) bool {
	r := strings.ToLower(role)
	if r != "presiden" && r != "wakil presiden" {
		return false
	}
	sp := &s.spans[k]
	if sp.entry != nil {
		return s.x.companies[sp.entry] || r == "wakil presiden" && s.x.clubs[sp.entry]
	}
	switch last := s.lowAt(sp.last - 1); {
	case companyForm(s.lowAt(sp.first)) && sp.last-sp.first > 1:
		return true
	case last == "indonesia" || last == "internasional" || last == "international":
		return false // the end of many a body's name: "Federasi Sepak Bola Internasional"
	default:
		return sp.last-sp.first > 1 && s.lex.companyClosers[last]
	}
}

// firmTitle reports whether the title role is held by a firm's officer, whose firm may
// follow the title with no holder's name: a manager's or a director's ("Country Manager",
// "Managing Director"), a chief officer's ("CEO", "Chief Marketing Officer") or a
// founder's ("Co-Founder").
func firmTitle(role string) bool {
	w := strings.ToLower(role)
	switch w {
	case "ceo", "coo", "cto", "cfo", "cmo", "cio", "founder", "co-founder", "cofounder":
		return true
	}
	return managerTitle(role) || strings.HasPrefix(w, "chief ") && strings.HasSuffix(w, " officer")
}

// firmAfterTitle reports whether the one word at token i after a firm officer's title
// (see firmTitle) names the firm and not the holder: no first name the lists know, no
// English word (a field's or a firm's first word: "Manager International, Erin …", "CEO
// Creative Media Works"), nor a word the document uses after a speech cue, and after it, past at most a one-word
// country's or place's name ("Tokopaka Indonesia", "Hooters Jakarta"), the clause ends
// (a comma, a stop, a lowercase word or the text's end).
func (s *state) firmAfterTitle(i int) bool {
	if s.givenName(i) || s.is(i, fGiven) || s.afterCueElsewhere(i) || s.isAllCaps(i) || !s.nameShaped(i) || isEnglishWord(s.lowAt(i)) {
		return false
	}
	j := i + 1
	if j < len(s.toks) {
		if o := s.owner[j]; o >= 0 && s.spans[o].first == j && s.spans[o].last == j+1 &&
			(s.spans[o].typ == gazetteer.Country || s.spans[o].typ == gazetteer.Location) {
			j++
		}
	}
	if j >= len(s.toks) || s.paraBreak(j) {
		return true
	}
	switch t := s.toks[j]; {
	case t.Kind == tokenize.Punct:
		return s.word(j) != "(" && s.word(j) != "-"
	case t.Kind == tokenize.Word:
		return !s.isCap(j)
	}
	return false
}

// managerTitle reports whether the title role ends in Manager or Director, whose field in
// English may follow it ("Area Manager Communication, Relations, and CSR") as may the
// company's name ("Managing Director Full Color Entertainment").
func managerTitle(role string) bool {
	return !ofTitle(role) && (lowerHasSuffix(role, "manager") || lowerHasSuffix(role, "director"))
}

// ofTitle reports whether the title role has "of" in it: "Head of", "Vice President of".
func ofTitle(role string) bool {
	return strings.Contains(role, " of ") || strings.HasSuffix(role, " of")
}

// companyPrefix reports whether tokens [first, last) are the first words of the name of a
// company, after its legal form, that a body's span elsewhere gives in full ("Samudra
// Pelumas" of "PT Samudra Pelumas Nusantara"), or all of them ("Langit Senja Kreasi" of
// "PT Langit Senja Kreasi"), among the first maxBodyScan spans.
func (s *state) companyPrefix(first, last int) bool {
	n := last - first
	for k := range s.spans[:min(len(s.spans), maxBodyScan)] {
		sp := &s.spans[k]
		if !sp.dead && sp.typ == gazetteer.Organization && sp.last-sp.first >= n+1 && sp.first != first-1 &&
			companyForm(s.lowAt(sp.first)) && s.sameWords(sp.first+1, first, n) {
			return true
		}
	}
	return false
}

// ownerNamesCompany reports whether the company's short name [first, last) after a title
// is rather the title's holder, whose name the company bears, as a family business is
// named after its founder: a personal name opening with a first name the lists know, with
// no holder set off after it ("pendiri sekaligus Presiden Direktur Haryanto Wibisono dan
// …" after "PT Haryanto Wibisono Logistik"; but "Direktur Pemasaran Samudra Pelumas,
// Aditya …").
func (s *state) ownerNamesCompany(first, last int) bool {
	if !s.givenName(first) || last+1 < len(s.toks) && s.word(last) == "," && s.isCap(last+1) {
		return false
	}
	return s.looksLikePersonalName(first, last, 0)
}

// companyThenHolder returns where a holder's name of two to four words starts in the run
// [first, last) that opens with a company's short name (see companyPrefix) of two words or
// more; else first.
func (s *state) companyThenHolder(first, last int) int {
	for k := last - 2; k >= first+2 && last-k <= 4; k-- {
		if s.looksLikePersonalName(k, last, fCommon) && s.companyPrefix(first, k) {
			return k
		}
	}
	return first
}

// englishPlural reports whether w is an English word's plural in -s: "partnerships",
// "operations", "communications".
func englishPlural(w string) bool {
	return len(w) > 4 && w[len(w)-1] == 's' && isEnglishWord(w[:len(w)-1])
}

// regionalBody reports whether span k names a regional office or unit: a body whose name
// holds a place's head word (Kabupaten, Kota, Provinsi), or begins with the head of a
// regional unit (lexicon/regional-heads.txt: Stasiun, Balai, SMA, Polres), or a place.
func (s *state) regionalBody(k int) bool {
	sp := &s.spans[k]
	if sp.typ == gazetteer.Location {
		return true
	}
	if sp.typ != gazetteer.Organization {
		return false
	}
	if s.lex.regionalHeads[s.lowAt(sp.first)] {
		return true
	}
	if sp.last-sp.first == 1 && sp.source.link == linkAcronym {
		// an acronym the text defined, by its long form's head: "Kepala DSDABM" after
		// "Dinas Sumber Daya Air dan Bina Marga (DSDABM)"
		if w, _, _ := strings.Cut(sp.name, " "); s.lex.regionalHeads[strings.ToLower(w)] {
			return true
		}
	}
	if sp.last > sp.first+1 && regionalPairHead(s.lowAt(sp.first)+" "+s.lowAt(sp.first+1)) {
		return true // "Kepolisian Resor Ogan Komering Ilir" (Polres), "Kejaksaan Negeri Merangin"
	}
	for i := sp.first; i < sp.last; i++ {
		if n := s.phraseAt(&s.lex.placeHeads, i); s.is(i, fPlaceHeadFirst) && n > 0 && i+n < sp.last && s.isCap(i+n) && regionHead(s.keyOf(i, i+n)) ||
			s.lowAt(i) == "cabang" || s.lowAt(i) == "perwakilan" && i > sp.first {
			// (a region's head with its name, not a building's nor one that names a trade:
			// "Perhimpunan Hotel dan Restoran Indonesia", "Ikatan Pedagang Pasar Inpres
			// Lhokseumawe")
			// (or a branch or a regional representative office: "BPJS Kesehatan Kantor
			// Cabang Pematangsiantar", "Ombudsman RI Perwakilan Jawa Timur")
			return true
		}
	}
	return false
}

// regionalPairHead reports whether h, two words in small letters, heads the name of a
// police force's, a prosecutor's office's or a court's regional unit, whose place follows
// ("kepolisian resor", "kejaksaan negeri", "pengadilan tinggi").
func regionalPairHead(h string) bool {
	switch h {
	case "kepolisian resor", "kepolisian daerah", "kepolisian sektor", "kejaksaan negeri", "kejaksaan tinggi",
		"pengadilan negeri", "pengadilan tinggi":
		return true
	}
	return false
}

// placeBeginsName reports whether the place or country of one word that span k holds is
// the first word of a personal name with the name words after it on the same line (see
// placeFirstName): "Analis Jordan Wibisono", "CEO Halcyon Labs Florence Adeyemi". A place
// right after a title that takes one (a leader's, a territorial office's: "Presiden
// Rusia", "Wali Kota Batu") is never read so; the caller says whether the span stands there
// (afterTitle).
func (s *state) placeBeginsName(k int, afterTitle bool) bool {
	sp := &s.spans[k]
	if afterTitle || sp.typ != gazetteer.Country && sp.typ != gazetteer.Location || sp.last-sp.first != 1 || sp.entry == nil ||
		sp.start != int(s.toks[sp.first].Start) || sp.end != int(s.toks[sp.first].End) || sp.last >= len(s.toks) || s.paraBreak(sp.last) {
		return false
	}
	r := s.nameRunEnd(sp.last)
	return r > sp.last && r-sp.first <= 3 && s.placeFirstName(sp.first, r)
}

// placeThenHolder returns where the holder's name starts when the run [first, last) of
// one or two words after a territorial title is its place and its holder is named after a
// comma (see holderAfterComma): "Kepala Desa Supiturang, Mashuri", but not "kata Camat
// Agus, Senin" nor "Bupati Kustini, Wakil Bupati …"; the run's first word is no known
// first name. Else it returns 0.
func (s *state) placeThenHolder(first, last int) int {
	if last-first > 2 || s.givenName(first) {
		return 0
	}
	return s.holderAfterComma(last)
}

// holderSpan adds the span of a title's holder whose name starts at token n, after the
// comma at token c and a rank perhaps, and returns where the name ends.
func (s *state) holderSpan(c, n int, typ Type, role, country string) int {
	for k := c + 1; k < n; k++ {
		s.bits[k] |= bitRole // a rank: "Kapolres Pronojiwo, AKBP Mashuri"
	}
	r := s.nameRunEnd(n)
	if r < len(s.toks) && s.owner[r] >= 0 && s.spans[s.owner[r]].first == r && s.spans[s.owner[r]].last == r+1 && s.spans[s.owner[r]].typ != gazetteer.Country &&
		s.spans[s.owner[r]].typ != gazetteer.Leader && s.spans[s.owner[r]].typ != gazetteer.Person && s.nameShaped(r) && (r+1 >= len(s.toks) || !s.isCap(r+1)) {
		// a known place's or body's one-word name ending the name set off: "Juru bicara
		// NDRRMC, Edgardo Santiago, mengatakan"
		s.removeSpan(int(s.owner[r]))
		r++
	}
	sp := s.ruleSpan(n, r, typ, ruleTitle)
	sp.role, sp.country = role, country
	s.addSpan(sp)
	return r
}

// closedHolder reports whether the comma at token c is followed by a holder's name that a
// second comma closes: "…, Salva Kiir, dan", "…, Julie Bishop, Minggu"; a name that goes on
// into the clause ("Usai bertemu Presiden, Rina Kartika mengatakan") is no holder's.
func (s *state) closedHolder(c int) bool {
	n := s.holderAfterComma(c)
	if n == 0 {
		return false
	}
	r := s.nameRunEnd(n)
	return r < len(s.toks) && s.word(r) == ","
}

// leaderRoleBefore reports whether the role's words that end before token end open with a
// leader's title, which no comma precedes: "Presiden Sudan", "kata Menteri Luar Negeri";
// not a deputy's title with a minister's inside ("Wakil | Menteri Dalam Negeri India"),
// nor a title in a list ("anggota, Ketua Umum, Exco, hingga …").
func (s *state) leaderRoleBefore(end int) bool {
	t := end
	for t > 0 && s.inRole(t-1) {
		t--
	}
	if t == end || t > 0 && s.word(t-1) == "," {
		return false
	}
	n := s.phraseAt(&s.lex.titles, t)
	return n > 0 && s.lex.titleType[s.keyOf(t, t+n)] == gazetteer.Leader
}

// setOffHolder reports whether the name run from token n, a holder's named after a comma,
// is no item of a list: no "dan", "serta" or "atau" after it ("…, Yudianto Wibisono,
// menyebutkan", "…, Rahmat Effendi yang …"; not "…, Bandung dan Cimahi").
func (s *state) setOffHolder(n int) bool {
	r := s.nameRunEnd(n)
	if r >= len(s.toks) {
		return true
	}
	switch s.lowAt(r) {
	case "dan", "serta", "atau":
		return false
	}
	return true
}

// holderAfterComma returns where a title's holder named after the comma at token c starts:
// a free name-shaped word, after a rank perhaps, that is no title, ordinary word, day or
// month. Else it returns 0.
func (s *state) holderAfterComma(c int) int {
	if c+1 >= len(s.toks) || s.word(c) != "," {
		return 0
	}
	n := c + 1
	if s.is(n, fRank) && n+1 < len(s.toks) {
		n++
	}
	if s.toks[n].Kind == tokenize.Word && s.owner[n] < 0 && s.isCap(n) && !s.isAllCaps(n) && s.nameShaped(n) && !s.is(n, fStop) &&
		!s.is(n, fTitle) && !s.is(n, fCommon) && s.nameRunEnd(n) > n {
		return n
	}
	return 0
}

// placeBeforeHolder returns how many words, one or two, of the run [first, last) after a
// territorial title name its place when a known first name of four letters or more follows
// them and opens a name of two words or more, none of them a first name itself and the
// first not used alone elsewhere, as a person's short name is ("Bupati Sadewo Tri
// Lastiono … Sadewo tersenyum"); else 0.
func (s *state) placeBeforeHolder(first, last int) int {
	if s.balineseStart(first, last) {
		return 0
	}
	for n := 1; n <= 2 && last-first-n >= 2; n++ {
		if s.givenName(first + n - 1) {
			return 0
		}
		if k := first + n; len(s.word(k)) >= 4 && s.givenName(k) && s.holderWords(k, last, false) && s.looksLikePersonalName(k, last, fCommon) {
			if s.aloneCount(first) > 0 { // (counted last: it counts the document's words once)
				return 0
			}
			return n
		}
	}
	return 0
}

// nameRunEnd returns the end of the run of free name words from token j, at most six and
// in one paragraph: the name after a title, or j when there is none.
func (s *state) nameRunEnd(j int) int {
	r := j
	for r < len(s.toks) && r-j <= 5 && s.owner[r] < 0 && (s.isNameToken(r) || r == j+1 && s.directionInRun(r)) && !(r > j && s.paraBreak(r)) {
		r++
	}
	return r
}

// directionInRun reports whether token r, the second of a run of name words after a title,
// is a direction that names a place with the word before it, a capitalised name word after
// it: "Lurah Cakranegara Timur Ahmad Zaini", "Kepala Desa Sukamaju Utara Budi Santoso".
func (s *state) directionInRun(r int) bool {
	return r+1 < len(s.toks) && s.isCap(r) && s.lex.placeDirections[s.lowAt(r)] && s.owner[r+1] < 0 && s.isNameToken(r+1) && !s.paraBreak(r+1)
}

// fieldWordsRun reports whether the run [first, last) after a title's words is made of
// ordinary words only, none a first name, before what a holder's name does not stand
// before: a body's span, a word in small letters, or a comma and a name set off.
func (s *state) fieldWordsRun(first, last int) bool {
	for k := first; k < last; k++ {
		if unitField(s.lowAt(k)) && typer.Trace == nil {
			continue // a police or ministry unit's field: "Kanit Reskrim", "Kasi Bimas Islam" (not for the typer's trainer)
		}
		if s.toks[k].Kind != tokenize.Word || !s.is(k, fCommon) && !s.corpusWord(k) || s.givenName(k) || s.lex.firstNames[s.lowAt(k)] || s.isAllCaps(k) {
			return false
		}
	}
	if last >= len(s.toks) {
		return false
	}
	if o := s.owner[last]; o >= 0 {
		return s.spans[o].first == last && s.spans[o].typ == gazetteer.Organization
	}
	if s.word(last) == "," {
		return s.holderAfterComma(last) > 0
	}
	// a word in small letters that a determiner closes, the body's noun: "Direktur
	// Operasional | perusahaan itu" (not a name before "saat", "untuk": "kata Chef Bara saat
	// ditemui")
	return s.toks[last].Kind == tokenize.Word && !s.isCap(last) && last+1 < len(s.toks) && determiner(s.lowAt(last+1)) && s.cueOf(last) == cueNone
}

// fieldAcronym reports whether w is the acronym of a field of work that a title's noun
// may name, no holder's name: "pakar IT", "manajer HR", "praktisi PR".
func fieldAcronym(w string) bool {
	switch w {
	case "IT", "TI", "HR", "PR", "AI", "HRD", "SDM", "K3":
		return true
	}
	return false
}

// unitField reports whether w, in small letters, is the short name of a police or a
// ministry unit's field, which follows a unit head's title: "Kanit Reskrim", "Kanit Laka
// Lantas", "Kasi Bimas Islam", "Kasi Pidsus"; the directorates general of the transport
// and communication ministries ("Dirjen Hubdat", "Dirjen Hubla", "Dirjen Hubud", "Dirjen
// Aptika"); and a parliament's or a party's working body, which a chair heads: "Ketua
// Pansus", "Ketua Panja", "Ketua Bapilu PSI, Sumardi", "Ketua Presidium AMSI".
func unitField(w string) bool {
	switch w {
	case "reskrim", "laka", "lantas", "intelkam", "binmas", "bimas", "sabhara", "samapta", "narkoba", "resnarkoba",
		"tipikor", "tipidkor", "tipiter", "propam", "pidum", "pidsus", "datun", "intel", "turjawali", "dikyasa", "gakkum",
		"hubdat", "hubla", "hubud", "aptika", "pansus", "panja", "bapilu", "presidium":
		return true
	}
	return false
}

// determiner reports whether w, in small letters, is a determiner that closes a noun
// phrase: "itu", "tersebut", "ini".
func determiner(w string) bool {
	return w == "itu" || w == "tersebut" || w == "ini"
}

// ownerBefore returns the span that holds the token before token i, or -1.
func (s *state) ownerBefore(i int) int {
	if i == 0 {
		return -1
	}
	return int(s.owner[i-1])
}

// bodyBeforeHolder makes an organization of the words of a title's name run [first, last)
// that come before the holder's name (see holderStart), and returns where the holder's
// name starts: "Pengamat teknologi dari Indonesia ICT Institute Heru Sutadi", "CEO EV Hive
// Carlson Lau" (a place right before the run begins the body's name). Else it returns
// first.
func (s *state) bodyBeforeHolder(first, last int) int {
	k := s.holderStart(first, last)
	if k == first {
		return first
	}
	start := first
	if o := s.ownerBefore(first); o < 0 || s.spans[o].typ != gazetteer.Country || s.spans[o].first < 2 || !s.inRole(s.spans[o].first-1) ||
		s.lowAt(s.spans[o].first-2) != "country" {
		// (not the country right after a country's office, the office's: "Country Manager
		// Indonesia Nebulon Interactive Andreas Wijaya"; but "Direktur Eksekutif Indonesia
		// ICT Institute Heru Sutadi")
		start = s.placeOpensBody(first, true)
	}
	if o := s.ownerBefore(start); o >= 0 && start == first && s.spans[o].typ == gazetteer.Organization && s.spans[o].last == start &&
		s.spans[o].end+1 == int(s.toks[start].Start) && s.oneWordHolder(first, last) {
		// the body's name read up to the words the holder's name was taken to begin
		// with: "Perumda Air Minum Giri" + "Tirta Sari" (see oneWordHolder) are one
		start = s.spans[o].first
		s.removeSpan(o)
	}
	if s.bodyBeforeName(start, k) {
		body := s.ruleSpan(start, k, gazetteer.Organization, ruleOrgHead)
		body.country = s.countryWithin(start, k)
		s.addSpan(body)
	}
	return k
}

// bodyBeforeName reports whether tokens [first, k), split off before a person's name by
// holderStart, are made a body: not when they are a lone word of two letters, too often an
// abbreviation ("KA Argo Jati", kereta api), or a lone ordinary word, the role's last
// ("Juru Bicara Kepresidenan Johan Budi"), which stay out of the name all the same.
func (s *state) bodyBeforeName(first, k int) bool {
	return k-first > 1 || len(s.word(first)) > 2 && !s.is(first, fCommon) && !s.corpusWord(first)
}

// placeOpensBody returns where a body's name that begins at token first really begins: at
// the place, or the country if country is set, right before it, one space away, which then
// is no span of its own ("Indonesia ICT Institute", "Batam Digital Hub"); else first.
func (s *state) placeOpensBody(first int, country bool) int {
	if o := s.ownerBefore(first); o >= 0 && s.spans[o].last == first &&
		(country && s.spans[o].typ == gazetteer.Country || s.spans[o].typ == gazetteer.Location) &&
		s.spans[o].end == int(s.toks[first-1].End) && int(s.toks[first].Start) == s.spans[o].end+1 {
		start := s.spans[o].first
		s.removeSpan(o)
		return start
	}
	return first
}

// holderStart returns where a person's name starts at the end of the run of capitalised
// words [first, last) that begins with a body's name, as a descriptor gives them after a
// title or before a reporting verb: the longest tail of two to four words shaped like a
// personal name (see holderWords) before which the run has a body's mark — an English
// organization suffix ending the body's name (lexicon/org-suffixes.txt: "Kolla Education
// Prayudi Utomo"), an acronym other than a roman numeral and not after a person's name
// ("EV Hive Carlson Lau", "HIS Travel Arief Kurnia"), a word with a capital inside
// ("TuringSense Chris Lim") — the last two only in cased text — or, when the tail begins
// with the first name of people the gazetteer knows, two words or more before it that read
// as a body's (bodyWords: "Bajo Bahari Hendrik Salim"); or, in a run of five words or
// more that ends in a family name (lexicon/surnames.txt), the two or three words that end
// it. It returns first when there is none. A family name of East Asia right before a tail of
// two words opens the name with them, the body's name left at least a word: "Managing
// Director Lumivera DC Tan Hwee Ling" ("Tan" an English word too; not for the typer's
// trainer).
func (s *state) holderStart(first, last int) int {
	k := s.holderTail(first, last)
	if last-k == 2 && k > first+1 && typer.Trace == nil && s.isCap(k-1) && !s.isAllCaps(k-1) && s.lex.eastSurnames[s.lowAt(k-1)] {
		return k - 1
	}
	return k
}

// holderTail is holderStart before a family name of East Asia is taken into the tail.
func (s *state) holderTail(first, last int) int {
	if last-first < 3 {
		return first
	}
	if s.hyphenedGiven(last-1) && s.lex.eastSurnames[s.lowAt(last-2)] && s.isCap(last-2) {
		// a family name before a given name written with a hyphen ends the run: "Vice
		// President Hanseong Park Jin-woo"
		return last - 2
	}
	if last-first >= 5 && s.lex.surnames[s.lowAt(last-1)] {
		// a run too long for one name that ends in a family name: the name is its tail
		// ("Senja Kala Arya Dwipangga Siregar mengaku …")
		for k := last - 3; k <= last-2; k++ {
			if !s.is(k, fCommon) && s.looksLikePersonalName(k, last, fCommon) {
				return k
			}
		}
	}
	if k := s.cuedHolder(first, last); k > first {
		return k
	}
	marked, given := false, false // most runs have no mark at all, and are done with here
	for i := first; i < last-2 && !marked; i++ {
		marked = s.isAllCaps(i) && !s.isUni(i) || s.is(i, fOrgSuffix) || s.innerCapital(i)
		given = given || i > first && s.givenName(i)
	}
	given = given || last-first >= 4 && s.givenName(last-2) // the holder's first name, where it may start
	named := s.inBodyElsewhere(first)                       // "Presiden Direktur Bahtera Cakrawala Hendra Wiratmaja" after "PT Bahtera Cakrawala Logistik Tbk"
	if !marked && !given && !named {
		return first
	}
	for k := max(first+1, last-4); k <= last-2; k++ {
		suffix := s.is(k-1, fOrgSuffix) && k-first >= 2
		if !s.holderWords(k, last, suffix) {
			continue
		}
		if suffix || named && s.bodyHead(first, k) && s.looksLikePersonalName(k, last, fCommon) {
			return k
		}
		if k-first >= 2 && s.givenName(k) && s.bodyWords(first, k) {
			return k // "Project Director Bajo Bahari Hendrik Salim": the name begins with a known first name
		}
		if typer.Trace == nil && k-first >= 2 && s.givenName(k) && s.englishRoleWords(first, k) {
			// a role's or a unit's words in English before a known first name: "Client
			// Graphics Marketing John Webb" (not for the typer's trainer)
			return k
		}
		for i := first; i < k; i++ {
			if s.innerCapital(i) ||
				s.isAllCaps(i) && !s.isUni(i) && !s.is(i, fRank) && !roman(s.word(i)) && !(i-first >= 2 && s.looksLikePersonalName(first, i, 0)) {
				// an acronym after a person's name is a country's code in a table of
				// results, or a team's: "Danilo Petrucci ITA Octo Pramac"
				return k
			}
		}
	}
	if named && typer.Trace == nil && s.oneWordHolder(first, last) {
		return last - 1
	}
	return first
}

// oneWordHolder reports whether the run [first, last), of three words or more, is a body's
// name the document gives elsewhere and the one-word name of its holder after it, as
// regional news names many: "Direktur Utama Perumda Air Minum Giri Tirta Sari Sutarno"
// after "Perumda Air Minum Giri Tirta Sari". Every word between the first and the last
// stands elsewhere in a body's or a place's name (inBodyElsewhere; of the first word,
// holderStart asks it itself), and the last does not, and is a first name the lists know, shaped like
// a name.
func (s *state) oneWordHolder(first, last int) bool {
	if last-first < 3 || !s.givenName(last-1) || s.inBodyElsewhere(last-1) || !s.looksLikePersonalName(last-1, last, fCommon) {
		return false
	}
	for i := first + 1; i < last-1; i++ {
		if !s.inBodyElsewhere(i) {
			return false
		}
	}
	return true
}

// cuedHolder returns where the holder's name starts inside the run [first, last) when the
// document names the holder elsewhere by a word of the run alone after a speech cue, and
// the words before that word read as a body's: "Chief Executive Officer Siam Harvest
// Thanawat Chaiyaporn" with "kata Thanawat" later, "Gitaris Kawaguchi Lanterns Daiki Mori"
// with "ujar Daiki". The name keeps two words at least; the words before it are capitalised
// and none is a first name the gazetteer knows, a word used alone after a cue, an initial or
// an abbreviation ("M", "Tb"), an East Asian family name or inside a span, and one word alone
// is an ordinary or English word or no name's shape, so that a name called by a later
// word keeps its first ("Muhammad Tito Karnavian", "kata Tito"; "Ong Kim Swee", "kata Kim
// Swee"; "I Gusti Ngurah Arya Wibawa", "kata Arya Wibawa"); the name's words read as a
// person's (holderWords). It returns first when there is none.
func (s *state) cuedHolder(first, last int) int {
	if s.balineseStart(first, last) {
		return first
	}
	s.cueWordSet()
	for k := first + 1; k <= last-2; k++ {
		if !s.cueWords[s.lowAt(k)] {
			continue
		}
		for i := first; i < k; i++ {
			if !s.isCap(i) || s.givenName(i) || s.cueWords[s.lowAt(i)] || s.toks[i].Kind != tokenize.Word || len(s.word(i)) < 3 ||
				s.lex.eastSurnames[s.lowAt(i)] || s.owner[i] >= 0 {
				return first
			}
		}
		if k-first == 1 && s.nameShaped(first) && !s.ordinary(s.lowAt(first)) && !isEnglishWord(s.lowAt(first)) {
			return first // one unknown name-like word: the name's own first ("Defri Sofyan Ointu", "kata Sofyan")
		}
		if s.holderWords(k, last, false) && s.looksLikePersonalName(k, last, fCommon) {
			return k
		}
		return first
	}
	return first
}

// hyphenedGiven reports whether token i is a given name written with a hyphen, as Korean
// and Chinese names are: a capital, small letters, a hyphen and a different run of small
// letters ("Jin-woo", "Ing-wen"; not "Hari-hari", "Coca-Cola").
func (s *state) hyphenedGiven(i int) bool {
	w := s.word(i)
	h := strings.IndexByte(w, '-')
	if s.toks[i].Kind != tokenize.Word || h < 2 || h > len(w)-3 || !s.isCap(i) {
		return false
	}
	for k := 1; k < len(w); k++ {
		if k != h && (w[k] < 'a' || w[k] > 'z') {
			return false
		}
	}
	return !strings.EqualFold(w[:h], w[h+1:])
}

// inBodyElsewhere reports whether the word at token i stands, elsewhere in the document,
// inside the name of a body or a place that an earlier rule found. The capitalised tokens
// of those names are gathered once a document, when first asked (bodyToks); the first
// maxBodyScans words asked about are compared with theirs in turn, which costs a word a
// few instructions a token, where a table costs each token a hash: most documents ask
// about one or two words. After them a table of the words (wordIndex) is made once and
// asked, so that a document of many such runs stays linear.
func (s *state) inBodyElsewhere(i int) bool {
	if !s.bodyWordsDone {
		s.bodyWordsDone = true
		s.bodyAsked = 0
		s.bodyToks = s.bodyToks[:0]
		for k := range s.spans {
			sp := &s.spans[k]
			if sp.dead || sp.typ != gazetteer.Organization && sp.typ != gazetteer.Location {
				continue
			}
			for j := sp.first; j < sp.last; j++ {
				if s.isCap(j) {
					s.bodyToks = append(s.bodyToks, int32(j))
				}
			}
		}
	}
	if s.owner[i] >= 0 {
		return false
	}
	w := s.lowAt(i)
	x := &s.bodyWordIdx
	if s.bodyAsked < maxBodyScans {
		s.bodyAsked++
		for _, j := range s.bodyToks {
			if s.lowAt(int(j)) == w {
				return true
			}
		}
		return false
	}
	if s.bodyAsked == maxBodyScans {
		s.bodyAsked++
		x.reset(0)
		for _, j := range s.bodyToks {
			if _, ok := x.get(s, s.lowAt(int(j))); !ok {
				x.put(s, int(j), 0, 2*x.n+16)
			}
		}
	}
	_, ok := x.get(s, w)
	return ok
}

// maxBodyScans bounds the words inBodyElsewhere compares with the bodies' tokens in turn.
const maxBodyScans = 8

// bodyHead reports whether tokens [first, k), two or three words, all stand elsewhere in a
// body's or a place's name (inBodyElsewhere), together as here, and none is a first name
// the gazetteer knows (unless together they are a body's whole name found elsewhere) or
// one the document uses alone after a speech cue: the run opens with that body's short
// name, and its holder's name follows.
func (s *state) bodyHead(first, k int) bool {
	if k-first < 2 || k-first > 3 {
		return false // one word is too weak: "Noor" of "Bandara Syamsudin Noor" opens "Noor Fikri Hidayatullah Anwar"
	}
	s.countCaps()
	for i := first; i < k; i++ {
		if !s.inBodyElsewhere(i) || s.cueWords[s.lowAt(i)] || i+1 < k && !s.pairRepeats(i) {
			return false
		}
	}
	for i := first; i < k; i++ {
		if s.givenName(i) {
			// a first name too, unless the words are the whole name of a body found
			// elsewhere: "CEO Kirana Dirgantara Nadya Puspitasari" after "Startup asal
			// Bandung, Kirana Dirgantara,"
			return s.bodyNamed(first, k)
		}
	}
	return true
}

// bodyNamed reports whether a body's span elsewhere, among the first maxBodyScan spans,
// has the words of tokens [first, last) for its whole name.
func (s *state) bodyNamed(first, last int) bool {
	for k := range s.spans[:min(len(s.spans), maxBodyScan)] {
		if sp := &s.spans[k]; !sp.dead && sp.typ == gazetteer.Organization && sp.first != first && sp.last-sp.first == last-first &&
			s.sameWords(sp.first, first, last-first) {
			return true
		}
	}
	return false
}

// maxBodyScan bounds how many spans bodyNamed reads, so that a run it is asked about costs
// no more than a constant.
const maxBodyScan = 512

// bodyWords reports whether tokens [first, last) read as a body's name rather than the
// start of a person's: capitalised, none the first name of people the gazetteer knows, and
// one at least an ordinary word ("Bajo Bahari", "Nusa Logam"; not "Dianti Dyah").
func (s *state) bodyWords(first, last int) bool {
	common := false
	for i := first; i < last; i++ {
		if s.givenName(i) || !s.isCap(i) {
			return false
		}
		common = common || s.is(i, fCommon)
	}
	return common
}

// englishRoleWords reports whether tokens [first, last) are capitalised English words or
// words news mostly writes in small letters (corpuswords.txt), two of them at least on
// the English list and none a first name the lists know: the words of a role or a unit
// written in English before its holder's name ("Client Graphics Marketing", "Grand
// Master"; not "Wa Ode", which opens a Butonese name). A word said twice is a Sundanese
// given name, no role: "Gun Gun Muhammad Lutfi".
func (s *state) englishRoleWords(first, last int) bool {
	english := 0
	for i := first; i < last; i++ {
		w := s.lowAt(i)
		if s.toks[i].Kind != tokenize.Word || !s.isCap(i) || s.givenName(i) || !isEnglishWord(w) && !isCorpusWord(w) ||
			i > first && w == s.lowAt(i-1) {
			return false
		}
		if isEnglishWord(w) {
			english++
		}
	}
	return english >= 2
}

// holderWords reports whether tokens [first, last) all read as words of a personal name
// that follows a body's name: shaped like a name and no English ordinary word ("Travel",
// "Hive" and "Ray" are; "Chris", "Lau" and "Kurnia" are not), the first no Indonesian one
// either (an Indonesian name's later words often are: "Willson Cuaca") unless an English
// suffix has closed the body's name (afterSuffix: "AI Labs Fajar Ramadhan Siregar").
func (s *state) holderWords(first, last int, afterSuffix bool) bool {
	for i := first; i < last; i++ {
		if i > first && i+1 < last && s.is(i, fParticle) && s.toks[i].Kind == tokenize.Word {
			continue // a particle inside the name: "Omar Al Suwaidi", "Pieter van der Linden"
		}
		if s.toks[i].Kind != tokenize.Word || !s.isCap(i) || !s.nameShaped(i) || isEnglishWord(s.lowAt(i)) ||
			i == first && !afterSuffix && s.is(i, fCommon) {
			return false
		}
	}
	return true
}

// bodyEndsBefore reports whether a body's span ends right before token j, or a body's
// acronym in brackets does: "DPD | I", "Balai Pelaksana Jalan Nasional (BPJN) | IX".
func (s *state) bodyEndsBefore(j int) bool {
	k := j - 1
	if k >= 2 && s.word(k) == ")" && s.word(k-2) == "(" {
		k--
	}
	if k < 0 {
		return false
	}
	o := s.owner[k]
	return o >= 0 && s.spans[o].last == k+1 && s.spans[o].typ == gazetteer.Organization
}

// bodyStartsAt reports whether a body's name begins at token j: a body's span, or a
// body's head word before a capitalised word ("Partai Golkar", "Ditnarkoba Polda"), or a
// known place that names a body's branch after a unit's number ("BPJN IX | Maluku").
func (s *state) bodyStartsAt(j int) bool {
	if j >= len(s.toks) || !s.isCap(j) || s.paraBreak(j) {
		return false
	}
	if o := s.owner[j]; o >= 0 {
		return s.spans[o].first == j && (s.spans[o].typ == gazetteer.Organization || s.spans[o].typ == gazetteer.Location && s.bodyEndsBefore(j-1))
	}
	return s.phraseAt(&s.lex.orgHeads, j) > 0
}

// roman reports whether w is written in the letters of roman numerals I, V and X only
// ("IV", "XII"), as numbered units and successors are ("Nusantara IV").
func roman(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] != 'I' && w[k] != 'V' && w[k] != 'X' {
			return false
		}
	}
	return w != ""
}

// innerCapital reports whether the word at token i has a capital after a small letter, as
// brand and company names do ("TuringSense", "DailySocial") and personal names seldom do
// outside their own prefixes (McGregor, DeGeneres, DiCaprio, LeBron, MacArthur).
func (s *state) innerCapital(i int) bool {
	w := s.word(i)
	if len(w) < 4 || s.toks[i].Kind != tokenize.Word {
		return false
	}
	inner := false // most words have none: the prefixes are read only for those that do
	for k := 1; k < len(w) && !inner; k++ {
		inner = 'A' <= w[k] && w[k] <= 'Z' && 'a' <= w[k-1] && w[k-1] <= 'z' // (the capital first: a rarer letter)
	}
	if !inner {
		return false
	}
	for _, p := range [...]string{"Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "Du", "O'"} {
		if len(w) > len(p) && w[:len(p)] == p && 'A' <= w[len(p)] && w[len(p)] <= 'Z' {
			return false
		}
	}
	return true
}

// standsAlone reports whether the capitalised word at token i occurs twice or more in the
// document without the word that follows it here.
func (s *state) standsAlone(i int) bool {
	return s.aloneCount(i) >= 2
}

// groupNamedAs reports whether the capitalised word at token i is written elsewhere in
// the document right after a noun for a group of people ("grup", "band", "girlband",
// "boyband", "idol", "komunitas", "kelompok"), and so names a group: "Grup idol Velvetine
// resmi ditinggal …" and then "anggota Velvetine". The words after such nouns are counted
// once a document.
func (s *state) groupNamedAs(i int) bool {
	if s.groupWords == nil {
		s.groupWords = map[string]int32{}
		for k := 1; k < len(s.toks); k++ {
			if s.isCap(k) && groupNoun(s.lowAt(k-1)) {
				s.groupWords[s.lowAt(k)]++
			}
		}
	}
	n := s.groupWords[s.lowAt(i)]
	if i > 0 && s.isCap(i) && groupNoun(s.lowAt(i-1)) {
		n-- // not token i itself
	}
	return n > 0
}

// groupNoun reports whether w, in small letters, is a noun for a group of people that
// news puts before the group's name.
func groupNoun(w string) bool {
	switch w {
	case "grup", "band", "girlband", "boyband", "idol", "komunitas", "kelompok":
		return true
	}
	return false
}

// maxAloneScans bounds the words aloneCount counts by a pass over the capitalised words
// of a document before it has countCaps count them all: one pass costs a tenth of
// countCaps or less, and most documents ask about a word or two.
const maxAloneScans = 4

// aloneCount returns how often the capitalised word at token i occurs in the document
// without the word that follows it here.
func (s *state) aloneCount(i int) int {
	if i+1 >= len(s.toks) {
		return 0
	}
	if !s.capCounted && s.aloneAsked < maxAloneScans {
		s.aloneAsked++
		return s.aloneScan(i)
	}
	s.countCaps()
	w, next := s.capNum[i]-1, s.capNum[i+1]-1
	if w < 0 || next < 0 {
		return 0 // not a capitalised word of the document's
	}
	return int(s.capCount[w] - s.pairCount(w, next))
}

// aloneScan is aloneCount, for token i before the last, by one pass over the capitalised
// words, which gives what countCaps' tables would: the capitalised words written as token
// i's, less those of them the word written as token i+1's follows; 0 when neither token i
// nor the one before it is capitalised, or neither token i+1 nor token i (countCaps numbers
// only the capitalised words and the words after them).
func (s *state) aloneScan(i int) int {
	w, next := s.lowAt(i), s.lowAt(i+1)
	numbered, nextNumbered := false, false
	n := 0
	for _, c := range s.caps {
		k := int(c)
		numbered = numbered || k == i-1 || k == i
		nextNumbered = nextNumbered || k == i || k == i+1
		if s.lowAt(k) == w {
			n++
			if k+1 < len(s.toks) && s.lowAt(k+1) == next {
				n--
			}
		}
	}
	if !numbered || !nextNumbered {
		return 0
	}
	return n
}

// pairRepeats reports whether the capitalised word at token i and the capitalised word
// after it stand together elsewhere in the document too.
func (s *state) pairRepeats(i int) bool {
	s.countCaps()
	if i+1 >= len(s.toks) || !s.isCap(i+1) {
		return false
	}
	w, next := s.capNum[i]-1, s.capNum[i+1]-1
	return w >= 0 && next >= 0 && s.pairCount(w, next) >= 2
}

// countCaps counts, once a document, the capitalised words and the words after them, and
// notes those that stand after a place head or preposition. Words are numbered first, so
// that a pair is counted under one integer rather than two strings.
func (s *state) countCaps() {
	if s.capCounted {
		return
	}
	s.capCounted = true
	// room for every word of a short document without growing; a long one repeats its
	// words (joined news: 33,461 words and 128,300 pairs among 358,325 capitalised words),
	// so room for all would be mostly empty (a sixth of the heap of one Extract)
	n := len(s.caps)
	s.capIDs.reset(min(2*n, 1024+n/8))
	s.capPairs = s.capPairs[:0]
	if cap(s.capPairs) < n {
		s.capPairs = make([]uint64, 0, n) // a pair a capitalised word at most: no growing
	}
	s.placeWords = emptied(s.placeWords, 0)
	s.cueWordSet()
	s.capCount = s.capCount[:0]
	s.capNum = grow(s.capNum, len(s.toks))
	id := func(k int) int32 {
		if first := s.capIDs.find(s, s.lowAt(k), k); first >= 0 {
			return s.capNum[first] - 1
		}
		s.capCount = append(s.capCount, 0)
		return int32(len(s.capCount) - 1)
	}
	for _, c := range s.caps {
		k := int(c)
		w := id(k)
		s.capNum[k] = w + 1
		s.capCount[w]++
		if k > 0 && (s.is(k-1, fPlacePrep) || s.phraseAt(&s.lex.placeHeads, k-1) == 1) {
			s.placeWords[s.lowAt(k)]++
		}
		if k+1 < len(s.toks) {
			next := id(k + 1)
			s.capNum[k+1] = next + 1
			s.capPairs = append(s.capPairs, uint64(w)<<32|uint64(next))
		}
	}
	// the pairs sorted, so that pairCount finds a pair's run of copies
	slices.Sort(s.capPairs)
	if len(s.capIDs.slots) >= largeScratch {
		s.capIDs = wordIDs{} // read no more: the words have their numbers in capNum
	}
}

// cueWordSet gathers, once a document, the capitalised words that stand right after a
// speech cue (cueWords): one pass over the capitalised words, cheaper than countCaps, for
// the rules that need only these.
func (s *state) cueWordSet() {
	if s.cueWordsDone {
		return
	}
	s.cueWordsDone = true
	s.cueWords = emptied(s.cueWords, 0)
	const after = 1<<cuePost | 1<<cuePostOnly | 1<<cueSource // the cues a name follows, as bits (one test a word)
	for _, c := range s.caps {
		if k := int(c); k > 0 && after>>s.cueOf(k-1)&1 != 0 {
			s.cueWords[s.lowAt(k)] = true
		}
	}
}

// namedAsPlace reports whether the capitalised word at token i stands elsewhere in the
// document right after a place's head word or a preposition of place ("Kecamatan Cibeber",
// "di Cibeber"), or there only, after a title that ends in such a word ("Kepala Kampung
// Wurineri Amos Tabuni"); but a first name the lists know must stand so elsewhere as well
// ("wakil wali kota Andi Rusdi Mappangara" is no place Andi, "Bupati Bima Ahmad Yasin" after
// "Kabupaten Bima" is).
func (s *state) namedAsPlace(i int) bool {
	if s.givenName(i) {
		return s.placeElsewhere(i)
	}
	s.countCaps()
	return s.placeWords[s.lowAt(i)] > 0
}

// linksBody reports whether token j is "dari" or "di" joining a role to the body or place
// that follows it: "Wakil Ketua Banggar dari Gerindra", "Konsul Jenderal RI di New York".
func (s *state) linksBody(j int) bool {
	if s.lowAt(j) != "dari" && s.lowAt(j) != "di" || j+1 >= len(s.toks) {
		return false
	}
	k := s.owner[j+1]
	return k >= 0 && s.spans[k].typ != gazetteer.Person && s.spans[k].typ != gazetteer.Leader
}

// dropBodyInTitle removes a body's span that lies wholly inside the short title [first,
// last) after its first word: the unit an abbreviated title names is the title's, no
// entity of its own ("Kasat Polairud Polresta Pati", though "Polairud" alone is a body).
func (s *state) dropBodyInTitle(first, last int) {
	for j := first + 1; j < last; j++ {
		if k := s.owner[j]; k >= 0 && s.spans[k].typ == gazetteer.Organization && s.spans[k].first == j && s.spans[k].last <= last {
			s.removeSpan(int(k))
		}
	}
}

// trimTitleFromSpan makes a place's span that begins inside the title phrase [first, last)
// begin after it (a body's head may end a title and still belong to its name: "Kepala Dinas
// PUPR"): the gazetteer's "Kota Bandung" in "Wali Kota Bandung" is the title "Wali Kota"
// over the place Bandung.
func (s *state) trimTitleFromSpan(first, last int) {
	if last >= len(s.toks) {
		return
	}
	k := s.owner[last-1]
	if k < 0 {
		return
	}
	sp := &s.spans[k]
	if sp.typ != gazetteer.Location || sp.first <= first || sp.first >= last || sp.last <= last || sp.dead {
		return
	}
	for i := sp.first; i < last; i++ {
		s.owner[i] = -1
	}
	sp.first, sp.start = last, int(s.toks[last].Start)
	if sp.entry == nil {
		sp.name = s.spanText(sp.first, sp.last)
	}
}

// afterCueElsewhere reports whether the word of token i stands right after a speech cue
// somewhere in the document (see cueWordSet), as a person's call name does: "ujar Aher".
func (s *state) afterCueElsewhere(i int) bool {
	s.cueWordSet()
	return s.cueWords[s.lowAt(i)]
}

// titleOutOfKnownName puts the title that opens the gazetteer's person span sp, from token
// i, out of the span and into its role, as the conventions keep titles out of spans: an
// alias that holds the title ("Raja Salman", "Sultan Hamengku Buwono X") gives the name
// alone. Not where the entry's own name opens with those words, a name whose first word is
// a title's ("Raja Juli Antoni", "Sultan Bachtiar Najamudin").
func (s *state) titleOutOfKnownName(i int, sp *span) {
	if sp.entry == nil || sp.typ != gazetteer.Person && sp.typ != gazetteer.Leader {
		return
	}
	n := s.phraseAt(&s.lex.titles, i)
	if n == 0 || n >= sp.last-sp.first {
		return
	}
	title := s.spanText(i, i+n)
	if len(sp.entry.Name) >= len(title) && strings.EqualFold(sp.entry.Name[:len(title)], title) {
		return
	}
	for k := i; k < i+n; k++ {
		s.owner[k] = -1
		s.bits[k] |= bitRole
	}
	sp.first, sp.start = i+n, int(s.toks[i+n].Start)
	if sp.role == "" {
		sp.role = title
	}
}

// regionHead reports whether the place's head phrase h, in small letters, names a region
// of government, as a regional office's name holds one ("Dinas Kesehatan Kabupaten
// Sukabumi"), rather than a building, a market or a landform.
func regionHead(h string) bool {
	switch h {
	case "kabupaten", "kota", "provinsi", "propinsi", "kecamatan", "kelurahan", "desa", "dusun", "kampung", "distrik", "wilayah",
		"kalurahan", "kapanewon", "kemantren",
		"daerah istimewa", "gampong", "nagari", "jorong", "prefektur", "negara bagian", "kawasan", "kepulauan", "pulau":
		return true
	}
	return false
}

// numberingWord reports whether w, before a number, numbers a document or a unit ("Nomor
// 13 Tahun 2018", "No 5"), which ends a title's role with no holder after it.
func numberingWord(w string) bool {
	return w == "nomor" || w == "no" || w == "tahun"
}

// holderNameAt reports whether token i may be a word of a title holder's name after a
// field: a capitalised word of two letters or more, shaped like a name, no ordinary word
// and no start of a known body or place.
func (s *state) holderNameAt(i int) bool {
	return s.toks[i].Kind == tokenize.Word && s.isCap(i) && !s.isAllCaps(i) && len(s.word(i)) >= 2 && s.nameShaped(i) &&
		!s.is(i, fCommon) && !s.is(i, fStop) && s.startsAt(i).body == 0 && s.startsAt(i).place == 0 && s.phraseAt(&s.lex.orgHeads, i) == 0
}

// ordinaryRun reports whether the words of tokens [first, last) are all ordinary words and
// none a first name the gazetteer knows.
func (s *state) ordinaryRun(first, last int) bool {
	for k := first; k < last; k++ {
		if s.toks[k].Kind != tokenize.Word || !s.ordinary(s.lowAt(k)) || s.givenName(k) {
			return false
		}
	}
	return true
}

// placeSpanAt reports whether a country's or a place's span holds token i.
func (s *state) placeSpanAt(i int) bool {
	k := s.owner[i]
	return k >= 0 && (s.spans[k].typ == gazetteer.Country || s.spans[k].typ == gazetteer.Location)
}

// appositiveOffices makes a body of the name a title's rule read as its holder where the
// title stands in apposition to a person named right before it, set off by a comma or
// after "selaku" or "sebagai": "ujar Takuya Shimamura, Presiden Asahi Glass, yang …",
// "kata Koei Tsuge selaku Direktur Asahi Glass" name the person's office, whose body the
// words after the title are. Only a leader's title is so read, before a name of two words
// or more that no list knows and that opens with no first name, after a person named with
// no title of their own; not for the typer's trainer, whose weights were made without it.
func (s *state) appositiveOffices() {
	if typer.Trace != nil {
		return
	}
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.source.rule != ruleTitle || sp.entry != nil || sp.typ != gazetteer.Leader || sp.last-sp.first < 2 ||
			s.givenName(sp.first) || s.isAllCaps(sp.first) {
			continue // (a leader's title heads a body; one of two words at least, which mentions elsewhere do not take)
		}
		t := sp.first
		for t > 0 && s.inRole(t-1) && sp.first-t < 6 {
			t--
		}
		if t == sp.first || t < 2 {
			continue
		}
		if w := s.lowAt(t - 1); w != "," && w != "selaku" && w != "sebagai" {
			continue
		}
		o := s.owner[t-2]
		if o < 0 || int(o) == k || s.spans[o].last != t-1 || s.spans[o].typ != gazetteer.Person && s.spans[o].typ != gazetteer.Leader ||
			s.spans[o].source.rule == ruleTitle || s.spans[o].role != "" {
			continue // (not a list of titled names: "Menteri Luar Negeri Retno Marsudi, Menteri … Rudiantara")
		}
		sp.typ, sp.role, sp.country = gazetteer.Organization, "", ""
		sp.source = source{rule: ruleContextOrg}
		sp.name = s.spanText(sp.first, sp.last)
	}
}

// appositiveLeaders makes a LEADER of a person named right before a leader's title set
// off by a comma, when the title names no holder of its own and heads one country, place
// or body the gazetteer knows, no company or club: "Rendra Wijaksono, Presiden Kolombia,
// mengatakan", "Taleb Rifai, Sekjen UNWTO, dalam pernyataan". The title becomes the
// person's role and the country theirs. A title over two bodies or places ("…, Kepala BPS
// Jambi, …") heads a branch, which makes no leader (see nameAfterTitle). Not for the typer's
// trainer, whose weights were made without it.
func (s *state) appositiveLeaders() {
	if typer.Trace != nil {
		return
	}
spans:
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.dead || sp.typ != gazetteer.Person || sp.role != "" || sp.source.rule == ruleTitle || sp.entry != nil {
			continue
		}
		c := sp.last
		if c+2 >= len(s.toks) || s.word(c) != "," || s.owner[c+1] >= 0 {
			continue
		}
		n := s.phraseAt(&s.lex.titles, c+1)
		if n == 0 || s.lex.titleType[s.keyOf(c+1, c+1+n)] != gazetteer.Leader {
			continue
		}
		if n == 1 && s.lowAt(c+1) == "kepala" && s.owner[c+2] < 0 {
			continue // the head of a unit the words name: "…, Kepala Koresponden Gedung Putih …"
		}
		bodies, country := 0, ""
		j := c + 1 + n
		for ; j < len(s.toks) && j-c < maxTitleReach; j++ {
			if o := s.owner[j]; o >= 0 {
				b := &s.spans[o]
				switch b.typ {
				case gazetteer.Country, gazetteer.Location:
				case gazetteer.Organization:
					if b.entry == nil || s.x.companies[b.entry] || s.x.clubs[b.entry] {
						continue spans
					}
				default:
					continue spans // the title's own holder: "…, Presiden Kolombia Juan Santos"
				}
				bodies++
				if country == "" {
					country = b.country
				}
				j = b.last - 1
				continue
			}
			if !s.inRole(j) {
				break
			}
		}
		if bodies != 1 || j >= len(s.toks) || s.paraBreak(j) {
			continue
		}
		if w := s.word(j); w != "," && w != "." && (s.toks[j].Kind != tokenize.Word || s.isCap(j)) {
			continue // (the apposition closes with a comma, a full stop or the clause's next word)
		}
		sp.typ, sp.role = gazetteer.Leader, s.spanText(c+1, c+1+n)
		if sp.country == "" {
			sp.country = country
		}
	}
}

// maxHolderInBody is how many words, at most, the holder's name at the end of a body's
// name may have (holderInBodyName): more, and the body's own name, after a person, runs on
// ("Universitas Sam Ratulangi Ellen Kumaat" leaves "Sam Ratulangi" to the body).
const maxHolderInBody = 3

// holderInBodyName returns the token where the name of the holder of the title before it
// begins inside a body's or place's span that a rule made from a run of capitalised words,
// or 0. Kompas writes the title, the body and the name with nothing between, and when
// neither the body nor the person is known the run reads as one body: "Direktur Utama PT
// Persis Solo Saestu Bimo Satrio Wicaksono menyebut". The name is the last two or three
// words of the span (bodyHolderWords), after a capitalised word of the body that is no
// rank, title, form of address or degree (not "University of | British Columbia", "RSUD
// Dr | Moewardi"); the span ends the run of capitals, with no holder set off by a comma after it ("Komisaris PT Persib Bandung Bermartabat, Kuswara");
// and the text names the person again apart from the body (namedApart: "ujar Bimo"
// later), by the first word, or by a later one when the first is a given name the lists
// know ("Dwi Rahayu Lestari … ujar Rahayu"). A given name opening the name is looked for
// first, so that a place's name before it stays the body's ("Balai Taman Nasional
// Kelimutu Agus Sitepu", with "kawasan Kelimutu" elsewhere); then the earliest start, so
// that a name of three words keeps its first word.
func (s *state) holderInBodyName(sp *span) int {
	if sp.source.rule != ruleOrgHead && sp.source.rule != rulePlaceHead {
		return 0
	}
	if sp.last < len(s.toks) && (s.toks[sp.last].Kind == tokenize.Word && s.isCap(sp.last) || s.holderAfterComma(sp.last) > 0) {
		return 0 // the run goes on past the span, or the holder follows set off by a comma
	}
	from := max(sp.first+1, sp.last-maxHolderInBody)
	for pass := 0; pass < 2; pass++ {
		for h := from; h <= sp.last-2; h++ {
			if pass == 0 && !s.givenName(h) || !s.isCap(h-1) || s.is(h-1, fRank) || s.is(h-1, fTitle) || degreeTitle(s.word(h-1)) || honorific(s.word(h-1)) {
				continue
			}
			if !s.bodyHolderWords(h, sp.last) {
				continue
			}
			if s.namedApart(h) {
				return h
			}
			for k := h + 1; pass == 0 && k < sp.last; k++ {
				if s.namedApart(k) {
					return h
				}
			}
		}
	}
	return 0
}

// bodyHolderWords reports whether tokens [first, last) may be a holder's name inside a body's
// span (holderInBodyName): name words (holderNameAt), none a rank, a title, a body's suffix
// ("Foundation") or a known place's name ("Bandung").
func (s *state) bodyHolderWords(first, last int) bool {
	for k := first; k < last; k++ {
		if !s.holderNameAt(k) || s.is(k, fRank) || s.is(k, fTitle) || s.is(k, fOrgSuffix) || s.startsAt(k).place != 0 {
			return false
		}
	}
	return true
}

// maxApartLook bounds how many of a word's capitalised occurrences namedApart reads.
const maxApartLook = 16

// namedApart reports whether the word at token h, capitalised, stands elsewhere in the
// document alone: after another word than the one before h, and neither inside nor opening
// another run of capitals (an ordinary word that opens the sentence aside: "Menurut
// Wanyama,"). A person named in a body's run of capitals is named again alone ("kata
// Bimo"); a body's inner word comes back with the body's name ("PT Persis Solo Saestu") or
// in another name ("Muara Tebing", "Mentari Residence"). The positions come from capitalAt, built once a
// document; at most maxApartLook of them are read.
func (s *state) namedApart(h int) bool {
	before := s.lowAt(h - 1)
	for n, p := range s.capitalAt(s.lowAt(h)) {
		if n == maxApartLook {
			break
		}
		q := int(p)
		if q == h || q > 0 && (s.lowAt(q-1) == before || s.toks[q-1].Kind == tokenize.Word && s.isCap(q-1) && !s.initialOrdinary(q-1)) {
			continue // the body's name again, or the word inside another run of capitals ("Muara Tebing")
		}
		if q+1 < len(s.toks) && s.toks[q+1].Kind == tokenize.Word && s.isCap(q+1) && (h+1 >= len(s.toks) || s.lowAt(q+1) != s.lowAt(h+1)) {
			continue // a run of capitals goes on, other than the name's: "Mentari Residence"
		}
		return true
	}
	return false
}

// opensBodyElsewhere reports whether the word at token i opens, elsewhere in the document,
// the span of a body whose name has more words ("Piast Gliwice" for "Piast"). The
// positions come from capitalAt, built once a document; at most maxApartLook are read.
func (s *state) opensBodyElsewhere(i int) bool {
	for n, p := range s.capitalAt(s.lowAt(i)) {
		if n == maxApartLook {
			break
		}
		if o := s.owner[p]; int(p) != i && o >= 0 && s.spans[o].first == int(p) && s.spans[o].last > int(p)+1 && s.spans[o].typ == gazetteer.Organization {
			return true
		}
	}
	return false
}

// memberUnitEnd returns, after a title of a body's member who heads nothing (role:
// "peneliti", "periset", "dosen", "analis", "pakar", "ahli", "pengajar"), the end of a unit's
// name opened at token j by a body's head word of two words or more and closed by a body's
// name a span holds, with capitalised words and "dan" between ("Pusat Riset Kecerdasan
// Artifisial dan Keamanan Siber BRIN"); else j. Not for the typer's trainer.
func (s *state) memberUnitEnd(j int, role string) int {
	if typer.Trace != nil || !s.isCap(j) || s.owner[j] >= 0 || s.phraseAt(&s.lex.orgHeads, j) < 2 {
		return j
	}
	switch strings.ToLower(role) {
	case "peneliti", "periset", "dosen", "analis", "pakar", "ahli", "pengajar":
	default:
		return j
	}
	for k := j + s.phraseAt(&s.lex.orgHeads, j); k < len(s.toks) && k-j < 12; k++ {
		if o := s.owner[k]; o >= 0 {
			if sp := &s.spans[o]; sp.first == k && sp.typ == gazetteer.Organization && k > j+2 {
				return sp.last
			}
			return j
		}
		if s.toks[k].Kind != tokenize.Word || !s.isCap(k) && s.lowAt(k) != "dan" {
			return j
		}
	}
	return j
}
