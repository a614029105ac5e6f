package main

import (
	"os"
	"testing"
)

// TestGeneratedFilesAreCurrent checks the checked-in generated files against what the
// generator writes now: run go generate ./gazetteer when it fails.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	for name, want := range map[string]string{
		"../../data/countries.cldr.tsv": countryTable(),
		"../../fold_table.go":           string(foldTable()),
	} {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s is not current: run go generate ./gazetteer", name)
		}
	}
}
