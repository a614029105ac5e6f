package entity

import (
	"sort"
	"strings"

	"github.com/entitas-id/entitas/tokenize"
)

// Title Case lines: headlines of online news ("Bupati Sleman Minta Warga Waspadai Banjir
// Lahar Merapi") and the links to other articles set between paragraphs ("Baca juga:
// Anies-Sandi Umumkan Tim Pengarah dan Tim Pakar") capitalise every word, so a capital
// there says no more than one that opens a sentence. titleCaseLines reads such a line's
// ordinary words as the small words they are, so that the name rules stop at them: the
// headline above gives the place Sleman and Merapi, not a leader named "Minta Warga
// Waspadai Banjir Lahar".

// Bounds of a Title Case line (titleCaseLines).
const (
	titleLineMaxTokens = 40 // a headline's length at most: longer lines are body text
	titleLineMinCaps   = 3  // capitalised words after the first, at least
)

// titleCaseLines finds the lines of a cased document whose words, but for a few function
// words, all begin with a capital, and clears the capital of the ordinary words in them
// (ordinary by the word lists: common or corpus words that are no first name, title, rank
// or head word of a body's or a place's name) that no gazetteer candidate holds, taking
// them out of s.caps, and notes the line in s.titleLines. It runs after gazetteerSpans,
// before the name rules; each line is read once.
func (s *state) titleCaseLines() {
	s.titleLines = s.titleLines[:0]
	if s.anyUni && !s.shoutOnly || len(s.caps) < titleLineMinCaps {
		return
	}
	var inCand []bool // tokens a gazetteer candidate holds, filled at the first line found
	drop := false
	sents := s.doc.Tokens.Sentences
	sen := 0 // the sentence of capital c, walked to from the line before
	for c := 0; c < len(s.caps); {
		for sents[sen].Last <= int(s.caps[c]) {
			sen++
		}
		start, end, next := s.lineOf(sen)
		sen = next
		for c < len(s.caps) && int(s.caps[c]) < end {
			c++ // (the line's capitals)
		}
		if end-start > titleLineMaxTokens || !s.titleCaseLine(start, end) {
			continue // (a line too long for a headline is skipped with all its capitals)
		}
		s.titleLines = append(s.titleLines, int32(start), int32(end))
		if inCand == nil {
			inCand = make([]bool, len(s.toks))
			for k := range s.cands {
				for i := s.cands[k].first; i < s.cands[k].last; i++ {
					inCand[i] = true
				}
			}
		}
		for i := start + 1; i < end; i++ {
			if s.isCap(i) && !inCand[i] && s.ordinaryInTitle(i) {
				s.info[i].flags &^= fCap
				drop = true
			}
		}
	}
	if drop {
		caps := s.caps[:0]
		for _, c := range s.caps {
			if s.isCap(int(c)) {
				caps = append(caps, c)
			}
		}
		s.caps = caps
	}
}

// lineOf returns the first token of the line that holds sentence k, the token that opens
// the line after it (len(s.toks) if there is none) and that line's first sentence
// (len(sentences) if none). A line break always ends a sentence (the tokenizer cuts one
// there), so a line is a run of whole sentences, and the walk goes from sentence to
// sentence, not from token to token.
func (s *state) lineOf(k int) (start, end, next int) {
	sents := s.doc.Tokens.Sentences
	first := k
	for first > 0 && !s.paraBreak(sents[first].First) {
		first--
	}
	next = k + 1
	for next < len(sents) && !s.paraBreak(sents[next].First) {
		next++
	}
	end = len(s.toks)
	if next < len(sents) {
		end = sents[next].First
	}
	return sents[first].First, end, next
}

// inTitleLine reports whether token i lies in a line titleCaseLines found in Title Case.
func (s *state) inTitleLine(i int) bool {
	// the lines are in text order: the last that starts at or before i holds it, if any
	n := len(s.titleLines) / 2
	k := sort.Search(n, func(k int) bool { return int(s.titleLines[2*k]) > i }) - 1
	return k >= 0 && i < int(s.titleLines[2*k+1])
}

