//go:build race

package entity

// raceEnabled is set when the tests run under the race detector, which makes timings
// meaningless.
const raceEnabled = true
