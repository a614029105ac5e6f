package tokenize

import (
	"github.com/entitas-id/entitas/internal/swar"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into tokens and sentences. It never fails and never panics: a run of
// bytes that are not valid UTF-8 and of control characters becomes one Symbol token. Every
// byte that is not white space (see IsSpace) belongs to exactly one token. The returned
// document refers to text; nothing is copied. Only the first MaxLen bytes of a longer text
// are read: its tokens and sentences end there. The tokens and sentences of a short text
// may share arrays with those of other texts Tokenize read (see tokenBuf); an append to
// them never writes into another document's.
func Tokenize(text string) *Document {
	d := &Document{Text: text}
	text = text[:min(len(text), MaxLen)]
	// news text averages a token per 5.5–6 bytes; a long text, which may be denser, is
	// counted first (see estimateTokens)
	size := len(text)/5 + 8
	var buf *tokenBuf
	var ends []int   // the scanner's list of ends (see scanner.ends)
	inChunk := false // the text is scanned into the rest of buf.chunk
	if len(text) >= estimateFrom {
		size = estimateTokens(text) + 8
		d.Tokens = make([]Token, 0, size)
		ends = make([]int, maxEnds)
	} else {
		buf = tokenBufs.Get().(*tokenBuf)
		ends = buf.ends[:]
		if inChunk = size <= chunkTokens/4 && cap(buf.chunk)-len(buf.chunk) >= size; inChunk {
			// a short text with room for its tokens in the rest of the buffer's chunk, which
			// the tokens of the texts before it hold the start of (see tokenBuf), is scanned
			// straight into it: the room is zeroed, as make left it, as the scanner needs
			d.Tokens = buf.chunk[len(buf.chunk):]
		} else {
			// another is scanned into a recycled buffer, and its tokens are copied out into
			// a slice of their number: a fifth of the room made for them was left empty,
			// and the garbage collector's work grows with what is allocated
			d.Tokens = slices.Grow(buf.scan[:0], size)
		}
	}
	s := scanner{text: text, toks: d.Tokens, ends: ends, lastEnd: -1, soft: softWraps(text)}
	d.Wrapped = s.soft != nil
	s.run()
	d.Tokens = s.toks
	if inChunk && cap(s.toks) == cap(buf.chunk)-len(buf.chunk) {
		// the tokens are in the chunk's room, where they were scanned (the scanner would
		// have moved them to a larger array if the room had been too small)
		k, n := len(buf.chunk), len(s.toks)
		buf.chunk = buf.chunk[:k+n]
		d.Tokens = buf.chunk[k : k+n : k+n] // (an append to them copies them out)
	} else if buf != nil {
		n := len(s.toks)
		if inChunk {
			// the room in the chunk was too small, and the scanner moved the tokens out of
			// it: the room it wrote in is no longer zeroed, and the chunk is done with
			buf.chunk = nil
		}
		if n <= chunkTokens/4 {
			// the tokens of a short text go into the rest of the buffer's chunk
			if cap(buf.chunk)-len(buf.chunk) < n {
				buf.chunk = make([]Token, 0, chunkTokens)
			}
			k := len(buf.chunk)
			buf.chunk = append(buf.chunk, s.toks...)
			d.Tokens = buf.chunk[k : k+n : k+n] // (an append to them copies them out)
		} else {
			// (append, unlike make, does not zero the room it copies into)
			d.Tokens = append(make([]Token, 0), s.toks...)
		}
		if !inChunk {
			// the buffer goes back zeroed, since the scanner relies on the fields it does
			// not set being zero
			clear(s.toks)
			buf.scan = s.toks[:0]
		}
	}
	ends = nil // nil when the scanner noted more candidates than it kept
	if s.nends <= len(s.ends) {
		ends = s.ends[:s.nends]
	}
	var sents []Sentence
	if n := s.nends + 1; len(d.Tokens) > 0 {
		if buf != nil && n <= chunkSentences/4 {
			// room for the sentences, in the rest of the buffer's chunk of them (see
			// tokenBuf)
			if cap(buf.sents)-len(buf.sents) < n {
				buf.sents = make([]Sentence, 0, chunkSentences)
			}
			k := len(buf.sents)
			buf.sents = buf.sents[:k+n]
			sents = buf.sents[k : k : k+n]
		} else {
			sents = make([]Sentence, 0, n)
		}
	}
	d.Sentences = splitSentences(text, d.Tokens, ends, sents)
	if !s.brokeLine {
		d.Flat = markQuoteParagraphs(d.Tokens, d.Sentences)
	}
	if buf != nil {
		tokenBufs.Put(buf)
	}
	return d
}

// MaxLen is the length of the longest text Tokenize reads whole: a Token's offsets are
// int32s (2 GiB − 1).
const MaxLen = math.MaxInt32

// tokenBufs holds the zeroed buffers that Tokenize scans texts shorter than estimateFrom
// into (see Tokenize).
var tokenBufs = sync.Pool{New: func() any { return new(tokenBuf) }}

// tokenBuf is a buffer of tokenBufs: scan, zeroed, which a text is scanned into, and chunk,
// zeroed past its length, whose room the tokens of the short texts scanned into scan are
// copied into, one after the other, until it is full and another is made, and which a text
// is scanned into directly when the room surely holds its tokens; sents is the same for
// their sentences. A chunk costs one allocation where each text's tokens cost one of their own:
// over IndoSum, about a dozen texts a chunk, the allocations of each text's tokens took
// about 1.7% of extraction's time in a CPU profile (runtime.growslice under Tokenize), and
// those of its sentences 0.7%, mostly in refilling the allocator's caches for objects of a
// few kilobytes, a few to a span. Each document's tokens are a slice of the chunk with no
// room past them, so that appending to them copies them out, and its sentences one with
// room for as many as splitSentences may make, which no other document's take; a document
// kept keeps its chunks, chunkTokens tokens and chunkSentences sentences at most, alive.
type tokenBuf struct {
	scan, chunk []Token
	sents       []Sentence
	// ends is the scanner's list of the tokens where a sentence may end (see
	// scanner.ends), kept here so that a text's scanner does not clear 2 KB for it
	ends [maxEnds]int
}

// maxEnds is the number of the tokens where a sentence may end that the scanner lists.
const maxEnds = 256

// chunkSentences is the size of a tokenBuf's chunk of sentences, 20 KB; a text's sentences
// go into it when the room they need is a quarter of it or less.
const chunkSentences = 512

// chunkTokens is the size of a tokenBuf's chunk, 48 KB; a text's tokens go into the chunk
// when they are a quarter of it or fewer (a text of up to some 6 KB of news).
const chunkTokens = 4096

// estimateFrom is the length from which Tokenize counts a text's tokens before it
// allocates them.
const estimateFrom = 64 << 10

// estimateTokens returns about as many tokens as text holds, and mostly no fewer, so that
// the token slice of a long text is allocated once at nearly its final size: a grown slice
// is copied, and while the garbage collector is marking every pointer copied costs a write
// barrier (on 1 MB of dense text, growing took a fifth of the time). It counts the runs of
// letters, digits and other characters outside ASCII, the runs of control bytes (one Symbol
// token), and each punctuation mark, ASCII or from U+2000–U+2FFF (“ ” — …); words with dots
// or hyphens inside ("A.S.", "Hwasong-20") count more than once. Over the IndoSum articles
// it counts 1.04 times their tokens, and never fewer in any one (TestEstimateTokensOnNews).
// It costs about a seventh of the tokenizer's time (BenchmarkEstimateTokens, 1.5 GB/s,
// against BenchmarkTokenize, 0.2 GB/s, on one core), which short texts, where a wrong guess
// is cheap, are spared.
func estimateTokens(text string) int {
	n := 0
	classes := uint(estSpace) // the classes of the last four bytes, three bits each
	for i := 0; i < len(text); i++ {
		classes = (classes<<3 | uint(estClass[text[i]])) & (1<<12 - 1)
		n += int(estStarts[classes])
	}
	return n
}

// byte classes of estimateTokens
const (
	estSpace   = iota // white space: no token
	estWord           // letters, digits, bytes outside ASCII but those below
	estControl        // control bytes, and bytes that are never UTF-8
	estPunct          // ASCII punctuation
	estMark           // the first byte of U+2000–U+2FFF (“ ” — …)
	estCont           // a continuation byte of UTF-8 (0x80–0xBF)
)

// estClass holds each byte's class, and estStarts, indexed by the classes of a byte and of
// the three before it (three bits each, the byte's lowest), whether a token starts at the
// byte: where the class changes to one other than white space, at each punctuation byte and
// mark, and at a word after a mark's three bytes. The continuation bytes of a word's letter
// or of a mark add nothing, so that a mark counts once. The classes of the bytes before are
// read, not a state carried from byte to byte, so that each byte's lookup waits on no other.
var estClass, estStarts = func() (class [256]byte, starts [1 << 12]byte) {
	for c := range 256 {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			class[c] = estSpace
		case c < 0x20 || c == 0x7f || c >= 0xf8:
			class[c] = estControl
		case c == 0xe2:
			class[c] = estMark
		case 0x80 <= c && c < 0xc0:
			class[c] = estCont
		case c >= 0x80 || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			class[c] = estWord
		default:
			class[c] = estPunct
		}
	}
	for k := range starts {
		c, p1, p2, p3 := k&7, k>>3&7, k>>6&7, k>>9&7
		switch c {
		case estPunct, estMark:
			starts[k] = 1
		case estControl:
			starts[k] = b2u8(p1 != estControl)
		case estCont: // a byte that is not UTF-8 after white space or ASCII punctuation
			starts[k] = b2u8(p1 == estSpace || p1 == estPunct)
		case estWord:
			starts[k] = b2u8(p1 != estWord && p1 != estCont || p1 == estCont && p2 == estCont && p3 == estMark)
		}
	}
	return
}()

