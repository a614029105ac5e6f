package conll

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// gold holds three sentences; the POS column is there to check that the tag is
// taken from the last field.
const gold = `Joko PROPN B-PER
Widodo PROPN I-PER
tiba VERB O
di ADP O
Jakarta PROPN B-LOC
. PUNCT O

Menteri NOUN O
Sri PROPN B-PER
Mulyani PROPN I-PER
dari ADP O
Kementerian PROPN B-ORG
Keuangan PROPN I-ORG

Ia PRON O
berkata VERB O
di ADP O
Bandung PROPN B-LOC
`

func TestParse(t *testing.T) {
	sents := Parse([]byte(gold))
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	s := sents[0]
	if want := "Joko Widodo tiba di Jakarta ."; s.Text != want {
		t.Errorf("text %q, want %q", s.Text, want)
	}
	if want := [2]int{20, 27}; s.Offsets[4] != want {
		t.Errorf("offsets of Jakarta %v, want %v", s.Offsets[4], want)
	}
	for _, s := range sents {
		for i, o := range s.Offsets {
			if s.Text[o[0]:o[1]] != s.Tokens[i] {
				t.Errorf("%q[%d:%d] != %q", s.Text, o[0], o[1], s.Tokens[i])
			}
		}
	}
	// Windows and old-Mac line ends split lines as Python's text mode does.
	crlf := Parse([]byte("A X B-PER\r\nb X O\r\rC X B-LOC\r"))
	if len(crlf) != 2 || crlf[0].Text != "A b" || crlf[1].Tags[0] != "B-LOC" {
		t.Errorf("CR line ends: got %+v", crlf)
	}
}

func TestGoldSpans(t *testing.T) {
	// An I- tag of another type, or after O, starts a span, as in conll_eval.py.
	got := goldSpans([]string{"B-PER", "I-ORG", "I-ORG", "O", "I-LOC", "B-LOC", "I-LOC"})
	want := map[span]bool{{"PER", 0, 1}: true, {"ORG", 1, 3}: true, {"LOC", 4, 5}: true, {"LOC", 5, 7}: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestScore(t *testing.T) {
	sents := Parse([]byte(gold))
	preds := [][]Mention{
		{
			{"PER", 0, 11},  // Joko Widodo: right
			{"PER", 0, 11},  // a duplicate counts once
			{"LOC", 20, 27}, // Jakarta: right
		},
		{
			{"PER", 0, 19},   // Menteri Sri Mulyani: wrong start, so one FP and one FN
			{"ORG", 25, 45},  // Kementerian Keuangan: right
			{"LOC", 27, 36},  // inside a token: misaligned, one FP
			{"WEAPON", 0, 7}, // not a gold type: ignored
		},
		nil, // Bandung missed: one FN
	}
	got := Score(sents, preds)
	want := Result{
		Sentences: 3,
		MicroP:    0.6, MicroR: 0.6, MicroF1: 0.6,
		MacroF1: 0.667,
		PerType: map[string]PRF{
			"PER": {0.5, 0.5, 0.5},
			"ORG": {1, 1, 1},
			"LOC": {0.5, 0.5, 0.5},
		},
		Counts: map[string]Counts{
			"PER": {TP: 1, FP: 1, FN: 1},
			"ORG": {TP: 1},
			"LOC": {TP: 1, FP: 1, FN: 1},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestRound3(t *testing.T) {
	// Python: round(1.0005, 3) == 1.0, round(0.0005, 3) == 0.001,
	// round(0.0625, 3) == 0.062, round(0.1235, 3) == 0.123.
	for x, want := range map[float64]float64{1.0005: 1.0, 0.0005: 0.001, 0.0625: 0.062, 0.1235: 0.123, 2.0 / 3: 0.667} {
		if got := round3(x); got != want {
			t.Errorf("round3(%v) = %v, want %v", x, got, want)
		}
	}
}

// TestTestFile checks the shared test set parses into the sentences the
// script reports (509), when ../shared is there.
func TestTestFile(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "eval", "idner-news-2k", "test.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no ../shared beside the repository")
	}
	sents, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 509 {
		t.Errorf("%d sentences, want 509", len(sents))
	}
}
