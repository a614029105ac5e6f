package gazetteer

import (
	"runtime"
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
	"github.com/entitas-id/entitas/tokenize"
)

// BenchmarkDefaultBuild measures parsing the embedded files and building the matcher, what
// Default does once per process.
func BenchmarkDefaultBuild(b *testing.B) {
	b.ReportAllocs()
	var g *Gazetteer
	var before, after runtime.MemStats
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		sets, err := embeddedSets()
		if err != nil {
			b.Fatal(err)
		}
		if g, err = New(sets...); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.StartTimer()
	}
	// the heap the built gazetteer keeps, after garbage collection
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-retained")
	runtime.KeepAlive(g)
}

// BenchmarkMatch measures matching alone, over pre-tokenized news text.
func BenchmarkMatch(b *testing.B) {
	texts, label, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		b.Skip("no corpus:", err)
	}
	b.Logf("corpus: %s, %d texts", label, len(texts))
	docs := make([]*tokenize.Document, len(texts))
	n := 0
	for i, t := range texts {
		docs[i] = tokenize.Tokenize(t)
		n += len(t)
	}
	g := Default()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			g.Match(d)
		}
	}
}

// BenchmarkParseDefault measures parsing the embedded data files alone, the first part of
// BenchmarkDefaultBuild.
func BenchmarkParseDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := embeddedSets(); err != nil {
			b.Fatal(err)
		}
	}
}
