package gazetteer

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/entitas-id/entitas/tokenize"
)

// allFrom lists every token index, for AppendMatchesFold.
func allFrom(n int) []int32 {
	from := make([]int32, n)
	for i := range from {
		from[i] = int32(i)
	}
	return from
}

func TestAppendMatchesFold(t *testing.T) {
	g := Default()
	type hit struct {
		text, id string
		start    int
	}
	multi := func(m Match) bool { return m.Last-m.First > 1 }
	for _, tc := range []struct {
		text string
		safe func(Match) bool
		want []hit
	}{
		// every form, whatever its case, acronyms included
		{"korea utara dan as mengecam dk pbb", nil,
			[]hit{{"korea utara", "KP", 0}, {"as", "US", 16}, {"dk pbb", "org:dk-pbb", 28}}},
		{"KOREA UTARA DAN AS MENGECAM DK PBB", nil,
			[]hit{{"KOREA UTARA", "KP", 0}, {"AS", "US", 16}, {"DK PBB", "org:dk-pbb", 28}}},
		// the caller refuses single words: the longest match still wins where it is safe
		{"korea utara dan as mengecam dk pbb", multi,
			[]hit{{"korea utara", "KP", 0}, {"dk pbb", "org:dk-pbb", 28}}},
		// a clitic on the last word, multibyte quotes before
		{"“rusianya” kata presiden rusia vladimir putin", nil,
			[]hit{{"rusia", "RU", 3}, {"rusia", "RU", 29}, {"vladimir putin", "per:vladimir-putin", 35}}},
	} {
		d := tokenize.Tokenize(tc.text)
		toks := d.Tokens
		var got []hit
		for _, m := range g.AppendMatchesFold(nil, d, allFrom(len(toks)), tc.safe) {
			got = append(got, hit{tc.text[m.Start:m.End], m.Entries[0].ID, m.Start})
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
	// the case-sensitive matcher is unchanged: nothing in lowercase text
	d := tokenize.Tokenize("korea utara dan as mengecam dk pbb")
	assert.Empty(t, g.Match(d))
	// bad input: indices out of range are skipped
	assert.Empty(t, g.AppendMatchesFold(nil, d, []int32{-1, 99}, nil))
}

func TestIsAcronym(t *testing.T) {
	g := Default()
	us := g.ByID("US")
	assert.True(t, us.IsAcronym("as"))
	assert.False(t, us.IsAcronym("amerika"))
	assert.True(t, g.ByID("org:dk-pbb").IsAcronym("pbb") || g.ByID("org:pbb").IsAcronym("pbb"))
	assert.False(t, g.ByID("KP").IsAcronym("korea"))
}
