// Package jsonlines reads the records of JSON Lines corpora and writes entitas' JSON
// documents, without reflection: a record is decoded in one pass that checks its syntax and
// its UTF-8 and unescapes the text field, and a document is appended to a byte slice the
// caller reuses. The command line and the Beam pipeline share it, so that their output is
// the same byte for byte.
//
// The output is exactly what encoding/json writes for the same values with SetEscapeHTML
// (false), which the tests check; encoding/json is used nowhere on the hot path.
package jsonlines

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Errors of Decode, wrapped with the details.
var (
	// ErrMalformed is a record that is not a JSON object.
	ErrMalformed = errors.New("malformed JSON")
	// ErrUTF8 is a record that is not valid UTF-8.
	ErrUTF8 = errors.New("not valid UTF-8")
	// ErrNoField is a record without the text field.
	ErrNoField = errors.New("no text field")
	// ErrNotString is a record whose text field is not a string (null included).
	ErrNotString = errors.New("text field is not a string")
	// ErrNull is a record whose text field is null; it wraps ErrNotString.
	ErrNull = fmt.Errorf("%w: it is null", ErrNotString)
)

// Record is a decoded JSON Lines record.
type Record struct {
	// ID is the record's "id" field as written (any JSON value, whitespace included), nil
	// when it is absent or null. It points into the line given to Decode.
	ID []byte
	// Text is the text field, unescaped.
	Text string
}

// maxDepth bounds the nesting of arrays and objects in a record, as encoding/json does.
const maxDepth = 10000

// Decode decodes a JSON Lines record: a JSON object holding the text in field, and
// perhaps an "id". Where a key appears twice the last one counts, as with encoding/json.
// An error wraps ErrMalformed, ErrUTF8, ErrNoField or ErrNotString (ErrNull for null).
// Decode never panics.
func Decode(line []byte, field string) (Record, error) {
	s := scanner{b: line}
	var rec Record
	textAt, textEnd, textEsc := -1, -1, false
	fieldErr := error(nil)
	s.space()
	if s.i >= len(s.b) || s.b[s.i] != '{' {
		if err := s.value(0); err != nil {
			return rec, err
		}
		return rec, fmt.Errorf("%w: not an object", ErrMalformed)
	}
	s.i++
	s.space()
	if s.i < len(s.b) && s.b[s.i] == '}' {
		s.i++
	} else {
		for {
			s.space()
			if s.i >= len(s.b) || s.b[s.i] != '"' {
				return rec, s.fail("looking for a key")
			}
			ka, kz, kesc, err := s.str()
			if err != nil {
				return rec, err
			}
			isField := keyIs(s.b[ka:kz], kesc, field)
			isID := keyIs(s.b[ka:kz], kesc, "id")
			s.space()
			if s.i >= len(s.b) || s.b[s.i] != ':' {
				return rec, s.fail("after a key")
			}
			s.i++
			s.space()
			va := s.i
			switch {
			case isField && s.i < len(s.b) && s.b[s.i] == '"':
				a, z, esc, err := s.str()
				if err != nil {
					return rec, err
				}
				textAt, textEnd, textEsc, fieldErr = a, z, esc, nil
			default:
				if err := s.value(0); err != nil {
					return rec, err
				}
				if isField {
					textAt = -1
					fieldErr = ErrNotString
					if string(s.b[va:s.i]) == "null" {
						fieldErr = ErrNull
					}
				}
			}
			if isID {
				rec.ID = s.b[va:s.i]
				if string(rec.ID) == "null" {
					rec.ID = nil
				}
			}
			s.space()
			if s.i < len(s.b) && s.b[s.i] == ',' {
				s.i++
				continue
			}
			if s.i < len(s.b) && s.b[s.i] == '}' {
				s.i++
				break
			}
			return rec, s.fail("after a value")
		}
	}
	s.space()
	if s.i < len(s.b) {
		return rec, s.fail("after the object")
	}
	if fieldErr != nil {
		return rec, fieldErr
	}
	if textAt < 0 {
		return rec, ErrNoField
	}
	if textEsc {
		var b strings.Builder
		b.Grow(textEnd - textAt)
		unquote(&b, s.b[textAt:textEnd])
		rec.Text = b.String()
	} else {
		rec.Text = string(s.b[textAt:textEnd])
	}
	return rec, nil
}

// keyIs reports whether the key written as raw (between its quotes; escaped when it holds
// a backslash) is want.
func keyIs(raw []byte, escaped bool, want string) bool {
	if !escaped {
		return string(raw) == want
	}
	var b strings.Builder
	unquote(&b, raw)
	return b.String() == want
}

// scanner walks a record.
type scanner struct {
	b []byte
	i int
}

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// fail is the error for an unexpected byte at s.i, or an unexpected end.
func (s *scanner) fail(context string) error {
	if s.i >= len(s.b) {
		return fmt.Errorf("%w: unexpected end %s", ErrMalformed, context)
	}
	c := s.b[s.i]
	if c >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRune(s.b[s.i:]); r == utf8.RuneError {
			return fmt.Errorf("%w (byte %d)", ErrUTF8, s.i)
		}
		r, _ := utf8.DecodeRune(s.b[s.i:])
		return fmt.Errorf("%w: unexpected %q at byte %d %s", ErrMalformed, r, s.i, context)
	}
	return fmt.Errorf("%w: unexpected %q at byte %d %s", ErrMalformed, c, s.i, context)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// plain marks the bytes that stand for themselves in a JSON string: ASCII from space up,
