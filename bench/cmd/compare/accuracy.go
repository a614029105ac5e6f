package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/entitas-id/entitas/internal/conll"
)

// Accuracy is a tool's score on a CoNLL file, every figure rounded to three decimals as
// ../shared/tools/conll_eval.py rounds them (macro F1 is the rounded mean of the
// unrounded per-type F1s); the JSON field names are the script's --json ones, plus the
// counts.
type Accuracy struct {
	Sentences int                     `json:"sentences"`
	MicroP    float64                 `json:"micro_p"`
	MicroR    float64                 `json:"micro_r"`
	MicroF1   float64                 `json:"micro_f1"`
	MacroF1   float64                 `json:"macro_f1"`
	PerType   map[string]PRF          `json:"per_type"`
	Counts    map[string]conll.Counts `json:"counts"`
}

// PRF is precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// readEval reads a CoNLL file (token [POS...] TAG a line, blank lines between sentences).
func readEval(path string) ([]conll.Sentence, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	return conll.Parse(string(data)), nil
}

// score scores predictions, one slice per sentence, already mapped to the gold types
// (conll.GoldType).
func score(sents []conll.Sentence, preds [][]conll.Mention) Accuracy {
	if len(preds) != len(sents) {
		panic(fmt.Sprintf("conll: %d predictions for %d sentences", len(preds), len(sents)))
	}
	var tally conll.Tally
	for k, s := range sents {
		tally.Add(s.Score(preds[k]))
	}
	a := Accuracy{Sentences: len(sents), PerType: map[string]PRF{}, Counts: map[string]conll.Counts{}}
	for _, t := range conll.Types {
		a.Counts[t] = tally.Of(t)
		a.PerType[t] = roundPRF(tally.Of(t))
	}
	micro := roundPRF(tally.Micro())
	a.MicroP, a.MicroR, a.MicroF1 = micro.P, micro.R, micro.F1
	a.MacroF1 = round3(tally.MacroF1())
	return a
}

// roundPRF returns the rounded precision, recall and F1 of c.
func roundPRF(c conll.Counts) PRF {
	p, r, f := c.PRF()
	return PRF{round3(p), round3(r), round3(f)}
}

// round3 rounds x to three decimals as Python's round(x, 3) does: correctly rounded from
// the exact binary value, ties to even.
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}
