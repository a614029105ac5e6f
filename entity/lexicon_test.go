package entity

import (
	"errors"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLexicons checks every word list under lexicon/: each file parses, names its source
// and as-of date in its header, and lists no word twice.
func TestLexicons(t *testing.T) {
	if _, err := loadLexicons(); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(lexiconFS, "lexicon/*")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lexicon files: %v", err)
	}
	for _, name := range names {
		b, err := lexiconFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if !strings.Contains(text, "\n# source:") || !strings.Contains(text, "\n# as-of:") {
			t.Errorf("%s: the header names no source or as-of date", name)
		}
		seen := map[string]int{}
		for i, line := range strings.Split(text, "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			key, _, _ := strings.Cut(line, "\t")
			if prev, ok := seen[key]; ok {
				t.Errorf("%s:%d: %q already on line %d", name, i+1, key, prev)
			}
			seen[key] = i + 1
		}
	}
}

// TestEachLineOf checks the lines and fields eachLineOf gives and the errors it reports.
func TestEachLineOf(t *testing.T) {
	read := func(text string, n int) ([][]string, error) {
		var got [][]string
		err := eachLineOf("x.tsv", text, n, func(f []string) error {
			got = append(got, slices.Clone(f))
			if f[0] == "bad" {
				return errors.New("bad word")
			}
			return nil
		})
		return got, err
	}
	got, err := read("# comment\na\tb\n\nc\td", 2)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"a", "b"}, {"c", "d"}}, got)
	got, err = read("a\n\n# x\nb\n", 1)
	require.NoError(t, err)
	assert.Equal(t, [][]string{{"a"}, {"b"}}, got)
	got, err = read("", 1)
	require.NoError(t, err)
	assert.Empty(t, got)
	_, err = read("a\tb\nc\n", 2)
	assert.EqualError(t, err, `entity/lexicon/x.tsv:2: want 2 lowercase tab-separated fields: "c"`)
	_, err = read("a\nb\tc\n", 1)
	assert.EqualError(t, err, `entity/lexicon/x.tsv:2: want 1 lowercase tab-separated fields: "b\tc"`)
	_, err = read("\n\nAb\n", 1)
	assert.EqualError(t, err, `entity/lexicon/x.tsv:3: want 1 lowercase tab-separated fields: "Ab"`)
	_, err = read(" a\n", 1)
	assert.EqualError(t, err, `entity/lexicon/x.tsv:1: want 1 lowercase tab-separated fields: " a"`)
	_, err = read("a\nbad\n", 1)
	assert.EqualError(t, err, `entity/lexicon/x.tsv:2: bad word`)
}

// TestTextSet checks the sets of the large word lists against the maps of their words.
func TestTextSet(t *testing.T) {
	for _, name := range []string{"corpuswords.txt", "englishwords.txt"} {
		m, err := wordSet(name)
		require.NoError(t, err)
		s := mustTextSet(name)
		assert.Equal(t, len(m), s.len(), name)
		for w := range m {
			require.True(t, s.has(w), "%s: %q", name, w)
			for _, v := range []string{w + "x", w[1:], w[:len(w)-1], "x" + w, strings.ToUpper(w)} {
				require.Equal(t, m[v], s.has(v), "%s: %q", name, v)
			}
		}
	}
	s, err := newTextSet("x.txt", "# words\nb\na\n\nb\nab")
	require.NoError(t, err)
	assert.Equal(t, 3, s.len())
	for w, in := range map[string]bool{"a": true, "b": true, "ab": true, "": false, "c": false, "ba": false, "# words": false} {
		assert.Equal(t, in, s.has(w), "%q", w)
	}
	_, err = newTextSet("x.txt", "a\nB\n")
	assert.EqualError(t, err, `entity/lexicon/x.txt:2: want 1 lowercase tab-separated fields: "B"`)
}

