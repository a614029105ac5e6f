package main

import (
	"crypto/sha256"
	"os"
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
	table, st, err := TrainFiles([]string{trainFile, "names.marked.txt"}, typer.DefaultTrainConfig)
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

func TestMakeSentence(t *testing.T) {
	s := makeSentence(strings.Fields("kata Budi Santoso di Manchester City . X"),
		strings.Fields("O B-PER I-PER O B-ORG I-ORG O I-LOC"))
	if s.text != "kata Budi Santoso di Manchester City . X" {
		t.Fatalf("text %q", s.text)
	}
	want := []goldSpan{{5, 17, typer.Person}, {21, 36, typer.Organization}, {39, 40, typer.Location}}
	if len(s.gold) != len(want) {
		t.Fatalf("gold %+v, want %+v", s.gold, want)
	}
	for k := range want {
		if s.gold[k] != want[k] {
			t.Errorf("gold[%d] = %+v, want %+v", k, s.gold[k], want[k])
		}
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/bad.conll"
	if err := os.WriteFile(p, []byte("Budi B-PER\nlonely\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readCoNLL(p); err == nil || !strings.Contains(err.Error(), "bad.conll:2") {
		t.Errorf("err = %v, want one naming bad.conll:2", err)
	}
	if _, _, err := TrainFiles([]string{dir + "/none.conll"}, typer.DefaultTrainConfig); err == nil {
		t.Error("a missing file gave no error")
	}
}

func TestParseMarked(t *testing.T) {
	s, err := parseMarked("Kata ⟦PERSON|Andi⟧, ⟪Andi|“⟦ORGANIZATION|Arsenal⟧ menang”⟫ di ⟦?LOCATION|Sana⟧ dengan ⟦WEAPON|ICBM⟧.")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Kata Andi, “Arsenal menang” di Sana dengan ICBM."; s.text != want {
		t.Fatalf("text %q, want %q", s.text, want)
	}
	want := []goldSpan{{5, 9, typer.Person}, {14, 21, typer.Organization}}
	if len(s.gold) != len(want) || s.gold[0] != want[0] || s.gold[1] != want[1] {
		t.Errorf("gold %+v, want %+v", s.gold, want)
	}
	for _, bad := range []string{"⟦PERSON Andi⟧", "⟦PERSON|Andi", "⟦TEAM|Arsenal⟧", "⟪Andi “a”⟫", "⟦PERSON|⟧"} {
		if _, err := parseMarked(bad); err == nil {
			t.Errorf("parseMarked(%q): no error", bad)
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
