package tokenize

import (
	"github.com/entitas-id/entitas/internal/swar"
	"strings"
	"unicode/utf8"
)

type abbrev uint8

const (
	notAbbrev abbrev = iota
	// titleAbbrev is written before a name or number and never ends a sentence: Dr., Jl., No.
	titleAbbrev
	// finalAbbrev often closes a phrase (dll., Tbk., S.H.) and ends a sentence when the next
	// word starts a new one (a capitalised word or an opening quote).
	finalAbbrev
)

// Abbreviations, lowercase and without their final period. Single capital initials and
// chains with inner periods (S.H., M.Si., U.S.) are recognised by shape.
var abbrevs = func() map[string]abbrev {
	m := map[string]abbrev{}
	for _, w := range strings.Fields(`dr dra drs prof h hj hi kh ust ustd pdt rm st r jl jln gg no kab kec kel
		prov ir kol jend bpk yth ny mgr sdr sdri kompol pol plt pjs pj tel telp faks hlm mr mrs ms
		ds dsn rt rw kav blok bp mt vol ed cet nr dg drg drh mayjen brigjen letjen kapt lt
		pt pte co fax pres gen capt sgt
		moh muh moch mochd mhd abd ach akh mokh
		jan feb mar apr jun jul agu agt ags sep sept okt nov des`) {
		m[w] = titleAbbrev
	}
	for _, w := range strings.Fields(`dll dsb dst dkk tbk purn inc ltd corp jr sr bros cs ybs tsb`) {
		m[w] = finalAbbrev
	}
	return m
}()

// abbrevStarts[n] has bit c-'a' set when an abbreviation of n letters starts with the
// letter c, so that most words need no map lookup. Abbreviations are lowercase ASCII.
var abbrevStarts = func() (t [9]uint32) {
	for w := range abbrevs {
		t[len(w)] |= 1 << (w[0] - 'a')
	}
	return t
}()

// isCaseTitle reports whether w is a title written before a name that abbrevs cannot hold,
// because abbrevs is looked up in lowercase and these are titles only in this spelling:
// "Tb. Hasanuddin" (Tubagus), "Ph. D.", "Dk. Botoh" (dukuh), "Rev. George", while TB, PH
// and DK are acronyms that may end a sentence ("kapasitas 2 TB."). Their period stays a
// token of its own; it just never ends the sentence.
func isCaseTitle(w string) bool {
	return len(w) <= 3 && (w == "Tb" || w == "Ph" || w == "Dk" || w == "Rev")
}

// afterCaseTitle reports whether toks[i] is the period of a title (see isCaseTitle).
func afterCaseTitle(text string, toks []Token, i int) bool {
	return i > 0 && toks[i].Text(text) == "." && toks[i-1].Kind == Word && toks[i-1].End == toks[i].Start &&
		isCaseTitle(toks[i-1].Text(text))
}

// abbrevClass classifies a word (without its trailing period) as an abbreviation.
func abbrevClass(w string) abbrev {
	if len(w) == 0 || len(w) > 8 {
		return notAbbrev
	}
	if c := w[0] | 0x20; c < 'a' || c > 'z' || abbrevStarts[len(w)]&(1<<(c-'a')) == 0 {
		return notAbbrev // no abbreviation of this length starts with this letter
	}
	k, _ := swar.Pack(w)
	if k&swar.HighBits != 0 {
		return notAbbrev // (abbreviations are ASCII)
	}
	k = swar.Lower(k)
	for h := abbrevHome(k); ; h = (h + 1) % len(abbrevTab) {
		switch e := &abbrevTab[h]; {
		case e.key == k && int(e.n) == len(w):
			return e.class
		case e.key == 0:
			return notAbbrev
		}
	}
}

// abbrevTab holds abbrevs for abbrevClass, by their bytes packed into a uint64 (swar.Pack)
// and their length, in a table with linear probing from abbrevHome: a lookup costs a
// multiplication and a comparison or two, where one of abbrevs cost a string's hash and
// more, over ten times as much. Half of its slots or more are empty (key 0).
var abbrevTab = func() (t [256]struct {
	key   uint64
	n     uint8
	class abbrev
}) {
	for w, class := range abbrevs {
		k, _ := swar.Pack(w)
		h := abbrevHome(k)
		for t[h].key != 0 {
			h = (h + 1) % len(t)
		}
		t[h].key, t[h].n, t[h].class = k, uint8(len(w)), class
	}
	return t
}()

// abbrevHome returns the slot of abbrevTab where the abbreviation packed into k is looked
// for first.
func abbrevHome(k uint64) int {
	return int(k * 0x9e3779b97f4a7c15 >> 56)
}

