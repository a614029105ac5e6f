package entity

import (
	"io/fs"
	"strings"
	"testing"
)

// TestLexicons checks every word list under lexicon/: each file parses, names its source
// and as-of date in its header, and lists no word twice.
func TestLexicons(t *testing.T) {
	if _, err := loadLexicons(); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(lexiconFS, "lexicon/*")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lexicon files: %v", err)
	}
	for _, name := range names {
		b, err := lexiconFS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if !strings.Contains(text, "\n# source:") || !strings.Contains(text, "\n# as-of:") {
			t.Errorf("%s: the header names no source or as-of date", name)
		}
		seen := map[string]int{}
		for i, line := range strings.Split(text, "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			key, _, _ := strings.Cut(line, "\t")
			if prev, ok := seen[key]; ok {
				t.Errorf("%s:%d: %q already on line %d", name, i+1, key, prev)
			}
			seen[key] = i + 1
		}
	}
}
