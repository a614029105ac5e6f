// Package examples_test builds the example programs and runs each once.
package examples_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var examples = []string{"extract", "customgazetteer", "folder", "whosaid"}

// TestExamples builds every example and runs it from the repository's root, as its doc
// comment says, checking that it succeeds and prints something.
func TestExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs programs")
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin+string(filepath.Separator), "./...")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./examples/...: %v\n%s", err, out)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range examples {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(filepath.Join(bin, name))
			cmd.Dir = root
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if strings.TrimSpace(string(out)) == "" {
				t.Errorf("printed nothing")
			}
			t.Logf("%s", out)
		})
	}
}

// TestEveryExampleIsListed keeps the list above in step with the folders.
func TestEveryExampleIsListed(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, e.Name())
		}
	}
	listed := map[string]bool{}
	for _, e := range examples {
		listed[e] = true
	}
	for _, d := range dirs {
		if !listed[d] {
			t.Errorf("examples/%s is not run by TestExamples", d)
		}
	}
	if len(dirs) != len(examples) {
		t.Errorf("folders %v, listed %v", dirs, examples)
	}
}