// b2u8 returns 1 for true and 0 for false.
func b2u8(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// IsSpace reports whether r separates tokens: Unicode white space plus the invisible
// zero-width space, zero-width no-break space (BOM) and soft hyphen.
func IsSpace(r rune) bool {
	if r < 0x80 {
		return asciiClass[r] == cSpace
	}
	return isSpaceRune(r)
}

// isSpaceRune is IsSpace for a rune outside ASCII, apart (and not inlined) so that IsSpace
// is inlined.
//
//go:noinline
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x00AD || r == 0x2060
}

// character classes of ASCII bytes
const (
	cOther  byte = iota // quotes, symbols, control characters: the scanner decides by byte
	cSpace              // space, \t, \n, \v, \f, \r
	cLetter             // a-z A-Z
	cDigit              // 0-9
	cPunct              // . , ; : ! ? ( ) [ ] { } / -
)

var asciiClass [128]byte

func init() {
	for i := range asciiClass {
		c := byte(i)
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			asciiClass[i] = cSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			asciiClass[i] = cLetter
		case '0' <= c && c <= '9':
			asciiClass[i] = cDigit
		case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
			c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '-':
			asciiClass[i] = cPunct
		}
	}
}

type scanner struct {
	text string
	toks []Token
	// newline is set when a line break was skipped since the last token
	newline bool
	// soft holds the offsets of the line breaks still ahead that hard wrapping made (see
	// softWraps), which are read as spaces
	soft []int32
	// brokeLine is set once a token follows a line break
	brokeLine bool
	// open is true while a quotation mark has been opened and not yet closed; it breaks ties
	// for marks whose position does not say which way they face.
	open bool
	// ends holds the indices of the first maxEnds tokens at which a sentence may end (see
	// mayEnd), so that splitSentences need not look at every token; nends counts all of
	// them, and lastEnd is the last one. Its array is the tokenBuf's, or for a long text
	// one of its own.
	ends    []int
	nends   int
	lastEnd int
	// which of the 64 bytes text[winAt:winAt+64], which word reads words from, are stops:
	// bit k of winStops is set when the byte at winAt+k is no ASCII letter or digit, or
	// lies past the end of the text (see classify)
	winAt    int
	winStops uint64
}

// classify returns the stops of the 64 bytes of text from i, the scanner's window (see winStops):
// it classifies them eight at a time, each byte once, so that word finds where each of the
// eight or so words in them ends with a count of zeros. Before, word classified the sixteen
// bytes from each word's start, over twice as many, and its costliest lines were those.
func classify(text string, i int) uint64 {
	var stops uint64
	if w := text[i:]; len(w) >= 64 {
		// each 32 bytes' bits go in at the top, and those before move down; 32, not eight,
		// so that the four groups of eight share alnumBytes's constants, which the
		// compiler loads anew in each pass of the loop
		for k := 0; k < 64; k += 32 {
			alnum0, _ := alnumBytes(swar.Load64(w[k:]))
			alnum1, _ := alnumBytes(swar.Load64(w[k+8:]))
			alnum2, _ := alnumBytes(swar.Load64(w[k+16:]))
			alnum3, _ := alnumBytes(swar.Load64(w[k+24:]))
			stops = stops>>32 | ^(swar.HighMask(alnum0)|swar.HighMask(alnum1)<<8|
				swar.HighMask(alnum2)<<16|swar.HighMask(alnum3)<<24)<<32
		}
	} else {
		// the last bytes of the text, one by one; the bytes past its end are stops
		stops = ^uint64(0) << len(w)
		for k := 0; k < len(w); k++ {
			if c := w[k]; !isASCIILetter(c) && (c < '0' || c > '9') {
				stops |= 1 << k
			}
		}
	}
	return stops
}

