package typer

import "sync"

// Default returns the model trained by go generate (weights.go), parsed on first use.
func Default() *Model { return defaultModel() }

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
