package typer

import (
	"sync"
	"sync/atomic"
)

// Default returns the model trained by go generate (weights.go), parsed on first use. The
// extractor asks for it for every candidate: once parsed, it is one atomic load.
func Default() *Model {
	if m := parsedModel.Load(); m != nil {
		return m
	}
	m := defaultModel()
	parsedModel.Store(m)
	return m
}

// parsedModel is the model of defaultModel once parsed.
var parsedModel atomic.Pointer[Model]

var defaultModel = sync.OnceValue(func() *Model {
	m, err := Parse(weightsTable)
	if err != nil {
		panic(err) // the generated table is checked by tests; this is a bug
	}
	return m
})

// Table returns the generated weights table that Default parses.
func Table() string { return weightsTable }

//go:generate go run ./gen -out weights.go
