// Command folder extracts entities from every *.txt file in a folder, with a pool of
// workers sharing one Extractor (it is safe for concurrent use), and prints the results in
// file name order whatever order the workers finish in.
//
// Run it from the repository's root, with a folder or without (testdata/articles):
//
//	go run ./examples/folder
//	go run ./examples/folder path/to/articles
//
// It prints one line per file with the number of entities of each type and of quotes, e.g.
//
//	01-rudal-korut.txt        COUNTRY=18 LOCATION=11 LEADER=4 PERSON=4 ORGANIZATION=13 WEAPON=3 quotes=9
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/gazetteer"
)

// result is what a worker found in one file.
type result struct {
	counts map[entity.Type]int
	quotes int
	err    error
}

func main() {
	dir := "testdata/articles"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	var files []string
	all, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range all {
		if !strings.HasSuffix(f, ".marked.txt") { // gold markup, not articles
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		log.Fatalf("no *.txt files in %s", dir)
	}

	x := entity.Default()
	results := make([]result, len(files)) // each worker writes only its own files' slots
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range jobs {
				text, err := os.ReadFile(files[i])
				if err != nil {
					results[i].err = err
					continue
				}
				doc := x.Extract(string(text))
				results[i].counts = map[entity.Type]int{}
				for _, e := range doc.Entities {
					results[i].counts[e.Type]++
				}
				results[i].quotes = len(doc.Quotes)
			}
		})
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	for i, f := range files {
		r := results[i]
		if r.err != nil {
			fmt.Printf("%-25s error: %v\n", filepath.Base(f), r.err)
			continue
		}
		fmt.Printf("%-25s", filepath.Base(f))
		for _, t := range gazetteer.Types() {
			fmt.Printf(" %s=%d", t, r.counts[t])
		}
		fmt.Printf(" quotes=%d\n", r.quotes)
	}
}
