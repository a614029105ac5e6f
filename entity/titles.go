package entity

import (
	"strings"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// maxTitleReach bounds how far after a title its name may stand, which keeps the rule
// linear on text that repeats titles.
const maxTitleReach = 16

// titleSpans finds people named after a title or role: "Presiden Rusia Vladimir Putin",
// "juru bicara kementerian Lim Soo-suk", "Direktur Penyidikan KPK Brigjen Pol Rudi Hartanto",
// "Kolonel Park Jin-woo". Between the title and the name may stand countries, places and
// bodies (they give the country), ranks and honorifics, and further title words; the name is
// the last run of capitalised words before the phrase ends. Leadership titles (Presiden,
// Menteri, Ketua …) make a LEADER, others (juru bicara, pengamat, Dr.) a PERSON; the title
// goes into the role, never into the span. A name the gazetteer already knows keeps its
// identity and gains the role and country.
func (s *state) titleSpans() {
	for i := 0; i < len(s.toks); i++ {
		if s.owner[i] >= 0 {
			continue // inside a body's name: "Kepala Staf Gabungan Korea Selatan"
		}
		n := s.phraseAt(&lex.titles, i)
		typ := gazetteer.Person
		if n > 0 {
			typ = lex.titleType[s.keyOf(i, i+n)]
		} else if s.is(i, fRank) && s.isCap(i) {
			n = 1
		} else {
			continue
		}
		role := s.spanText(i, i+n)
		for k := i; k < i+n; k++ {
			s.role[k] = true
		}
		next := s.nameAfterTitle(i+n, typ, role)
		if next > i+n {
			i = next - 1
		}
	}
}

// nameAfterTitle scans from token j after a title and records the person it names. It
// returns the token after what it consumed.
func (s *state) nameAfterTitle(j int, typ Type, role string) int {
	country := ""
	runStart, runEnd := -1, -1
	start := j
scan:
	for j < len(s.toks) && j-start < maxTitleReach {
		if k := s.owner[j]; k >= 0 {
			sp := &s.spans[k]
			switch sp.typ {
			case gazetteer.Leader, gazetteer.Person:
				if sp.entry != nil && sp.entry.Type == gazetteer.Person && typ == gazetteer.Leader {
					sp.typ = gazetteer.Leader
				}
				sp.role = role
				if country != "" {
					sp.country = country
				}
				return sp.last
			case gazetteer.Country, gazetteer.Location, gazetteer.Organization:
				if country == "" {
					country = sp.country
				}
				j = sp.last
				continue
			default:
				break scan
			}
		}
		t := s.toks[j]
		if t.Kind != tokenize.Word {
			break
		}
		if s.notEntity[t.Text] {
			break
		}
		if s.is(j, fRank) || s.is(j, fTitleSuffix) || (runStart < 0 && s.is(j, fPortfolio)) {
			s.role[j] = true
			j++
			continue
		}
		if n := s.phraseAt(&lex.titles, j); n > 0 && (runStart < 0 || j > runEnd) {
			for k := j; k < j+n; k++ {
				s.role[k] = true
			}
			j += n
			continue
		}
		if runStart < 0 && (s.isCap(j) || s.roleWordUni(j)) && (s.is(j, fCommon) || s.is(j, fOrgHeadFirst)) {
			s.role[j] = true // "Ketua Dewan Pembina …", "Wakil Ketua Komisi III …"
			j++
			continue
		}
		if !s.isCap(j) {
			if runStart < 0 && s.linksBody(j) {
				j++ // "Wakil Ketua Banggar dari Gerindra Andreas Halim"
				continue
			}
			if runStart < 0 && (s.is(j, fOrgHead) || s.is(j, fPortfolio)) {
				j++ // "juru bicara kementerian Lim Soo-suk"
				continue
			}
			break
		}
		if s.is(j, fStop) {
			break
		}
		r := j
		for r < len(s.toks) && r-j <= 5 && s.owner[r] < 0 && s.isNameToken(r) && !(r > j && s.paraBreak(r)) {
			r++
		}
		if r == j {
			break
		}
		if runStart >= 0 {
			// an earlier run was part of the role: "Kepala Bidang Mitigasi … Ratih"
			for k := runStart; k < runEnd; k++ {
				s.role[k] = true
			}
		}
		if k := s.skipLeadingWords(j, r); k > j {
			for m := j; m < k; m++ {
				s.role[m] = true // "Juru Bicara Kepresidenan Johan Budi"
			}
			j = k
		}
		runStart, runEnd = j, r
		j = r
	}
	if runStart < 0 || runEnd-runStart > 5 {
		return start
	}
	if runEnd-runStart >= 3 && s.standsAlone(runStart) {
		// "pelatih Persiba Timo Scheunemann": a first word the document also uses on its
		// own, without the rest of the name, is a body's name, not the person's
		s.role[runStart] = true
		runStart++
	}
	sp := s.ruleSpan(runStart, runEnd, typ, "rule:title")
	sp.role, sp.country = role, country
	s.addSpan(sp)
	return runEnd
}

// standsAlone reports whether the capitalised word at token i occurs twice or more in the
// document without the word that follows it here.
func (s *state) standsAlone(i int) bool {
	if !s.capCounted {
		s.capCounted = true
		s.capCount, s.capPairs = emptied(s.capCount), emptied(s.capPairs)
		for _, c := range s.caps {
			k := int(c)
			s.capCount[s.lowAt(k)]++
			if k+1 < len(s.toks) {
				s.capPairs[[2]string{s.lowAt(k), s.lowAt(k + 1)}]++
			}
		}
	}
	if i+1 >= len(s.toks) {
		return false
	}
	return s.capCount[s.lowAt(i)]-s.capPairs[[2]string{s.lowAt(i), s.lowAt(i + 1)}] >= 2
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

// titleSuffix words continue a title and are never names: "Ketua Umum", "Wakil Ketua
// Harian", "Direktur Utama", "Jaksa Agung Muda".
var titleSuffix = setOf(`umum harian utama pelaksana muda madya senior eksekutif khusus tetap sementara
	terpilih nonaktif definitif`)

// isNameToken reports whether token i can be part of a personal name: a capitalised word
// that is not a rank, title or stop word, an initial ("A."), or a particle between
// capitalised words (bin, van, de).
func (s *state) isNameToken(i int) bool {
	t := s.toks[i]
	if t.Kind != tokenize.Word {
		return false
	}
	if s.role[i] {
		return false
	}
	if s.isCap(i) {
		if s.isUni(i) && s.isAllCaps(i) {
			return false // unicase.go: an unknown word that reads as an acronym ("dpp")
		}
		return !s.is(i, fStop) && !s.is(i, fRank) && !s.is(i, fTitleSuffix) && !strings.Contains(t.Text, ".")
	}
	return s.is(i, fParticle) && i+1 < len(s.toks) && s.isCap(i+1) && i > 0 && s.isCap(i-1)
}
