package entity

import (
	"strings"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// portfolio words may continue an organization's name in lower case when a place closes it:
// "Kementerian luar negeri Seoul".
var portfolio = setOf(`luar negeri dalam pertahanan keuangan kesehatan perdagangan pendidikan agama
	sosial hukum perhubungan pertanian perindustrian energi keamanan unifikasi kehakiman informasi
	komunikasi lingkungan hidup kebudayaan pariwisata tenaga kerja ketenagakerjaan perumahan umum
	pekerjaan kelautan perikanan kehutanan transportasi imigrasi nasional federal pusat militer
	darat laut udara urusan ekonomi riset teknologi digital investasi perlindungan polhukam perekonomian
	pmk marves maritim kemaritiman pangan infrastruktur`)

// connectors may stand inside a name between capitalised words: "Badan Pengawas Obat dan
// Makanan", "Universitas Islam Negeri Sunan Kalijaga", "Kementerian Koordinator Bidang …".
var connectors = setOf(`dan untuk bagi atas`)

// nameParticles are lowercase words that belong inside personal and place names.
var nameParticles = setOf(`bin binti van von der de al el ibn abu dos du`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// maxNameWords bounds the words after a head word: no real body or place needs more, and
// the bound keeps the rule linear on text that repeats capitalised words.
const maxNameWords = 12

// headWordSpans proposes organizations and places that begin with a head word:
// "Kementerian luar negeri Seoul", "Partai Buruh Korea", "Kabupaten Muara Tebing",
// "Gunung Raung". The head must be capitalised and followed by at least one name word.
func (s *state) headWordSpans() {
	startsPlace := s.candidateStarts(gazetteer.Country, gazetteer.Location)
	startsPerson := s.candidateStarts(gazetteer.Leader, gazetteer.Person)
	startsBody := s.candidateStarts(gazetteer.Organization)
	for i := 0; i < len(s.toks); i++ {
		if !s.isCap(i) {
			continue
		}
		typ, n := gazetteer.Organization, s.phraseAt(&lex.orgHeads, i)
		if pn := s.phraseAt(&lex.placeHeads, i); pn > n {
			typ, n = gazetteer.Location, pn
		}
		if n == 0 {
			continue
		}
		start := i + n
		bodyCountry := ""
		if e := startsBody[i]; e > start {
			// a known body's name: only a place abroad may follow ("Kementerian Kesehatan
			// Gaza"); a place at home names a branch, not another body ("Partai Demokrat Bali")
			start = e
			bodyCountry = s.countryWithin(i, e)
			if bodyCountry == "" {
				bodyCountry = "-"
			}
		}
		end := s.nameAfterHead(start, bodyCountry, typ, startsPlace, startsPerson)
		if end == i+n || (start > i+n && end == start) {
			continue
		}
		if i > 0 && (s.is(i-1, fTitle) || s.is(i-1, fRank) || s.is(i-1, fTitleSuffix)) && !companyHeads[s.low[i]] {
			end = s.dropTrailingName(i+n, end)
		}
		src := "rule:org-head"
		if typ == gazetteer.Location {
			src = "rule:place-head"
		}
		sp := s.ruleSpan(i, end, typ, src)
		sp.rank = 1
		sp.country = s.countryWithin(i, end)
		s.cands = append(s.cands, sp)
	}
}

// companyHeads begin company names, which often read like personal names ("PT Karya
// Tebing Mandiri"), so dropTrailingName leaves them whole.
var companyHeads = setOf(`pt cv perum bank perusahaan grup yayasan kelompok koperasi`)

// dropTrailingName ends a body's name before a person's name that follows it without a
// break, as after a title: "Kepala Dinas Pertanian dan Kehutanan Singkawang Yusnita
// Fitriadi". The person is the trailing run of two or more name-shaped, unknown words; at
// least one word stays with the body.
func (s *state) dropTrailingName(first, end int) int {
	k := end
	for k-1 > first && s.nameShaped(k-1) && !s.is(k-1, fCommon) && !s.isAllCaps(k-1) && s.countryWithin(k-1, k) == "" {
		k--
	}
	if end-k >= 2 {
		return k
	}
	return end
}

// nameAfterHead returns the end of the name that follows a head word ending at token j.
// bodyCountry is set when tokens before j already form a known body's name ("-" when the
// body has no country): then only places in another country may follow.
func (s *state) nameAfterHead(j int, bodyCountry string, typ Type, startsPlace map[int]int, startsPerson map[int]int) int {
	start, end := j, j
	sawAcronym := bodyCountry != ""
	for j < len(s.toks) && j-start < maxNameWords && !s.paraBreak(j) {
		t := s.toks[j]
		switch {
		case startsPerson[j] > 0:
			return end // a known person follows: "Partai Golkar Bahlil Lahadalia"
		case startsPlace[j] > 0:
			// places belong to the name: "Kementerian Kesehatan Gaza", "Dewan Keamanan PBB"
			if bodyCountry != "" && bodyCountry == s.countryWithin(j, startsPlace[j]) {
				return end
			}
			j = startsPlace[j]
			end = j
		case sawAcronym:
			return end // after an acronym only places continue a name
		case t.Kind == tokenize.Word && s.isCap(j) && !s.is(j, fStop) && !s.isRankOrTitleStart(j):
			sawAcronym = s.isAllCaps(j)
			j++
			end = j
		case t.Kind == tokenize.Word && s.is(j, fConnector) && end == j && end > start && j+1 < len(s.toks) && s.isCap(j+1):
			j++ // a connector counts only if a capitalised word follows
		case typ == gazetteer.Organization && t.Kind == tokenize.Word && s.is(j, fPortfolio):
			k := j
			for k < len(s.toks) && s.toks[k].Kind == tokenize.Word && s.is(k, fPortfolio) {
				k++
			}
			if k < len(s.toks) && startsPlace[k] > 0 {
				j = startsPlace[k]
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

// isRankOrTitleStart reports whether token j begins a title or rank, which ends a body's
// name: "Direktur Penyidikan KPK Brigjen Pol …".
func (s *state) isRankOrTitleStart(j int) bool {
	return s.is(j, fRank) || (s.phraseAt(&lex.titles, j) > 0 && !s.is(j, fOrgHead))
}

// candidateStarts maps the first token of each candidate of the given types to its end.
func (s *state) candidateStarts(types ...Type) map[int]int {
	m := map[int]int{}
	for _, c := range s.cands {
		for _, t := range types {
			if c.typ == t && !c.weak {
				m[c.first] = c.last
			}
		}
	}
	return m
}

// countryWithin returns the country of the first country or place candidate that starts
// inside tokens [first, last) and ends there too, or "".
func (s *state) countryWithin(first, last int) string {
	if s.candCountry == nil {
		s.candCountry = make(map[int]span)
		for _, c := range s.cands {
			if c.country != "" && !c.weak {
				if old, ok := s.candCountry[c.first]; !ok || c.last > old.last {
					s.candCountry[c.first] = c
				}
			}
		}
	}
	for i := first; i < last; i++ {
		if c, ok := s.candCountry[i]; ok && c.last <= last {
			return c.country
		}
	}
	return ""
}
