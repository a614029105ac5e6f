// Package conll reads CoNLL NER files and scores predicted entities against them as
// ../shared/tools/conll_eval.py does, so that counts made here are the script's:
//
//   - a file is "token [POS...] TAG" a line, fields split as Python's str.split() splits
//     them, the first field the token and the last the tag, and blank lines between
//     sentences;
//   - each sentence becomes one document: its tokens joined by single spaces;
//   - gold spans come from the B-/I- tags as the script's spans() decodes them;
//   - predicted types map to the gold's PER, ORG and LOC (GoldType);
//   - a prediction counts only when it starts on a token's first byte and ends on a token's
//     last byte with the gold's type (exact match); predictions are a set, so a duplicate
//     counts once, and one off the token boundaries is a false positive.
//
// Report gives the script's --json figures, rounded as it rounds them; printing them is
// left to the callers.
package conll

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
)

// Types are the scored gold types, in the script's order, which its macro average's float
// additions follow.
var Types = []string{"PER", "ORG", "LOC"}

// goldTypes is the script's MAP from predicted types to gold types.
var goldTypes = map[string]string{
	"LEADER": "PER", "PERSON": "PER", "PER": "PER",
	"COUNTRY": "LOC", "LOCATION": "LOC", "GPE": "LOC", "LOC": "LOC",
	"ORGANIZATION": "ORG", "ORG": "ORG",
}

// GoldType returns the gold type a predicted type counts as: LEADER and PERSON are PER,
// COUNTRY, LOCATION and GPE are LOC, ORGANIZATION is ORG, and PER, ORG and LOC are
// themselves. It reports false for the types that are not scored.
func GoldType(typ string) (string, bool) {
	t, ok := goldTypes[typ]
	return t, ok
}

// Sentence is one sentence of a CoNLL file.
type Sentence struct {
	Line   int // the line of its first token in the file, from 1
	Tokens []string
	Tags   []string
}

// Parse returns the sentences of a CoNLL file's text. Lines end at "\n", "\r\n" or "\r",
// as in Python's text mode; a line whose fields (see Fields) are none separates
// sentences, and of the others the first field is the token and the last the tag.
func Parse(text string) []Sentence {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var sents []Sentence
	var cur Sentence
	n := 0
	for line := range strings.SplitSeq(text, "\n") {
		n++
		parts := Fields(line)
		if len(parts) == 0 {
			if len(cur.Tokens) > 0 {
				sents = append(sents, cur)
				cur = Sentence{}
			}
			continue
		}
		if len(cur.Tokens) == 0 {
			cur.Line = n
		}
		cur.Tokens = append(cur.Tokens, parts[0])
		cur.Tags = append(cur.Tags, parts[len(parts)-1])
	}
	if len(cur.Tokens) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// Fields is Python's str.split() without arguments: it splits at runs of characters for
// which str.isspace holds, Unicode white space and the information separators
// U+001C..U+001F.
func Fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f
	})
}

// Text returns the document an extractor is given for the sentence: its tokens joined by
// single spaces.
func (s Sentence) Text() string { return strings.Join(s.Tokens, " ") }

// Offsets returns the byte range of each token in Text, half-open.
func (s Sentence) Offsets() [][2]int {
	offs := make([][2]int, len(s.Tokens))
	pos := 0
	for i, t := range s.Tokens {
		offs[i] = [2]int{pos, pos + len(t)}
		pos += len(t) + 1
	}
	return offs
}

// Span is an entity as a type and a half-open range of token indices. A prediction whose
// byte offsets are not on token boundaries has Start -1-b, where b is its first byte, and
// End -1, so that it never matches a gold span.
type Span struct {
	Type       string
	Start, End int
}

// Spans returns the entities a BIO tag sequence marks, as the script's spans() decodes
// them: a span ends at O, at B-, or at an I- of another type, which starts a span of its
// own, as B- does; any other tag continues the current span, if there is one.
func Spans(tags []string) map[Span]bool {
	out := map[Span]bool{}
	start, typ := -1, "" // start < 0: no span open (the script's None)
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		if t == "O" || strings.HasPrefix(t, "B-") || (strings.HasPrefix(t, "I-") && (start < 0 || t[2:] != typ)) {
			if start >= 0 {
				out[Span{typ, start, i}] = true
				start, typ = -1, ""
			}
			if t != "O" {
				start, typ = i, t[2:]
			}
		}
	}
	return out
}

// Sorted returns the spans of a set in text order: by start, end, then type.
func Sorted(set map[Span]bool) []Span {
	spans := slices.Collect(maps.Keys(set))
	slices.SortFunc(spans, func(a, b Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Type, b.Type))
	})
	return spans
}

// Mention is a predicted entity: its gold type (see GoldType) and its half-open byte range
// in the sentence's Text.
type Mention struct {
	Type       string
	Start, End int
}

