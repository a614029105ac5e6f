package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// loadCorpus reads the "text" field of a JSONL corpus. With limit > 0 it keeps
// limit documents spread evenly over the file (the corpus is grouped by source
// and category, so the first N would not be representative); the others are
// never held in memory.
func loadCorpus(path string, limit int) ([]string, error) {
	total, err := countLines(path)
	if err != nil {
		return nil, err
	}
	n := total
	if limit > 0 && limit < total {
		n = limit
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	docs := make([]string, 0, n)
	for i, lineNo := 0, 0; ; {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			lineNo++
			// Keep document i when it crosses the next multiple of total/n.
			if (i+1)*n/total > i*n/total {
				var v struct {
					Text *string `json:"text"`
				}
				if jerr := json.Unmarshal(line, &v); jerr != nil {
					return nil, fmt.Errorf("%s:%d: %w", path, lineNo, jerr)
				}
				if v.Text == nil {
					return nil, fmt.Errorf("%s:%d: no \"text\" field", path, lineNo)
				}
				docs = append(docs, *v.Text)
			}
			i++
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}

// countLines counts the non-blank lines of a file.
func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	n := 0
	for {
		line, err := r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: count it once, at its end.
			for err == bufio.ErrBufferFull {
				_, err = r.ReadSlice('\n')
			}
			n++
		} else if len(bytes.TrimSpace(line)) > 0 {
			n++
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// repoRoot finds the entitas repository: the nearest directory at or above the
// working directory whose go.mod declares module github.com/entitas-id/entitas.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil {
			for line := range strings.Lines(string(data)) {
				f := strings.Fields(line)
				if len(f) == 2 && f[0] == "module" && f[1] == "github.com/entitas-id/entitas" {
					return dir, nil
				}
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod for github.com/entitas-id/entitas at or above the working directory: run from the repository, or pass -corpus and -eval")
		}
		dir = parent
	}
}
