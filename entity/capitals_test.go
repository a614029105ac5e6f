package entity

import (
	"testing"

	"github.com/entitas-id/entitas/tokenize"
	"github.com/stretchr/testify/assert"
)

// TestCapitalAt checks capitalAt's positions, by word in small letters and in text order,
// against a scan of every token, on a text whose words share prefixes and come back in
// other cases.
func TestCapitalAt(t *testing.T) {
	// tokens: 0 Budi 1 dan 2 Budiman 3 bertemu 4 Bu 5 . 6 BUDI 7 pulang 8 , 9 budi 10 tidak 11 . 12 Budi
	text := "Budi dan Budiman bertemu Bu. BUDI pulang, budi tidak. Budi"
	x := Default()
	d := &Document{Text: text, Tokens: tokenize.Tokenize(text)}
	s := newState(x, d)
	defer s.release()
	s.prepare()
	for _, c := range []struct {
		word string
		want []int32
	}{
		{"budi", []int32{0, 6, 12}}, // "budi" in small letters (token 9) is no capital
		{"budiman", []int32{2}},
		{"bu", []int32{4}},
		{"bud", nil},
		{"budimann", nil},
		{"dan", nil},
		{"", nil},
		{"zz", nil},
	} {
		var want []int32
		for k := range s.toks {
			if s.isCap(k) && s.lowAt(k) == c.word {
				want = append(want, int32(k))
			}
		}
		assert.Equal(t, c.want, want, "the scan, %q", c.word)
		got := s.capitalAt(c.word)
		if len(c.want) == 0 {
			assert.Empty(t, got, "%q", c.word)
		} else {
			assert.Equal(t, c.want, got, "%q", c.word)
		}
	}
}
