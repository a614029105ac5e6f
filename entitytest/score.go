package entitytest

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity"
)

// ErrNoFiles is returned by Score when its pattern matches no file.
var ErrNoFiles = errors.New("entitytest: no file matches")

// Score reads every file that pattern matches (filepath.Glob: "testdata/*.marked.txt"),
// runs x over each article and returns the scores of all of them together. A nil x is
// entity.Default(). It returns an error, and no report, when a file cannot be read or its
// markup parsed, or when nothing matches.
func Score(x *entity.Extractor, pattern string) (*Report, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w %q", ErrNoFiles, pattern)
	}
	return ScoreFiles(x, paths...)
}

// ScoreFiles is Score over the files named.
func ScoreFiles(x *entity.Extractor, paths ...string) (*Report, error) {
	if x == nil {
		x = entity.Default()
	}
	articles := make([]*Article, len(paths))
	for i, p := range paths {
		a, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		articles[i] = a
	}
	var r Report
	for _, a := range articles {
		r.Add(a, x.Extract(a.Text))
	}
	return &r, nil
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// PRF returns precision, recall and F1, unrounded; each is 0 where its denominator is.
func (c Counts) PRF() (p, r, f1 float64) {
	p, r = ratio(c.TP, c.TP+c.FP), ratio(c.TP, c.TP+c.FN)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// P returns the precision TP/(TP+FP), 0 when there are no predictions.
func (c Counts) P() float64 { p, _, _ := c.PRF(); return p }

// R returns the recall TP/(TP+FN), 0 when there is no gold.
func (c Counts) R() float64 { _, r, _ := c.PRF(); return r }

// F1 returns the harmonic mean of P and R, 0 when both are 0.
func (c Counts) F1() float64 { _, _, f := c.PRF(); return f }

// Add returns the sum of c and d.
func (c Counts) Add(d Counts) Counts { return Counts{c.TP + d.TP, c.FP + d.FP, c.FN + d.FN} }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Round3 rounds x to three decimals as the project's Python scorers round their figures
// (Python's round(x, 3)): correctly rounded from x's exact binary value, ties to even.
func Round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// Report is the score of an extractor's output on one or more articles. The zero Report is
// empty and ready for Add. See the package documentation for what counts.
type Report struct {
	Articles int
	Strict   Counts // entities, exact type and span
	Lenient  Counts // entities, LEADER and PERSON as one type
	// ByType are the strict counts by type: a false negative under the gold's type, a
	// false positive under the predicted type. LenientByType are the lenient ones, LEADER
	// counted under PERSON.
	ByType, LenientByType map[string]Counts

	QuotesGold      int // quotes in the gold
	QuotesPredicted int // quotes the extractor returned
	QuotesFound     int // gold quotes matched by a predicted quote
	SpeakersRight   int // found quotes whose speaker is right by the last-name rule
	SpeakersNamed   int // found quotes whose speaker's resolved name is the gold name (see SameName)

	BadOffsets int // predicted entities whose offsets are out of range or do not give their text

	Misses []Miss // what went wrong, article by article; see Diff
}

// QuoteRecall returns the share of gold quotes found.
func (r *Report) QuoteRecall() float64 { return ratio(r.QuotesFound, r.QuotesGold) }

// QuotePrecision returns the share of predicted quotes that found a gold quote.
func (r *Report) QuotePrecision() float64 { return ratio(r.QuotesFound, r.QuotesPredicted) }

// SpeakerAccuracy returns the share of gold quotes found with the right speaker.
func (r *Report) SpeakerAccuracy() float64 { return ratio(r.SpeakersRight, r.QuotesGold) }

// MissKind says what a Miss is.
type MissKind uint8

// The kinds of Miss.
const (
	Missed       MissKind = iota + 1 // a gold entity the extractor did not return (strict)
	Spurious                         // a returned entity that is not in the gold (strict)
	QuoteMissed                      // a gold quote no returned quote matches
	WrongSpeaker                     // a quote found with a speaker that is not right
)

// String returns the kind as Diff writes it: MISS, FP, QMISS or QATTR.
func (k MissKind) String() string {
	switch k {
	case Missed:
		return "MISS"
	case Spurious:
		return "FP"
	case QuoteMissed:
		return "QMISS"
	case WrongSpeaker:
		return "QATTR"
	}
	return fmt.Sprintf("MissKind(%d)", uint8(k))
}

// Miss is one difference between the gold and the extractor's output.
type Miss struct {
	Kind       MissKind
	Article    string // the article's Name
	Type       string // the entity type, for Missed and Spurious
	Start, End int    // the entity or quote, byte offsets into the article's Text
	Text       string // the article's text there
	Want, Got  string // for WrongSpeaker: the gold name, and the speaker returned ("none" for none)
}

// String returns the miss on one line: kind, article file name, type and text, or for a
// quote the start of its text and the speakers.
func (m Miss) String() string {
	base := filepath.Base(m.Article)
	switch m.Kind {
	case Missed, Spurious:
		return fmt.Sprintf("%-4s %s %s %q", m.Kind, base, m.Type, m.Text)
	case QuoteMissed:
		return fmt.Sprintf("%s %s %q", m.Kind, base, clip(m.Text, 40))
	default:
		return fmt.Sprintf("%s %s %q want %q got %s", m.Kind, base, clip(m.Text, 40), m.Want, m.Got)
	}
}

// Diff returns the misses one a line, each indented by two spaces: missed (MISS) and
// spurious (FP) entities, missed quotes (QMISS) and wrong speakers (QATTR), article by
// article. It is "" when nothing was missed.
func (r *Report) Diff() string {
	var b strings.Builder
	for _, m := range r.Misses {
		b.WriteString("  ")
		b.WriteString(m.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// String returns the figures on a few lines, for a test's log.
func (r *Report) String() string {
	var b strings.Builder
	p, rc, f := r.Strict.PRF()
	fmt.Fprintf(&b, "entities  P %.3f  R %.3f  F1 %.3f  (strict: exact type and span)\n", p, rc, f)
	fmt.Fprintf(&b, "lenient   F1 %.3f  (LEADER and PERSON as one type)\n", r.Lenient.F1())
	fmt.Fprintf(&b, "quotes    %d/%d found: recall %.3f  precision %.3f\n", r.QuotesFound, r.QuotesGold, r.QuoteRecall(), r.QuotePrecision())
	fmt.Fprintf(&b, "speakers  %d/%d right: %.3f  (%d by whole name)\n", r.SpeakersRight, r.QuotesGold, r.SpeakerAccuracy(), r.SpeakersNamed)
	fmt.Fprintf(&b, "bad offsets %d\n", r.BadOffsets)
	for _, t := range slices.Sorted(maps.Keys(r.ByType)) {
		c := r.ByType[t]
		p, rc, f := c.PRF()
		fmt.Fprintf(&b, "  %-12s found %3d/%-3d  spurious %3d  P %.3f  R %.3f  F1 %.3f\n", t, c.TP, c.TP+c.FN, c.FP, p, rc, f)
	}
	return b.String()
}

// scored reports whether predicted entities of type t are scored: the six types of the
// annotation conventions.
func scored(t entity.Type) bool {
	switch t {
	case entity.Country, entity.Location, entity.Leader, entity.Person, entity.Organization, entity.Weapon:
		return true
	}
	return false
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

// Add scores d, the extractor's output on article a, and adds it to the report.
func (r *Report) Add(a *Article, d *entity.Document) {
	r.Articles++
	var pents []entity.Entity
	for _, e := range d.Entities {
		if scored(e.Type) {
			pents = append(pents, e)
		}
	}
	for _, e := range pents {
		if e.Start < 0 || e.End > len(a.Text) || e.Start > e.End || a.Text[e.Start:e.End] != e.Text || !utf8.ValidString(e.Text) {
			r.BadOffsets++
		}
	}
	var opt []GoldEntity
	for _, g := range a.Entities {
		if g.Optional {
			opt = append(opt, g)
		}
	}
	for _, strict := range []bool{true, false} {
		fam := family
		if strict {
			fam = func(t string) string { return t }
		}
		gold := map[typedSpan]bool{}
		for _, g := range a.Entities {
			if !g.Optional {
				gold[typedSpan{fam(g.Type), g.Start, g.End}] = true
			}
		}
		pred := map[typedSpan]bool{}
	next:
		for _, e := range pents {
			k := typedSpan{fam(e.Type.String()), e.Start, e.End}
			if !gold[k] {
				for _, o := range opt {
					if overlap(e.Start, e.End, o.Start, o.End) > 0 {
						continue next
					}
				}
			}
			pred[k] = true
		}
		total, byType := &r.Lenient, &r.LenientByType
		if strict {
			total, byType = &r.Strict, &r.ByType
		}
		if *byType == nil {
			*byType = map[string]Counts{}
		}
		for k := range gold {
			c := Counts{FN: 1}
			if pred[k] {
				c = Counts{TP: 1}
			}
			*total = total.Add(c)
			(*byType)[k.typ] = (*byType)[k.typ].Add(c)
		}
		for k := range pred {
			if !gold[k] {
				*total = total.Add(Counts{FP: 1})
				(*byType)[k.typ] = (*byType)[k.typ].Add(Counts{FP: 1})
			}
		}
		if strict {
			for _, k := range notIn(gold, pred) {
				r.Misses = append(r.Misses, Miss{Kind: Missed, Article: a.Name, Type: k.typ, Start: k.start, End: k.end, Text: a.Text[k.start:k.end]})
			}
			for _, k := range notIn(pred, gold) {
				r.Misses = append(r.Misses, Miss{Kind: Spurious, Article: a.Name, Type: k.typ, Start: k.start, End: k.end, Text: excerpt(a.Text, k.start, k.end)})
			}
		}
	}
	r.QuotesPredicted += len(d.Quotes)
	r.QuotesGold += len(a.Quotes)
	used := make([]bool, len(d.Quotes))
	for _, g := range a.Quotes {
		best := -1
		for k, q := range d.Quotes {
			ov := overlap(q.Start, q.End, g.Start, g.End)
			if !used[k] && 2*ov >= g.End-g.Start && 2*ov >= q.End-q.Start {
				best = k
				used[k] = true
				break
			}
		}
		text := a.Text[g.Start:g.End]
		if best < 0 {
			r.Misses = append(r.Misses, Miss{Kind: QuoteMissed, Article: a.Name, Start: g.Start, End: g.End, Text: text})
			continue
		}
		r.QuotesFound++
		sp := d.Quotes[best].Speaker
		if sp != nil && SameName(sp.Name, g.Speaker) {
			r.SpeakersNamed++
		}
		if SpeakerMatches(g.Speaker, sp) {
			r.SpeakersRight++
			continue
		}
		got := "none"
		if sp != nil {
			got = fmt.Sprintf("%q (name %q)", sp.Text, sp.Name)
		}
		r.Misses = append(r.Misses, Miss{Kind: WrongSpeaker, Article: a.Name, Start: g.Start, End: g.End, Text: text, Want: g.Speaker, Got: got})
	}
}

// SameName reports whether two names are one, written alike but for case and for hyphens
// between their parts, as the scorer splits names at hyphens: "Song Joong-ki" is "Song Joong
// Ki", and "Lim Soo-suk" is "lim soo suk".
func SameName(a, b string) bool {
	fa := strings.FieldsFunc(a, nameSeparator)
	fb := strings.FieldsFunc(b, nameSeparator)
	if len(fa) != len(fb) {
		return false
	}
	for i := range fa {
		if !strings.EqualFold(fa[i], fb[i]) {
			return false
		}
	}
	return true
}

func nameSeparator(r rune) bool { return r == ' ' || r == '-' }

// SpeakerMatches reports whether speaker is right for a gold quote of the named speaker:
// whether every word of the name's last word, split at characters that are not letters,
// digits or "_" ("Soo-suk" gives soo and suk), is among the words of the speaker's Name and
// Text, ignoring case. A nil speaker and a name without a word never match.
func SpeakerMatches(name string, speaker *entity.Speaker) bool {
	f := strings.Fields(name)
	if len(f) == 0 || speaker == nil {
		return false
	}
	head := words(strings.ToLower(f[len(f)-1]))
	said := words(strings.ToLower(speaker.Name + " " + speaker.Text))
	for _, h := range head {
		if !slices.Contains(said, h) {
			return false
		}
	}
	return len(head) > 0
}

// words returns the runs of letters, digits and "_" in s, as Python's re.findall(r"\w+", s).
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// notIn returns the spans of a that are not in b, in text order.
func notIn(a, b map[typedSpan]bool) []typedSpan {
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

// excerpt returns text[start:end] with out-of-range offsets clamped and bytes that are not
// UTF-8 replaced, for listing a prediction whose offsets may be wrong.
func excerpt(text string, start, end int) string {
	start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
	return strings.ToValidUTF8(text[start:max(start, end)], "\uFFFD")
}

// clip returns s cut to at most n bytes at a character boundary, with "…" when cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// Summary is a report's figures as the project's scorer of marked articles prints them
// with --json: the same keys, rounded as it rounds them (Round3).
type Summary struct {
	EntityP        float64           `json:"entity_p"`
	EntityR        float64           `json:"entity_r"`
	EntityF1       float64           `json:"entity_f1"`
	LenientF1      float64           `json:"lenient_f1"`
	QuoteRecall    float64           `json:"quote_recall"`
	QuotePrecision float64           `json:"quote_precision"`
	SpeakerAcc     float64           `json:"speaker_acc"`
	BadOffsets     int               `json:"bad_offsets"`
	PerTypeRecall  map[string]string `json:"per_type_recall"` // "found/gold" for each gold type
}

// Summary returns the report's figures, rounded.
func (r *Report) Summary() Summary {
	p, rc, f := r.Strict.PRF()
	s := Summary{EntityP: Round3(p), EntityR: Round3(rc), EntityF1: Round3(f), LenientF1: Round3(r.Lenient.F1()),
		QuoteRecall: Round3(r.QuoteRecall()), QuotePrecision: Round3(r.QuotePrecision()),
		SpeakerAcc: Round3(r.SpeakerAccuracy()), BadOffsets: r.BadOffsets, PerTypeRecall: map[string]string{}}
	for t, c := range r.ByType {
		if c.TP+c.FN > 0 {
			s.PerTypeRecall[t] = fmt.Sprintf("%d/%d", c.TP, c.TP+c.FN)
		}
	}
	return s
}
