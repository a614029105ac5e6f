package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// appendKey appends the lookup key of a token's text to buf: lowercase, without diacritics
// (Erdoğan → erdogan, António → antonio), with typographic apostrophes as ' (Ma’ruf →
// ma'ruf). Only keys are normalised; the text itself is never changed.
func appendKey(buf []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		return buf
	}
	for _, r := range s {
		switch {
		case r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
			buf = append(buf, '\'')
		case r == '–' || r == '—' || r == '‐' || r == '‑':
			buf = append(buf, '-')
		case unicode.Is(unicode.Mn, r):
			// a combining mark: dropped, like the marks of precomposed letters
		default:
			if f, ok := latinFold[r]; ok {
				buf = append(buf, f...)
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		}
	}
	return buf
}

// latinFold maps each precomposed Latin letter with diacritics (À–ɏ, Ḁ–ỿ) to its lowercase
// base letters: Ğ → g, ñ → n, Ø stays ø. It is computed once from Unicode's canonical
// decompositions, so that building keys needs no transformer and no allocation.
var latinFold = func() map[rune]string {
	m := map[rune]string{}
	strip := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	for _, block := range [][2]rune{{0xC0, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			folded, _, err := transform.String(strip, string(r))
			strip.Reset()
			if err != nil {
				continue
			}
			folded = strings.ToLower(folded)
			if folded != string(unicode.ToLower(r)) {
				m[r] = folded
			}
		}
	}
	return m
}()

// key returns the lookup key of s as a string.
func key(s string) string {
	return string(appendKey(nil, s))
}

// exactCase reports whether a form's token must match with its case as written: it has an
// upper-case letter and no lower-case one (PBB, AS, G20, F-16, DK).
func exactCase(s string) bool {
	upper := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper = true
		}
	}
	return upper
}
