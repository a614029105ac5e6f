package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
)

// BenchmarkCommandLine runs the command line in this process over IndoSum as JSON Lines
// (the test articles without ../shared), -j 1, -format jsonl, in bytes of text: with the
// extractor already built, it is the command line's throughput beside the library's
// (go test ./entity -bench 'Extract$'). Run it with -cpu 1.
func BenchmarkCommandLine(b *testing.B) {
	corpus, ok := newscorpus.SharedPath("corpus/indosum/articles.jsonl")
	texts, err := newscorpus.IndoSum()
	if !ok || err != nil {
		if texts, err = newscorpus.Testdata(); err != nil {
			b.Skip(err)
		}
		var lines strings.Builder
		for _, t := range texts {
			line, _ := json.Marshal(map[string]string{"text": t})
			lines.Write(line)
			lines.WriteByte('\n')
		}
		corpus = filepath.Join(b.TempDir(), "corpus.jsonl")
		if err := os.WriteFile(corpus, []byte(lines.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	var size int64
	for _, t := range texts {
		size += int64(len(t))
	}
	args := []string{"-j", "1", "-input", "jsonl", "-format", "jsonl", corpus}
	run(args, nil, io.Discard, io.Discard) // builds the extractor
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, nil, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