// mayEnd notes that a sentence may end at the last token emitted: it is a sentence-final
// mark, a dash, a word ending in a period, or a line break follows it. splitSentences
// looks only at these tokens and the text's last.
func (s *scanner) mayEnd() {
	if k := len(s.toks) - 1; k >= 0 {
		s.endAt(k)
	}
}

// endAt notes that a sentence may end at token k, the last emitted, for mayEnd.
func (s *scanner) endAt(k int) {
	if k == s.lastEnd {
		return
	}
	s.lastEnd = k
	if s.nends < len(s.ends) {
		s.ends[s.nends] = k
	}
	s.nends++
}

// lineBreak notes a line break: the next token starts a new line.
func (s *scanner) lineBreak() {
	s.newline = true
	s.mayEnd()
}

// softBreak reports whether the line break at offset i is one that hard wrapping made.
func (s *scanner) softBreak(i int) bool {
	for len(s.soft) > 0 && int(s.soft[0]) < i {
		s.soft = s.soft[1:]
	}
	return len(s.soft) > 0 && int(s.soft[0]) == i
}

// emit appends the token text[start:end] of kind k and returns it for the caller to
// complete.
func (s *scanner) emit(start, end int, k Kind) *Token {
	if len(s.toks) == cap(s.toks) {
		s.grow()
	}
	return s.put(start, end, k)
}

// grow makes room for at least one more token. The new capacity is what the rest of the
// text will need if it is as dense in tokens as the part already read (text of brackets or
// invalid bytes holds a token a byte, news one per 5.5 bytes), so a text is reallocated
// about once, not a dozen times by a fixed factor.
func (s *scanner) grow() {
	n := len(s.toks)
	done := 1
	if n > 0 {
		done = max(done, int(s.toks[n-1].End))
	}
	want := int(int64(n)*int64(len(s.text))/int64(done)) + n/16 + 16
	want = max(want, n+n/4+16)
	s.toks = slices.Grow(s.toks, want-n)
}

// put is emit once there is room for the token: it writes the token in place (and word
// writes its own the same way).
func (s *scanner) put(start, end int, k Kind) *Token {
	n := len(s.toks)
	// the fields are written in place: copying a whole Token into the slice would go
	// through a bulk write barrier while the garbage collector is marking
	s.toks = s.toks[:n+1]
	t := &s.toks[n]
	t.Start = int32(start)
	t.End = int32(end)
	t.Kind = k
	t.lineBreak = s.newline && n > 0
	s.brokeLine = s.brokeLine || t.lineBreak
	s.newline = false
	return t
}

// decode returns the rune at i and its width; invalid bytes decode as (RuneError, 1).
func (s *scanner) decode(i int) (rune, int) {
	if i >= len(s.text) {
		return -1, 0
	}
	c := s.text[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.text[i:])
}

func isWordRune(r rune) bool {
	if r < 0 {
		return false
	}
	if r < 0x80 {
		c := asciiClass[r]
		return c == cLetter || c == cDigit
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r))
}

func isLetter(r rune) bool {
	if r < 0 {
		return false
	}
	if r < 0x80 {
		return asciiClass[r] == cLetter
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isUpper(r rune) bool {
	if r < 0 {
		return false
	}
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '＂':
		return true
	}
	return false
}

// isJunk reports whether the rune r of width w decoded from the text is a byte that is not
// UTF-8 or a control character other than white space.
func isJunk(r rune, w int) bool {
	return r == utf8.RuneError && w == 1 || r < 0x20 && asciiClass[r] != cSpace || r == 0x7f
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‒' || r == '―' || r == '−'
}

func (s *scanner) run() {
	text := s.text
	i := 0
	for i < len(text) {
		// the common cases first, without decoding: a space, a word starting with an ASCII
		// letter or digit, ASCII punctuation
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				if c == '\n' && !s.softBreak(i) {
					s.lineBreak()
				}
				i++
				continue
			case cLetter, cDigit:
				i = s.word(i)
				continue
			case cPunct:
				switch c {
				case '.', '!', '?':
					i = s.terminal(i)
					continue
				case '-':
					// a dash, below
				default:
					s.emit(i, i+1, Punct)
					i++
					continue
				}
			}
		}
		// Here r is a character outside ASCII, or an ASCII byte of class cOther, or '-':
		// ASCII spaces, letters, digits and the other punctuation were taken above. The
		// marks come first, quotation marks the commonest of them: none is white space, a
		// letter, a digit or a combining mark, which cost lookups in Unicode's tables.
		r, w := s.decode(i)
		switch {
		case r == '#' || r == '@':
			i = s.tag(i, r)
		case isQuoteRune(r):
			i = s.quote(i, w)
		case r == '…':
			i = s.terminal(i)
		case isDash(r):
			j := i + w
			// a run of the same dash (-- or ——) is one token
			for {
				r2, w2 := s.decode(j)
				if r2 != r {
					break
				}
				j += w2
			}
			s.emit(i, j, Punct)
			s.mayEnd()
			i = j
		case r == '*':
			j := i + 1
			for j < len(text) && text[j] == '*' {
				j++
			}
			s.emit(i, j, Symbol)
			i = j
		case r >= 0x80 && IsSpace(r):
			if r == 0x2028 || r == 0x2029 || r == 0x85 {
				s.lineBreak() // line and paragraph separators
			}
			i += w
		case isWordRune(r):
			i = s.wordGeneral(i)
		case r >= 0x80 && r != utf8.RuneError && unicode.IsPunct(r):
			s.emit(i, i+w, Punct)
			i += w
		case isJunk(r, w):
			// a run of bytes that are not UTF-8 and of control characters is one symbol,
			// so that binary junk costs a token a run, not a token a byte
			j := i + w
			for j < len(text) {
				r2, w2 := s.decode(j)
				if !isJunk(r2, w2) {
					break
				}
				j += w2
			}
			s.emit(i, j, Symbol)
			i = j
		default:
			s.emit(i, i+w, Symbol)
			i += w
		}
	}
}

// terminal scans a run of sentence-final marks: ".", "...", "…", "!!", "?!".
func (s *scanner) terminal(i int) int {
	j := i
	for {
		r, w := s.decode(j)
		if r != '.' && r != '…' && r != '!' && r != '?' {
			break
		}
		j += w
	}
	s.emit(i, j, Punct)
	s.mayEnd()
	return j
}

