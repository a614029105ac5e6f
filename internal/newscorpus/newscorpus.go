// Package newscorpus loads news text for benchmarks and robustness tests: the IndoSum
// articles in ../shared/corpus when that folder is present beside the repository, else the
// project's own articles under testdata/.
package newscorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// root returns the repository's root folder.
func root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// SharedPath returns the path of a file under ../shared, and whether it exists.
func SharedPath(rel string) (string, bool) {
	p := filepath.Join(root(), "..", "shared", rel)
	_, err := os.Stat(p)
	return p, err == nil
}

// IndoSum returns the texts of the IndoSum articles, or an error wrapping os.ErrNotExist
// when ../shared is absent.
func IndoSum() ([]string, error) {
	p, ok := SharedPath("corpus/indosum/articles.jsonl")
	if !ok {
		return nil, fmt.Errorf("newscorpus: %s: %w", p, os.ErrNotExist)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("newscorpus: %s:%d: %w", p, n, err)
		}
		texts = append(texts, rec.Text)
	}
	return texts, sc.Err()
}

// Testdata returns the plain texts of the articles under testdata/articles (files ending in
// .txt but not .marked.txt), in name order.
func Testdata() ([]string, error) {
	names, err := filepath.Glob(filepath.Join(root(), "testdata", "articles", "*.txt"))
	if err != nil {
		return nil, err
	}
	var texts []string
	for _, n := range names {
		if strings.HasSuffix(n, ".marked.txt") {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	return texts, nil
}

// ForBenchmark returns IndoSum when available, else the testdata articles, and a label
// saying which it is.
func ForBenchmark() ([]string, string, error) {
	if texts, err := IndoSum(); err == nil {
		return texts, "indosum", nil
	}
	texts, err := Testdata()
	return texts, "testdata", err
}
