package tokenize

import (
	"strings"
	"unicode/utf8"
)

// Hard-wrapped text — e-mail, wire copy, plain-text archives, text taken out of a PDF — breaks
// its lines at a fixed width, so that a single line break stands inside a sentence, between
// a title and its holder's name, or between a quote and its cue. Read as line breaks, these
// would cut sentences and paragraphs apart (over the project's own articles wrapped at 72
// columns, quotes found fell from all to a tenth). softWraps tells them from the line
// breaks the writer meant, and the scanner reads them as spaces.

// Bounds on the width a text is taken to be wrapped at, in characters: narrower lines are a
// list's or a poem's, wider ones paragraphs on lines of their own.
const (
	minWrapWidth = 30
	maxWrapWidth = 200
)

// minWrapJoins is the fewest single line breaks (a line followed by another that is not
// blank) a text needs before it is taken to be wrapped.
const minWrapJoins = 3

// softWraps returns, in order, the byte offsets of the line breaks ('\n') of text that a
// fixed-width wrapping made: those after which the next word would not have fitted on the
// line. The text's width is taken to be its longest line that another line follows (not a
// blank one); a line break is soft when the line, a space and the next line's first word
// are longer than that, and the next line starts with a word or a quotation mark, not with
// white space (an indented paragraph), a list's bullet or dash, or a number of one or two
// digits followed by a period or bracket. A text is taken to be wrapped only when it has minWrapJoins such
// single line breaks or more, its width is between minWrapWidth and maxWrapWidth, at least
// minWrapJoins and half of its single line breaks are soft and at least half of these fall
// inside a sentence (the line ends in no full stop, question or exclamation mark, colon,
// semicolon or closing quotation mark). Otherwise, as for news with a paragraph a line,
// softWraps returns nil.
//
// A text with fewer than minWrapJoins line breaks that stand alone, no other right before or
// after them, is told so without measuring its lines (see loneBreaks): news with blank
// lines between its paragraphs, mostly.
func softWraps(text string) []int32 {
	if loneBreaks(text) < minWrapJoins {
		return nil
	}
	width, joins := 0, 0
	for start := 0; start < len(text); {
		end, next, ok := wrapLine(text, start)
		if ok {
			joins++
			if end-start > 4*maxWrapWidth {
				return nil // (too long for any count of its characters: the usual way out for news)
			}
			if n := utf8.RuneCountInString(text[start:end]); n > width {
				width = n
				if width > maxWrapWidth {
					return nil
				}
			}
		}
		start = next
	}
	if joins < minWrapJoins || width < minWrapWidth {
		return nil
	}
	soft, inside := 0, 0
	for start := 0; start < len(text); {
		end, next, ok := wrapLine(text, start)
		if ok && fullLine(text, start, end, next, width) {
			soft++
			if !endsSentence(text[start:end]) {
				inside++
			}
		}
		start = next
	}
	if soft < minWrapJoins || 2*soft < joins || 2*inside < soft {
		return nil
	}
	offs := make([]int32, 0, soft)
	for start := 0; start < len(text); {
		end, next, ok := wrapLine(text, start)
		if ok && fullLine(text, start, end, next, width) {
			offs = append(offs, int32(next-1))
		}
		start = next
	}
	return offs
}

// loneBreaks returns how many line breaks of text stand alone, no other line break right
// before or after them, up to minWrapJoins: a bound on its single line breaks (those that
// end a line that is not blank and that a line that is not blank follows; see wrapLine),
// since of a run of two line breaks or more, the first has a blank line after it and the
// others one before them.
func loneBreaks(text string) int {
	n := 0
	for i := 0; n < minWrapJoins; {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		for j < len(text) && text[j] == '\n' {
			j++
		}
		if j == i+1 {
			n++
		}
		i = j
	}
	return n
}

// wrapLine returns the end of the line of text that starts at start (before its "\r\n" or
// "\n") and the start of the next; ok says a line break ends it and another line that is
// not blank follows it.
func wrapLine(text string, start int) (end, next int, ok bool) {
	i := strings.IndexByte(text[start:], '\n')
	if i < 0 {
		return len(text), len(text), false
	}
	end, next = start+i, start+i+1
	if end > start && text[end-1] == '\r' {
		end--
	}
	k := next
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k++
	}
	return end, next, end > start && k < len(text) && text[k] != '\n'
}

// fullLine reports whether the line text[start:end], followed at next by another, was
// broken only because the next line's first word would not fit in width characters, and
// whether that line goes on with the same paragraph (see softWraps).
func fullLine(text string, start, end, next, width int) bool {
	if next >= len(text) {
		return false
	}
	switch c := text[next]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '-' || c == '*':
		return false // an indented paragraph, a list's item
	case '0' <= c && c <= '9':
		k := next
		for k < len(text) && '0' <= text[k] && text[k] <= '9' {
			k++
		}
		if k-next <= 2 && k < len(text) && (text[k] == '.' || text[k] == ')') && (k+1 == len(text) || text[k+1] == ' ') {
			return false // a numbered item: "1. …", "12) …" (not a year that ends a sentence: "… awal\n2028. Sambil …")
		}
	case c >= utf8.RuneSelf:
		if r, _ := utf8.DecodeRuneInString(text[next:]); r == '•' || r == '·' || r == '–' || r == '—' || r == '▪' {
			return false
		}
	}
	word := text[next:]
	if k := strings.IndexAny(word, " \t\r\n"); k >= 0 {
		word = word[:k]
	}
	return utf8.RuneCountInString(text[start:end])+1+utf8.RuneCountInString(word) > width
}

// endsSentence reports whether line ends as a sentence may: in a full stop, a question or
// exclamation mark, a colon, a semicolon or a closing quotation mark or bracket.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " \t")
	if line == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', ':', ';', '"', '”', '’', ')', '…':
		return true
	}
	return false
}
