package entity

import (
	"strings"
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

// repetitive are inputs that once took quadratic time; each rule now bounds how far it
// looks. BenchmarkRepetitive keeps them in view; TestRepetitive keeps them from panicking.
var repetitive = []string{
	strings.Repeat(`"a" `, 5000), strings.Repeat("Presiden ", 5000), strings.Repeat("Kabupaten A ", 5000),
	strings.Repeat("Ketua A B ", 5000), strings.Repeat("A B C D E F ", 5000), strings.Repeat("Ia mengatakan “a” ", 5000),
	strings.Repeat("kata A (B) ", 5000), strings.Repeat("“", 5000), strings.Repeat("berinisial AS, ", 5000),
}

func BenchmarkRepetitive(b *testing.B) {
	n := 0
	for _, s := range repetitive {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range repetitive {
			Default().Extract(s)
		}
	}
}

func TestRepetitive(t *testing.T) {
	for _, s := range repetitive {
		checkInvariants(t, s, Default().Extract(s))
	}
}
