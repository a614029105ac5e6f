module github.com/entitas-id/entitas/bench

go 1.26.0

require (
	github.com/entitas-id/entitas v0.0.0
	github.com/jdkato/prose/v3 v3.2.3
)

require (
	golang.org/x/text v0.44.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

replace github.com/entitas-id/entitas => ../
