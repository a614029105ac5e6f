package typer

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Example is one labelled candidate for training: its feature names (FeatureNames) and
// the class the gold annotation gives it.
type Example struct {
	Features []string
	Label    Class
	// Weight is how many times the example counts: a mistake on it moves the weights by
	// Weight steps. 0 counts as 1. A source with many examples weighed against one with few
	// (gen's -train FILE@N) gives the smaller one a larger weight
	Weight int
}

// TrainConfig sets the trainer's few knobs.
type TrainConfig struct {
	Epochs   int    // passes over the examples
	MinCount int    // features seen in fewer examples are dropped
	Seed     uint64 // for the order of examples in each pass
	// Runs is how many perceptrons, each seeing the examples in its own order (seeds Seed,
	// Seed+1, …), are trained and averaged: more runs, less dependence on the order. At
	// 200, training again with another seed changes 37 of the entities the extractor finds
	// over IndoSum (December 2026; 313 at 25 runs with the earlier shuffled order)
	Runs int
	// Scale is the largest absolute weight in the table; the averaged weights are scaled
	// to it and rounded
	Scale int
}

// DefaultTrainConfig is what go generate uses.
var DefaultTrainConfig = TrainConfig{Epochs: 12, MinCount: 2, Seed: 1, Runs: 200, Scale: 999}

// Train fits averaged multiclass perceptrons to the examples (cfg.Runs of them, each
// seeing the examples in its own order, averaged) and returns the weights table in the
// format Parse reads, features in byte order. It is deterministic: the same examples and
// config give the same table on every platform, since training is on integers and the
// averaging after it only adds, subtracts and divides floats, which Go never fuses.
func Train(examples []Example, cfg TrainConfig) string {
	count := map[string]int{}
	for _, e := range examples {
		for _, f := range e.Features {
			count[f]++
		}
	}
	var names []string
	for f, n := range count {
		if n >= cfg.MinCount && usableName(f) {
			names = append(names, f)
		}
	}
	slices.Sort(names)
	id := make(map[string]int32, len(names))
	for i, f := range names {
		id[f] = int32(i)
	}
	keys := make([]uint64, len(examples)) // each example's identity, for its place in each pass
	for k, e := range examples {
		keys[k] = exampleKey(e)
	}
	xs := make([][]int32, len(examples))
	for k, e := range examples {
		for _, f := range e.Features {
			if i, ok := id[f]; ok {
				xs[k] = append(xs[k], i)
			}
		}
	}
	avg := make([][numClasses]float64, len(names))
	for run := range max(cfg.Runs, 1) {
		w, u, steps := perceptron(len(names), xs, keys, examples, cfg.Epochs, cfg.Seed+uint64(run))
		for f := range w {
			for c := range w[f] {
				avg[f][c] += float64(w[f][c]) - float64(u[f][c])/float64(steps)
			}
		}
	}
	top := 0.0
	for f := range avg {
		for c := range avg[f] {
			top = max(top, math.Abs(avg[f][c]))
		}
	}
	var b strings.Builder
	for f, name := range names {
		var q [numClasses]int64
		zero := true
		for c := range q {
			if top > 0 {
				q[c] = int64(math.Round(avg[f][c] * (float64(cfg.Scale) / top)))
			}
			zero = zero && q[c] == 0
		}
		if zero {
			continue
		}
		fmt.Fprintf(&b, "%s\t%d %d %d %d\n", name, q[0], q[1], q[2], q[3])
	}
	return b.String()
}

// perceptron trains one multiclass perceptron on the examples (xs holds their feature
// ids, keys their identities) and returns its final weights w, the sums u of step × update
// for averaging (the average weight is w - u/steps), and the number of steps. Each pass
// sees the examples ordered by a hash of their identity, the seed and the pass, not by a
// shuffle of their positions: an example added or dropped (when a rule changes the
// candidates it is trained on) then leaves the order of all the others as it was, and the
// weights move only as much as that example moves them.
func perceptron(n int, xs [][]int32, keys []uint64, examples []Example, epochs int, seed uint64) (w, u [][numClasses]int64, steps int64) {
	w = make([][numClasses]int64, n)
	u = make([][numClasses]int64, len(w))
	order := make([]int, len(examples))
	rank := make([]uint64, len(examples))
	step := int64(1)
	for epoch := range epochs {
		for i := range order {
			order[i] = i
			rank[i] = mix(mix(keys[i] ^ mix(seed*0x9e3779b97f4a7c15+uint64(epoch))))
		}
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rank[a], rank[b]) })
		for _, k := range order {
			var score [numClasses]int64
			for _, f := range xs[k] {
				for c := range score {
					score[c] += w[f][c]
				}
			}
			pred := Class(0)
			for c := Class(1); c < numClasses; c++ {
				if score[c] > score[pred] {
					pred = c
				}
			}
			if gold := examples[k].Label; pred != gold {
				n := int64(max(examples[k].Weight, 1))
				for _, f := range xs[k] {
					w[f][gold] += n
					w[f][pred] -= n
					u[f][gold] += n * step
					u[f][pred] -= n * step
				}
			}
			step++
		}
	}
	return w, u, step
}

// exampleKey returns a hash of an example's features and label, which identify it (two
// examples alike in both are alike to the trainer too).
func exampleKey(e Example) uint64 {
	h := uint64(14695981039346656037) // FNV-1a
	for _, f := range e.Features {
		for i := 0; i < len(f); i++ {
			h ^= uint64(f[i])
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	return mix(h ^ uint64(e.Label))
}

// usableName reports whether a feature name can stand on a line of the table and inside a
// Go raw string: valid UTF-8, no control characters, no backquote.
func usableName(f string) bool {
	if !utf8.ValidString(f) {
		return false
	}
	for _, r := range f {
		if r < ' ' || r == '`' || r == 0x7f || r == utf8.RuneError {
			return false
		}
	}
	return true
}
