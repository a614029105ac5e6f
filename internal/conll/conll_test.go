package conll

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/internal/newscorpus"
)

// Counts are the counts the package adds up.
type Counts = entitytest.Counts

// sent builds a sentence from "token/TAG" words.
func sent(line int, words string) Sentence {
	s := Sentence{Line: line}
	for w := range strings.FieldsSeq(words) {
		tok, tag, _ := strings.Cut(w, "/")
		s.Tokens = append(s.Tokens, tok)
		s.Tags = append(s.Tags, tag)
	}
	return s
}

func TestParse(t *testing.T) {
	// The sentences are those of conll_eval.py's read_conll on the same bytes.
	for _, tc := range []struct {
		name, text string
		want       []Sentence
	}{
		{"POS column", "Joko PROPN B-PER\nWidodo PROPN I-PER\n\nKPK B-ORG\n",
			[]Sentence{sent(1, "Joko/B-PER Widodo/I-PER"), sent(4, "KPK/B-ORG")}},
		{"tabs and runs of blanks", "Joko\tB-PER\n  Widodo \t I-PER  \n\t\n",
			[]Sentence{sent(1, "Joko/B-PER Widodo/I-PER")}},
		{"CRLF and CR line ends", "A X B-PER\r\nb X O\r\rC X B-LOC\r",
			[]Sentence{sent(1, "A/B-PER b/O"), sent(4, "C/B-LOC")}},
		{"several blank lines", "\n\n \nA O\n\n\n\nB O\n\n",
			[]Sentence{sent(4, "A/O"), sent(8, "B/O")}},
		{"one field is token and tag", "A\nB O\n",
			[]Sentence{sent(1, "A/A B/O")}},
		{"Unicode white space and separators", "A\u00a0B-PER\nB\u3000I-PER\n\u2028\nC\x1cO\nD\u0085O\n",
			[]Sentence{sent(1, "A/B-PER B/I-PER"), sent(4, "C/O D/O")}},
		{"zero-width space is no space", "A\u200bB O\n",
			[]Sentence{sent(1, "A\u200bB/O")}},
		{"no final newline", "A O",
			[]Sentence{sent(1, "A/O")}},
		{"empty", "", nil},
		{"blank only", " \n\t\r\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Parse(tc.text))
		})
	}
}

func TestFields(t *testing.T) {
	// Results of Python 3's str.split().
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"a b", []string{"a", "b"}},
		{"  a\t\tb \n", []string{"a", "b"}},
		{"a\x1cb\x1dc\x1ed\x1ff", []string{"a", "b", "c", "d", "f"}},
		{"a\u00a0b\u2028c\u0085d\u3000e", []string{"a", "b", "c", "d", "e"}},
		{"a\u200bb\ufeffc", []string{"a\u200bb\ufeffc"}},
		{" \t ", []string{}},
	} {
		assert.Equal(t, tc.want, Fields(tc.in), "%q", tc.in)
	}
}

func TestTextAndOffsets(t *testing.T) {
	for _, tc := range []struct {
		tokens []string
		text   string
		offs   [][2]int
	}{
		{[]string{"Joko", "Widodo", "."}, "Joko Widodo .", [][2]int{{0, 4}, {5, 11}, {12, 13}}},
		// Offsets are bytes, as conll_eval.py counts len(t.encode()).
		{[]string{"Sjögren", "ke", "東京"}, "Sjögren ke 東京", [][2]int{{0, 8}, {9, 11}, {12, 18}}},
		{[]string{"“Ya”"}, "“Ya”", [][2]int{{0, 8}}},
		{nil, "", [][2]int{}},
	} {
		s := Sentence{Tokens: tc.tokens}
		assert.Equal(t, tc.text, s.Text())
		assert.Equal(t, tc.offs, s.Offsets(), "%q", tc.text)
		for i, o := range s.Offsets() {
			assert.Equal(t, tc.tokens[i], s.Text()[o[0]:o[1]])
		}
	}
}

