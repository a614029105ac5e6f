package main

import (
	"reflect"
	"testing"

	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/internal/conll"
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

func TestScore(t *testing.T) {
	sents := conll.Parse(gold)
	m := func(typ string, start, end int) conll.Mention {
		return conll.Mention{Type: typ, Start: start, End: end}
	}
	preds := [][]conll.Mention{
		{
			m("PER", 0, 11),  // Joko Widodo: right
			m("PER", 0, 11),  // a duplicate counts once
			m("LOC", 20, 27), // Jakarta: right
		},
		{
			m("PER", 0, 19),   // Menteri Sri Mulyani: wrong start, so one FP and one FN
			m("ORG", 25, 45),  // Kementerian Keuangan: right
			m("LOC", 27, 36),  // inside a token: misaligned, one FP
			m("WEAPON", 0, 7), // not a gold type: ignored
		},
		nil, // Bandung missed: one FN
	}
	got := score(sents, preds)
	want := Accuracy{
		Report: conll.Report{
			Sentences: 3,
			MicroP:    0.6, MicroR: 0.6, MicroF1: 0.6,
			MacroF1: 0.667,
			PerType: map[string]conll.PRF{
				"PER": {P: 0.5, R: 0.5, F1: 0.5},
				"ORG": {P: 1, R: 1, F1: 1},
				"LOC": {P: 0.5, R: 0.5, F1: 0.5},
			},
		},
		Counts: map[string]entitytest.Counts{
			"PER": {TP: 1, FP: 1, FN: 1},
			"ORG": {TP: 1},
			"LOC": {TP: 1, FP: 1, FN: 1},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}
