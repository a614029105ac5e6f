package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/entitas-id/entitas/entity"
)

// CoNLL scoring, as ../shared/tools/conll_eval.py does it: each sentence (token [POS] TAG a
// line, blank line between sentences) becomes one document of its tokens joined by single
// spaces; our types map to the gold's PER, ORG and LOC; a prediction counts when it covers
// exactly the gold tokens.

// conllTypes maps predicted types to the gold's; other types are not scored.
var conllTypes = map[string]string{"LEADER": "PER", "PERSON": "PER", "COUNTRY": "LOC", "LOCATION": "LOC",
	"ORGANIZATION": "ORG", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "GPE": "LOC"}

// conllScored are the scored gold types, in the scorer's order (which the macro average's
// float additions follow).
var conllScored = []string{"PER", "ORG", "LOC"}

// conllSentence is one sentence of a CoNLL file.
type conllSentence struct {
	line   int // where it starts in the file
	tokens []string
	tags   []string
}

// parseConll returns the sentences of a CoNLL file's text (read with readPyText).
func parseConll(text string) []conllSentence {
	var sents []conllSentence
	var cur conllSentence
	for n, line := range strings.Split(text, "\n") {
		parts := pyFields(line)
		if len(parts) == 0 {
			if len(cur.tokens) > 0 {
				sents = append(sents, cur)
				cur = conllSentence{}
			}
			continue
		}
		if len(cur.tokens) == 0 {
			cur.line = n + 1
		}
		cur.tokens = append(cur.tokens, parts[0])
		cur.tags = append(cur.tags, parts[len(parts)-1])
	}
	if len(cur.tokens) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// tokenSpan is an entity as a type and a half-open range of token indices.
type tokenSpan struct {
	typ        string
	start, end int
}

// bioSpans returns the entities a BIO tag sequence marks.
func bioSpans(tags []string) map[tokenSpan]bool {
	out := map[tokenSpan]bool{}
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		if t == "O" || strings.HasPrefix(t, "B-") || (strings.HasPrefix(t, "I-") && t[2:] != typ) {
			if start >= 0 {
				out[tokenSpan{typ, start, i}] = true
				start, typ = -1, ""
			}
			if t != "O" {
				start, typ = i, t[2:]
			}
		}
	}
	return out
}

// counts are true positives, false positives and false negatives.
type counts struct{ tp, fp, fn int }

func (c counts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// conllEval accumulates the scores of CoNLL files.
type conllEval struct {
	files     []string
	sentences int
	counts    map[string]*counts
}

// score runs extract over the sentences of a file (its first limit sentences when
// limit > 0) and counts; with show, it lists misses and false positives.
func (ev *conllEval) score(path string, sents []conllSentence, limit int, extract func(string) []entity.Entity, show io.Writer) {
	if ev.counts == nil {
		ev.counts = map[string]*counts{}
		for _, t := range conllScored {
			ev.counts[t] = &counts{}
		}
	}
	if limit > 0 && len(sents) > limit {
		sents = sents[:limit]
	}
	ev.files = append(ev.files, path)
	ev.sentences += len(sents)
	for _, s := range sents {
		text := strings.Join(s.tokens, " ")
		starts, ends := map[int]int{}, map[int]int{}
		pos := 0
		for i, t := range s.tokens {
			starts[pos] = i
			ends[pos+len(t)] = i
			pos += len(t) + 1
		}
		gold := bioSpans(s.tags)
		got := map[tokenSpan]bool{}
		for _, e := range extract(text) {
			t, ok := conllTypes[typeName(e.Type)]
			if !ok {
				continue
			}
			i, ok1 := starts[e.Start]
			j, ok2 := ends[e.End]
			if !ok1 || !ok2 {
				got[tokenSpan{t, -1 - e.Start, -1}] = true // misaligned: can never match
			} else {
				got[tokenSpan{t, i, j + 1}] = true
			}
		}
		for _, t := range conllScored {
			c := ev.counts[t]
			for _, g := range sortedSpans(gold) {
				if g.typ != t {
					continue
				}
				if got[g] {
					c.tp++
					continue
				}
				c.fn++
				if show != nil {
					fmt.Fprintf(show, "  MISS %s:%d %s %q\n", filepath.Base(path), s.line, t, strings.Join(s.tokens[g.start:g.end], " "))
				}
			}
			for _, p := range sortedSpans(got) {
				if p.typ != t || gold[p] {
					continue
				}
				c.fp++
				if show != nil {
					fmt.Fprintf(show, "  FP   %s:%d %s %s\n", filepath.Base(path), s.line, t, spanText(s.tokens, p))
				}
			}
		}
	}
}

// sortedSpans returns the spans of a set in text order, so that -show lists are stable.
func sortedSpans(set map[tokenSpan]bool) []tokenSpan {
	spans := slices.Collect(maps.Keys(set))
	slices.SortFunc(spans, func(a, b tokenSpan) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.typ, b.typ))
	})
	return spans
}

// spanText shows a predicted span: its tokens, or "(misaligned at byte N)".
func spanText(tokens []string, p tokenSpan) string {
	if p.start < 0 {
		return fmt.Sprintf("(not on token boundaries, byte %d)", -1-p.start)
	}
	return fmt.Sprintf("%q", strings.Join(tokens[p.start:p.end], " "))
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
	var tot counts
	var sumF float64
	per := map[string]*prfReport{"PER": &rep.PerType.PER, "ORG": &rep.PerType.ORG, "LOC": &rep.PerType.LOC}
	for _, t := range conllScored {
		c := ev.counts[t]
		tot.tp += c.tp
		tot.fp += c.fp
		tot.fn += c.fn
		p, r, f := c.prf()
		sumF += f
		*per[t] = prfReport{pyRound3(p), pyRound3(r), pyRound3(f)}
	}
	rep.MacroF1 = pyRound3(sumF / float64(len(conllScored)))
	p, r, f := tot.prf()
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
