package entity

import (
	"testing"

	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/internal/newscorpus"
)

// BenchmarkTyper times the name typer alone over the candidates the extractor proposes on
// the benchmark corpus, in text order, as the pipeline meets them: steadier than the share
// of BenchmarkExtract's profile that the typer takes. The candidates are recorded with a
// tracer, which keeps the rules' own decisions, so they are nearly, not exactly, the
// pipeline's.
func BenchmarkTyper(b *testing.B) {
	texts, _, err := newscorpus.ForBenchmark()
	if err != nil || len(texts) == 0 {
		b.Skip("no corpus:", err)
	}
	var rec typerRecorder
	typer.Trace = &rec
	x := Default()
	for _, t := range texts {
		x.Extract(t)
	}
	typer.Trace = nil
	m := typer.Default()
	for b.Loop() {
		for i := range rec.cands {
			m.Predict(&rec.cands[i].window, rec.cands[i].c)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(rec.cands)), "ns/candidate")
}

// typerRecorder keeps each candidate with the tokens around it as the typer saw them.
type typerRecorder struct {
	cands []recordedCandidate
}

// recordedCandidate is one candidate and its tokens.
type recordedCandidate struct {
	c      typer.Candidate
	window typerWindow
}

// Candidate records the tokens extract reads: the candidate's sentence, two tokens either
// side of the span at most.
func (r *typerRecorder) Candidate(t typer.Tokens, c typer.Candidate) {
	lo, hi := t.Sentence(c.First)
	w := typerWindow{n: t.Len(), lo: lo, hi: hi, first: max(lo, c.First-2)}
	for i := w.first; i < min(hi, c.Last+2); i++ {
		w.text = append(w.text, t.Text(i))
		w.lower = append(w.lower, t.Lower(i))
		w.flags = append(w.flags, t.Flags(i))
	}
	r.cands = append(r.cands, recordedCandidate{c, w})
}

// Done does nothing: the candidates are recorded as they come.
func (r *typerRecorder) Done(typer.Tokens) {}

// typerWindow is a typer.Tokens over the tokens [first, first+len(text)) of a document of
// n tokens, all in the sentence [lo, hi).
type typerWindow struct {
	n, lo, hi, first int
	text, lower      []string
	flags            []typer.Flag
}

func (w *typerWindow) Len() int                { return w.n }
func (w *typerWindow) Text(i int) string       { return w.text[i-w.first] }
func (w *typerWindow) Lower(i int) string      { return w.lower[i-w.first] }
func (w *typerWindow) Flags(i int) typer.Flag  { return w.flags[i-w.first] }
func (w *typerWindow) Sentence(int) (int, int) { return w.lo, w.hi }
