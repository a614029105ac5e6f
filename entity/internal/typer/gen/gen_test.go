package main

import (
	"crypto/sha256"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/entity/internal/typer"
)

// trainFile is idner-news-2k's training split, seen from this directory.
const trainFile = "../" + defaultTrain

// TestWeightsCurrent trains again, as go generate does, and fails when weights.go holds
// other weights: after a change to the gazetteer, the rules or the features, run
// go generate ./entity/internal/typer.
func TestWeightsCurrent(t *testing.T) {
	if _, err := os.Stat(trainFile); err != nil {
		t.Skip("no ../shared (idner-news-2k train):", err)
	}
	var paths []string // defaultFiles, seen from this directory
	for _, f := range defaultFiles {
		paths = append(paths, "../"+f)
	}
	table, st, err := TrainFiles(paths, typer.DefaultTrainConfig)
	if err != nil {
		t.Fatal(err)
	}
	if st.Examples < 1000 || st.ByLabel[typer.Organization] == 0 {
		t.Fatalf("too few candidates: %+v", st)
	}
	got, want := sha256.Sum256([]byte(table)), sha256.Sum256([]byte(typer.Table()))
	if got != want {
		t.Errorf("weights.go is stale (table sha256 %x, training gives %x): run go generate ./entity/internal/typer", want, got)
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	check := func(got []sentence, err error, text string, gold []goldSpan) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].text != text || !slices.Equal(got[0].gold, gold) {
			t.Errorf("got %+v, want text %q gold %+v", got, text, gold)
		}
	}
	s, err := readFile(write("a.conll", "kata B-X\nBudi B-PER\nSantoso I-PER\ndi O\nManchester B-ORG\nCity I-ORG\n. O\nX I-LOC\n"))
	check(s, err, "kata Budi Santoso di Manchester City . X",
		[]goldSpan{{5, 17, typer.Person}, {21, 36, typer.Organization}, {39, 40, typer.Location}})
	s, err = readFile(write("b.marked.txt", "\nKata ⟦PERSON|Andi⟧, ⟪Andi|“⟦ORGANIZATION|Arsenal⟧ menang”⟫ di ⟦?LOCATION|Sana⟧ dengan ⟦WEAPON|ICBM⟧.\n"))
	check(s, err, "Kata Andi, “Arsenal menang” di Sana dengan ICBM.",
		[]goldSpan{{5, 9, typer.Person}, {14, 21, typer.Organization}})
	if _, err := readFile(write("c.marked.txt", "ok\n⟦PERSON|Andi\n")); err == nil || !strings.Contains(err.Error(), "c.marked.txt:2") {
		t.Errorf("err = %v, want one naming c.marked.txt:2", err)
	}
	if _, _, err := TrainFiles([]string{dir + "/none.conll"}, typer.DefaultTrainConfig); err == nil {
		t.Error("a missing file gave no error")
	}
}

// TestReadArticles checks that a folder given to -train is read as whole articles of gold
// markup, one document a file, their paragraphs kept, and that an empty one is an error.
func TestReadArticles(t *testing.T) {
	dir := t.TempDir()
	text := "JAKARTA, KOMPAS — ⟦PERSON|Budi⟧ tiba.\n\n⟪Budi|”Kami siap,”⟫ ujarnya di ⟦LOCATION|Bandung⟧.\n"
	if err := os.WriteFile(dir+"/01-a.marked.txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/01-a.txt", []byte("not read"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := "JAKARTA, KOMPAS — Budi tiba.\n\n”Kami siap,” ujarnya di Bandung.\n"
	if len(got) != 1 || got[0].text != want || !slices.Equal(got[0].gold, []goldSpan{{20, 24, typer.Person}, {60, 67, typer.Location}}) {
		t.Errorf("got %+v", got)
	}
	if _, err := readFile(t.TempDir()); err == nil {
		t.Error("an empty folder gave no error")
	}
}

// TestSplitWeight checks the -train FILE@N argument.
func TestSplitWeight(t *testing.T) {
	for _, c := range []struct {
		arg, path string
		n         int
		ok        bool
	}{
		{"train.txt", "train.txt", 1, true},
		{"train.txt@3", "train.txt", 3, true},
		{"a@b/train.txt@12", "a@b/train.txt", 12, true},
		{"train.txt@0", "", 0, false},
		{"train.txt@x", "", 0, false},
	} {
		path, n, err := splitWeight(c.arg)
		if path != c.path || n != c.n || (err == nil) != c.ok {
			t.Errorf("splitWeight(%q) = %q, %d, %v; want %q, %d, ok %v", c.arg, path, n, err, c.path, c.n, c.ok)
		}
	}
}

// TestOwnData checks that the project's training sentences parse.
func TestOwnData(t *testing.T) {
	s, err := readFile("names.marked.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) < 50 {
		t.Errorf("%d sentences", len(s))
	}
}