// tag scans #hashtag or @mention; a lone # or @ is a symbol.
func (s *scanner) tag(i int, r rune) int {
	j := i + 1
	for j < len(s.text) {
		r2, w2 := s.decode(j)
		if !isWordRune(r2) && r2 != '_' {
			break
		}
		j += w2
	}
	if j == i+1 {
		s.emit(i, j, Symbol)
		return j
	}
	// @user.name: dots inside a handle
	if r == '@' {
		for j+1 < len(s.text) && s.text[j] == '.' && isWordRune(rune(s.text[j+1])) && s.text[j+1] < 0x80 {
			j += 2
			for j < len(s.text) && s.text[j] < 0x80 && (isWordRune(rune(s.text[j])) || s.text[j] == '_') {
				j++
			}
		}
	}
	k := Hashtag
	if r == '@' {
		k = Mention
	}
	s.emit(i, j, k)
	return j
}

// quote emits a quotation mark, deciding by position whether it opens or closes.
// An apostrophe inside a word never gets here (see word).
func (s *scanner) quote(i, w int) int {
	if c := s.text[i]; (c == '`' || c == '\'') && i+1 < len(s.text) && s.text[i+1] == c {
		w = 2 // `` and '' written for “ and ”
	}
	before := rune(' ')
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(s.text[:i])
	}
	after, _ := s.decode(i + w)
	if s.text[i] == '"' && w == 1 && isLetter(before) && isLetter(after) && apostropheLike(s.text, i) {
		// a straight double mark between two letters stands for an apostrophe, as some
		// outlets' feeds write it ("Jum\"at", "N\"Zonzi", "Ballon d\"Or"): no quotation mark
		s.emit(i, i+w, Punct)
		return i + w
	}
	spaceBefore := IsSpace(before) || before == '(' || before == '[' || before == '{' || isDash(before) || before == '/'
	spaceAfter := after == -1 || IsSpace(after) || after == ')' || after == ']' ||
		(after < 0x80 && asciiClass[after] == cPunct && after != '(' && after != '[' && after != '-')
	var k Kind
	switch {
	case spaceBefore && !spaceAfter:
		k = OpenQuote
	case !spaceBefore && spaceAfter:
		k = CloseQuote
	case isQuoteRune(before) && !spaceAfter:
		// "“‘" a nested opener right after an opener
		k = OpenQuote
	case s.open:
		k = CloseQuote
	default:
		k = OpenQuote
	}
	s.open = k == OpenQuote
	s.emit(i, i+w, k)
	return i + w
}

// apostropheLike reports whether the straight double mark at i, between two letters, stands
// for an apostrophe: one letter before it ("N\"Zonzi", "d\"Or") or two letters or fewer after
// it ("Jum\"at"), not a quote glued to the word before ("bahwa\"peran utamanya …\"").
func apostropheLike(text string, i int) bool {
	b := i
	for b > 0 && b > i-2 && isASCIILetter(text[b-1]) {
		b--
	}
	if i-b == 1 && (b == 0 || !isASCIILetter(text[b-1])) {
		return true
	}
	a := i + 1
	for a < len(text) && a < i+4 && isASCIILetter(text[a]) {
		a++
	}
	return a-(i+1) <= 2
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// word scans and emits the word or number that starts at i with an ASCII letter or digit,
// with its Indonesian joins, or a URL or e-mail address; then, while a single space
// separates them, the words that follow it. It returns the end of the last word, or of
// the one space after it.
//
// Most words are a run of fewer than sixteen ASCII letters or digits followed by a space,
// by punctuation that joins nothing or, after a word, by a comma. word has scanWords read
// these, and leaves the others to wordGeneral.
func (s *scanner) word(i int) int {
	text := s.text
	// the tokens are written in place into the zeroed room past them (see put): toks[k]
	// is the next
	first := len(s.toks)
	toks, k := s.toks[:cap(s.toks)], first
	// the words go on while i <= last: while sixteen bytes or more are left, and room for
	// a word's token and a period; a word's tokens take no more room than the bytes i
	// moves by past them, since it moves past a space too
	last := min(len(text)-16, i+len(toks)-first-2)
	if i > last {
		return s.wordGeneral(i)
	}
	// stops are the window's bits from i on (see winStops); the bits shifted in at the
	// top are 0, as if those bytes were letters, so that a run that reaches them reaches
	// the end of what is known and has the window read again at i
	var stops uint64
	if off := uint(i - s.winAt); off < 64 {
		stops = s.winStops >> off
	}
	near := text[:last+16] // the text as far as scanWords reads (the window is all text's)
	var why wordsEnd
	for {
		k, i, stops, why = scanWords(near, toks, k, i, stops)
		if why == readWindow {
			if stops = classify(text, i); stops == 0 {
				why = generalWord // a run of 64 letters and digits or more
				break
			}
		} else if why == afterPeriod {
			s.endAt(k - 1) // a sentence may end at the period
		} else {
			break
		}
	}
	s.winAt, s.winStops = i, stops
	if k > first {
		// what put does: the first token follows any line break noted before it
		toks[first].lineBreak = s.newline && first > 0
		s.brokeLine = s.brokeLine || toks[first].lineBreak
		s.newline = false
	}
	s.toks = toks[:k]
	if why == generalWord {
		return s.wordGeneral(i)
	}
	return i
}

// wordsEnd says why scanWords stopped.
type wordsEnd uint8

const (
	// atOther: at something other than a word after a space, or near the end of the text or
	// of the room for tokens (past last)
	atOther wordsEnd = iota
	// generalWord: at a word that wordGeneral is to read
	generalWord
	// afterPeriod: after a word's period that may end a sentence, the last token written
	afterPeriod
	// readWindow: at the end of the window's stops, which are to be read again from i
	readWindow
)

// scanWords is word's loop: it writes the tokens of the words and numbers from i on into
// toks from toks[k] on, as long as each is a run of fewer than sixteen ASCII letters or
// digits that nothing joins to what follows it, and a single space separates them. It
// returns the next token's index, the offset it stopped at, the window's stops from there
// (stops are those from i; when they run out, word reads them again with classify and
// calls again, since a call in the loop had the compiler keep two of its values on the
// stack) and why it stopped (see wordsEnd). It goes on while sixteen bytes of text or more are
// left; word ends the text where there is room for the tokens.
//
// Its first branch takes the commonest word of all, a run of letters (and digits after them)
// that begins with none of the bytes of rareStart and that a space follows, with any clitic
// (suffixLen, inlined). The others take the branch after it. scanWords is a function of its own, on its
// arguments alone, not a loop inside word, so that the compiler keeps its values in
// registers: inside word, with the scanner's fields about, they went to the stack and back
// for every word.
func scanWords(text string, toks []Token, k, i int, stops uint64) (int, int, uint64, wordsEnd) {
	last := len(text) - 16 // the last offset with sixteen bytes from it
	for i <= last {
		if stops == 0 {
			return k, i, stops, readWindow
		}
		n := bits.TrailingZeros64(stops)
		if uint(n-1) >= 15 { // (one test for both)
			if n == 0 {
				break // after a space, something other than a word: back to run
			}
			return k, i, stops, generalWord // a long word, of sixteen bytes or more
		}
		w := text[i:][:16] // the run and the byte after it
		c := w[n]
		if c == ' ' && !rareStart[w[0]] {
			t := &toks[k]
			t.Start, t.End, t.Kind = int32(i), int32(i+n), Word
			// (as in clitics, words shorter than five bytes are ruled out by a mask, not a
			// branch, and the last three bytes are looked up at once: a branch on the
			// length, or one on the last byte alone, which rules out half of the words,
			// ran fewer instructions but took some tenth longer, mispredicted often)
			if n >= 3 {
				if m := cliticsAt(w[n-3], w[n-2], w[n-1]) & uint8((4-n)>>63); m != 0 {
					t.Suffix = cliticLen(w[:n], m)
				}
			}
			k++
			stops >>= (n + 1) & 63
			i += n + 1
			continue
		}
		// a run that begins with a letter is a word, and one of digits alone a number
		j := i + n
		kind, end := Word, endsWord
		if w[0] <= '9' && digitsOnly(w[:n]) {
			kind, end = Number, endsNumber
		}
		// c, the byte after the run, must end the word or number for good, or be a period
		// before white space that is not an abbreviation's (final); the Rp of Rp1.000
		// begins a number (see joinedWord)
		final := false
		if runEnds[c]&end == 0 {
			final = c == '.' && j+1 < len(text) && text[j+1] < utf8.RuneSelf && asciiClass[text[j+1]] == cSpace &&
				!(kind == Word && mayBeAbbrev(w[:n]) && periodBelongs(w[:n], 0))
			if !final {
				return k, i, stops, generalWord
			}
		}
		if w[0] == 'R' && (w[1] == 'p' || w[1] == 'P') && isDigit(rune(w[2])) {
			return k, i, stops, generalWord
		}
		t := &toks[k]
		t.Start, t.End, t.Kind = int32(i), int32(j), kind
		if kind == Word {
			if w[0] == 'k' {
				t.Prefix = prefixLen(w[:n])
			}
			if n >= 3 { // suffixLen, inlined
				if m := clitics(w[:n]); m != 0 {
					t.Suffix = cliticLen(w[:n], m)
				}
			}
		}
		k++
		if final {
			// the period, as terminal would emit it; word notes that a sentence may end
			// there, and calls again after it, past the white space that follows it if
			// that is one space
			toks[k].Start, toks[k].End, toks[k].Kind = int32(j), int32(j+1), Punct
			k++
			j++
			if text[j] == ' ' {
				j++
			}
			return k, j, stops >> ((j - i) & 63), afterPeriod
		}
		// the window moves past the word, and its mark and the space after them if any
		// (fewer than 18 bytes: the mask spares each shift its test for 64 or more)
		if c != ' ' {
			// a comma, semicolon or closing parenthesis after the word, which ends it for
			// good, is a mark of its own, as run would emit it; a space mostly follows it
			if c == ',' || c == ';' || c == ')' {
				toks[k].Start, toks[k].End, toks[k].Kind = int32(j), int32(j+1), Punct
				k++
				j++
				c = 0
				if j < len(text) {
					c = text[j]
				}
			}
			if c != ' ' {
				return k, j, stops >> ((j - i) & 63), atOther
			}
		}
		// the space that follows nearly every word
		stops >>= (j + 1 - i) & 63
		i = j + 1
	}
	return k, i, stops, atOther
}

// rareStart marks the bytes that a run of ASCII letters and digits may begin with and
// that word's commonest case does not handle: a digit (the run may be a number), R (the Rp
// of Rp1.000) and k (a proclitic, ku- or kau-; see prefixLen).
var rareStart = func() (t [256]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	t['R'], t['k'] = true, true
	return t
}()

// The bits of runEnds.
const (
	endsNumber uint8 = 1 << iota // the byte ends a number for good
	endsWord                     // the byte ends a word for good
)

// digitsOnly reports whether w, a run of ASCII letters and digits, holds digits alone.
func digitsOnly(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] > '9' {
			return false
		}
	}
	return true
}

