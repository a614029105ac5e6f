package entity

import (
	"slices"
	"strings"

	"github.com/entitas-id/entitas/tokenize"
)

// rawQuote is a quote's extent before attribution: from the opening mark's token to the
// closing mark's token (or the paragraph's last token when the mark is missing).
type rawQuote struct {
	open, close int  // token indices of the marks (close is the last token when unclosed)
	closed      bool // the closing mark was found
}

// isDoubleMark reports whether a quote token's text w is a double quotation mark. Single
// marks (‘ ’ ') are apostrophes or nested quotes and are left alone.
func isDoubleMark(w string) bool {
	switch w {
	case "\"", "“", "”", "„", "‟", "«", "»", "＂", "``", "''":
		return true
	}
	return false
}

// findQuotes finds direct quotes and attributes each to its speaker (see speaker.go).
// Marks pair by position, not glyph: the tokenizer has already decided which way each one
// faces. A quote left open at the end of a paragraph continues when the next paragraph opens
// with a quotation mark (the newspaper convention for a quote over several paragraphs);
// otherwise it ends with its paragraph, so a missing mark never swallows the rest of the
// document.
func (s *state) findQuotes() []Quote {
	var room [32]rawQuote // most documents' quotes, on the stack
	raws := s.pairQuotes(room[:0])
	quotes := make([]Quote, 0, len(raws))
	for _, r := range raws {
		start := int(s.toks[r.open].Start)
		end := int(s.toks[r.close].End)
		quotes = append(quotes, Quote{Text: s.text[start:end], Start: start, End: end})
	}
	if len(raws) > 0 { // (without quotes there is nothing to attribute, nor tables to build)
		s.attribute(raws, quotes)
	}
	return quotes
}

// pairQuotes pairs the quotation marks into quotes, appended to out, which it returns.
func (s *state) pairQuotes(out []rawQuote) []rawQuote {
	// room for a quote every two quotation marks, most documents' count, and one left
	// open at the end when there are marks, so that a long document's quotes are not
	// copied again and again as append grows them
	marks := 0
	for _, m := range s.marks {
		if k := s.toks[m].Kind; k == tokenize.OpenQuote || k == tokenize.CloseQuote {
			marks++
		}
	}
	if room := marks/2 + min(marks, 1); cap(out)-len(out) < room {
		out = slices.Grow(out, room)
	}
	open := -1 // token index of the pending opening mark
	k := 0     // the first of s.marks that may lie at or after token i
	for i := 0; i < len(s.toks); i++ {
		for k < len(s.marks) && int(s.marks[k]) < i {
			k++
		}
		if open < 0 {
			// no quote is open: only a quotation mark changes anything, so skip to the next
			if k == len(s.marks) {
				break
			}
			i = int(s.marks[k])
		} else {
			// a quote is open: only a quotation mark or a paragraph's break changes
			// anything, so skip to the next mark or the first token a break may precede
			m := len(s.toks)
			if k < len(s.marks) {
				m = int(s.marks[k])
			}
			if i = s.breakOrMark(i, m); i == len(s.toks) {
				break
			}
		}
		t := &s.toks[i]
		if open >= 0 && t.AfterLineBreak() { // (a paragraph's break: i > open, so i > 0)
			// the paragraph ended inside a quote: carry on only if this paragraph opens
			// with a mark, else close the quote at the paragraph's end
			if t.Kind == tokenize.OpenQuote && isDoubleMark(t.Text(s.text)) {
				continue
			}
			if s.lineGoesOn(i) {
				continue // a line broken inside a sentence of the quote: "… perpindahan\npaksa, dan pandemi,” kata …"
			}
			out = append(out, rawQuote{open: open, close: i - 1})
			open = -1
		}
		if (t.Kind != tokenize.OpenQuote && t.Kind != tokenize.CloseQuote) || !isDoubleMark(t.Text(s.text)) {
			continue
		}
		glued := t.Kind == tokenize.OpenQuote && s.gluedCloser(i)
		switch {
		case glued && open < 0:
			// a stray closing mark with no quote open: it opens nothing
		case glued:
			if i-open > 1 {
				out = append(out, rawQuote{open: open, close: i, closed: true})
			}
			open = -1
		case t.Kind == tokenize.OpenQuote && open < 0:
			open = i
		case t.Kind == tokenize.OpenQuote:
			if c := s.nestedQuote(i); c > 0 {
				i = c // a quoted term inside the quote: ”… istilah ”darurat” itu …”
				continue
			}
			// a second opener inside a quote: an unbalanced mark; restart here
			if i-open > 1 {
				out = append(out, rawQuote{open: open, close: i - 1})
			}
			open = i
		case open >= 0:
			if s.quotedTitle(open, i) {
				s.dropGuessesIn(open, i)
			} else if i-open > 1 {
				out = append(out, rawQuote{open: open, close: i, closed: true})
			}
			open = -1
		}
	}
	if open >= 0 && open < len(s.toks)-1 {
		out = append(out, rawQuote{open: open, close: len(s.toks) - 1})
	}
	return out
}