// titleCaseLine reports whether tokens [start, end), a line, are in Title Case: after its
// first word, at least titleLineMinCaps capitalised words and no word in small letters but
// function words ("dan", "di", "yang", "of"), and a quarter of the capitalised words or more,
// two at least, ordinary ones. A line that ends with a period is a sentence ("Kemudian, Tim
// Nasional …, Dewan Kelautan Indonesia, dan Badan …."), and one that opens with a word and a
// colon a record's field ("Penulis: Rizki Indra Sofa", "Wasit: Dodi Setia Purnama"), but
// for a link's "Baca juga:"; a line of names lists few ordinary words ("Said, Hyun-Yeon
// Choi, Ridwan; Hari Yudo, …").
func (s *state) titleCaseLine(start, end int) bool {
	if last := end - 1; s.word(last) == "." {
		return false
	}
	if start+1 < end && s.word(start+1) == ":" && !linkWord(s.lowAt(start)) ||
		start+2 < end && s.word(start+2) == ":" && !linkWord(s.lowAt(start)) {
		return false
	}
	if s.word(start) == "(" || s.word(start) == "[" {
		start++ // "(Baca: …)", "[Baca Juga: …]"
	}
	if start < end && linkWord(s.lowAt(start)) {
		// a link's headline after its "Baca juga:"
		for k := start + 1; k < end && k <= start+3; k++ {
			if s.word(k) == ":" {
				start = k + 1
				break
			}
		}
	}
	if start >= end || s.toks[start].Kind != tokenize.Word || !s.isCap(start) {
		return false // a headline opens with a capital ("menurut Institut Kajian Strategis …" is no headline)
	}
	caps, ordinary := 0, 0
	for i := start + 1; i < end; i++ {
		if s.toks[i].Kind != tokenize.Word {
			continue
		}
		if !s.isCap(i) {
			if !titleFunctionWord(s.lowAt(i)) {
				return false
			}
			continue
		}
		caps++
		if s.ordinaryInTitle(i) {
			ordinary++
		}
	}
	return caps >= titleLineMinCaps && ordinary >= 2 && 4*ordinary >= caps
}

// linkWord reports whether w opens a link to another article: "Baca juga:", "SIMAK JUGA:".
func linkWord(w string) bool {
	return w == "baca" || w == "simak" || w == "lihat"
}

// ordinaryInTitle reports whether capitalised token i is an ordinary word that a Title
// Case line capitalises: a common or corpus word, not in capitals, and no first name,
// title, rank or head word that opens a name.
func (s *state) ordinaryInTitle(i int) bool {
	if s.isAllCaps(i) || s.givenName(i) || s.is(i, fTitle) || s.is(i, fRank) || s.is(i, fOrgHeadFirst) || s.is(i, fPlaceHeadFirst) {
		return false
	}
	return s.is(i, fCommon) || s.corpusWord(i) || verbShaped(s.lowAt(i))
}

// verbShaped reports whether w has the shape of a verb that headlines use bare: a suffix
// -kan ("Kabulkan", "Tetapkan") or a prefix me-, di-, ber- or ter- ("Menolak", "Dibuka",
// "Bertemu", "Terjebak") on a word of seven letters or more.
func verbShaped(w string) bool {
	if len(w) < 7 {
		return false
	}
	return strings.HasSuffix(w, "kan") || strings.HasPrefix(w, "me") || strings.HasPrefix(w, "di") ||
		strings.HasPrefix(w, "ber") || strings.HasPrefix(w, "ter")
}

// titleFunctionWord reports whether w is a function word that Title Case leaves in small
// letters: "Warga di Sleman Waspadai Banjir", "Tim Pengarah dan Tim Pakar".
func titleFunctionWord(w string) bool {
	switch w {
	case "dan", "di", "ke", "dari", "yang", "untuk", "atau", "dengan", "pada", "dalam", "oleh", "bagi", "soal", "jadi", "vs",
		"the", "of", "and", "in", "on", "for", "to", "a", "an":
		return true
	}
	return false
}
