package entity

import (
	"strings"
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// benchTexts returns the benchmark corpus's texts (newscorpus.ForBenchmark), logging which
// corpus it is, or skips the test or benchmark when there is none.
func benchTexts(tb testing.TB) []string {
	texts, label, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		tb.Skip("no corpus:", err)
	}
	tb.Logf("corpus: %s, %d texts", label, len(texts))
	return texts
}

// BenchmarkExtract measures the whole pipeline, tokenizing included, on one core's worth of
// sequential calls over news text.
func BenchmarkExtract(b *testing.B) {
	texts := benchTexts(b)
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

// BenchmarkLowercase measures the lowercase pass alone (word-table lookups, shapes, name
// starts) over the benchmark corpus, tokenized beforehand: it is the largest single cost
// of BenchmarkExtract, and alone it gives steadier numbers than the whole pipeline.
func BenchmarkLowercase(b *testing.B) {
	texts := benchTexts(b)
	x := Default()
	docs := make([]*Document, len(texts))
	n := 0
	for i, t := range texts {
		docs[i] = &Document{Text: t, Tokens: tokenize.Tokenize(t)}
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			s := newState(x, d)
			k := len(s.toks)
			s.lows, s.info, s.owner, s.bits = grow(s.lows, k), grow(s.info, k), grow(s.owner, k), grow(s.bits, k)
			s.lowercase()
			s.release()
		}
	}
}
