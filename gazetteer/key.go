package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/tokenize"
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
		return tokenize.AppendLower(buf, s)
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
			if f := latinFold(r); f != "" {
				buf = append(buf, f...)
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		}
	}
	return buf
}

// latinFold returns the lowercase base letters of a precomposed Latin letter with
// diacritics (À–ɏ, Ḁ–ỿ): Ğ → g, ñ → n; "" for any other rune and for a letter without a
// decomposition (Ø, lowercased to ø as usual). The tables (fold_table.go) are generated
// from Unicode's canonical decompositions by internal/gen, so that building keys needs no
// transformer, no allocation and no work at program start.
func latinFold(r rune) string {
	switch {
	case latinFoldLoFirst <= r && r < latinFoldLoFirst+rune(len(latinFoldLo)):
		return latinFoldLo[r-latinFoldLoFirst]
	case latinFoldHiFirst <= r && r < latinFoldHiFirst+rune(len(latinFoldHi)):
		return latinFoldHi[r-latinFoldHiFirst]
	}
	return ""
}

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
