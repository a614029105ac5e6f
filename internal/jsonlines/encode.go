package jsonlines

import (
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/swar"
)

// AppendDocument appends the JSON object of one document, on one line and ended by "\n":
//
//	{"file":FILE,"id":ID,"entities":[{"type","text","start","end","id","name","role","country","source"}…],
//	 "quotes":[{"text","start","end","cue","speaker":null|{"text","start","end","name","id","type"}}…],
//	 "unicase":true,"wrapped":true,"flat":true}
//
// id is left out when empty, unicase unless the text was read as text of one case, wrapped
// unless it was read as hard-wrapped (tokenize.Document.Wrapped), and flat unless its
// paragraphs were put back (tokenize.Document.Flat); id is any JSON
// value and is written without its insignificant white space. Every other key is always present, and entities and quotes are arrays, never
// null, so that other tools need no special cases. The bytes are those encoding/json's
// Encoder writes for the same fields with SetEscapeHTML(false).
func AppendDocument(dst []byte, file string, id []byte, d *entity.Document) []byte {
	dst = append(dst, `{"file":`...)
	dst = AppendString(dst, file)
	if len(id) > 0 {
		dst = append(dst, `,"id":`...)
		dst = AppendCompact(dst, id)
	}
	dst = append(dst, `,"entities":[`...)
	for i := range d.Entities {
		e := &d.Entities[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"type":`...)
		dst = appendType(dst, e.Type)
		dst = append(dst, `,"text":`...)
		dst = AppendString(dst, e.Text)
		dst = append(dst, `,"start":`...)
		dst = appendInt(dst, e.Start)
		dst = append(dst, `,"end":`...)
		dst = appendInt(dst, e.End)
		dst = append(dst, `,"id":`...)
		dst = AppendString(dst, e.ID)
		dst = append(dst, `,"name":`...)
		dst = AppendString(dst, e.Name)
		dst = append(dst, `,"role":`...)
		dst = AppendString(dst, e.Role)
		dst = append(dst, `,"country":`...)
		dst = AppendString(dst, e.Country)
		dst = append(dst, `,"source":`...)
		dst = AppendString(dst, e.Source)
		dst = append(dst, '}')
	}
	dst = append(dst, `],"quotes":[`...)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"text":`...)
		dst = AppendString(dst, q.Text)
		dst = append(dst, `,"start":`...)
		dst = appendInt(dst, q.Start)
		dst = append(dst, `,"end":`...)
		dst = appendInt(dst, q.End)
		dst = append(dst, `,"cue":`...)
		dst = AppendString(dst, q.Cue)
		dst = append(dst, `,"speaker":`...)
		if s := q.Speaker; s == nil {
			dst = append(dst, "null"...)
		} else {
			dst = append(dst, `{"text":`...)
			dst = AppendString(dst, s.Text)
			dst = append(dst, `,"start":`...)
			dst = appendInt(dst, s.Start)
			dst = append(dst, `,"end":`...)
			dst = appendInt(dst, s.End)
			dst = append(dst, `,"name":`...)
			dst = AppendString(dst, s.Name)
			dst = append(dst, `,"id":`...)
			dst = AppendString(dst, s.ID)
			dst = append(dst, `,"type":`...)
			dst = appendType(dst, s.Type)
			dst = append(dst, '}')
		}
		dst = append(dst, '}')
	}
	dst = append(dst, ']')
	if d.Unicase {
		dst = append(dst, `,"unicase":true`...)
	}
	if d.Tokens != nil && d.Tokens.Wrapped {
		dst = append(dst, `,"wrapped":true`...)
	}
	if d.Tokens != nil && d.Tokens.Flat {
		dst = append(dst, `,"flat":true`...)
	}
	return append(dst, "}\n"...)
}

// TypeName returns the name of an entity type, "" for the zero type.
func TypeName(t entity.Type) string {
	if t == 0 {
		return ""
	}
	return t.String()
}

// quotedTypes holds the JSON strings of the names of the types up to 15, quotes
// included: AppendString(nil, TypeName(t)), made once.
var quotedTypes = func() (q [16]string) {
	for t := range q {
		q[t] = string(AppendString(nil, TypeName(entity.Type(t))))
	}
	return q
}()

