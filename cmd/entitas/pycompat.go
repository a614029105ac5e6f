package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/internal/conll"
)

// The scorers in ../shared/tools are Python; entitas eval must give the same figures to
// the last printed digit. These helpers do what the Python built-ins the scorers use do.

// pyRound3 is Python's round(x, 3): the double nearest to x correctly rounded to three
// decimals, ties to even on the exact binary value (strconv rounds the same way).
func pyRound3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// pyFields is Python's str.split() without arguments, which the CoNLL reader shares.
func pyFields(s string) []string { return conll.Fields(s) }

// pyWords is Python's re.findall(r"\w+", s) on a str: runs of letters, digits and "_".
func pyWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// readPyText reads a file as Python's open(path, encoding="utf-8").read() does: it must be
// valid UTF-8, and "\r\n" and "\r" become "\n" (universal newlines).
func readPyText(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", pathError(path, err)
	}
	if i := invalidUTF8(string(b)); i >= 0 {
		return "", fmt.Errorf("%s: not valid UTF-8 (byte %d)", path, i)
	}
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}

// pySlice is Python's s[i:j] on bytes: negative indices count from the end, and indices
// out of range are clamped.
func pySlice(s string, i, j int) string {
	clamp := func(k int) int {
		if k < 0 {
			k += len(s)
		}
		return max(0, min(k, len(s)))
	}
	i, j = clamp(i), clamp(j)
	if j < i {
		return ""
	}
	return s[i:j]
}

// pyDecodeReplace is Python's bytes.decode("utf-8", "replace"): each maximal ill-formed
// subsequence becomes one U+FFFD.
func pyDecodeReplace(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
			i += maximalSubpart(s[i:])
			continue
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// maximalSubpart returns the length of the ill-formed sequence at the start of s that a
// UTF-8 decoder replaces with one U+FFFD: a lead byte and the continuation bytes that
// could still have completed it.
func maximalSubpart(s string) int {
	c := s[0]
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case 0xC2 <= c && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case 0xE1 <= c && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case 0xF1 <= c && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(s); n++ {
		if s[n] < lo || s[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
	}
	return n
}

// goJSONText is what a string becomes through encoding/json and back: each byte that is
// not valid UTF-8 turns into U+FFFD.
func goJSONText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // range yields U+FFFD for each invalid byte
	}
	return b.String()
}
