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
// them. Raise them when the extractor improves. The articles written since 51, many around
// persons whose first names are places or ordinary words (Georgia, Sahara, Subur, Damai,
// Bumi, Sabang), hold most of what is still missed. Over all 235 articles, at the end of
// the session of 2026-12-06 that began at 08:51, the figures are F1 0.931, speakers 0.974
// (1314/1349), 0.951 by whole name (1283): the goal for speakers by whole name, 0.95,
// holds over all of them, and its floor is the goal itself.
const (
	floorEntityF1     = 0.92
	floorQuoteRecall  = 0.97
	floorSpeaker      = 0.96 // speaker right by the scorer's rule (last name)
	floorSpeakerWhole = 0.95 // speaker resolved to the whole gold name (entitytest.SameName)
)

type goldenDoc struct {
	Entities []entity.Entity `json:"entities"`
	Quotes   []entity.Quote  `json:"quotes"`
}

// TestGolden compares the extractor's output on each testdata article with its golden JSON
// (go test ./entity -update rewrites them) and scores it against the article's gold markup.
func TestGolden(t *testing.T) {
	var rep entitytest.Report
	for _, mf := range markedFiles(t, "../testdata/articles") {
		gold, d := extractArticle(t, mf)
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

// Floors for the held-out articles (testdata/heldout): articles written by writers who did
// not run the extractor, and not tuned on since (41–50 in other outlets' styles; 106–110
// and 131–135, other outlets and Kompas style, added at the end of 2026-12-06; 156–165 in
// that day's last session; 446–455 and 466–475 in the session of 12:15, 541–550 in the
// one of 13:53, and 586–595 at its end; 636–645 in the session of 15:55; 656–665 in the
// session of 2026-12-06 that began at 17:46; 706–715 and 726–735 in the one that began at
// 19:35; 746–750, 761–765 and 776–785 in the one that began at 21:19; 836–845 in the one
// that began at 23:00; 896–900, 911–915 and 931–935 in the one of 2026-12-07 that began at
// 00:28; 956–965, 976–985, 996–1000 and 1001–1010 in the one that began at 02:14; 1021–1030
// and 1046–1050 in the one that began at 03:48). They sit under
// the figures of all thirty when the last ten
// were added (entity F1 0.908, speakers 0.898 by the scorer's rule), so that the test
// catches a fall on text the rules were not fitted to without itself being fitted.
const (
	floorHeldOutF1      = 0.88
	floorHeldOutSpeaker = 0.87
)

// TestHeldOut scores the extractor on the held-out articles. It keeps no golden files:
// these articles are for measuring, and what is measured is the score.
func TestHeldOut(t *testing.T) {
	var rep entitytest.Report
	for _, mf := range markedFiles(t, "../testdata/heldout") {
		rep.Add(extractArticle(t, mf))
	}
	t.Logf("held-out articles:\n%s", &rep)
	assert.GreaterOrEqual(t, rep.Strict.F1(), floorHeldOutF1, "entity F1")
	assert.GreaterOrEqual(t, rep.QuoteRecall(), floorQuoteRecall, "quote recall")
	assert.GreaterOrEqual(t, rep.SpeakerAccuracy(), floorHeldOutSpeaker, "speaker accuracy")
}

// markedFiles lists the gold articles (*.marked.txt) in dir; there must be some.
func markedFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.marked.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files, dir)
	return files
}

// extractArticle reads the gold article mf (NN-slug.marked.txt), checks that its plain
// twin (NN-slug.txt) is its text without the markup, and extracts from it, checking the
// result's invariants.
func extractArticle(t *testing.T, mf string) (*entitytest.Article, *entity.Document) {
	t.Helper()
	gold, err := entitytest.ReadFile(mf)
	require.NoError(t, err)
	plainFile := strings.TrimSuffix(mf, ".marked.txt") + ".txt"
	plain, err := os.ReadFile(plainFile)
	require.NoError(t, err)
	require.Equal(t, gold.Text, string(plain), "%s must be %s without its markup", plainFile, mf)
	d := entity.Default().Extract(gold.Text)
	entity.CheckInvariants(t, gold.Text, d)
	return gold, d
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
