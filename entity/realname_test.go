package entity

import (
	"strings"
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// TestHoldsRealName checks holdsRealName against strings.Contains, on made-up texts and on
// the benchmark corpus.
func TestHoldsRealName(t *testing.T) {
	texts := []string{"", "asli", "bernama asli", "bernama asl", "ernama asli", "Bernama asli", "xbernama asli.",
		"bernama  asli", "bernama aslibernama asli", "asli bernama asli", "aslibernama asli", "nama asli bernama asli",
		"bernama asli " + strings.Repeat("asli ", 40), strings.Repeat("a", 100) + "bernama asli"}
	if corpus, _, err := newscorpus.ForBenchmark(); err == nil {
		texts = append(texts, corpus...)
	}
	for _, s := range texts {
		if got, want := holdsRealName(s), strings.Contains(s, "bernama asli"); got != want {
			t.Errorf("holdsRealName(%.60q) = %v, want %v", s, got, want)
		}
	}
}

// TestAsliBeforeRealName checks that lowercase notes a word beginning with "asli" in every
// text that holds "bernama asli" (link looks for the phrase only then): in the ASCII words
// of a slot, in longer ones and others, and near the end of the text.
func TestAsliBeforeRealName(t *testing.T) {
	texts := []string{"bernama asli", "Ia bernama asli Rahayu Kinanti.", "yang bernama aslinyaaaaaaaaaaaaaa itu",
		"bernama asli-asli", "bernama asliñ kata dia panjang sekali", "bernama asli", "Dibernama asli Budi dan seterusnya"}
	if corpus, _, err := newscorpus.ForBenchmark(); err == nil {
		texts = append(texts, corpus...)
	}
	x := Default()
	for _, text := range texts {
		d := &Document{Text: text, Tokens: tokenize.Tokenize(text)}
		s := newState(x, d)
		k := len(s.toks)
		s.lows, s.info, s.owner, s.bits = grow(s.lows, k), grow(s.info, k), grow(s.owner, k), grow(s.bits, k)
		s.lowercase()
		if strings.Contains(text, "bernama asli") && !s.asli {
			t.Errorf("%.60q: no word beginning with \"asli\" noted", text)
		}
		s.release()
	}
}
