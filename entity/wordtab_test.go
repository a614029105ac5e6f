package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordTabAgreesWithMap looks up every word of the default table, each word with a byte
// changed, cut short or lengthened, and words of every length up to 20, in the table and in
// the map it was built from.
func TestWordTabAgreesWithMap(t *testing.T) {
	m := map[string]wordInfo{
		"a": {flags: fStop}, "ab": {flags: fCommon}, "abc\x00": {cue: 3}, "abcd": {flags: fTitle, first: 7},
		"abcdefgh": {flags: fRank}, "abcdefghi": {first: maxFirst}, "abcdefghijklmno": {flags: fCap},
		"abcdefghijklmnop": {flags: fPronoun}, "": {flags: fParticle},
	}
	for w, info := range wordTable() {
		m[w] = info
	}
	tab := newWordTab(m)
	probe := func(w string) {
		want, wantOK := m[w]
		got, ok := tab.get(w)
		require.Equal(t, wantOK, ok, "%q", w)
		require.Equal(t, want, got, "%q", w)
	}
	for w := range m {
		probe(w)
		probe(w + "x")
		probe(w + "\x00")
		if w != "" {
			probe(w[:len(w)-1])
			probe(w[1:])
			probe(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	for n := range 21 {
		probe(strings.Repeat("a", n))
		probe(strings.Repeat("\x00", n))
	}
}

// TestWordTabBounds: a first-key position too large for a slot is left out, not wrapped.
func TestWordTabBounds(t *testing.T) {
	tab := newWordTab(map[string]wordInfo{"jakarta": {flags: fGazFirst, cue: 255, first: maxFirst + 1}, "x": {first: -1}})
	info, ok := tab.get("jakarta")
	assert.True(t, ok)
	assert.Equal(t, wordInfo{flags: fGazFirst, cue: 255}, info)
	assert.Equal(t, wordInfo{}, tab.at("x"))
	assert.Equal(t, wordInfo{}, tab.at("y"))
}