// TestPhraseBits checks that the packed table of each phrase set (packPhrases) answers as
// its map does: for every key, for every key with a letter changed or cut short, and for
// keys longer than a slot holds.
func TestPhraseBits(t *testing.T) {
	l := loadedLexicons()
	for name, p := range map[string]*phraseSet{"titles": &l.titles, "orgHeads": &l.orgHeads,
		"missionHeads": &l.missionHeads, "placeHeads": &l.placeHeads, "ministries": &l.ministries} {
		if p.packed == nil {
			t.Fatalf("%s: not packed", name)
		}
		long := 0
		for k := range p.m {
			long += b2i(len(k) > maxInline)
			for _, q := range []string{k, k[:len(k)-1], k + "x", "x" + k[1:], k + "\x00"} {
				if got, want := p.bits([]byte(q)), p.m[q]; got != want {
					t.Errorf("%s: bits(%q) = %d, want %d", name, q, got, want)
				}
			}
		}
		if name == "titles" && long == 0 {
			t.Errorf("%s: no key longer than %d bytes, which the map answers", name, maxInline)
		}
	}
}

// TestListOpenerFlags checks what mayOpenPlaceList, placeListOpens's quick no, takes for
// granted: the words examplesCue looks for are ordinary words (fCommon), and the head words
// of a region or a village that open a list of places (territorialOrVillage,
// placeHeadOfVillage) are first words of place heads (fPlaceHeadFirst).
func TestListOpenerFlags(t *testing.T) {
	words := wordTable()
	for _, w := range []string{"seperti", "yakni", "yaitu", "termasuk", "meliputi", "lain"} {
		assert.NotZero(t, words[w].flags&fCommon, "%q is an examples cue but not an ordinary word", w)
	}
	for _, w := range []string{"kabupaten", "kota", "provinsi", "kecamatan", "propinsi", "desa", "kelurahan", "dusun", "kampung", "nagari", "gampong"} {
		assert.True(t, territorialOrVillage(w) || placeHeadOfVillage(w), w)
		assert.NotZero(t, words[w].flags&fPlaceHeadFirst, "%q heads a village but is no place head's first word", w)
	}
}

// TestRareCueBits checks what the rules guarded by s.rareCues take for granted: every word
// of each rule's list has the list's rare bit in the Extractor's word table, which
// lowercase reads, and keeps its cue of speech apart from it (cueKinds).
func TestRareCueBits(t *testing.T) {
	words := Default().words
	for _, l := range rareWords {
		for _, w := range l.words {
			w = strings.ToLower(w)
			assert.NotZero(t, words.at(w).cue&l.bit, "%q has no rare bit %d", w, l.bit)
			assert.Equal(t, wordTable()[w].cue&cueKinds, loadedLexicons().cues[w], "%q: its cue of speech", w)
		}
	}
	// venueAfterBody acts only at a venueEnd, a venueModifier or a venueCentre's first
	// word, all of which venueOpenerWords must hold: checked against every word of the
	// word lists and of news and English the package knows
	known := slices.Collect(maps.Keys(wordTable()))
	for _, name := range []string{"corpuswords.txt", "englishwords.txt"} {
		require.NoError(t, eachLine(name, 1, func(f []string) error { known = append(known, f[0]); return nil }))
	}
	for _, w := range append(known, venueOpenerWords...) {
		if venueEnd(w) || venueModifier(w) || venueCentre(w, "center") {
			assert.Contains(t, venueOpenerWords, w)
			assert.True(t, mayOpenVenue(w), w)
		}
	}
	for _, w := range vesselPrefixes[:ownVessels] {
		assert.True(t, vesselPrefix(w), w)
	}
	assert.True(t, operatingUnit("daop") && operatingUnit("divre"))
	for _, w := range callNouns {
		assert.True(t, callNoun(w), w)
	}
	// a word on no list but for its rare bit has no flag and no cue of speech (which
	// ordinary reads)
	assert.Zero(t, wordTable()["aquatics"].flags)
	assert.Equal(t, cueNone, wordTable()["aquatics"].cue&cueKinds)
	assert.NotZero(t, wordTable()["aquatics"].cue)
}
