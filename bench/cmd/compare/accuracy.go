package main

import (
	"fmt"
	"os"

	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/internal/conll"
)

// Accuracy is a tool's score on a CoNLL file: the figures of
// ../shared/tools/conll_eval.py --json, with its keys and rounding (conll.Report), and the
// counts behind them.
type Accuracy struct {
	conll.Report
	Counts map[string]entitytest.Counts `json:"counts"`
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
	a := Accuracy{Report: tally.Report(len(sents)), Counts: map[string]entitytest.Counts{}}
	for _, t := range conll.Types {
		a.Counts[t] = tally.Of(t)
	}
	return a
}
