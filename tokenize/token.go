package tokenize

import "strings"

// Kind says what sort of text a token is.
type Kind uint8

// The token kinds. The zero Kind is never produced.
const (
	Word       Kind = iota + 1 // letters, possibly with digits, hyphens, apostrophes or an abbreviation's periods
	Number                     // digits with Indonesian separators: 1.000, 2,5, 13/10/2023, 19,5%, Rp1.000
	Punct                      // punctuation: . , ; : ! ? ( ) … – —
	OpenQuote                  // a quotation mark that opens a quote, whatever its glyph
	CloseQuote                 // a quotation mark that closes a quote, whatever its glyph
	Symbol                     // anything else: % $ + = *** and runs of bytes that are not valid UTF-8 or control characters
	URL                        // https://…, www.…, kompas.com/…
	Email                      // redaksi@kompas.id
	Hashtag                    // #MelajuJauh
	Mention                    // @jokowi
)

var kindNames = [...]string{
	Word:       "word",
	Number:     "number",
	Punct:      "punct",
	OpenQuote:  "open_quote",
	CloseQuote: "close_quote",
	Symbol:     "symbol",
	URL:        "url",
	Email:      "email",
	Hashtag:    "hashtag",
	Mention:    "mention",
}

// String returns the kind's lowercase name as used in the command line's JSON: "word",
// "number", "punct", "open_quote", "close_quote", "symbol", "url", "email", "hashtag", "mention".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "invalid"
}

// Token is one token of a text: the original bytes text[Start:End], which Text returns.
// A Token holds no pointer, so that the token slice of a long text costs the garbage
// collector nothing to scan, and its offsets are int32s (texts up to MaxLen bytes), so that
// it is 12 bytes: a text can hold a token a byte, and its tokens would otherwise take 24
// bytes a byte (they took them up to December 2026, when Start and End were ints).
type Token struct {
	Start, End int32 // byte offsets into the original text, half-open
	Kind       Kind
	// Suffix is the byte length of a trailing clitic (-nya, -lah, -kah, -pun, -ku, -mu, with
	// or without a hyphen) that the word may carry; 0 if none. It marks where a split would
	// fall, not that the split is right: "Rusianya" has Suffix 3, and so has "punya".
	Suffix uint8
	// Prefix is the byte length of a leading proclitic (ku-, kau-) that a lowercase word may
	// carry, 0 if none. Like Suffix it is a candidate split point.
	Prefix uint8
	// lineBreak is set when a line break stands between this token and the one before.
	lineBreak bool
}

// AfterLineBreak reports whether a line break separates the token from the token before
// it (paragraphs, or lines of a list).
func (t Token) AfterLineBreak() bool {
	return t.lineBreak
}

// Text returns the token's text, text[t.Start:t.End], where text is the text it was
// read from (Document.Text).
func (t Token) Text(text string) string {
	return text[t.Start:t.End]
}

// Stem returns the token's text without its candidate trailing clitic: "Rusia" for
// "Rusianya", "rumah-rumah" for "rumah-rumahnya". Tokens without a clitic return their
// whole text. text is the text the token was read from.
func (t Token) Stem(text string) string {
	return text[t.Start : t.End-int32(t.Suffix)]
}

// IsCapitalized reports whether the token's first character is an upper-case letter.
// text is the text the token was read from.
func (t Token) IsCapitalized(text string) bool {
	return IsCapitalized(text[t.Start:t.End])
}

// IsCapitalized reports whether w's first character is an upper-case letter.
func IsCapitalized(w string) bool {
	if w != "" && w[0] < 0x80 {
		return w[0]-'A' < 26
	}
	return capitalizedRune(w)
}

// capitalizedRune is IsCapitalized for a string w that is empty or begins outside ASCII,
// apart (and not inlined) so that IsCapitalized, which mostly reads an ASCII letter, is
// inlined.
//
//go:noinline
func capitalizedRune(w string) bool {
	r := []rune(w[:min(len(w), 4)]) // (none for "")
	return len(r) > 0 && isUpper(r[0])
}

