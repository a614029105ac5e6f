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