// runEnds says which runs of ASCII letters and digits the byte after them ends for good:
// the bytes that do not join words (see joinsWords), except a number's %, and a comma after
// a word, since a comma joins only digits.
var runEnds = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if !joinsWords[c] && c != '%' {
			t[c] = endsNumber | endsWord
		}
	}
	t[','] |= endsWord
	return t
}()

// wordGeneral is word for any word or number starting at i; it returns the word's end.
func (s *scanner) wordGeneral(i int) int {
	text := s.text
	n, letter := 16, false
	if len(text)-i >= 16 {
		// The next sixteen bytes are classified here, without a call and without a branch
		// on where in them the run ends, which would often be mispredicted. (As a function,
		// run16, they cost 6% of the tokenizer's speed, since the compiler does not inline
		// them; word reads its runs from a window instead, see classify.)
		alnum0, letters0 := alnumBytes(swar.Load64(text[i:]))
		alnum1, letters1 := alnumBytes(swar.Load64(text[i+8:]))
		stop0, stop1 := ^alnum0&swar.HighBits, ^alnum1&swar.HighBits
		// z0 is 64 when the run goes past the first eight bytes; then past is all ones
		z0, z1 := bits.TrailingZeros64(stop0), bits.TrailingZeros64(stop1)
		past := -uint64(z0 >> 6)
		n = z0>>3 + z0>>6*(z1>>3)
		// stop&-stop - 1 keeps the bits of the bytes before the first stop, all if none
		letter = letters0&(stop0&-stop0-1)|letters1&(stop1&-stop1-1)&past != 0
	}
	if n == 16 {
		// a long word, or one near the end of the text
		n, letter = alnumRun(text[i:])
	}
	j := i + n
	kind := Word
	if !letter {
		kind = Number
	}
	if j < len(text) && !plainEnd[text[j]] || text[i] == 'R' {
		switch {
		case !letter || text[i] == 'R':
			// numbers join with commas, periods and more; Rp1.000
			j, kind = s.joinedWord(i)
		case text[j] == ',':
			// a comma joins only digits
		case text[j] == '.' && (j+1 == len(text) || text[j+1] < utf8.RuneSelf && asciiClass[text[j+1]] == cSpace):
			// a period before a space joins nothing, but may belong to the word
			if periodBelongs(text[i:j], 0) {
				j++
			}
		default:
			if e := smallHyphened(text, i, j); e > j {
				j = e // the common hyphenated word, without joinedWord's search
			} else {
				j, kind = s.joinedWord(i)
			}
		}
	}
	t := s.emit(i, j, kind)
	if kind == Word {
		t.Suffix = suffixLen(text[i:j])
		if text[i] == 'k' {
			t.Prefix = prefixLen(text[i:j])
		}
		if text[j-1] == '.' {
			s.mayEnd() // an abbreviation's period may end a sentence
		}
	}
	return j
}

