package entity

import (
	"strings"
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
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
