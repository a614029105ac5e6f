package entity_test

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

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/articles")

// Floors for the project's own articles: the golden test fails when accuracy falls below
// them. Raise them when the extractor improves. Articles 21–30, in other outlets' styles
// (sport, business, technology, entertainment, regional), hold most of what is still
// missed; the floors sit just under the figures of 2026-12-05 over all 30 articles
// (F1 0.927, speakers 0.971, 0.953 by whole name, the goal of 0.95 kept as the floor).
const (
	floorEntityF1     = 0.91
	floorQuoteRecall  = 0.97
	floorSpeaker      = 0.95 // speaker right by the scorer's rule (last name)
	floorSpeakerWhole = 0.95 // speaker resolved to the whole gold name (entitytest.SameName)
)

type goldenDoc struct {
	Entities []entity.Entity `json:"entities"`
	Quotes   []entity.Quote  `json:"quotes"`
}

// TestGolden compares the extractor's output on each testdata article with its golden JSON
// (go test ./entity -update rewrites them) and scores it against the article's gold markup.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.marked.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var rep entitytest.Report
	for _, mf := range files {
		gold, err := entitytest.ReadFile(mf)
		require.NoError(t, err)
		plainFile := strings.TrimSuffix(mf, ".marked.txt") + ".txt"
		plain, err := os.ReadFile(plainFile)
		require.NoError(t, err)
		require.Equal(t, gold.Text, string(plain), "%s must be %s without its markup", plainFile, mf)

		d := entity.Default().Extract(gold.Text)
		entity.CheckInvariants(t, gold.Text, d)
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
		rep.Add(gold, d)
	}
	t.Logf("testdata articles:\n%s", &rep)
	whole := float64(rep.SpeakersNamed) / float64(max(1, rep.QuotesGold))
	ok := assert.GreaterOrEqual(t, rep.Strict.F1(), floorEntityF1, "entity F1")
	ok = assert.GreaterOrEqual(t, rep.QuoteRecall(), floorQuoteRecall, "quote recall") && ok
	ok = assert.GreaterOrEqual(t, rep.SpeakerAccuracy(), floorSpeaker, "speaker accuracy") && ok
	ok = assert.GreaterOrEqual(t, whole, floorSpeakerWhole, "speakers by whole name") && ok
	if !ok {
		t.Logf("what went wrong:\n%s", rep.Diff())
	}
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