// tokenAbbrev classifies a Word token that ends with its own period.
func tokenAbbrev(text string, t Token) abbrev {
	if t.Kind != Word || !strings.HasSuffix(t.Text(text), ".") {
		return notAbbrev
	}
	w := t.Text(text)[:len(t.Text(text))-1]
	if strings.IndexByte(w, '.') >= 0 {
		// chains: a.n. is written before a name; S.H., M.Si., U.S. close a phrase
		if len(w) == 3 && (strings.EqualFold(w, "a.n") || strings.EqualFold(w, "u.p") || strings.EqualFold(w, "d.a") ||
			strings.EqualFold(w, "s.d") || strings.EqualFold(w, "a.l")) {
			return titleAbbrev
		}
		return finalAbbrev
	}
	if isInitial(w) {
		return titleAbbrev
	}
	return abbrevClass(w)
}

// splitSentences groups tokens into sentences, which it appends to sents. ends lists in
// order the tokens at which a sentence may end (see scanner.mayEnd); a nil ends means that
// any token may end one. Each sentence ends at a different one of the tokens the scanner
// noted, or at the last, so that sents needs room for their number and one more.
func splitSentences(text string, toks []Token, ends []int, sents []Sentence) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	n := len(toks) // the tokens to look at: all, or ends and the last token
	if ends != nil {
		n = len(ends) + 1
	}
	first := 0
	paraStart := true
	for k := 0; k < n; k++ {
		i := k
		if ends != nil {
			i = len(toks) - 1
			if k < len(ends) {
				i = ends[k]
			}
		}
		if i < first {
			continue // a closing quote or bracket already put into the last sentence
		}
		end := i // last token of the sentence if it ends here
		cut, dateline := false, false
		t := &toks[i]
		switch t.Kind {
		case Punct:
			switch w := t.Text(text); {
			case isTerminal(w):
				// closing quotes and brackets right after the mark belong to this sentence
				quoted := false
				for end+1 < len(toks) && toks[end+1].Start == toks[end].End &&
					(toks[end+1].Kind == CloseQuote || toks[end+1].Text(text) == ")" || toks[end+1].Text(text) == "]") {
					end++
					quoted = quoted || toks[end].Kind == CloseQuote
				}
				// not after a title such as "Tb.", nor just before an open bracket closes
				cut = endsAfterTerminal(text, toks, w, end, quoted) && !(w == "." && afterCaseTitle(text, toks, i)) &&
					!(closesSoon(text, toks, end+1) && bracketOpen(text, toks, first, end))
			case isDashText(w) && paraStart && (i-first <= 5 || i-first <= 8 && hasURL(toks[first:i])) && i > first && isDateline(text, toks[first:i+1]):
				cut, dateline = true, true
			}
		case Word:
			if text[t.End-1] == '.' && tokenAbbrev(text, *t) == finalAbbrev {
				cut = end+1 < len(toks) && startsSentence(text, toks[end+1])
			}
		}
		if !cut && end+1 < len(toks) && toks[end+1].lineBreak {
			cut = true
		}
		if cut || end == len(toks)-1 {
			sents = append(sents, Sentence{Start: int(toks[first].Start), End: int(toks[end].End), First: first, Last: end + 1, Dateline: dateline})
			paraStart = end+1 < len(toks) && toks[end+1].lineBreak
			first = end + 1
		}
	}
	return sents
}

// isTerminal reports whether s is a run of sentence-final marks: . ! ? …
func isTerminal(s string) bool {
	if len(s) == 1 { // the commonest, without decoding
		return s[0] == '.' || s[0] == '!' || s[0] == '?'
	}
	return isTerminalRun(s)
}

// isTerminalRun is isTerminal for a string of any length.
func isTerminalRun(s string) bool {
	for _, r := range s {
		if r != '.' && r != '!' && r != '?' && r != '…' {
			return false
		}
	}
	return true
}

func isDashText(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && isDash(r)
}

// endsAfterTerminal decides whether the sentence ends at toks[end], whose terminal mark is
// term; quoted says a closing quote followed the mark.
func endsAfterTerminal(text string, toks []Token, term string, end int, quoted bool) bool {
	if end+1 >= len(toks) {
		return true
	}
	next := &toks[end+1]
	switch next.Kind {
	case Punct:
		if w := next.Text(text); !isDashText(w) && w != "(" && w != "[" {
			return false // ".," or "?)" — the sentence goes on
		}
	case CloseQuote:
		return false
	}
	lower := next.Kind == Word && !IsCapitalized(next.Text(text))
	if quoted || term != "." && (strings.ContainsRune(term, '…') || strings.HasPrefix(term, "..") || term == "!" || term == "?") {
		// “Bagus!” kata dia. — an attribution after the quote continues the sentence;
		// an ellipsis followed by lowercase is a pause, not an end.
		return !lower
	}
	if next.Start == toks[end].End && next.Kind == Word && lower {
		return false // no space: a missed abbreviation like "dgn.nya"
	}
	return true
}

// maxBracketTail is how many tokens closesSoon looks ahead for a closing bracket, and
// maxBracketHead how far back bracketOpen looks for the opening one.
const (
	maxBracketTail = 4
	maxBracketHead = 64
)

