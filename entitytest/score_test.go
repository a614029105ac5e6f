package entitytest

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/entity"
)

// TestReportAdd scores canned output with every case the scorer treats specially and
// checks each count against what the rules of the package documentation give.
func TestReportAdd(t *testing.T) {
	a, err := Parse("⟦LOCATION|JAKARTA⟧ – ⟪Retno Marsudi|“⟦COUNTRY|Rusia⟧ dan ⟦?ORGANIZATION|Uni Eropa⟧ kuat,”⟫ kata " +
		"Menlu ⟦LEADER|Retno Marsudi⟧. ⟪Lim Soo-suk|“Tidak.”⟫ ujar ⟦PERSON|Lim Soo-suk⟧. ⟪Dia|“Ya.”⟫")
	require.NoError(t, err)
	a.Name = "dir/case.marked.txt"
	at := func(s string) (int, int) {
		i := strings.Index(a.Text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return i, i + len(s)
	}
	ent := func(typ entity.Type, s string) entity.Entity {
		i, j := at(s)
		return entity.Entity{Type: typ, Text: s, Start: i, End: j}
	}
	quote := func(s string, sp *entity.Speaker) entity.Quote {
		i, j := at(s)
		return entity.Quote{Text: s, Start: i, End: j, Speaker: sp}
	}
	lin := ent(entity.Person, "Lim")
	lin.Text = "Lin" // not the text at its offsets
	d := &entity.Document{
		Entities: []entity.Entity{
			ent(entity.Location, "JAKARTA"),
			ent(entity.Country, "Rusia"),
			ent(entity.Organization, "Eropa"), // overlaps an optional entity: not counted
			ent(entity.Person, "Retno Marsudi"),
			lin,
			{Text: "x"}, // no type: not scored
		},
		Quotes: []entity.Quote{
			quote("“Rusia", nil), // too short for the first gold quote
			quote("“Rusia dan Uni Eropa kuat,”", &entity.Speaker{Text: "Menlu", Name: "Retno Marsudi"}),
			quote("“Tidak.”", &entity.Speaker{Text: "Soo", Name: ""}), // suk is missing
		},
	}
	var r Report
	r.Add(a, d)
	assert.Equal(t, 1, r.Articles)
	assert.Equal(t, Counts{TP: 2, FP: 2, FN: 2}, r.Strict)
	assert.Equal(t, Counts{TP: 3, FP: 1, FN: 1}, r.Lenient)
	assert.Equal(t, map[string]Counts{"LOCATION": {TP: 1}, "COUNTRY": {TP: 1}, "LEADER": {FN: 1}, "PERSON": {FP: 2, FN: 1}}, r.ByType)
	assert.Equal(t, map[string]Counts{"LOCATION": {TP: 1}, "COUNTRY": {TP: 1}, "PERSON": {TP: 1, FP: 1, FN: 1}}, r.LenientByType)
	assert.Equal(t, []int{3, 3, 2, 1, 1}, []int{r.QuotesGold, r.QuotesPredicted, r.QuotesFound, r.SpeakersRight, r.SpeakersNamed})
	assert.Equal(t, 1, r.BadOffsets)
	assert.Equal(t, `  MISS case.marked.txt LEADER "Retno Marsudi"
  MISS case.marked.txt PERSON "Lim Soo-suk"
  FP   case.marked.txt PERSON "Retno Marsudi"
  FP   case.marked.txt PERSON "Lim"
  QATTR case.marked.txt "“Tidak.”" want "Lim Soo-suk" got "Soo" (name "")
  QMISS case.marked.txt "“Ya.”"
`, r.Diff())
	assert.Equal(t, Summary{EntityP: 0.5, EntityR: 0.5, EntityF1: 0.5, LenientF1: 0.75, QuoteRecall: 0.667,
		QuotePrecision: 0.667, SpeakerAcc: 0.333, BadOffsets: 1,
		PerTypeRecall: map[string]string{"LOCATION": "1/1", "COUNTRY": "1/1", "LEADER": "0/1", "PERSON": "0/1"}}, r.Summary())

	// a second article adds to the first
	r.Add(a, &entity.Document{})
	assert.Equal(t, Counts{TP: 2, FP: 2, FN: 6}, r.Strict)
	assert.Equal(t, 6, r.QuotesGold)
}

func TestSpeakerMatches(t *testing.T) {
	sp := func(name, text string) *entity.Speaker { return &entity.Speaker{Name: name, Text: text} }
	for _, tc := range []struct {
		name string
		sp   *entity.Speaker
		want bool
	}{
		{"Retno Marsudi", sp("Retno Marsudi", "Retno"), true},
		{"Retno Marsudi", sp("", " marsudi,"), true},
		{"Lim Soo-suk", sp("Lim Soo-suk", "Lim"), true}, // both halves of the hyphenated name
		{"Lim Soo-suk", sp("", "Soo Lim"), false},       // one half is not enough
		{"Kim Jong-un", sp("", "Jong-Un"), true},
		{"-", sp("", "anything -"), false}, // a last name with no word in it
		{"Park", sp("", "park_x"), false},
		{"", sp("", "anything"), false},
		{"Park", nil, false},
	} {
		assert.Equal(t, tc.want, SpeakerMatches(tc.name, tc.sp), "%q %+v", tc.name, tc.sp)
	}
}

func TestRound3(t *testing.T) {
	// Values and results from Python 3's round(x, 3).
	for _, tc := range []struct{ x, want float64 }{
		{0.0625, 0.062}, {0.0005, 0.001}, {0.0015, 0.002}, {0.0025, 0.003}, {2.0 / 3, 0.667},
		{0.1235, 0.123}, {0.9995, 1}, {1.0005, 1}, {0.00125, 0.001}, {0, 0}, {1, 1},
	} {
		assert.Equal(t, tc.want, Round3(tc.x), "Round3(%v)", tc.x)
	}
}

func TestScoreErrors(t *testing.T) {
	_, err := Score(nil, "testdata/*.none")
	assert.True(t, errors.Is(err, ErrNoFiles), "%v", err)
	_, err = ScoreFiles(nil, "testdata/banjir.marked.txt", "testdata/none.marked.txt")
	assert.Error(t, err)
}

func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Song Joong-ki", "Song Joong Ki", true},
		{"lim soo suk", "Lim Soo-suk", true},
		{"Retno Marsudi", "Retno  Marsudi", true},
		{"Retno Marsudi", "Retno", false},
		{"Theresa Lazaro", "Ma. Theresa Lazaro", false},
		{"IMF", "Dana Moneter Internasional", false},
		{"", "", true},
	} {
		assert.Equal(t, tc.want, SameName(tc.a, tc.b), "%q %q", tc.a, tc.b)
	}
}
