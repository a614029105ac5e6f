package main

import (
	"cmp"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/marked"
)

// Scoring of articles in our inline markup (../shared/ANNOTATION.md), as
// ../shared/tools/score_marked.py does it:
//
//	⟦TYPE|surface⟧            a gold entity
//	⟦?TYPE|surface⟧           an optional one: a prediction overlapping it is neither
//	                          credited nor penalised
//	⟪Speaker Name|“quote”⟫    a gold quote with its speaker's name
//
// Entities count when type and span are exact (strict) or when LEADER and PERSON are taken
// as one type (lenient). A gold quote is found by the first unused predicted quote that
// overlaps at least half of each; its speaker is right when every word of the gold name's
// last word, split at hyphens ("Soo-suk" gives soo and suk), is a word of the predicted
// speaker's name or text.

// markedTypes are the predicted types the scorer looks at.
var markedTypes = map[string]bool{"COUNTRY": true, "LOCATION": true, "LEADER": true, "PERSON": true,
	"ORGANIZATION": true, "WEAPON": true}

// goldEntity is an entity of the markup: byte offsets into the plain text.
type goldEntity struct {
	typ        string
	start, end int
	optional   bool
}

// goldQuote is a quote of the markup with its speaker's name.
type goldQuote struct {
	speaker    string
	start, end int
}

// markedDoc is an article parsed from its markup.
type markedDoc struct {
	path   string
	plain  string
	ents   []goldEntity // in the order their markup closes
	quotes []goldQuote
}

// parseMarked strips the markup from an article and returns the gold annotations with
// byte offsets into the plain text (see internal/marked).
func parseMarked(path, text string) (*markedDoc, error) {
	m, err := marked.Parse(text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d := &markedDoc{path: path, plain: m.Text}
	for _, e := range m.Entities {
		d.ents = append(d.ents, goldEntity{e.Type, e.Start, e.End, e.Optional})
	}
	for _, q := range m.Quotes {
		d.quotes = append(d.quotes, goldQuote{q.Speaker, q.Start, q.End})
	}
	return d, nil
}

// markedEval accumulates the scores of marked articles.
type markedEval struct {
	files                   []string
	strict, lenient         counts
	badOffsets              int
	qGold, qFound, qAttr, q int // q counts predicted quotes
	perType                 map[string]*[2]int
}

// family is the lenient type: LEADER counts as PERSON.
func family(t string) string {
	if t == "LEADER" {
		return "PERSON"
	}
	return t
}

type typedSpan struct {
	typ        string
	start, end int
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

// score counts the extraction doc of article d; with show, it lists what was missed or
// wrong.
func (ev *markedEval) score(d *markedDoc, doc *entity.Document, show io.Writer) {
	if ev.perType == nil {
		ev.perType = map[string]*[2]int{}
	}
	ev.files = append(ev.files, d.path)
	base := filepath.Base(d.path)
	var pents []entity.Entity
	for _, e := range doc.Entities {
		if markedTypes[typeName(e.Type)] {
			pents = append(pents, e)
		}
	}
	for _, e := range pents {
		if pyDecodeReplace(pySlice(d.plain, e.Start, e.End)) != goJSONText(e.Text) {
			ev.badOffsets++
		}
	}
	var req, opt []goldEntity
	for _, g := range d.ents {
		if g.optional {
			opt = append(opt, g)
		} else {
			req = append(req, g)
		}
	}
	for _, strict := range []bool{true, false} {
		fam := family
		if strict {
			fam = func(t string) string { return t }
		}
		gs := map[typedSpan]bool{}
		for _, g := range req {
			gs[typedSpan{fam(g.typ), g.start, g.end}] = true
		}
		ps := map[typedSpan]bool{}
	pred:
		for _, e := range pents {
			key := typedSpan{fam(typeName(e.Type)), e.Start, e.End}
			if !gs[key] {
				for _, o := range opt {
					if overlap(e.Start, e.End, o.start, o.end) > 0 {
						continue pred
					}
				}
			}
			ps[key] = true
		}
		c := &ev.lenient
		if strict {
			c = &ev.strict
		}
		for k := range ps {
			if gs[k] {
				c.tp++
			} else {
				c.fp++
			}
		}
		for k := range gs {
			if !ps[k] {
				c.fn++
			}
		}
		if !strict {
			continue
		}
		for _, g := range req {
			n := ev.perType[g.typ]
			if n == nil {
				n = &[2]int{}
				ev.perType[g.typ] = n
			}
			n[1]++
			if ps[typedSpan{g.typ, g.start, g.end}] {
				n[0]++
			}
		}
		if show != nil {
			for _, k := range sortedTyped(gs, ps) {
				fmt.Fprintf(show, "  MISS %s %s %q\n", base, k.typ, d.plain[k.start:k.end])
			}
			for _, k := range sortedTyped(ps, gs) {
				fmt.Fprintf(show, "  FP   %s %s %q\n", base, k.typ, pyDecodeReplace(pySlice(d.plain, k.start, k.end)))
			}
		}
	}
	ev.q += len(doc.Quotes)
	ev.qGold += len(d.quotes)
	used := map[int]bool{}
	for _, g := range d.quotes {
		best := -1
		for k, q := range doc.Quotes {
			ov := float64(overlap(q.Start, q.End, g.start, g.end))
			if !used[k] && ov >= 0.5*float64(g.end-g.start) && ov >= 0.5*float64(q.End-q.Start) {
				best = k
				used[k] = true
				break
			}
		}
		if best < 0 {
			if show != nil {
				fmt.Fprintf(show, "  QMISS %s %q\n", base, pyDecodeReplace(pySlice(d.plain, g.start, g.start+40)))
			}
			continue
		}
		ev.qFound++
		var said string
		if sp := doc.Quotes[best].Speaker; sp != nil {
			said = sp.Name + " " + sp.Text
		} else {
			said = " "
		}
		if headWord(g.speaker, said) {
			ev.qAttr++
		} else if show != nil {
			fmt.Fprintf(show, "  QATTR %s want %q got %s\n", base, g.speaker, speakerString(doc.Quotes[best].Speaker))
		}
	}
}

// headWord reports whether every word of the gold speaker's last name, split at hyphens
// and other non-word characters ("Soo-suk" gives soo and suk), is one of the words of said
// (the predicted speaker's name and text), ignoring case.
func headWord(name, said string) bool {
	f := pyFields(name)
	if len(f) == 0 {
		return false
	}
	head := pyWords(strings.ToLower(f[len(f)-1]))
	if len(head) == 0 {
		return false
	}
	words := pyWords(strings.ToLower(said))
	for _, h := range head {
		if !slices.Contains(words, h) {
			return false
		}
	}
	return true
}

func speakerString(s *entity.Speaker) string {
	if s == nil {
		return "none"
	}
	return fmt.Sprintf("%q (name %q)", s.Text, s.Name)
}

// sortedTyped returns the spans of a that are not in b, in text order.
func sortedTyped(a, b map[typedSpan]bool) []typedSpan {
	var out []typedSpan
	for k := range a {
		if !b[k] {
			out = append(out, k)
		}
	}
	slices.SortFunc(out, func(x, y typedSpan) int {
		return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end), cmp.Compare(x.typ, y.typ))
	})
	return out
}

