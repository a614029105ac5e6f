// Package conll reads a CoNLL NER file and scores predicted entity spans
// against it exactly as ../shared/tools/conll_eval.py does, so that a score
// computed here equals what that script reports for the command line:
//
//   - each sentence becomes one document: its tokens joined by single spaces;
//   - gold spans come from B-/I- tags (an I- tag of another type starts a new span);
//   - a prediction counts only when it starts on a gold token's first byte and
//     ends on a gold token's last byte, with the same type (exact match);
//     predictions are a set, so a duplicate counts once; one off the token
//     boundaries is a false positive;
//   - P, R and F1 are rounded to three decimals as Python's round does, and
//     macro F1 is the rounded mean of the unrounded per-type F1s.
package conll

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

// Types are the gold types, in the order reports print them.
var Types = []string{"PER", "ORG", "LOC"}

// Sentence is one CoNLL sentence and the plain text an extractor sees.
type Sentence struct {
	Text    string
	Tokens  []string
	Tags    []string
	Offsets [][2]int // byte offsets of each token in Text, half-open
}

// Mention is a predicted entity already mapped to a gold type (PER, ORG, LOC).
type Mention struct {
	Type       string
	Start, End int // byte offsets into the sentence text, half-open
}

// ReadFile reads a CoNLL file (token [POS...] TAG per line, blank lines between
// sentences).
func ReadFile(path string) ([]Sentence, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	return Parse(data), nil
}

// Parse splits lines the way Python's text mode does (\n, \r\n, \r) and fields
// the way str.split() does; the first field is the token, the last the tag.
func Parse(data []byte) []Sentence {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	var out []Sentence
	var toks, tags []string
	flush := func() {
		if len(toks) > 0 {
			out = append(out, newSentence(toks, tags))
			toks, tags = nil, nil
		}
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		parts := strings.FieldsFunc(line, isPySpace)
		if len(parts) == 0 {
			flush()
			continue
		}
		toks = append(toks, parts[0])
		tags = append(tags, parts[len(parts)-1])
	}
	flush()
	return out
}

// isPySpace reports whether Python's str.isspace holds for r: Go's
// unicode.IsSpace plus the four ASCII separators U+001C..U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func newSentence(toks, tags []string) Sentence {
	s := Sentence{Tokens: toks, Tags: tags, Offsets: make([][2]int, len(toks))}
	pos := 0
	for i, t := range toks {
		s.Offsets[i] = [2]int{pos, pos + len(t)}
		pos += len(t) + 1
	}
	s.Text = strings.Join(toks, " ")
	return s
}

// span is a typed half-open range of token indices; Start < 0 marks a
// prediction whose offsets do not fall on token boundaries.
type span struct {
	Type       string
	Start, End int
}

// goldSpans decodes IOB tags into spans, as conll_eval.py's spans() does.
func goldSpans(tags []string) map[span]bool {
	out := map[span]bool{}
	start, typ := -1, ""
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		if t == "O" || strings.HasPrefix(t, "B-") || (strings.HasPrefix(t, "I-") && t[2:] != typ) {
			if start >= 0 {
				out[span{typ, start, i}] = true
				start, typ = -1, ""
			}
			if t != "O" {
				start, typ = i, t[2:]
			}
		}
	}
	return out
}

// Counts holds true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// PRF is precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

func (c Counts) prf() PRF {
	var m PRF
	if c.TP+c.FP > 0 {
		m.P = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		m.R = float64(c.TP) / float64(c.TP+c.FN)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
	return m
}

// Result is a score, every figure rounded to three decimals as the script
// rounds them; the JSON field names are the script's --json ones.
type Result struct {
	Sentences int               `json:"sentences"`
	MicroP    float64           `json:"micro_p"`
	MicroR    float64           `json:"micro_r"`
	MicroF1   float64           `json:"micro_f1"`
	MacroF1   float64           `json:"macro_f1"`
	PerType   map[string]PRF    `json:"per_type"`
	Counts    map[string]Counts `json:"counts"`
}

// Score scores predictions, one slice per sentence, already mapped to
// PER/ORG/LOC; mentions of other types are ignored.
func Score(sents []Sentence, preds [][]Mention) Result {
	if len(preds) != len(sents) {
		panic(fmt.Sprintf("conll: %d predictions for %d sentences", len(preds), len(sents)))
	}
	c := map[string]*Counts{}
	for _, t := range Types {
		c[t] = &Counts{}
	}
	for k, s := range sents {
		gold := goldSpans(s.Tags)
		starts := map[int]int{}
		ends := map[int]int{}
		for i, o := range s.Offsets {
			starts[o[0]] = i
			ends[o[1]] = i
		}
		got := map[span]bool{}
		for _, m := range preds[k] {
			i, okI := starts[m.Start]
			j, okJ := ends[m.End]
			if !okI || !okJ {
				got[span{m.Type, -1 - m.Start, -1}] = true // misaligned: can never match
			} else {
				got[span{m.Type, i, j + 1}] = true
			}
		}
		for _, t := range Types {
			for g := range gold {
				if g.Type != t {
					continue
				}
				if got[g] {
					c[t].TP++
				} else {
					c[t].FN++
				}
			}
			for p := range got {
				if p.Type == t && !gold[p] {
					c[t].FP++
				}
			}
		}
	}
	var tot Counts
	r := Result{Sentences: len(sents), PerType: map[string]PRF{}, Counts: map[string]Counts{}}
	macro := 0.0
	for _, t := range Types {
		tot.TP += c[t].TP
		tot.FP += c[t].FP
		tot.FN += c[t].FN
		m := c[t].prf()
		macro += m.F1
		r.PerType[t] = PRF{round3(m.P), round3(m.R), round3(m.F1)}
		r.Counts[t] = *c[t]
	}
	m := tot.prf()
	r.MicroP, r.MicroR, r.MicroF1 = round3(m.P), round3(m.R), round3(m.F1)
	r.MacroF1 = round3(macro / float64(len(Types)))
	return r
}

// round3 rounds x to three decimals as Python's round(x, 3) does: correctly
// rounded from the exact binary value, ties to even.
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}
