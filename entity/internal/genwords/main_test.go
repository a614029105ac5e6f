package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedListsCurrent regenerates the word lists into a temporary folder and checks
// that the checked-in files are the same. It skips when the corpus (../shared) or the
// English list (Debian's wamerican-small) is absent.
func TestGeneratedListsCurrent(t *testing.T) {
	const corpus = "../../../../shared/corpus/indosum/articles.jsonl"
	const english = "/usr/share/dict/american-english-small"
	for _, p := range []string{corpus, english} {
		if _, err := os.Stat(p); err != nil {
			t.Skip("source absent:", err)
		}
	}
	dir := t.TempDir()
	out, eout := filepath.Join(dir, "corpuswords.txt"), filepath.Join(dir, "englishwords.txt")
	if err := run(corpus, out, 1); err != nil {
		t.Fatal(err)
	}
	if err := runEnglish(english, eout, out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"corpuswords.txt", "englishwords.txt"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("../../lexicon", name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("entity/lexicon/%s is not current: run go generate ./entity", name)
		}
	}
}