// but for '"' and '\\'.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// str reads the string starting at s.i (a '"') and returns where its contents are and
// whether they hold escapes; it checks the escapes and the UTF-8.
func (s *scanner) str() (a, z int, escaped bool, err error) {
	b := s.b
	i := s.i + 1
	a = i
	for {
		i += plainPrefix(b[i:]) // most of a text is plain
		for i < len(b) && plain[b[i]] {
			i++
		}
		if i >= len(b) {
			s.i = i
			return 0, 0, false, s.fail("in a string")
		}
		switch c := b[i]; {
		case c == '"':
			s.i = i + 1
			return a, i, escaped, nil
		case c == '\\':
			escaped = true
			if i+1 >= len(b) {
				s.i = i + 1
				return 0, 0, false, s.fail("in an escape")
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if hex4(b[i+2:]) < 0 {
					s.i = i + 2
					return 0, 0, false, fmt.Errorf("%w: bad \\u escape at byte %d", ErrMalformed, i)
				}
				i += 6
			default:
				s.i = i + 1
				return 0, 0, false, s.fail("in an escape")
			}
		case c < 0x20:
			s.i = i
			return 0, 0, false, s.fail("in a string (a control character)")
		default: // not ASCII
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n == 1 {
				return 0, 0, false, fmt.Errorf("%w (byte %d)", ErrUTF8, i)
			}
			i += n
		}
	}
}

// hex4 returns the value of four hex digits at the start of b, or -1.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unquote writes the contents of a string checked by str to w, with its escapes decoded
// as encoding/json decodes them (a lone surrogate becomes U+FFFD).
func unquote(w *strings.Builder, src []byte) {
	for i := 0; i < len(src); {
		j := bytes.IndexByte(src[i:], '\\')
		if j < 0 {
			w.Write(src[i:])
			break
		}
		j += i
		w.Write(src[i:j])
		c := src[j+1]
		i = j + 2
		switch c {
		case 'b':
			w.WriteByte('\b')
		case 'f':
			w.WriteByte('\f')
		case 'n':
			w.WriteByte('\n')
		case 'r':
			w.WriteByte('\r')
		case 't':
			w.WriteByte('\t')
		case 'u':
			r := hex4(src[i:])
			i += 4
			if utf16.IsSurrogate(r) {
				if i+6 <= len(src) && src[i] == '\\' && src[i+1] == 'u' {
					if r2 := utf16.DecodeRune(r, hex4(src[i+2:])); r2 != utf8.RuneError {
						w.WriteRune(r2)
						i += 6
						break
					}
				}
				r = utf8.RuneError
			}
			w.WriteRune(r)
		default: // '"', '\\', '/'
			w.WriteByte(c)
		}
	}
}

// value skips the value at s.i, checking its syntax.
func (s *scanner) value(depth int) error {
	if s.i >= len(s.b) {
		return s.fail("looking for a value")
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, _, _, err := s.str()
		return err
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return fmt.Errorf("%w: nested too deeply", ErrMalformed)
		}
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		s.i++
		s.space()
		if s.i < len(s.b) && s.b[s.i] == end {
			s.i++
			return nil
		}
		for {
			s.space()
			if end == '}' {
				if s.i >= len(s.b) || s.b[s.i] != '"' {
					return s.fail("looking for a key")
				}
				if _, _, _, err := s.str(); err != nil {
					return err
				}
				s.space()
				if s.i >= len(s.b) || s.b[s.i] != ':' {
					return s.fail("after a key")
				}
				s.i++
				s.space()
			}
			if err := s.value(depth + 1); err != nil {
				return err
			}
			s.space()
			if s.i < len(s.b) && s.b[s.i] == ',' {
				s.i++
				continue
			}
			if s.i < len(s.b) && s.b[s.i] == end {
				s.i++
				return nil
			}
			return s.fail("after a value")
		}
	case c == '-' || isDigit(c):
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return s.fail("looking for a value")
}

func (s *scanner) literal(word string) error {
	if len(s.b)-s.i >= len(word) && string(s.b[s.i:s.i+len(word)]) == word {
		s.i += len(word)
		return nil
	}
	for k := 0; k < len(word) && s.i < len(s.b) && s.b[s.i] == word[k]; k++ {
		s.i++
	}
	return s.fail("in a literal")
}

// number skips a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() error {
	b := s.b
	if b[s.i] == '-' {
		s.i++
	}
	switch {
	case s.i < len(b) && b[s.i] == '0':
		s.i++
	case s.i < len(b) && isDigit(b[s.i]):
		for s.i < len(b) && isDigit(b[s.i]) {
			s.i++
		}
	default:
		return s.fail("in a number")
	}
	if s.i < len(b) && b[s.i] == '.' {
		s.i++
		if s.i >= len(b) || !isDigit(b[s.i]) {
			return s.fail("in a number")
		}
		for s.i < len(b) && isDigit(b[s.i]) {
			s.i++
		}
	}
	if s.i < len(b) && (b[s.i] == 'e' || b[s.i] == 'E') {
		s.i++
		if s.i < len(b) && (b[s.i] == '+' || b[s.i] == '-') {
			s.i++
		}
		if s.i >= len(b) || !isDigit(b[s.i]) {
			return s.fail("in a number")
		}
		for s.i < len(b) && isDigit(b[s.i]) {
			s.i++
		}
	}
	return nil
}
