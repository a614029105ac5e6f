package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadCorpusSpreadsTheLimit(t *testing.T) {
	var b strings.Builder
	for i := range 10 {
		fmt.Fprintf(&b, "{\"id\": \"%d\", \"text\": \"doc %d\"}\n", i, i)
	}
	b.WriteString("\n") // blank lines are not documents
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		limit int
		want  string
	}{
		{0, "doc 0|doc 1|doc 2|doc 3|doc 4|doc 5|doc 6|doc 7|doc 8|doc 9"},
		{20, "doc 0|doc 1|doc 2|doc 3|doc 4|doc 5|doc 6|doc 7|doc 8|doc 9"},
		{3, "doc 3|doc 6|doc 9"},
		{5, "doc 1|doc 3|doc 5|doc 7|doc 9"},
		{1, "doc 9"},
	} {
		docs, err := loadCorpus(path, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(docs, "|"); got != tc.want {
			t.Errorf("limit %d: got %s, want %s", tc.limit, got, tc.want)
		}
	}
}

func TestLoadCorpusErrorsSayWhere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.jsonl")
	if err := os.WriteFile(path, []byte("{\"text\": \"a\"}\n{\"id\": 1}\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	_, err := loadCorpus(path, 0)
	if err == nil || !strings.Contains(err.Error(), "c.jsonl:2:") {
		t.Errorf("got %v, want an error at line 2", err)
	}
}

func TestFmtRatio(t *testing.T) {
	for x, want := range map[float64]string{271.4: "271×", 4.104: "4.10×", 12.34: "12.3×", 0.5: "0.50×"} {
		if got := fmtRatio(x); got != want {
			t.Errorf("fmtRatio(%v) = %q, want %q", x, got, want)
		}
	}
}
