// Command onepass extracts every IndoSum article a given number of times in one process,
// with nothing else timed or printed but a count of entities: the program that
// instructions.sh runs under valgrind to count the instructions of a pass.
//
//	go run ./cmd/onepass -passes 1
//
// A machine shared with other work times a pass with 10–30% noise; the instructions a pass
// executes (valgrind --tool=callgrind, garbage collection off) are the same from run to run
// to a few parts in ten thousand, so that two builds can be compared by a difference of
// one per cent. Instructions are not time: a change that saves instructions but misses the
// caches more can be slower, so a speed-up is confirmed by the benchmarks as well.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/newscorpus"
)

func main() {
	passes := flag.Int("passes", 1, "passes over the corpus after the warm-up (0: load and warm up only)")
	warm := flag.Int("warm", 50, "articles extracted first, to fill the extractor's pools and lazy tables")
	flag.Parse()
	texts, err := newscorpus.IndoSum()
	if err != nil || len(texts) == 0 {
		fmt.Fprintln(os.Stderr, "onepass: no IndoSum corpus in ../shared:", err)
		os.Exit(1)
	}
	x := entity.Default()
	for _, t := range texts[:min(*warm, len(texts))] {
		x.Extract(t)
	}
	n := 0
	for range *passes {
		n += extractAll(x, texts)
	}
	fmt.Println(n, "entities")
}

// extractAll extracts every text once and returns the number of entities found.
func extractAll(x *entity.Extractor, texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(x.Extract(t).Entities)
	}
	return n
}
