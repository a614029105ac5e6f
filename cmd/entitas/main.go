// Command entitas extracts entities and quotes from Indonesian news text; see usage.go
// for what it does and "entitas -h" for its flags.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// Extraction allocates many small, short-lived objects while the live heap stays
	// small (the gazetteer and a window of documents, about 8 MB), so the collector's cost
	// is set by how often it runs, and fresh memory costs a page fault (expensive on
	// virtual machines). Over IndoSum jsonl→jsonl, medians of CPU time over 11–15
	// alternating runs (December 2026, 2 shared cores): on one core GOGC 100, 200 and 400
	// cost the same (0.436, 0.437, 0.443 s) but peak at 19, 24 and 34 MB; on two cores
	// (-j 2) 200 costs least (0.571, 0.479, 0.522 s). With the heap on 2 MB pages
	// (prepareHeap), fresh memory is cheap, yet 300 was no faster than 200 (user+sys
	// medians of 15 alternated runs 0.454 and 0.449 s on one core, 0.475 and 0.472 s with
	// -j 2) and peaked at 58 and 62 MB of RSS against 49. GOGC in the environment still
	// decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	// A run over documents touches all of its heap within the first second; a server
	// pays its page faults once and runs on.
	if len(os.Args) < 2 || os.Args[1] != "serve" {
		prepareHeap()
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
