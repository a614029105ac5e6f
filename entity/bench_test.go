package entity

import (
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
)

// BenchmarkExtract measures the whole pipeline, tokenizing included, on one core's worth of
// sequential calls over news text.
func BenchmarkExtract(b *testing.B) {
	texts, label, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		b.Skip("no corpus:", err)
	}
	b.Logf("corpus: %s, %d texts", label, len(texts))
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	x := Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			x.Extract(t)
		}
	}
}
