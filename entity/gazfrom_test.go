package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// TestGazetteerStarts checks that the tokens prepare marks as possible name starts find the
// same gazetteer matches as the gazetteer's own scan: over tricky cases and the testdata
// articles always, and over IndoSum when ../shared is there.
func TestGazetteerStarts(t *testing.T) {
	texts := []string{
		"Rusianya, Korselnya dan AS-nya", "Erdoğan di Türkiye", "ERDOĞAN", "kumparan melaporkan",
		"Rp1.000 di PT Karya Tebing Mandiri", "senjata pemusnah massal (WMD)", "as dan As dan AS",
		"JAKARTA – Presiden Joko Widodo", "DK PBB-nya", "1MDB dan 7-Eleven",
	}
	tdata, err := newscorpus.Testdata()
	require.NoError(t, err)
	texts = append(texts, tdata...)
	if corpus, err := newscorpus.IndoSum(); err == nil {
		texts = append(texts, corpus...)
	} else {
		t.Log("IndoSum not present, testdata only:", err)
	}
	checkStarts(t, Default(), texts)
}

// checkStarts compares, for each text, the matches found from the tokens prepare marks
// with those of the gazetteer's own scan.
func checkStarts(t *testing.T, x *Extractor, texts []string) {
	t.Helper()
	for _, text := range texts {
		d := &Document{Text: text, Tokens: tokenize.Tokenize(text)}
		s := newState(x, d)
		if len(s.toks) > 0 {
			s.prepare()
		}
		got := x.gaz.AppendMatchesFrom(nil, s.doc.Tokens, s.gazFrom)
		want := x.gaz.Match(s.doc.Tokens)
		s.release()
		if !assert.Equal(t, want, got, "%.60q", text) {
			return
		}
	}
}

func TestAppendMatchesFromCustomGazetteer(t *testing.T) {
	g, err := gazetteer.New([]gazetteer.Entry{
		{ID: "org:kumparan", Type: gazetteer.Organization, Name: "kumparan"},
		{ID: "RU", Type: gazetteer.Country, Name: "Rusia"},
		{ID: "org:7e", Type: gazetteer.Organization, Name: "7-Eleven"},
	})
	require.NoError(t, err)
	x, err := New(WithGazetteer(g))
	require.NoError(t, err)
	texts := []string{"kata kumparan, Rusianya membuka 7-Eleven.", "KUMPARAN dan Kumparan", "rusia", "7-eleven"}
	checkStarts(t, x, texts)
	// the lowercase form stays weak (see gazetteerSpans); the others are found
	doc := x.Extract(texts[0])
	var ids []string
	for _, e := range doc.Entities {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"org:kumparan", "RU", "org:7e"}, ids)
}