// smallHyphened returns the end of a word that joinedWord would find at i, when it is a
// run of ASCII letters and digits that begins with a small letter, ending at j, a hyphen
// at j, and a second such run that a space ends: "rumah-rumah", "sehari-hari", "pasca-pemilu".
// Neither run has a capital to begin a dateline or a name (datelineWord, titleWordAt), and
// the word has no period or @ to begin a domain or an address (special), so the hyphen
// joins them and nothing else does. It returns j for any other word.
func smallHyphened(text string, i, j int) int {
	if text[j] != '-' || text[i]-'a' >= 26 || j+1 >= len(text) || text[j+1]-'a' >= 26 {
		return j
	}
	n, _ := alnumRun(text[j+1:])
	if e := j + 1 + n; e < len(text) && text[e] == ' ' {
		return e
	}
	return j
}

// plainEnd marks the ASCII bytes that end a word or number for good: those that do not join
// words (see joinsWords), and not a number's %.
var plainEnd = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !joinsWords[c] && c != '%'
	}
	return t
}()

// joinedWord is word's general case, for the words and numbers that may go on past their
// first run of ASCII letters and digits: it scans the one at i with all its joins and
// returns its end and kind (Word or Number, or URL or Email when one starts at i).
func (s *scanner) joinedWord(i int) (int, Kind) {
	text := s.text
	j := i
	// Rp1.000: the currency prefix glued to a number
	rp := len(text) >= i+3 && (text[i:i+2] == "Rp" || text[i:i+2] == "RP") && isDigit(rune(text[i+2]))
	if rp {
		j = i + 2
	}
	allDigits := true // digits and number separators only, after any Rp prefix
	segStart := i     // start of the current alphanumeric segment
	periods := 0      // internal periods (S.H, a.n, U.S)
	for {
		// alphanumeric run: ASCII letters and digits by alnumRun, other characters decoded
		for j < len(text) {
			n, letter := alnumRun(text[j:])
			j += n
			if letter {
				allDigits = false
			}
			if j >= len(text) || text[j] < utf8.RuneSelf {
				break
			}
			r, w := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			allDigits = false // no character beyond ASCII counts as a digit
			j += w
		}
		if j >= len(text) {
			break
		}
		c := text[j]
		if !joinsWords[c] {
			break // most words end at a space or plain punctuation
		}
		if j+1 < len(text) && segStart == i && (c == '.' || c == '@' || c == ':' || c == '_' || c == '+' || c == '-') &&
			text[j+1] < utf8.RuneSelf && asciiClass[text[j+1]] != cSpace && text[i] < utf8.RuneSelf {
			// the first segment may begin a URL, e-mail address or domain
			if e, k := s.special(i); e > i {
				return e, k
			}
		}
		next, _ := s.decode(j + 1)
		prev, _ := utf8.DecodeLastRuneInString(text[:j])
		switch {
		case c == '-' && isWordRune(next):
			if segStart == i && datelineWord(text, i, j) {
				break // "INGGRIS-Arsenal hanya …", "Rimanews-Indonesia menempati …"
			}
			if titleWordAt(text, segStart) && j-segStart >= 3 && asideWordAt(text, j+1) {
				break // "Premier League-kasta teratas Liga Inggris-di Stadion …"
			}
			if allDigits && isDigit(next) && !dateAhead(text, i) {
				break // a range: 30-35, 2019-2024
			}
			allDigits = allDigits && isDigit(prev) && isDigit(next)
			j++
			segStart = j
			continue
		case (c == '.' || c == ',') && isDigit(prev) && isDigit(next) && allDigits:
			j++
			segStart = j
			continue
		case c == '/' && isDigit(prev) && isDigit(next) && numericOrRoman(text[segStart:j]):
			j++
			segStart = j
			continue
		case (c == '\'' || strings.HasPrefix(text[j:], "’")) && isLetter(prev) && isLetter(apostropheNext(s, j)):
			// Ma'ruf, Qur’an, Jum'at
			if c == '\'' {
				j++
			} else {
				j += 3
			}
			allDigits = false
			continue
		case c == '.' && isLetter(prev) && isLetter(next) && j-segStart <= 3 && abbrevChainAhead(text, j+1):
			// S.H., M.Si., a.n., U.S., Ph.D.
			j++
			segStart = j
			periods++
			allDigits = false
			continue
		case c == '.' && periods > 0 && j-segStart == 1 && 'A' <= prev && prev <= 'Z' && lastInitialAhead(text, j+1):
			// a chain of capitals whose last has no period: "T.O.P", "U.S.A", "B.A.P"
			j += 2
			periods++
			allDigits = false
			segStart = j
		case c == '.' && j-i == 1 && 'A' <= prev && prev <= 'Z' && degreeAhead(text, j+1):
			// an academic degree written without its last period: "M.Kes", "S.Pd", "M.Si"
			j++
			segStart = j
			periods++
			allDigits = false
			continue
		case c == '.' && j-i == 2 && text[i:j] == "Sp" && 'A' <= next && next <= 'Z':
			// a medical specialist's title: "Sp.A", "Sp.PD", "Sp.M(K)"
			j++
			segStart = j
			periods++
			allDigits = false
			continue
		}
		break
	}
	if j-i >= 4 && text[i:i+3] == "Sp." && strings.HasPrefix(text[j:], "(K)") {
		j += 3 // the consultant's mark: "Sp.M(K)", "Sp.OG(K)"
	}
	kind := Word
	word := text[i:j]
	if allDigits {
		kind = Number
	}
	// a trailing % on a number
	if kind == Number && j < len(text) && text[j] == '%' {
		j++
	}
	// a trailing period that belongs to the word, unless it begins an ellipsis
	if kind == Word && j < len(text) && text[j] == '.' && !(j+1 < len(text) && text[j+1] == '.') && periodBelongs(word, periods) {
		j++
	}
	return j, kind
}

// alnumRun returns the length of the run of ASCII letters and digits that begins s, and
// whether the run holds a letter.
func alnumRun(s string) (n int, letter bool) {
	// eight bytes at a time while eight remain
	for len(s)-n >= 8 {
		alnum, letters := alnumBytes(swar.Load64(s[n:]))
		if stop := ^alnum & swar.HighBits; stop != 0 {
			before := stop&-stop - 1 // the bits of the bytes before the first stop
			return n + bits.TrailingZeros64(stop)/8, letter || letters&before != 0
		}
		letter = letter || letters != 0
		n += 8
	}
	for ; n < len(s); n++ {
		c := s[n]
		if 'a' <= c|0x20 && c|0x20 <= 'z' {
			letter = true
		} else if c < '0' || c > '9' {
			break
		}
	}
	return n, letter
}

