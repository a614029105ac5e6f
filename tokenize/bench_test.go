package tokenize

import (
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
)

func BenchmarkTokenize(b *testing.B) {
	texts, label, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		texts, label = []string{sampleArticle}, "sample"
	}
	b.Logf("corpus: %s, %d texts", label, len(texts))
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Tokenize(t)
		}
	}
}

func TestIndoSumInvariants(t *testing.T) {
	texts, err := newscorpus.IndoSum()
	if err != nil {
		t.Skip("../shared not present:", err)
	}
	for _, s := range texts {
		checkInvariants(t, s)
	}
}

// TestEstimateTokensOnNews backs the figures of estimateTokens's comment: over the IndoSum
// articles it counts at most 1.1 times their tokens, and never fewer in any one.
func TestEstimateTokensOnNews(t *testing.T) {
	texts, err := newscorpus.IndoSum()
	if err != nil {
		t.Skip("../shared not present:", err)
	}
	est, toks := 0, 0
	for _, s := range texts {
		e, n := estimateTokens(s), len(Tokenize(s).Tokens)
		if e < n {
			t.Errorf("estimate %d under the %d tokens of %.40q", e, n, s)
		}
		est, toks = est+e, toks+n
	}
	ratio := float64(est) / float64(toks)
	t.Logf("%d articles: estimate %d, tokens %d (%.3f)", len(texts), est, toks, ratio)
	if ratio > 1.1 {
		t.Errorf("the estimate is %.3f times the tokens", ratio)
	}
}

// BenchmarkEstimateTokens gives estimateTokens's speed over the news corpus, to set against
// BenchmarkTokenize's.
func BenchmarkEstimateTokens(b *testing.B) {
	texts, _, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		texts = []string{sampleArticle}
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			estimateTokens(t)
		}
	}
}