// Mentions returns the entities of the scored types as mentions of their gold types.
func Mentions(ents []entity.Entity) []Mention {
	var out []Mention
	for _, e := range ents {
		if t, ok := GoldType(e.Type.String()); ok && e.Type != 0 {
			out = append(out, Mention{Type: t, Start: e.Start, End: e.End})
		}
	}
	return out
}

// predicted returns the set of token spans the mentions cover in s.
func (s Sentence) predicted(mentions []Mention) map[Span]bool {
	starts, ends := map[int]int{}, map[int]int{}
	for i, o := range s.Offsets() {
		starts[o[0]] = i
		ends[o[1]] = i
	}
	got := map[Span]bool{}
	for _, m := range mentions {
		i, ok1 := starts[m.Start]
		j, ok2 := ends[m.End]
		if !ok1 || !ok2 {
			got[Span{m.Type, -1 - m.Start, -1}] = true // misaligned: can never match
		} else {
			got[Span{m.Type, i, j + 1}] = true
		}
	}
	return got
}

// Outcome is how the predictions for one sentence fare against its gold spans of one type.
type Outcome struct {
	Type     string
	TP       int    // gold spans predicted
	Missed   []Span // gold spans not predicted (false negatives), in text order
	Spurious []Span // predicted spans not in the gold (false positives), in text order
}

// Counts returns the outcome's true positives, false positives and false negatives.
func (o Outcome) Counts() entitytest.Counts {
	return entitytest.Counts{TP: o.TP, FP: len(o.Spurious), FN: len(o.Missed)}
}

// Score matches the mentions predicted for s against its gold spans and returns one
// Outcome for each of Types, in that order; mentions of other types are not scored.
func (s Sentence) Score(mentions []Mention) []Outcome {
	gold, got := Spans(s.Tags), s.predicted(mentions)
	golds, gots := Sorted(gold), Sorted(got)
	outs := make([]Outcome, len(Types))
	for k, t := range Types {
		o := Outcome{Type: t}
		for _, g := range golds {
			if g.Type != t {
				continue
			}
			if got[g] {
				o.TP++
			} else {
				o.Missed = append(o.Missed, g)
			}
		}
		for _, p := range gots {
			if p.Type == t && !gold[p] {
				o.Spurious = append(o.Spurious, p)
			}
		}
		outs[k] = o
	}
	return outs
}

// Tally adds up the outcomes of sentences by type. The zero Tally is empty and ready.
type Tally struct {
	byType map[string]entitytest.Counts
}

// Add counts the outcomes of one sentence.
func (t *Tally) Add(outs []Outcome) {
	if t.byType == nil {
		t.byType = map[string]entitytest.Counts{}
	}
	for _, o := range outs {
		t.byType[o.Type] = t.byType[o.Type].Add(o.Counts())
	}
}

// Of returns the counts of one type.
func (t *Tally) Of(typ string) entitytest.Counts { return t.byType[typ] }

// Micro returns the counts of all of Types together, whose PRF is the micro average.
func (t *Tally) Micro() entitytest.Counts {
	var tot entitytest.Counts
	for _, typ := range Types {
		tot = tot.Add(t.byType[typ])
	}
	return tot
}

// MacroF1 returns the mean of the unrounded F1 of each of Types, added in their order as
// the script adds them; the script rounds only the mean.
func (t *Tally) MacroF1() float64 {
	var sum float64
	for _, typ := range Types {
		_, _, f := t.byType[typ].PRF()
		sum += f
	}
	return sum / float64(len(Types))
}

// PRF is precision, recall and F1.
type PRF struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// roundPRF returns the rounded precision, recall and F1 of c.
func roundPRF(c entitytest.Counts) PRF {
	p, r, f := c.PRF()
	return PRF{entitytest.Round3(p), entitytest.Round3(r), entitytest.Round3(f)}
}

// Report is the figures of conll_eval.py --json, with its keys and its rounding to three
// decimals (entitytest.Round3); macro F1 is the rounded mean of the unrounded F1s.
type Report struct {
	Sentences int            `json:"sentences"`
	MicroP    float64        `json:"micro_p"`
	MicroR    float64        `json:"micro_r"`
	MicroF1   float64        `json:"micro_f1"`
	MacroF1   float64        `json:"macro_f1"`
	PerType   map[string]PRF `json:"per_type"` // by each of Types
}

// Report returns the figures of the tallied sentences, of which there were n.
func (t *Tally) Report(n int) Report {
	rep := Report{Sentences: n, PerType: map[string]PRF{}}
	for _, typ := range Types {
		rep.PerType[typ] = roundPRF(t.Of(typ))
	}
	micro := roundPRF(t.Micro())
	rep.MicroP, rep.MicroR, rep.MicroF1 = micro.P, micro.R, micro.F1
	rep.MacroF1 = entitytest.Round3(t.MacroF1())
	return rep
}