// alnumBytes classifies the eight bytes of v at once. In each result a byte's highest bit is
// set when the byte is an ASCII letter or digit (alnum) or an ASCII letter (letters); all
// other bits are 0. The ASCII range tests read the highest bit of each 7-bit byte x added
// to a constant and subtracted from one, which no carry or borrow can cross: x+(0x80-lo)
// reaches 0x80 exactly when x >= lo, and (0x80+hi)-x exactly when x <= hi. Of the letters
// and digits, the letters are those with the bit 0x40.
func alnumBytes(v uint64) (alnum, letters uint64) {
	t := v &^ swar.HighBits    // the low seven bits of each byte
	l := t | 0x20*swar.LowBits // A-Z folded onto a-z; nothing else lands there
	alnum = ((l+(0x80-'a')*swar.LowBits)&((0x80+'z')*swar.LowBits-l) |
		(t+(0x80-'0')*swar.LowBits)&((0x80+'9')*swar.LowBits-t)) &^ v & swar.HighBits
	return alnum, alnum & (v << 1)
}

// mayBeAbbrev reports whether periodBelongs(w, 0) may hold for a run w of ASCII letters and
// digits: whether w is a single letter, or some abbreviation has its length and first
// letter (see abbrevClass).
func mayBeAbbrev(w string) bool {
	// a shift by 32 or more, as for a first byte that is a digit, gives 0
	return len(w) == 1 || len(w) <= 8 && abbrevStarts[len(w)]&(1<<(w[0]|0x20-'a')) != 0
}

// periodBelongs reports whether a period after word, which holds the given number of inner
// periods, belongs to it: chains (S.H.), known abbreviations, initials.
func periodBelongs(word string, periods int) bool {
	return periods > 0 || abbrevClass(word) != notAbbrev || isInitial(word)
}

// joinsWords marks the bytes that may join two parts of one token: hyphens, number and
// abbreviation periods, commas and slashes, apostrophes (' and the first byte of ’), and
// the characters of e-mail addresses and URLs.
var joinsWords = func() (t [256]bool) {
	for _, c := range []byte("-.,/'@:_+\xe2") {
		t[c] = true
	}
	return t
}()

// apostropheNext returns the rune after the apostrophe at j (' or ’).
func apostropheNext(s *scanner, j int) rune {
	if s.text[j] == '\'' {
		r, _ := s.decode(j + 1)
		return r
	}
	r, _ := s.decode(j + 3)
	return r
}

// dateAhead reports whether a date written with hyphens (17-8-1945) starts at i.
func dateAhead(text string, i int) bool {
	parts, n := 0, 0
	for j := i; j <= len(text); j++ {
		if j < len(text) && text[j] >= '0' && text[j] <= '9' {
			n++
			continue
		}
		if n == 0 || n > 4 {
			return false
		}
		parts++
		if parts == 3 {
			return n == 2 || n == 4
		}
		if j >= len(text) || text[j] != '-' || n > 2 {
			return false
		}
		n = 0
	}
	return false
}

// numericOrRoman accepts a date part (13, 10) or a roman quarter (II in II/2007).
func numericOrRoman(w string) bool {
	if w == "" {
		return false
	}
	digits, roman := true, true
	for k := 0; k < len(w); k++ {
		c := w[k]
		digits = digits && c >= '0' && c <= '9'
		roman = roman && (c == 'I' || c == 'V' || c == 'X')
	}
	return digits || roman
}

// abbrevChainAhead reports whether text[j:] continues an abbreviation chain: up to three
// letters and then a period (the "H." of S.H., the "Si." of M.Si.).
func abbrevChainAhead(text string, j int) bool {
	n := 0
	for j < len(text) && n <= 3 {
		c := text[j]
		if c == '.' {
			return n > 0
		}
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
		j++
		n++
	}
	return false
}

// lastInitialAhead reports whether the text at j is the last letter of a chain of capitals
// written without its period: a capital, then the text's end, white space or a mark that
// ends a word for good (the "P" of "T.O.P dirawat", "T.O.P,").
func lastInitialAhead(text string, j int) bool {
	if j >= len(text) || text[j] < 'A' || text[j] > 'Z' {
		return false
	}
	if j+1 == len(text) {
		return true
	}
	c := text[j+1]
	return c < utf8.RuneSelf && (asciiClass[c] == cSpace || strings.IndexByte(",;:)!?\"", c) >= 0)
}

// degreeAhead reports whether the text at j is the rest of an academic degree after its
// first letter and period: a capital and one to three small letters, then no letter
// ("Kes" of "M.Kes", "Pd" of "S.Pd", "Si" of "M.Si").
func degreeAhead(text string, j int) bool {
	if j >= len(text) || text[j] < 'A' || text[j] > 'Z' {
		return false
	}
	n := 0
	for k := j + 1; k < len(text) && n <= 3; k++ {
		c := text[k]
		if c >= 'a' && c <= 'z' {
			n++
			continue
		}
		return n >= 1 && n <= 3 && !('A' <= c && c <= 'Z') && c < utf8.RuneSelf
	}
	return false
}

// isInitial reports whether w is a single upper-case letter (the "A" of "A. Rahman").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isUpper(r)
}

// special recognises URLs, e-mail addresses and domain names at i. It returns the end and
// kind, or (i, 0) when none starts there.
func (s *scanner) special(i int) (int, Kind) {
	text := s.text
	c := text[i]
	if c >= 0x80 {
		return i, 0
	}
	rest := text[i:]
	if hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.") {
		return urlEnd(text, i), URL
	}
	// scan an ASCII run of [A-Za-z0-9._%+-@] and decide
	j := i
	at := -1
	dot := false // whether the run holds a period, without which it holds no domain
	// e-mail addresses and domain names are short: bounding the look-ahead keeps long runs
	// of dotted text linear
	limit := min(len(text), i+320)
	for j < limit {
		n, _ := alnumRun(text[j:limit])
		if j += n; j >= limit {
			break
		}
		b := text[j]
		if b == '.' || b == '-' || b == '_' || b == '+' {
			dot = dot || b == '.'
			j++
			continue
		}
		if b == '@' && at < 0 {
			at = j
			j++
			continue
		}
		break
	}
	if at > i {
		if end := domainEnd(text, at+1, j); end > at+1 {
			return end, Email
		}
		return i, 0
	}
	// a domain's labels are joined by periods: a run without one, as most hyphenated
	// words are, is none
	if !dot {
		return i, 0
	}
	if end := domainEnd(text, i, j); end > i {
		// a bare domain, with an optional path
		if end < len(text) && text[end] == '/' {
			return urlEnd(text, i), URL
		}
		return end, URL
	}
	return i, 0
}