// closesSoon reports whether a bracket closes within the next few tokens from toks[i],
// before any other sentence mark: a period so close to the end of a bracket that is still
// open belongs to an abbreviation, "(SSK. II)", "(E. hemisphaerica (Bl.) RM Smith)", since a
// sentence does not end inside brackets it opened.
func closesSoon(text string, toks []Token, i int) bool {
	for k := i; k < len(toks) && k < i+maxBracketTail; k++ {
		t := &toks[k]
		switch {
		case t.lineBreak:
			return false
		case t.Kind == Punct: // (as every bracket is)
			switch w := t.Text(text); {
			case w == ")" || w == "]":
				return true
			case isTerminal(w) || w == "(" || w == "[":
				return false
			}
		case t.Kind == OpenQuote || t.Kind == CloseQuote:
			return false
		}
	}
	return false
}

// bracketOpen reports whether a bracket opened in toks[first:end+1] is still open after
// toks[end]; it looks back at most maxBracketHead tokens. A stray closing bracket (the "1)"
// of a list) closes nothing.
func bracketOpen(text string, toks []Token, first, end int) bool {
	closers := 0
	for k := end; k >= first && k > end-maxBracketHead; k-- {
		t := &toks[k]
		if t.Kind != Punct {
			continue
		}
		switch t.Text(text) {
		case ")", "]":
			closers++
		case "(", "[":
			if closers == 0 {
				return true
			}
			closers--
		}
	}
	return false
}

// startsSentence reports whether t can begin a new sentence after an ambiguous abbreviation.
func startsSentence(text string, t Token) bool {
	return t.Kind == OpenQuote || (t.Kind == Word && t.IsCapitalized(text))
}

// isDateline reports whether toks (ending with a dash) is a dateline at a paragraph's
// start: "JAKARTA –", "KumpalanNEWS –", "SEOUL, KumpalanNEWS –", "Jakarta (ANTARA) -".
func isDateline(text string, toks []Token) bool {
	dash := toks[len(toks)-1]
	if dash.Start == 0 || int(dash.End) >= len(text) {
		return false
	}
	// a hyphen glued on both sides stands apart only where the scanner split a dateline
	// off the first word ("Merdeka.com-Pemain", "INGGRIS-Arsenal"; see datelineWord)
	glued := len(toks) > 1 && toks[len(toks)-2].End == dash.Start && toks[len(toks)-2].Kind != Number && text[dash.Start] == '-' && !IsSpace(rune(text[dash.End]))
	if !spaceBefore(text, int(dash.Start)) && !glued {
		return false
	}
	if toks[0].Kind == Word && datelineOpener(toks[0].Text(text)) {
		return false // a sentence's: "Menurut Benny, Bibit – Chandra juga …"
	}
	words := 0
	for _, t := range toks[:len(toks)-1] {
		switch {
		case t.Kind == Word:
			if !t.IsCapitalized(text) {
				return false
			}
			words++
		case t.Text(text) == "," || t.Text(text) == "(" || t.Text(text) == ")" || t.Text(text) == "/":
		case t.Kind == Number: // "Jakarta, 12/11 –"
		case t.Kind == URL: // an outlet's domain: "TANGERANG, KABARSERU.com –", "Merdeka.com-"
			words++
		default:
			return false
		}
	}
	return words > 0
}

// notDatelineOpener holds the prepositions, conjunctions and reporting words that open a
// sentence and never a dateline, whose words name a place and an outlet: a sentence such as
// "Menurut Benny, Bibit – Chandra …" has a dateline's shape.
var notDatelineOpener = map[string]bool{
	"adapun": true, "atas": true, "bagi": true, "bila": true, "dalam": true, "dari": true, "dengan": true,
	"di": true, "hingga": true, "jika": true, "karena": true, "kata": true, "kemudian": true, "kepada": true,
	"ketika": true, "meski": true, "menurut": true, "namun": true, "oleh": true, "pada": true, "saat": true,
	"sampai": true, "sebelum": true, "sebelumnya": true, "sedangkan": true, "sejak": true, "selain": true,
	"sementara": true, "seperti": true, "setelah": true, "soal": true, "tentang": true, "terkait": true,
	"tetapi": true, "untuk": true, "walau": true,
}

// datelineOpener reports whether the word w is one of notDatelineOpener in any case,
// without allocating: most datelines are read once per document.
func datelineOpener(w string) bool {
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return notDatelineOpener[string(buf[:len(w)])]
}

// hasURL reports whether toks hold a URL or domain: a dateline naming its outlet so may
// have a longer place ("TERMAS DE RIO HONDO, JUARA.net -").
func hasURL(toks []Token) bool {
	for _, t := range toks {
		if t.Kind == URL {
			return true
		}
	}
	return false
}

// spaceBefore reports whether the character before byte offset i of text is white space.
func spaceBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return IsSpace(r)
}