// breakOrMark returns the first token from i (i > 0) to m, the next mark's token or
// len(s.toks), that a line break may precede: the first to start after the first byte
// from the end of token i-1 on that may be or begin one ('\n', or the lead byte of
// U+0085, U+2028 or U+2029; see tokenize), else m. The tokens before it have no break
// before them. In text run into one line (Tokens.Flat) the tokenizer marks breaks that
// no byte shows, around quotes: there every token is looked at, and i returned.
func (s *state) breakOrMark(i, m int) int {
	if s.doc.Tokens.Flat {
		return i
	}
	lo, hi := int(s.toks[i-1].End), len(s.text)
	if m < len(s.toks) {
		hi = int(s.toks[m].Start)
	}
	gap := s.text[lo:hi]
	p := len(gap)
	for _, c := range [...]byte{'\n', 0xc2, 0xe2} {
		if x := strings.IndexByte(gap[:p], c); x >= 0 {
			p = x
		}
	}
	if p == len(gap) {
		return m
	}
	return s.tokenFrom(i, m, lo+p+1)
}

// gluedCloser reports whether the mark at token i, which the tokenizer took for an
// opening mark because a word follows it without a space, closes a quote the way
// scraped news often writes it: after a comma or full stop and a space, glued to the
// cue that follows (“…, saya kira,  "kata Allegri"; “…, "tulisnya"). Only a cue word
// qualifies, so a new quote opening after a sentence ("Itu benar. "Kami …") keeps
// opening, and only a straight or ” mark before a lower-case cue.
func (s *state) gluedCloser(i int) bool {
	if i < 1 || i+1 >= len(s.toks) {
		return false
	}
	prev, next := s.toks[i-1], s.toks[i+1]
	if prev.Kind != tokenize.Punct || prev.End == s.toks[i].Start || next.Start != s.toks[i].End {
		return false
	}
	switch s.text[prev.Start:prev.End] {
	case ",":
	case ".", "!", "?":
		if s.isUni(i + 1) {
			return false // in text of one case a sentence may open with a cue's word: "… resmi. ”katanya barang …"
		}
	default:
		return false
	}
	if m := s.toks[i].Text(s.text); m != "\"" && m != "”" || s.text[next.Start] < 'a' || s.text[next.Start] > 'z' {
		return false // “ only opens; a capital starts a sentence ("… naskahnya. “Ceritanya …")
	}
	k, _ := s.cueAt(i + 1)
	return k != cueNone
}

// maxNestedQuote bounds, in tokens, a quoted term inside a quote.
const maxNestedQuote = 6

// nestedQuote reports whether the opening mark at token i, met inside an open quote, opens
// a short quoted term within it (”Kami menolak istilah ”darurat” itu,” ujarnya): a closing
// mark follows within a few words, and another closing mark follows that in the same
// paragraph to close the outer quote. It returns the inner closing mark's token, or 0.
func (s *state) nestedQuote(i int) int {
	inner := 0
	for k := i + 1; k < len(s.toks) && !s.paraBreak(k); k++ {
		t := s.toks[k]
		if !isDoubleMark(t.Text(s.text)) || t.Kind != tokenize.OpenQuote && t.Kind != tokenize.CloseQuote {
			if inner == 0 && k-i > maxNestedQuote {
				return 0
			}
			continue
		}
		if t.Kind == tokenize.OpenQuote {
			return 0
		}
		if inner == 0 {
			if k-i < 2 {
				return 0
			}
			inner = k
			continue
		}
		return inner
	}
	return 0
}

// lineGoesOn reports whether token i, after a line break, goes on with the sentence of the
// line before: a word in small letters after a single line break (no blank line), the line
// before ending in no full stop, question or exclamation mark, colon or quotation mark.
func (s *state) lineGoesOn(i int) bool {
	if i == 0 || s.toks[i].Kind != tokenize.Word || s.isCap(i) || !s.toks[i].AfterLineBreak() {
		return false
	}
	if strings.Count(s.text[s.toks[i-1].End:s.toks[i].Start], "\n") != 1 {
		return false
	}
	switch p := s.toks[i-1]; p.Kind {
	case tokenize.Word, tokenize.Number:
		return true
	case tokenize.Punct:
		return s.word(i-1) == ","
	}
	return false
}
