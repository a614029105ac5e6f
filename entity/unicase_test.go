package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/entitytest"
)

// recaseMarkup maps the case of the article text in a marked file with f, leaving the
// markup's labels (types, speaker names) as they are. A letter whose other case has another
// length in UTF-8 is left alone, so that the text keeps its byte offsets.
func recaseMarkup(marked string, f func(rune) rune) string {
	var b strings.Builder
	label := false
	for _, r := range marked {
		switch {
		case r == '⟦' || r == '⟪':
			label = true
		case label && r == '|':
			label = false
		case !label:
			if m := f(r); utf8.RuneLen(m) == utf8.RuneLen(r) {
				r = m
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestUnicaseArticles reads the testdata articles lowercased and uppercased, with their gold
// recased the same way, and checks that the extractor keeps most of what it finds in the
// cased articles: strict entity F1 at least 0.80 of the cased figure, offsets exact, as many
// quotes found and nearly as many speakers right (88% of them; see below).
func TestUnicaseArticles(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.marked.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	x := entity.Default()
	score := func(f func(rune) rune) *entitytest.Report {
		var rep entitytest.Report
		for _, mf := range files {
			cased, err := entitytest.ReadFile(mf)
			require.NoError(t, err)
			b, err := os.ReadFile(mf)
			require.NoError(t, err)
			marked := strings.ReplaceAll(string(b), "\r\n", "\n")
			if f != nil {
				marked = recaseMarkup(marked, f)
			}
			gold, err := entitytest.Parse(marked)
			require.NoError(t, err, mf)
			require.Equal(t, len(cased.Text), len(gold.Text), "%s: recasing changed the text's length", mf)
			d := x.Extract(gold.Text)
			entity.CheckInvariants(t, gold.Text, d)
			assert.Equal(t, f != nil, d.Unicase, "%s: Document.Unicase", mf)
			rep.Add(gold, d)
		}
		return &rep
	}
	cased := score(nil)
	t.Logf("cased:\n%s", cased)
	for _, v := range []struct {
		name string
		f    func(rune) rune
	}{{"lowercase", unicode.ToLower}, {"uppercase", unicode.ToUpper}} {
		rep := score(v.f)
		t.Logf("%s:\n%s", v.name, rep)
		ok := assert.GreaterOrEqual(t, rep.Strict.F1(), 0.80*cased.Strict.F1(), "%s: strict F1", v.name)
		ok = assert.Zero(t, rep.BadOffsets, "%s: bad offsets", v.name) && ok
		ok = assert.GreaterOrEqual(t, rep.QuotesFound, cased.QuotesFound, "%s: quotes found", v.name) && ok
		// 88%: articles 81–105 were written around speakers whose first names are ordinary
		// words or places (Fajar, Subur, Damai, Samudra, Medan, Bumi, Jaya, Bandung, Rinjani,
		// Embun), which only their capitals tell apart, and the rules that read those names
		// (lexicon/given-words.txt, a place opening a holder's name) need the capitals. On
		// 2026-12-06, of the cased 551 of 568: lowercase 497, uppercase 494 (90.2%, 89.7%);
		// later that day, over 360 articles, of the cased 1,968 of 2,016: lowercase 1,747,
		// uppercase 1,782 (88.8%, 90.5%), where the code of that day's start, on the same
		// articles, had cased 1,955, lowercase 1,741, uppercase 1,775 (89.1%, 90.8%): the
		// rules of the day helped cased text more than lowercase, and lowercase not less.
		ok = assert.GreaterOrEqual(t, rep.SpeakersRight, cased.SpeakersRight*88/100, "%s: speakers right", v.name) && ok
		if !ok || testing.Verbose() {
			t.Logf("%s, what went wrong:\n%s", v.name, rep.Diff())
		}
	}
}
