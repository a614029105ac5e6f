package gazetteer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// TestFilterNeverMisses checks that the quick filter in front of the trie (first byte and
// length, then the Bloom filter of first keys) never turns away a token that starts a match:
// over the testdata articles always, and over the IndoSum corpus when ../shared is there.
func TestFilterNeverMisses(t *testing.T) {
	g := Default()
	texts, err := newscorpus.Testdata()
	require.NoError(t, err)
	if corpus, err := newscorpus.IndoSum(); err == nil {
		texts = append(texts, corpus...)
	} else {
		t.Log("IndoSum not present, testdata only:", err)
	}
	require.NotEmpty(t, texts)
	starts, turnedAway := 0, 0
	var buf [64]byte
	for _, text := range texts {
		d := tokenize.Tokenize(text)
		toks := d.Tokens
		for i := range toks {
			_, ok := g.trie.longestAt(d.Text, toks, i, buf[:0], false)
			if !ok {
				if !g.mayStart(d.TokenText(i), toks[i].Suffix) {
					turnedAway++
				}
				continue
			}
			starts++
			if !g.mayStart(d.TokenText(i), toks[i].Suffix) {
				t.Errorf("filter turns away %q, which starts a match", d.TokenText(i))
			}
		}
	}
	assert.Positive(t, starts)
	assert.Positive(t, turnedAway)
}

func TestAppendMatches(t *testing.T) {
	g := Default()
	d := tokenize.Tokenize("Presiden Rusia Vladimir Putin bertemu Sekjen PBB di Jenewa.")
	want := g.Match(d)
	require.NotEmpty(t, want)
	buf := make([]Match, 1, 8)
	got := g.AppendMatches(buf, d)
	assert.Equal(t, Match{}, got[0], "dst is kept")
	assert.Equal(t, want, got[1:])
	assert.Equal(t, want, g.AppendMatches(got[:0], d), "a reused buffer")
}

func TestFirstKeys(t *testing.T) {
	g, err := New([]Entry{
		{ID: "KR", Type: Country, Name: "Korea Selatan", Aliases: []string{"Korsel"}},
		{ID: "org:kumparan", Type: Organization, Name: "kumparan"},
		{ID: "TR", Type: Country, Name: "Turki", Aliases: []string{"Türkiye"}},
		{ID: "US", Type: Country, Name: "Amerika Serikat", Aliases: []string{"AS"}},
		{ID: "wpn:wmd", Type: Weapon, Name: "senjata pemusnah massal"},
	})
	require.NoError(t, err)
	got := map[string]bool{}
	for k, lower := range g.FirstKeys() {
		_, dup := got[k]
		assert.False(t, dup, "key %q twice", k)
		got[k] = lower
	}
	assert.Equal(t, map[string]bool{"korea": false, "korsel": false, "kumparan": true, "turki": false,
		"turkiye": false, "amerika": false, "as": false, "senjata": true}, got)
}

func TestAppendMatchesFrom(t *testing.T) {
	g := Default()
	d := tokenize.Tokenize("Presiden Rusia Vladimir Putin bertemu Sekjen PBB di Jenewa.")
	toks := d.Tokens
	all := make([]int32, len(toks))
	for i := range all {
		all[i] = int32(i)
	}
	assert.Equal(t, g.Match(d), g.AppendMatchesFrom(nil, d, all), "every token")
	var rusia []Match
	for _, m := range g.Match(d) {
		if d.TokenText(m.First) == "Rusia" {
			rusia = append(rusia, m)
		}
	}
	require.Len(t, rusia, 1)
	assert.Equal(t, rusia, g.AppendMatchesFrom(nil, d, []int32{1, 99}), "only token 1; out of range ignored")
}

// TestAppendMatchesFromKeys: given each token's first-key position, or -1, the matches are
// those AppendMatchesFrom finds by looking the keys up.
func TestAppendMatchesFromKeys(t *testing.T) {
	g := Default()
	pos := map[string]int32{}
	n := int32(0)
	for k := range g.FirstKeys() {
		pos[k] = n
		n++
	}
	text := "Presiden Rusia Vladimir Putin bertemu Sekjen PBB di Jenewa. Rusianya? Kota Bandung, Türkiye, AS."
	d := tokenize.Tokenize(text)
	toks := d.Tokens
	from := make([]int32, len(toks))
	known, unknown := make([]int32, len(toks)), make([]int32, len(toks))
	for i, tok := range toks {
		from[i] = int32(i)
		unknown[i] = -1
		known[i] = -1
		if p, ok := pos[string(appendKey(nil, tok.Text(text)))]; ok {
			known[i] = p
		}
	}
	want := g.AppendMatchesFrom(nil, d, from)
	require.NotEmpty(t, want)
	assert.Equal(t, want, g.AppendMatchesFromKeys(nil, d, from, known), "positions given")
	assert.Equal(t, want, g.AppendMatchesFromKeys(nil, d, from, unknown), "positions not known")
	assert.Panics(t, func() { g.AppendMatchesFromKeys(nil, d, from, known[:1]) }, "too few positions")
}

// TestUmlautSpellings: a name of a German-speaking country's entry matches written with
// ue, oe, ae for its umlauts too; a name of another country does not get that spelling.
func TestUmlautSpellings(t *testing.T) {
	g, err := New([]Entry{
		{ID: "org:bayern", Type: Organization, Name: "Bayern München", Country: "DE"},
		{ID: "TR", Type: Country, Name: "Türkiye"},
	})
	require.NoError(t, err)
	for _, tc := range []struct {
		text string
		want int // matches
	}{
		{"Bayern Muenchen menang", 1}, {"Bayern München menang", 1}, {"Bayern Munchen menang", 1},
		{"Tuerkiye", 0}, {"Turkiye", 1},
	} {
		assert.Len(t, g.Match(tokenize.Tokenize(tc.text)), tc.want, tc.text)
	}
}
