package entity

import (
	"testing"

	"github.com/entitas-id/entitas/entity/internal/typer"
)

// BenchmarkTyper times the name typer alone over the candidates the extractor proposes on
// the benchmark corpus, in text order, as the pipeline meets them: steadier than the share
// of BenchmarkExtract's profile that the typer takes. The candidates are recorded with a
// tracer, which keeps the rules' own decisions, so they are nearly, not exactly, the
// pipeline's.
func BenchmarkTyper(b *testing.B) {
	texts := benchTexts(b)
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

// Candidate records the tokens extract reads: two tokens either side of the span at most,
// within the candidate's sentence, and the span itself whole (a span may run past the end
// of its first token's sentence: mergePlace joins "U.S." and "Cellular" across the
// sentence break the tokenizer makes after the abbreviation).
func (r *typerRecorder) Candidate(t typer.Tokens, c typer.Candidate) {
	lo, hi := t.Sentence(c.First)
	w := typerWindow{n: t.Len(), lo: lo, hi: hi, first: max(lo, c.First-2)}
	for i := w.first; i < max(c.Last, min(hi, c.Last+2)); i++ {
		w.text = append(w.text, t.Text(i))
		w.lower = append(w.lower, t.Lower(i))
		w.flags = append(w.flags, t.Flags(i))
	}
	r.cands = append(r.cands, recordedCandidate{c, w})
}

// Done does nothing: the candidates are recorded as they come.
func (r *typerRecorder) Done(typer.Tokens) {}

// typerWindow is a typer.Tokens over the tokens [first, first+len(text)) of a document of
// n tokens, the candidate's sentence being [lo, hi).
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
