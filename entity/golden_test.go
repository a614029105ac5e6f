package entity

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/internal/marked"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/articles")

// Floors for the project's own articles: the golden test fails when accuracy falls below
// them. Raise them when the extractor improves.
const (
	floorEntityF1      = 0.90
	floorQuoteRecall   = 0.95
	floorSpeakerStrict = 0.75
)

type goldenDoc struct {
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
}

// TestGolden compares the extractor's output on each testdata article with its golden JSON
// (go test ./entity -update rewrites them) and scores it against the article's gold markup.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.marked.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var tp, fp, fn, qGold, qFound, qSpeaker int
	for _, mf := range files {
		b, err := os.ReadFile(mf)
		require.NoError(t, err)
		gold, err := marked.Parse(string(b))
		require.NoError(t, err, mf)
		plainFile := strings.TrimSuffix(mf, ".marked.txt") + ".txt"
		plain, err := os.ReadFile(plainFile)
		require.NoError(t, err)
		require.Equal(t, gold.Text, string(plain), "%s must be %s without its markup", plainFile, mf)

		d := Default().Extract(gold.Text)
		checkInvariants(t, gold.Text, d)
		out, err := json.MarshalIndent(goldenDoc{d.Entities, d.Quotes}, "", "  ")
		require.NoError(t, err)
		out = append(out, '\n')
		goldenFile := strings.TrimSuffix(mf, ".marked.txt") + ".golden.json"
		if *update {
			require.NoError(t, os.WriteFile(goldenFile, out, 0o644))
		} else {
			want, err := os.ReadFile(goldenFile)
			require.NoError(t, err, "run go test ./entity -update")
			if d := firstDiff(string(want), string(out)); d != "" {
				t.Errorf("%s differs (run go test ./entity -update and review the diff):\n%s", goldenFile, d)
			}
		}

		a, b2, c := scoreEntities(gold, d)
		tp, fp, fn = tp+a, fp+b2, fn+c
		found, speaker := scoreQuotes(gold, d)
		qGold += len(gold.Quotes)
		qFound += found
		qSpeaker += speaker
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	f := 2 * p * r / max(1e-9, p+r)
	qr := float64(qFound) / float64(max(1, qGold))
	sa := float64(qSpeaker) / float64(max(1, qGold))
	t.Logf("testdata articles: entity P %.3f R %.3f F1 %.3f; quotes %d/%d found, %d with the right speaker (%.3f)",
		p, r, f, qFound, qGold, qSpeaker, sa)
	assert.GreaterOrEqual(t, f, floorEntityF1, "entity F1")
	assert.GreaterOrEqual(t, qr, floorQuoteRecall, "quote recall")
	assert.GreaterOrEqual(t, sa, floorSpeakerStrict, "speaker accuracy")
}

// scoreEntities counts strict matches (type and span), ignoring predictions that overlap an
// optional gold entity, as the project's scorer does.
func scoreEntities(gold *marked.Doc, d *Document) (tp, fp, fn int) {
	type key struct {
		typ        string
		start, end int
	}
	want := map[key]bool{}
	for _, g := range gold.Entities {
		if !g.Optional {
			want[key{g.Type, g.Start, g.End}] = true
		}
	}
	have := map[key]bool{}
	for _, e := range d.Entities {
		k := key{e.Type.String(), e.Start, e.End}
		if want[k] {
			have[k] = true
			continue
		}
		optional := false
		for _, g := range gold.Entities {
			optional = optional || g.Optional && e.Start < g.End && g.Start < e.End
		}
		if !optional {
			have[k] = true
		}
	}
	for k := range have {
		if want[k] {
			tp++
		} else {
			fp++
		}
	}
	return tp, fp, len(want) - tp
}

// scoreQuotes counts gold quotes found (half-overlap both ways) and those whose speaker
// resolves to the gold speaker's full name.
func scoreQuotes(gold *marked.Doc, d *Document) (found, speaker int) {
	used := map[int]bool{}
	for _, g := range gold.Quotes {
		for k, q := range d.Quotes {
			ov := min(q.End, g.End) - max(q.Start, g.Start)
			if used[k] || 2*ov < g.End-g.Start || 2*ov < q.End-q.Start {
				continue
			}
			used[k] = true
			found++
			if q.Speaker != nil && strings.EqualFold(q.Speaker.Name, g.Speaker) {
				speaker++
			}
			break
		}
	}
	return found, speaker
}

// checkInvariants fails the test when d breaks the extractor's contract on text (see
// invariantErrors).
func checkInvariants(t testing.TB, text string, d *Document) {
	t.Helper()
	if errs := invariantErrors(text, d); len(errs) > 0 {
		t.Fatalf("%d broken invariants on %.60q…:\n%s", len(errs), text, strings.Join(errs, "\n"))
	}
}

// invariantErrors lists how d breaks the extractor's contract on text: entities and quotes
// sorted by start, not overlapping, not empty, with offsets in range and Text equal to
// text[Start:End]; entities with an id, a name and a source; speakers with valid offsets.
func invariantErrors(text string, d *Document) []string {
	var errs []string
	spans := func(what string, i, start, end int, got string, prevStart, prevEnd int) {
		switch {
		case i == 0:
		case start < prevStart:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: not sorted, starts before the one before it (%d)", what, i, start, end, prevStart))
		case start < prevEnd:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: overlaps the one before it (ends at %d)", what, i, start, end, prevEnd))
		}
		switch {
		case start < 0 || end > len(text) || start > end:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: offsets out of range (text has %d bytes)", what, i, start, end, len(text)))
		case start == end:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: empty", what, i, start, end))
		case text[start:end] != got:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: Text %q is not the text there, %q", what, i, start, end, got, text[start:end]))
		}
	}
	prevStart, prevEnd := 0, 0
	for i, e := range d.Entities {
		spans("entity", i, e.Start, e.End, e.Text, prevStart, prevEnd)
		if e.ID == "" || e.Name == "" || fmt.Sprint(e.Source) == "" {
			errs = append(errs, fmt.Sprintf("entity %d %+v: missing id, name or source", i, e))
		}
		prevStart, prevEnd = e.Start, max(prevEnd, e.End)
	}
	prevStart, prevEnd = 0, 0
	for i, q := range d.Quotes {
		spans("quote", i, q.Start, q.End, q.Text, prevStart, prevEnd)
		if sp := q.Speaker; sp != nil && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text) {
			errs = append(errs, fmt.Sprintf("quote %d: speaker %+v: bad offsets", i, *sp))
		}
		prevStart, prevEnd = q.Start, max(prevEnd, q.End)
	}
	return errs
}

// firstDiff returns the first differing lines of two texts with a little context, or "".
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		if i < len(w) && i < len(g) && w[i] == g[i] {
			continue
		}
		var b strings.Builder
		for k := max(0, i-3); k < min(i+4, max(len(w), len(g))); k++ {
			if k < len(w) {
				fmt.Fprintf(&b, "-%5d %s\n", k+1, w[k])
			}
			if k < len(g) {
				fmt.Fprintf(&b, "+%5d %s\n", k+1, g[k])
			}
		}
		return b.String()
	}
	return ""
}
