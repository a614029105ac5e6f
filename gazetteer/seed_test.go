package gazetteer_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/entitytest"
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// TestSeedArticle checks that the gazetteer alone finds every COUNTRY, LOCATION and WEAPON
// of the seed article with the right type, and the organizations it is meant to know.
func TestSeedArticle(t *testing.T) {
	p, ok := newscorpus.SharedPath("seed/seed-article.marked.txt")
	if !ok {
		t.Skip("../shared not present")
	}
	doc, err := entitytest.ReadFile(p)
	require.NoError(t, err)
	d := tokenize.Tokenize(doc.Text)
	found := map[[2]int][]gazetteer.Type{}
	for _, m := range gazetteer.Default().Match(d) {
		for _, e := range m.Entries {
			found[[2]int{m.Start, m.End}] = append(found[[2]int{m.Start, m.End}], e.Type)
		}
	}
	for _, g := range doc.Entities {
		want := g.Type == "COUNTRY" || g.Type == "LOCATION" || g.Type == "WEAPON" ||
			g.Text == "Dewan Keamanan PBB" || g.Text == "DK PBB" || g.Text == "Yonhap"
		if !want || g.Optional {
			continue
		}
		types := found[[2]int{g.Start, g.End}]
		var names []string
		for _, ty := range types {
			names = append(names, ty.String())
		}
		assert.Contains(t, names, g.Type, "%s %q at %d", g.Type, g.Text, g.Start)
	}
}
