package entity

import (
	"maps"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
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

// TestASCIIKey checks asciiKey, and the stem keys derived from its keys (as stemMayStartName does),
// against wordKey of the lowercase word and its stem and against a byte loop for the
// masks: over the default table's words, each capitalised and in capitals, every ASCII
// word of up to two bytes, and random words of every length with bytes of every kind.
func TestASCIIKey(t *testing.T) {
	var ws []string
	for w := range wordTable() {
		ws = append(ws, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	for c := range 128 {
		ws = append(ws, string(rune(c)))
		for d := range 128 {
			ws = append(ws, string([]byte{byte(c), byte(d)}))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := "aAzZ@[`{-.09\x00\x7f\x80\xc3\xa9\xff"
	for range 100000 {
		b := make([]byte, 1+rng.IntN(17))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		ws = append(ws, string(b))
	}
	s := &state{}
	for _, w := range ws {
		// the word between bytes that must not leak into its key
		s.text = "\xffZ" + w + strings.Repeat("\xff", 16)
		tok := &tokenize.Token{Start: 2, End: 2 + int32(len(w))}
		a, b, upper, small, ok := s.asciiKey(tok)
		require.Equal(t, len(w) <= maxInline && isASCII(w), ok, "%q", w)
		if !ok {
			continue
		}
		low := strings.ToLower(w)
		wa, wb := wordKey(low)
		require.Equal(t, [2]uint64{wa, wb}, [2]uint64{a, b}, "%q", w)
		nUpper, nSmall := 0, 0
		for _, c := range []byte(w) {
			if 'A' <= c && c <= 'Z' {
				nUpper++
			} else if 'a' <= c && c <= 'z' {
				nSmall++
			}
		}
		require.Equal(t, nUpper, bits.OnesCount64(upper), "%q", w)
		require.Equal(t, nSmall, bits.OnesCount64(small), "%q", w)
		require.Equal(t, 'A' <= w[0] && w[0] <= 'Z', upper&0x80 != 0, "%q", w)
		require.Equal(t, 'a' <= w[0] && w[0] <= 'z', small&0x80 != 0, "%q", w)
		for m := 1; m < len(w); m++ {
			sa, sb := firstBytes(a, b, m)
			wa, wb := wordKey(low[:m])
			require.Equal(t, [2]uint64{wa, wb}, [2]uint64{sa, sb | uint64(m)<<56}, "%q[:%d]", w, m)
		}
	}
}

// TestWordTabLayout checks that the table is laid out alike whatever order the map gives
// its words in.
func TestWordTabLayout(t *testing.T) {
	m := maps.Clone(wordTable())
	for k := range gazetteer.Default().FirstKeys() {
		m[k] = wordInfo{flags: m[k].flags | fGazFirst}
	}
	a := newWordTab(m)
	for range 3 {
		b := newWordTab(maps.Clone(m))
		require.Equal(t, a.short, b.short)
		require.Equal(t, a.slots, b.slots)
		require.Equal(t, a.inShort, b.inShort)
	}
}

// TestGazetteerSources checks that gazetteerSources writes what gazetteerSource does.
func TestGazetteerSources(t *testing.T) {
	es := gazetteer.Default().Entries()
	var got []*gazetteer.Entry
	gazetteerSources(es, func(e *gazetteer.Entry, src string) {
		got = append(got, e)
		require.Equal(t, gazetteerSource(e), src)
	})
	require.Equal(t, es, got)
	gazetteerSources(nil, func(*gazetteer.Entry, string) { t.Fatal("no entries, no calls") })
}

// TestNewWordTable checks the word table New builds word by word against the table of
// the map that holds every word with all it is, built as New once did.
func TestNewWordTable(t *testing.T) {
	for _, x := range []*Extractor{Default(), newTestExtractor(t)} {
		m := maps.Clone(wordTable())
		n := int32(0)
		for k, lower := range x.gaz.FirstKeys() {
			n++
			info := m[k]
			info.flags |= fGazFirst
			info.first = n
			if lower {
				info.flags |= fGazLower
			}
			m[k] = info
		}
		for w := range x.givenNames {
			info := m[w]
			info.flags |= fGiven
			m[w] = info
		}
		for city, club := range x.cityClubs {
			if club != nil && !strings.Contains(city, " ") {
				info := m[city]
				info.flags |= fCityClub
				m[city] = info
			}
		}
		require.Equal(t, newWordTab(m), x.words)
	}
}

// newTestExtractor returns an extractor whose gazetteer has a few entries of its own,
// one of them a club named after its city.
func newTestExtractor(t *testing.T) *Extractor {
	es, err := gazetteer.Parse(strings.NewReader("ORGANIZATION\torg:zzx-fc\tZzxville FC\tZzx FC\t\nPERSON\tper:qwe-rty\tQwerty Uiop\t\t\n"), "gazetteer/data/clubs.tsv")
	require.NoError(t, err)
	x, err := New(WithEntries(es))
	require.NoError(t, err)
	require.NotNil(t, x.cityClubs["zzxville"])
	require.True(t, x.givenNames["qwerty"])
	return x
}

// TestWordTabBuilderGrows checks that a builder given too little room grows.
func TestWordTabBuilderGrows(t *testing.T) {
	m := maps.Clone(wordTable())
	b := newWordTabBuilder(3)
	for w, info := range m {
		b.add(w, info)
	}
	require.Equal(t, newWordTab(m), b.build())
}

// TestAppendLower checks that appendLower writes what strings.ToLower returns, invalid
// bytes, special cases and changes of length included.
func TestAppendLower(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ws := []string{"Ă", "ÀÉÎ", "İstanbul", "ΣΊΣΥΦΟΣ", "ẞtraße", "Ǆ", "ǅ", "Ⓛ", "\xffÀ\x80", "é", "KÖLN", "ﬁ"}
	for range 2000 {
		b := make([]byte, 1+r.IntN(12))
		for k := range b {
			b[k] = byte(r.IntN(256))
		}
		ws = append(ws, string(b))
	}
	for _, w := range ws {
		if isASCII(w) {
			continue
		}
		require.Equal(t, strings.ToLower(w), string(appendLower([]byte("x"), w)[1:]), "%q", w)
	}
}