// markedReport is the figures of score_marked.py --json, with the same keys and rounding.
type markedReport struct {
	EntityP        float64           `json:"entity_p"`
	EntityR        float64           `json:"entity_r"`
	EntityF1       float64           `json:"entity_f1"`
	LenientF1      float64           `json:"lenient_f1"`
	QuoteRecall    float64           `json:"quote_recall"`
	QuotePrecision float64           `json:"quote_precision"`
	SpeakerAcc     float64           `json:"speaker_acc"`
	BadOffsets     int               `json:"bad_offsets"`
	PerTypeRecall  map[string]string `json:"per_type_recall"`
}

func (ev *markedEval) report() *markedReport {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	p, r, f := ev.strict.prf()
	_, _, lf := ev.lenient.prf()
	rep := &markedReport{EntityP: pyRound3(p), EntityR: pyRound3(r), EntityF1: pyRound3(f), LenientF1: pyRound3(lf),
		QuoteRecall: pyRound3(ratio(ev.qFound, ev.qGold)), QuotePrecision: pyRound3(ratio(ev.qFound, ev.q)),
		SpeakerAcc: pyRound3(ratio(ev.qAttr, ev.qGold)), BadOffsets: ev.badOffsets, PerTypeRecall: map[string]string{}}
	for t, n := range ev.perType {
		rep.PerTypeRecall[t] = fmt.Sprintf("%d/%d", n[0], n[1])
	}
	return rep
}

func (rep *markedReport) print(w io.Writer, files []string) {
	fmt.Fprintf(w, "marked %s\n", fileList(files, "article", "articles"))
	fmt.Fprintf(w, "  entities  P %.3f  R %.3f  F1 %.3f  (strict: exact type and span)\n", rep.EntityP, rep.EntityR, rep.EntityF1)
	fmt.Fprintf(w, "  lenient   F1 %.3f  (LEADER and PERSON as one type)\n", rep.LenientF1)
	fmt.Fprintf(w, "  quotes    recall %.3f  precision %.3f\n", rep.QuoteRecall, rep.QuotePrecision)
	fmt.Fprintf(w, "  speakers  %.3f of gold quotes\n", rep.SpeakerAcc)
	fmt.Fprintf(w, "  bad offsets %d\n", rep.BadOffsets)
	types := make([]string, 0, len(rep.PerTypeRecall))
	for t := range rep.PerTypeRecall {
		types = append(types, t)
	}
	sort.Strings(types)
	var parts []string
	for _, t := range types {
		parts = append(parts, t+" "+rep.PerTypeRecall[t])
	}
	fmt.Fprintf(w, "  recall by type: %s\n", strings.Join(parts, ", "))
}
