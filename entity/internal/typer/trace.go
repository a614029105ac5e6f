package typer

// Tracer sees the candidates the extractor would type, for training. While Trace is set,
// the extractor asks it instead of the model and keeps its rules' own decisions, so that
// what it sees does not depend on earlier weights.
type Tracer interface {
	// Candidate is called for each candidate span, in text order.
	Candidate(t Tokens, c Candidate)
	// Done is called once a document's candidates are all seen, with t still valid.
	Done(t Tokens)
}

// Trace, when not nil, receives every candidate (see Tracer). Only the trainer sets it,
// before any extraction; the library never does.
var Trace Tracer