// appendType appends the JSON string of t's name, as AppendString(dst, TypeName(t)).
func appendType(dst []byte, t entity.Type) []byte {
	if int(t) < len(quotedTypes) {
		return append(dst, quotedTypes[t]...)
	}
	return AppendString(dst, TypeName(t))
}

// appendInt appends n in decimal, as strconv.AppendInt(dst, int64(n), 10) does; an
// offset (never negative) takes fewer steps here.
func appendInt(dst []byte, n int) []byte {
	if n < 0 {
		return strconv.AppendInt(dst, int64(n), 10)
	}
	var b [20]byte
	i := len(b)
	for n >= 10 {
		q := n / 10
		i--
		b[i] = byte('0' + n - 10*q)
		n = q
	}
	i--
	b[i] = byte('0' + n)
	return append(dst, b[i:]...)
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string, escaped as encoding/json escapes it without
// HTML escaping: '"', '\\' and control characters; invalid UTF-8 becomes \ufffd, and
// U+2028 and U+2029 are escaped.
func AppendString(dst []byte, s string) []byte {
	i := 0
	if len(s) >= 8 {
		i = plainPrefix(s)
	} else {
		for i < len(s) && plain[s[i]] {
			i++
		}
	}
	dst = append(dst, '"')
	if i == len(s) { // most strings are plain throughout
		dst = append(dst, s...)
		return append(dst, '"')
	}
	start := 0
	for i < len(s) {
		if len(s)-i >= 8 {
			i += plainPrefix(s[i:]) // most of a text is plain
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if plain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			start = i + n
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			start = i + n
		}
		i += n
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// plainPrefix returns the length of the plain bytes (see plain) that begin s: ASCII from
// space up, neither '"' nor '\\'. It reads sixteen bytes at a time, then eight, the last
// seven or fewer within the eight that end s; a string shorter than eight bytes it leaves
// to the caller, returning 0.
func plainPrefix[S ~string | ~[]byte](s S) int {
	i := 0
	for ; i+16 <= len(s); i += 16 {
		w := s[i : i+16]
		lo, hi := notPlain(swar.Load64(w)), notPlain(swar.Load64(w[8:]))
		if lo|hi != 0 {
			if lo != 0 {
				return i + bits.TrailingZeros64(lo)/8
			}
			return i + 8 + bits.TrailingZeros64(hi)/8
		}
	}
	if i+8 <= len(s) {
		if mask := notPlain(swar.Load64(s[i:])); mask != 0 {
			return i + bits.TrailingZeros64(mask)/8
		}
		i += 8
	}
	if i == len(s) || len(s) < 8 {
		return i
	}
	// The bytes left are the top len(s)-i of the eight that end s; those below them
	// are plain and set nothing (see notPlain).
	mask := notPlain(swar.Load64(s[len(s)-8:])) >> (8 * (8 - (len(s) - i)))
	if mask != 0 {
		return i + bits.TrailingZeros64(mask)/8
	}
	return len(s)
}

// notPlain returns the high bit of each byte of x (eight bytes of text, the first lowest)
// that is not plain: below 0x20, '"' or '\\' (zero after the xor), or not ASCII; and
// perhaps of bytes above such a byte, where a borrow carried. A borrow carries only
// upward and only out of a byte that is set itself, so the lowest byte set is always the
// first byte that is not plain.
func notPlain(x uint64) uint64 {
	const ones = swar.LowBits
	q := x ^ (ones * '"')
	b := x ^ (ones * '\\')
	return ((x - ones*0x20) | (q - ones) | (b - ones) | x) & swar.HighBits
}

// AppendCompact appends the JSON value v without the white space between its tokens, as
// encoding/json writes a json.RawMessage. v must be valid JSON (Decode's Record.ID is).
func AppendCompact(dst, v []byte) []byte {
	inString := false
	start := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case ' ', '\t', '\n', '\r':
			dst = append(dst, v[start:i]...)
			start = i + 1
		}
	}
	return append(dst, v[start:]...)
}