func TestSpans(t *testing.T) {
	// Results of conll_eval.py's spans(), in text order.
	for _, tc := range []struct {
		tags string
		want []Span
	}{
		{"O B-PER I-PER O", []Span{{"PER", 1, 3}}},
		{"B-PER B-PER", []Span{{"PER", 0, 1}, {"PER", 1, 2}}},
		{"I-ORG I-ORG O I-LOC", []Span{{"ORG", 0, 2}, {"LOC", 3, 4}}},
		{"B-PER I-LOC", []Span{{"PER", 0, 1}, {"LOC", 1, 2}}},
		{"B-PER S-X I-PER", []Span{{"PER", 0, 3}}}, // neither B-, I- nor O: continues
		{"X I-PER", []Span{{"PER", 1, 2}}},         // ... and is nothing outside a span
		{"B-MISC", []Span{{"MISC", 0, 1}}},
		{"I-PER", []Span{{"PER", 0, 1}}},
		{"B-PER I-PER", []Span{{"PER", 0, 2}}},
		{"O O", []Span{}},
		{"", []Span{}},
		// Tags with an empty type, as the script reads them.
		{"I- I-", []Span{{"", 0, 2}}},
		{"O I- X", []Span{{"", 1, 3}}},
		{"B- I-", []Span{{"", 0, 2}}},
		{"B-PER I- I-PER", []Span{{"PER", 0, 1}, {"", 1, 2}, {"PER", 2, 3}}},
	} {
		got := Sorted(Spans(strings.Fields(tc.tags)))
		if len(tc.want) == 0 {
			assert.Empty(t, got, tc.tags)
			continue
		}
		assert.Equal(t, tc.want, got, tc.tags)
	}
}

func TestSorted(t *testing.T) {
	set := map[Span]bool{{"PER", 3, 4}: true, {"LOC", 0, 2}: true, {"ORG", 0, 1}: true, {"LOC", 0, 1}: true, {"PER", -6, -1}: true}
	assert.Equal(t, []Span{{"PER", -6, -1}, {"LOC", 0, 1}, {"ORG", 0, 1}, {"LOC", 0, 2}, {"PER", 3, 4}}, Sorted(set))
}

func TestGoldType(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"LEADER", "PER"}, {"PERSON", "PER"}, {"PER", "PER"},
		{"COUNTRY", "LOC"}, {"LOCATION", "LOC"}, {"GPE", "LOC"}, {"LOC", "LOC"},
		{"ORGANIZATION", "ORG"}, {"ORG", "ORG"},
		{"WEAPON", ""}, {"person", ""}, {"", ""}, {"MISC", ""},
	} {
		got, ok := GoldType(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.want != "", ok, tc.in)
	}
}

func TestScore(t *testing.T) {
	// Menteri 0-7, Sri 8-11, Mulyani 12-19, dari 20-24, Kementerian 25-36, Keuangan 37-45,
	// di 46-48, Jakarta 49-56.
	s := sent(1, "Menteri/O Sri/B-PER Mulyani/I-PER dari/O Kementerian/B-ORG Keuangan/I-ORG di/O Jakarta/B-LOC")
	m := func(typ string, start, end int) Mention { return Mention{Type: typ, Start: start, End: end} }
	for _, tc := range []struct {
		name  string
		preds []Mention
		want  []Outcome
	}{
		{"none", nil, []Outcome{
			{Type: "PER", Missed: []Span{{"PER", 1, 3}}},
			{Type: "ORG", Missed: []Span{{"ORG", 4, 6}}},
			{Type: "LOC", Missed: []Span{{"LOC", 7, 8}}},
		}},
		{"all right, one twice", []Mention{m("LOC", 49, 56), m("PER", 8, 19), m("ORG", 25, 45), m("PER", 8, 19)}, []Outcome{
			{Type: "PER", TP: 1}, {Type: "ORG", TP: 1}, {Type: "LOC", TP: 1},
		}},
		{"wrong extent and wrong type", []Mention{m("PER", 0, 19), m("LOC", 25, 45), m("ORG", 49, 56)}, []Outcome{
			{Type: "PER", Missed: []Span{{"PER", 1, 3}}, Spurious: []Span{{"PER", 0, 3}}},
			{Type: "ORG", Missed: []Span{{"ORG", 4, 6}}, Spurious: []Span{{"ORG", 7, 8}}},
			{Type: "LOC", Missed: []Span{{"LOC", 7, 8}}, Spurious: []Span{{"LOC", 4, 6}}},
		}},
		{"off token boundaries", []Mention{m("PER", 9, 19), m("PER", 8, 18), m("LOC", 49, 57), m("ORG", 24, 45)}, []Outcome{
			{Type: "PER", Missed: []Span{{"PER", 1, 3}}, Spurious: []Span{{"PER", -10, -1}, {"PER", -9, -1}}},
			{Type: "ORG", Missed: []Span{{"ORG", 4, 6}}, Spurious: []Span{{"ORG", -25, -1}}},
			{Type: "LOC", Missed: []Span{{"LOC", 7, 8}}, Spurious: []Span{{"LOC", -50, -1}}},
		}},
		{"types not scored", []Mention{m("WEAPON", 0, 7), m("PERSON", 8, 19), m("LOC", 49, 56)}, []Outcome{
			{Type: "PER", Missed: []Span{{"PER", 1, 3}}},
			{Type: "ORG", Missed: []Span{{"ORG", 4, 6}}},
			{Type: "LOC", TP: 1},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, s.Score(tc.preds))
		})
	}
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		c         Counts
		p, r, f1  float64
		fromScore Outcome
	}{
		{Counts{}, 0, 0, 0, Outcome{}},
		{Counts{TP: 3}, 1, 1, 1, Outcome{TP: 3}},
		{Counts{FP: 2}, 0, 0, 0, Outcome{Spurious: make([]Span, 2)}},
		{Counts{FN: 2}, 0, 0, 0, Outcome{Missed: make([]Span, 2)}},
		{Counts{TP: 1, FP: 1, FN: 3}, 0.5, 0.25, 1.0 / 3, Outcome{TP: 1, Spurious: make([]Span, 1), Missed: make([]Span, 3)}},
		{Counts{TP: 2, FP: 1}, 2.0 / 3, 1, 0.8, Outcome{TP: 2, Spurious: make([]Span, 1)}},
	} {
		p, r, f1 := tc.c.PRF()
		assert.InDelta(t, tc.p, p, 1e-15, "%+v", tc.c)
		assert.InDelta(t, tc.r, r, 1e-15, "%+v", tc.c)
		assert.InDelta(t, tc.f1, f1, 1e-15, "%+v", tc.c)
		assert.Equal(t, tc.c, tc.fromScore.Counts())
	}
}

