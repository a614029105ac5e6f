package entity

import (
	"slices"
	"strings"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// clubSides reads a place's name as the club named after it where the word before it says a
// team follows: a noun for a club ("Pemain klub Madrid itu", "kesebelasan Surabaya") or,
// in a paragraph that speaks of sport (see sportsParagraph), a noun for a team or a word of
// a match ("bergabung dengan tim Madrid", "menang kontra Valencia", "ditahan Bandung",
// "bertandang ke markas Milan"). Such a word may stand before an opponent of another kind
// ("berperang melawan Makassar"), hence the cue for all but klub and kesebelasan.
//
// Only a place the gazetteer knows, one span alone, whose name some club's name holds
// (Extractor.clubWords, Extractor.cityClubs): "Madrid" (Real Madrid, Atletico Madrid),
// "Bandung" (Persib Bandung). A country is never so read, nor a region no club is named
// after: "klub Thailand" and "klub Jawa Timur" say where a club is from, and a national
// team named by its country stays the country ("melawan Jepang"), as ANNOTATION.md types
// a place by what it is. Nor a place that another capitalised word follows, a name going
// on ("melawan Barito Putra", "melawan Milan Ludik"), nor one that a club's name follows
// after a comma ("klub Madrid, Rayo Vallecano": the city is where that club is from).
//
// The club is the one club named after the place that the document names, or else the
// one the gazetteer knows (cityClubs, then clubWords); when there are several, the mention
// is a club of the document's own named by the place: ORGANIZATION "Madrid".
//
// Cost: one look at each span's type and the word before it; the rest only for a place
// after such a word, which few documents have.
func (s *state) clubSides() {
	var cands []int32 // the places after a team's word, as spans
	for k := range s.spans {
		sp := &s.spans[k]
		if sp.typ != gazetteer.Location || sp.dead || sp.entry == nil || sp.first == 0 {
			continue
		}
		p := sp.first - 1
		if s.toks[p].Kind != tokenize.Word || s.isCap(p) && !s.isInitial(p) || clubSideWord(s.lowAt(p)) == sideNone && !s.scoreBefore(p) {
			continue
		}
		cands = append(cands, int32(k))
	}
	if cands == nil {
		return
	}
	slices.SortFunc(cands, func(a, b int32) int { return s.spans[a].first - s.spans[b].first })
	var named []*gazetteer.Entry // the clubs the document names, read once a place asks
	namedRead := false
	cuePara, cueHas := -1, false // the paragraph (its first sentence) last asked about
	for _, k := range cands {
		sp := &s.spans[k]
		first, last := sp.first, sp.last
		key := s.keyOf(first, last)
		_, city := s.x.cityClubs[key]
		_, word := s.x.clubWords[key]
		if !city && !(word && last-first == 1) || s.inDateline(first) || s.nameGoesOn(last) {
			continue
		}
		if clubSideWord(s.lowAt(first-1)) == sideMatch {
			if s.lowAt(first-1) == "markas" && (first < 3 || s.lowAt(first-2) != "ke" && s.lowAt(first-2) != "di") {
				continue // (the ground a club plays at: "bertandang ke markas Milan", "di markas Valencia")
			}
			if pf := s.paraFirstSentence(s.sentIndex(first)); pf != cuePara {
				cuePara, cueHas = pf, s.sportsParagraph(pf)
			}
			if !cueHas {
				continue
			}
		}
		if !namedRead {
			named, namedRead = s.namedClubs(), true
		}
		club := clubNamedAfter(named, key)
		if club == nil && !anyNamedAfter(named, key) {
			club = s.x.cityClubs[key]
			if club == nil && last-first == 1 {
				club = s.x.clubWords[key]
			}
		}
		nsp := s.ruleSpan(first, last, gazetteer.Organization, ruleCityClub)
		if club != nil {
			nsp.entry, nsp.id, nsp.name, nsp.country = club, club.ID, club.Name, club.Country
		}
		s.removeSpan(int(k))
		s.addSpan(nsp)
	}
}

// scoreBefore reports whether token p is a preposition after a result's word and a match's
// score, which names the other side: "menang 2-1 atas Brighton", "takluk 0-3 dari Madrid",
// "imbang 1-1 dengan Bandung" (not a range of numbers: "naik 2-3 dari …").
func (s *state) scoreBefore(p int) bool {
	if p < 2 || s.toks[p-1].Kind != tokenize.Number {
		return false
	}
	switch s.lowAt(p) {
	case "atas", "dari", "dengan":
	default:
		return false
	}
	r := p - 2 // the result's word, before the score
	if !score(s.word(p - 1)) {
		// (the tokens "2", "-", "1")
		if p < 4 || s.word(p-2) != "-" || s.toks[p-3].Kind != tokenize.Number || !goals(s.word(p-1)) || !goals(s.word(p-3)) {
			return false
		}
		r = p - 4
	}
	switch s.lowAt(r) {
	case "menang", "kemenangan", "unggul", "kalah", "kekalahan", "takluk", "imbang", "skor", "tumbang":
		return true
	}
	return false
}

// goals reports whether a number token is a side's goals in a score: one or two digits.
func goals(t string) bool {
	return len(t) >= 1 && len(t) <= 2 && digits(t)
}

// clubSide is what a word before a place says of it (see clubSideWord).
type clubSide uint8

const (
	sideNone  clubSide = iota
	sideClub           // a noun for a club: a team follows, whatever the text is about
	sideMatch          // a noun for a team or a word of a match: a team follows in a text on sport
)

// clubSideWord says whether w, in small letters, is a word a club's name follows (see
// clubSides).
func clubSideWord(w string) clubSide {
	if len(w) < 3 || len(w) > 11 {
		return sideNone
	}
	switch w {
	case "klub", "kesebelasan":
		return sideClub
	case "tim", "skuad", "skuat", "melawan", "kontra", "versus", "menjamu", "dijamu", "ditahan", "mengalahkan",
		"dikalahkan", "ditekuk", "menekuk", "membekuk", "markas":
		return sideMatch
	}
	return sideNone
}

// nameGoesOn reports whether the words from token i on carry a name on past a place's
// span: a capitalised word right after it ("Barito Putra", "Milan Ludik"), or a comma and
// a club's or body's name ("klub Madrid, Rayo Vallecano").
func (s *state) nameGoesOn(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	if s.toks[i].Kind == tokenize.Word && s.isCap(i) {
		return true
	}
	if s.word(i) != "," || i+1 >= len(s.toks) || !s.isCap(i+1) {
		return false
	}
	o := s.owner[i+1]
	return o >= 0 && s.spans[o].typ == gazetteer.Organization
}

// sportsParagraph reports whether the paragraph that sentence pf opens speaks of sport: a
// score ("2-1", "2 - 1") or a word of matches, clubs and competitions among its tokens.
func (s *state) sportsParagraph(pf int) bool {
	sents := s.doc.Tokens.Sentences
	for j := pf; j < len(sents) && (j == pf || s.paraFirstSentence(j) == pf); j++ {
		for i := sents[j].First; i < sents[j].Last; i++ {
			t := s.toks[i]
			switch t.Kind {
			case tokenize.Number:
				if score(t.Text(s.text)) || i+2 < sents[j].Last && s.word(i+1) == "-" && s.toks[i+2].Kind == tokenize.Number {
					return true
				}
			case tokenize.Word:
				if w := s.lowAt(i); len(w) >= 3 && len(w) <= 12 && sportsWord(w) {
					return true
				}
			}
		}
	}
	return false
}

// score reports whether a number token is a match's score: two numbers of one or two
// digits joined by a hyphen, "2-1".
func score(t string) bool {
	a, b, ok := strings.Cut(t, "-")
	return ok && goals(a) && goals(b)
}

// sportsWord reports whether w, in small letters, is a word of matches, clubs and
// competitions, which news on other things seldom uses (not "pemain", said of a market's
// players and a film's too, nor "bola").
func sportsWord(w string) bool {
	switch w {
	case "laga", "pertandingan", "bertanding", "gol", "liga", "klub", "pelatih", "stadion", "skor", "klasemen",
		"kompetisi", "turnamen", "piala", "tandang", "kandang", "babak", "timnas", "kiper", "striker",
		"gelandang", "bek", "penalti", "sepak", "suporter", "musim":
		return true
	}
	return false
}

// namedClubs returns the clubs the document names, each once.
func (s *state) namedClubs() []*gazetteer.Entry {
	var named []*gazetteer.Entry
	for k := range s.spans {
		if sp := &s.spans[k]; s.clubSpan(sp) && !slices.Contains(named, sp.entry) {
			named = append(named, sp.entry)
		}
	}
	return named
}

// clubSpan reports whether live span sp is a mention of a club the gazetteer knows
// (Extractor.clubs), asked of the entry's type first, which most spans' rule out.
func (s *state) clubSpan(sp *span) bool {
	return !sp.dead && sp.entry != nil && s.x.clubTypes>>(sp.entry.Type&63)&1 != 0 && s.x.clubs[sp.entry]
}

// clubNamedAfter returns the one club of named whose name holds the place key (lowercase
// words), or nil if none does or several do.
func clubNamedAfter(named []*gazetteer.Entry, key string) *gazetteer.Entry {
	var club *gazetteer.Entry
	for _, e := range named {
		if namedAfter(e, key) {
			if club != nil {
				return nil
			}
			club = e
		}
	}
	return club
}

// anyNamedAfter reports whether some club of named has a name that holds the place key.
func anyNamedAfter(named []*gazetteer.Entry, key string) bool {
	for _, e := range named {
		if namedAfter(e, key) {
			return true
		}
	}
	return false
}

// namedAfter reports whether one of club e's forms holds the words of key, the lowercase
// name of a place: "Persib Bandung" holds "bandung".
func namedAfter(e *gazetteer.Entry, key string) bool {
	for _, f := range e.Forms() {
		f = strings.ToLower(f)
		for at := 0; ; {
			i := strings.Index(f[at:], key)
			if i < 0 {
				break
			}
			i += at
			j := i + len(key)
			if (i == 0 || f[i-1] == ' ') && (j == len(f) || f[j] == ' ') {
				return true
			}
			at = i + 1
		}
	}
	return false
}