// TokenText returns the text of token i, d.Tokens[i].Text(d.Text).
func (d *Document) TokenText(i int) string {
	t := &d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// Sentence is a run of tokens forming one sentence: the tokens Tokens[First:Last] of the
// document, spanning text[Start:End].
type Sentence struct {
	Start, End  int // byte offsets of the first token's start and the last token's end
	First, Last int // token indices, half-open
	// Dateline is set for a dateline at a paragraph's start, split off as a sentence of its
	// own: "JAKARTA –", "SEOUL, KumpalanNEWS –", "Jakarta (ANTARA) -".
	Dateline bool
}

// Document is a tokenized text. Tokens and Sentences are in text order and do not overlap.
type Document struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Wrapped says the text was read as hard-wrapped at a fixed width (e-mail, wire copy,
	// text taken out of a PDF): its single line breaks where the next word would not have
	// fitted on the line were read as spaces, so that they neither end a sentence nor start
	// a paragraph (a token after one is not AfterLineBreak). Blank lines, short lines and
	// the items of lists still break.
	Wrapped bool
	// Flat says the text has no line break at all, its paragraphs run together (as feeds
	// and exports that strip them write), and that paragraph breaks were put back where
	// news sets them with quotes: before a sentence that opens with a quotation mark and
	// after a sentence that holds a quote's closing mark (see markQuoteParagraphs); a token
	// there is AfterLineBreak.
	Flat bool
}

// SentenceTokens returns the tokens of sentence s.
func (d *Document) SentenceTokens(s Sentence) []Token {
	return d.Tokens[s.First:s.Last]
}

// suffixLen returns the byte length of a candidate trailing clitic on word w: -nya, -lah,
// -kah, -pun (after a base of two bytes or more), -ku, -mu (after three or more, to skip
// "buku" and "ilmu" as best we can), each possibly written with a hyphen (rumah-rumahnya).
func suffixLen(w string) uint8 {
	l := len(w)
	if l < 3 {
		return 0
	}
	m := clitics(w)
	if m == 0 {
		return 0
	}
	return cliticLen(w, m)
}

// clitics returns the clitics that the last three bytes of w, a word of three bytes or
// more, allow; none if w is shorter than five bytes.
func clitics(w string) uint8 {
	// Most words end in none of the clitics: three table lookups rule them out at once.
	// Words shorter than five bytes are ruled out by a mask that is all ones from five
	// bytes on, not by a branch: short words are common, and the processor would often
	// mispredict one.
	l := len(w)
	return cliticsAt(w[l-3], w[l-2], w[l-1]) & uint8((4-l)>>63)
}

// cliticsAt returns the clitics that a word whose last three bytes are a, b and c allows.
func cliticsAt(a, b, c byte) uint8 {
	return cliticAt[0][a] & cliticAt[1][b] & cliticAt[2][c]
}

// cliticLen is suffixLen for a word w whose last three bytes allow the clitics m.
func cliticLen(w string, m uint8) uint8 {
	l := len(w)
	n := 3
	if m == cliticKu {
		n = 2
	}
	if w[l-n-1] == '-' {
		if l < n+3 {
			return 0
		}
		n++
	} else if w[l-n] == 'N' {
		return 0 // -Nya only after a hyphen (Tuhan-Nya)
	}
	return uint8(n)
}

// The clitics that suffixLen looks for, as bits of cliticAt.
const (
	cliticNya = 1 << iota // -nya, -Nya
	cliticLah             // -lah, -kah
	cliticPun             // -pun
	cliticKu              // -ku, -mu
)

// cliticAt[k][c] holds the clitics whose k-th byte from the third-to-last byte of a word
// may be c: a word can end in a clitic only if all three of its last bytes allow it. The
// two-byte clitics -ku and -mu allow any third-to-last byte.
var cliticAt = func() (t [3][256]uint8) {
	for _, e := range []struct {
		bit  uint8
		a, b string // the allowed third-to-last and second-to-last bytes
		c    byte   // the last byte
	}{
		{cliticNya, "nN", "y", 'a'},
		{cliticLah, "lk", "a", 'h'},
		{cliticPun, "p", "u", 'n'},
		{cliticKu, "", "km", 'u'},
	} {
		for c := range t[0] {
			if e.a == "" || strings.IndexByte(e.a, byte(c)) >= 0 {
				t[0][c] |= e.bit
			}
		}
		for k := 0; k < len(e.b); k++ {
			t[1][e.b[k]] |= e.bit
		}
		t[2][e.c] |= e.bit
	}
	return t
}()

// prefixLen returns the byte length of a candidate proclitic ku- or kau- on a lowercase word.
func prefixLen(w string) uint8 {
	switch {
	case strings.HasPrefix(w, "kau") && len(w) >= 7:
		return 3
	case strings.HasPrefix(w, "ku") && len(w) >= 6:
		return 2
	}
	return 0
}
