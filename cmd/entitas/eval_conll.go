package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/conll"
)

// CoNLL scoring, as ../shared/tools/conll_eval.py does it: each sentence (token [POS] TAG a
// line, blank line between sentences) becomes one document of its tokens joined by single
// spaces; our types map to the gold's PER, ORG and LOC; a prediction counts when it covers
// exactly the gold tokens. Package conll reads, matches and counts; here are the -show
// lists and the report with the script's keys and rounding.

// conllSentence is one sentence of a CoNLL file: a conll.Sentence under the names eval and
// its tests use.
type conllSentence struct {
	line   int // where it starts in the file
	tokens []string
	tags   []string
}

// parseConll returns the sentences of a CoNLL file's text (read with readPyText).
func parseConll(text string) []conllSentence {
	var sents []conllSentence
	for _, s := range conll.Parse(text) {
		sents = append(sents, conllSentence{s.Line, s.Tokens, s.Tags})
	}
	return sents
}

// conllEval accumulates the scores of CoNLL files.
type conllEval struct {
	files     []string
	sentences int
	tally     conll.Tally
}

// score runs extract over the sentences of a file (its first limit sentences when
// limit > 0) and counts; with show, it lists misses and false positives.
func (ev *conllEval) score(path string, sents []conllSentence, limit int, extract func(string) []entity.Entity, show io.Writer) {
	if limit > 0 && len(sents) > limit {
		sents = sents[:limit]
	}
	ev.files = append(ev.files, path)
	ev.sentences += len(sents)
	for _, cs := range sents {
		s := conll.Sentence{Line: cs.line, Tokens: cs.tokens, Tags: cs.tags}
		var got []conll.Mention
		for _, e := range extract(s.Text()) {
			if t, ok := conll.GoldType(typeName(e.Type)); ok {
				got = append(got, conll.Mention{Type: t, Start: e.Start, End: e.End})
			}
		}
		outs := s.Score(got)
		ev.tally.Add(outs)
		if show == nil {
			continue
		}
		for _, o := range outs {
			for _, g := range o.Missed {
				fmt.Fprintf(show, "  MISS %s:%d %s %q\n", filepath.Base(path), s.Line, o.Type, strings.Join(s.Tokens[g.Start:g.End], " "))
			}
			for _, p := range o.Spurious {
				fmt.Fprintf(show, "  FP   %s:%d %s %s\n", filepath.Base(path), s.Line, o.Type, spanText(s.Tokens, p))
			}
		}
	}
}

// spanText shows a predicted span: its tokens, or where it is off the token boundaries.
func spanText(tokens []string, p conll.Span) string {
	if p.Start < 0 {
		return fmt.Sprintf("(not on token boundaries, byte %d)", -1-p.Start)
	}
	return fmt.Sprintf("%q", strings.Join(tokens[p.Start:p.End], " "))
}

// counts are true positives, false positives and false negatives (eval_marked.go's).
type counts struct{ tp, fp, fn int }

// prf returns precision, recall and F1, unrounded, as both scripts compute them.
func (c counts) prf() (p, r, f float64) {
	return conll.Counts{TP: c.tp, FP: c.fp, FN: c.fn}.PRF()
}

// conllReport is the figures of conll_eval.py --json, with the same keys and rounding.
type conllReport struct {
	Sentences int     `json:"sentences"`
	MicroP    float64 `json:"micro_p"`
	MicroR    float64 `json:"micro_r"`
	MicroF1   float64 `json:"micro_f1"`
	MacroF1   float64 `json:"macro_f1"`
	PerType   struct {
		PER prfReport `json:"PER"`
		ORG prfReport `json:"ORG"`
		LOC prfReport `json:"LOC"`
	} `json:"per_type"`
}

type prfReport struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func (ev *conllEval) report() *conllReport {
	rep := &conllReport{Sentences: ev.sentences}
	per := map[string]*prfReport{"PER": &rep.PerType.PER, "ORG": &rep.PerType.ORG, "LOC": &rep.PerType.LOC}
	for _, t := range conll.Types {
		p, r, f := ev.tally.Of(t).PRF()
		*per[t] = prfReport{pyRound3(p), pyRound3(r), pyRound3(f)}
	}
	rep.MacroF1 = pyRound3(ev.tally.MacroF1())
	p, r, f := ev.tally.Micro().PRF()
	rep.MicroP, rep.MicroR, rep.MicroF1 = pyRound3(p), pyRound3(r), pyRound3(f)
	return rep
}

func (rep *conllReport) print(w io.Writer, files []string) {
	fmt.Fprintf(w, "CoNLL %s: %d sentences (exact match, LEADER/PERSON=PER, COUNTRY/LOCATION=LOC, ORGANIZATION=ORG)\n",
		fileList(files, "file", "files"), rep.Sentences)
	fmt.Fprintf(w, "  %-6s %6s %6s %6s\n", "", "P", "R", "F1")
	for _, row := range []struct {
		name string
		v    prfReport
	}{{"PER", rep.PerType.PER}, {"ORG", rep.PerType.ORG}, {"LOC", rep.PerType.LOC},
		{"micro", prfReport{rep.MicroP, rep.MicroR, rep.MicroF1}}} {
		fmt.Fprintf(w, "  %-6s %6.3f %6.3f %6.3f\n", row.name, row.v.P, row.v.R, row.v.F1)
	}
	fmt.Fprintf(w, "  macro F1 %.3f\n", rep.MacroF1)
}
