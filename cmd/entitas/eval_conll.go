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
// exactly the gold tokens. Package conll reads, matches, counts and rounds; here are the
// -show lists and the printed table.

// conllEval accumulates the scores of CoNLL files.
type conllEval struct {
	files     []string
	sentences int
	tally     conll.Tally
}

// score runs extract over the sentences of a file (its first limit sentences when
// limit > 0) and counts; with show, it lists misses and false positives.
func (ev *conllEval) score(path string, sents []conll.Sentence, limit int, extract func(string) []entity.Entity, show io.Writer) {
	if limit > 0 && len(sents) > limit {
		sents = sents[:limit]
	}
	ev.files = append(ev.files, path)
	ev.sentences += len(sents)
	for _, s := range sents {
		outs := s.Score(conll.Mentions(extract(s.Text())))
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

// printConll prints the figures of CoNLL files.
func printConll(w io.Writer, rep *conll.Report, files []string) {
	fmt.Fprintf(w, "CoNLL %s: %d sentences (exact match, LEADER/PERSON=PER, COUNTRY/LOCATION=LOC, ORGANIZATION=ORG)\n",
		fileList(files, "file", "files"), rep.Sentences)
	fmt.Fprintf(w, "  %-6s %6s %6s %6s\n", "", "P", "R", "F1")
	for _, t := range conll.Types {
		v := rep.PerType[t]
		fmt.Fprintf(w, "  %-6s %6.3f %6.3f %6.3f\n", t, v.P, v.R, v.F1)
	}
	fmt.Fprintf(w, "  %-6s %6.3f %6.3f %6.3f\n", "micro", rep.MicroP, rep.MicroR, rep.MicroF1)
	fmt.Fprintf(w, "  macro F1 %.3f\n", rep.MacroF1)
}