// domainEnd returns the end of a domain name (labels joined by dots, ending in a known
// top-level domain) starting at i and lying within text[i:limit], or i when there is none.
func domainEnd(text string, i, limit int) int {
	end := i
	labels := 0
	j := i
	for j < limit {
		k := j
		for k < limit && (asciiClass[text[k]] == cLetter || asciiClass[text[k]] == cDigit || text[k] == '-' || text[k] == '_') {
			k++
		}
		if k == j {
			break
		}
		labels++
		if h := strings.IndexByte(text[j:k], '-'); labels >= 2 && h > 0 && isTLD(text[j:j+h]) && (titleWordAt(text, j+h+1) || capsWordAt(text, j+h+1) && j-i > 3) {
			// an outlet's dateline glued to the first word: "Merdeka.com-Pemain baru …",
			// "JUARA.NET-Sebanyak 12 laga …", "Suara.com-PKS mengumpulkan …" (before a word
			// in capitals, an outlet's name of three letters or more: not an agency's
			// reporter's code, "(T.KR-ADW / H013)")
			return j + h
		}
		if labels >= 2 && isTLD(text[j:k]) {
			end = k
		}
		if k < limit && text[k] == '.' && k+1 < limit && asciiClass[text[k+1]] != cSpace {
			j = k + 1
			continue
		}
		break
	}
	return end
}

// titleWordAt reports whether a word written with a capital and then a small letter starts
// at i: "Pemain", "Sebanyak".
func titleWordAt(text string, i int) bool {
	return i+1 < len(text) && 'A' <= text[i] && text[i] <= 'Z' && 'a' <= text[i+1] && text[i+1] <= 'z'
}

// capsWordAt reports whether a word of two capitals or more starts at i: "PKS", "KT".
func capsWordAt(text string, i int) bool {
	return i+1 < len(text) && 'A' <= text[i] && text[i] <= 'Z' && 'A' <= text[i+1] && text[i+1] <= 'Z'
}

// asideWordAt reports whether a word at i, after a hyphen glued to a capitalised word, is
// one of the Indonesian words that open or follow an aside set off by dashes written
// without spaces, and so no part of the name before the dash: "Premier League-kasta
// teratas Liga Inggris-di Stadion Old Trafford", "Henry Potter-juga dikenal …", "The
// Blues-julukan Chelsea-gagal menjauh". These are no syllables of Korean names ("Ji-hyun")
// nor halves of a doubled word ("Bangsa-bangsa"); "yang" is left out, as it is a syllable
// of Chinese and Korean names too.
func asideWordAt(text string, i int) bool {
	k := i
	for k < len(text) && 'a' <= text[k] && text[k] <= 'z' {
		k++
	}
	if k < len(text) && (isWordRune(rune(text[k])) || text[k] == '-') {
		return false
	}
	switch text[i:k] {
	case "juga", "sejak", "kasta", "julukan", "di", "dari", "dengan", "setelah",
		"akan", "hanya", "gagal", "dalam", "pada", "untuk", "yakni", "yaitu", "adalah", "merupakan":
		return true
	}
	return false
}

// datelineWord reports whether text[i:j], the first part of a hyphenated word, is a
// dateline glued to the word after the hyphen at j, as scraped news starts a text or a
// paragraph: a place in capitals ("INGGRIS-Arsenal", "SPANYOL-Real Madrid") or an outlet
// named …news ("Rimanews-Indonesia"), before a capitalised word. "PDI-Perjuangan",
// "Kevin-Prince" and "Go-Jek" stay one word.
func datelineWord(text string, i, j int) bool {
	if j-i < 4 || !titleWordAt(text, j+1) || !paragraphStart(text, i) {
		return false
	}
	if len(text[i:j]) > 4 && strings.EqualFold(text[j-4:j], "news") {
		return true
	}
	for k := i; k < j; k++ {
		if text[k] < 'A' || text[k] > 'Z' {
			return false
		}
	}
	return true
}

// paragraphStart reports whether i is the text's first byte or the first after a line
// break, or follows on its line only the rest of a dateline: words in capitals, outlets'
// domains, commas and spaces ("JUARA.NET, KUALA LUMPUR-Tim …").
func paragraphStart(text string, i int) bool {
	// look back at most 61 bytes, so that a text without line breaks costs no more
	// per word than one with them
	from := max(0, i-61)
	line := strings.LastIndexByte(text[from:i], '\n') + 1 + from
	if i-line > 60 || line == from && from > 0 {
		return false // no line break within 60 bytes
	}
	for _, w := range strings.FieldsFunc(text[line:i], func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == '\r' }) {
		if strings.IndexByte(w, '.') >= 0 {
			continue // an outlet's domain: "JUARA.NET", "Kompas.com"
		}
		for k := 0; k < len(w); k++ {
			if w[k] < 'A' || w[k] > 'Z' {
				return false
			}
		}
	}
	return true
}

var tlds = map[string]bool{
	"com": true, "id": true, "org": true, "net": true, "co": true, "go": true, "ac": true,
	"info": true, "io": true, "gov": true, "edu": true, "tv": true, "news": true, "me": true,
	"uk": true, "au": true, "sg": true, "my": true, "jp": true, "kr": true, "cn": true, "ru": true,
	"de": true, "fr": true, "int": true, "eu": true, "biz": true, "web": true, "app": true, "ai": true,
	"in": true, "ph": true, "th": true, "vn": true, "nl": true, "us": true, "ca": true, "ly": true,
}

// isTLD reports whether label, in any case, is one of tlds.
func isTLD(label string) bool {
	var buf [4]byte // as long as the longest of tlds, all of which are ASCII letters
	if len(label) > len(buf) || len(label) == 0 || label[0]|0x20 < 'a' || label[0]|0x20 > 'z' {
		return false
	}
	return tlds[string(AppendLower(buf[:0], label))]
}

// AppendLower appends s to dst with its ASCII capitals in lowercase; other bytes are
// copied as they are. It is the lowercasing every stage uses for lookup keys of ASCII text.
func AppendLower(dst []byte, s string) []byte {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// urlEnd returns the end of a URL starting at i: up to white space, without trailing
// punctuation or an unbalanced closing bracket.
func urlEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if IsSpace(r) || r == utf8.RuneError || isQuoteRune(r) || r == '<' || r == '>' {
			break
		}
		j += w
	}
	for j > i {
		c := text[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' {
			j--
			continue
		}
		break
	}
	return j
}
