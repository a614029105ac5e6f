// Command entitas extracts entities and quotes from Indonesian news text; see usage.go
// for what it does and "entitas -h" for its flags.
package main

import (
	"os"
	"runtime/debug"
)

func main() {
	// Extraction allocates many small, short-lived objects while the live heap stays
	// small (the gazetteer and a window of documents). Collecting less often saves about
	// a quarter of the CPU time over a large corpus and lets the workers scale better,
	// for some tens of MB more memory. GOGC in the environment still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