func TestTally(t *testing.T) {
	var tally Tally
	assert.Equal(t, Counts{}, tally.Micro())
	assert.Equal(t, 0.0, tally.MacroF1())
	tally.Add([]Outcome{{Type: "PER", TP: 1, Missed: make([]Span, 1)}, {Type: "ORG", TP: 1}, {Type: "LOC"}})
	tally.Add([]Outcome{{Type: "PER", Spurious: make([]Span, 1)}, {Type: "ORG"}, {Type: "LOC", TP: 2, Spurious: make([]Span, 2)}})
	assert.Equal(t, Counts{TP: 1, FP: 1, FN: 1}, tally.Of("PER"))
	assert.Equal(t, Counts{TP: 1}, tally.Of("ORG"))
	assert.Equal(t, Counts{TP: 2, FP: 2}, tally.Of("LOC"))
	assert.Equal(t, Counts{TP: 4, FP: 3, FN: 1}, tally.Micro())
	// (0.5 + 1 + 2/3) / 3, added in that order.
	assert.Equal(t, (0.5+1+2.0/3)/3, tally.MacroF1())
	assert.Equal(t, Report{Sentences: 2, MicroP: 0.571, MicroR: 0.8, MicroF1: 0.667, MacroF1: 0.722,
		PerType: map[string]PRF{"PER": {P: 0.5, R: 0.5, F1: 0.5}, "ORG": {P: 1, R: 1, F1: 1}, "LOC": {P: 0.5, R: 1, F1: 0.667}}}, tally.Report(2))
}

func TestMentions(t *testing.T) {
	got := Mentions([]entity.Entity{
		{Type: entity.Leader, Start: 0, End: 4}, {Type: entity.Country, Start: 5, End: 9},
		{Type: entity.Organization, Start: 10, End: 13}, {Type: entity.Weapon, Start: 14, End: 18}, {Start: 19, End: 20},
	})
	assert.Equal(t, []Mention{{"PER", 0, 4}, {"LOC", 5, 9}, {"ORG", 10, 13}}, got)
}

// TestTestFile checks that the shared test set parses into the sentences conll_eval.py
// reports (509), when ../shared is there.
func TestTestFile(t *testing.T) {
	path, ok := newscorpus.SharedPath("eval/idner-news-2k/test.txt")
	if !ok {
		t.Skip("../shared is absent")
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	sents := Parse(string(data))
	assert.Len(t, sents, 509)
	for _, s := range sents {
		require.Len(t, s.Tags, len(s.Tokens))
	}
}
