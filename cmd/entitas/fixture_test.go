package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// sampleText is a short article with multibyte quotation marks, a quote over two lines,
// HTML-special characters and a speaker given by a pronoun.
const sampleText = "MOSKOW – Presiden Rusia Vladimir Putin menerima Menlu Sugiono di Kremlin.\n\n" +
	"“Kami siap bekerja sama dengan Indonesia,” kata Putin. “Rusia <dan> ASEAN & mitra.”\n\n" +
	"Ia menambahkan, “tidak ada\nmasalah.”"

// at returns the byte span of the n-th (0-based) occurrence of s in text.
func at(t testing.TB, text, s string, n int) (int, int) {
	t.Helper()
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[off:], s)
		if i < 0 {
			t.Fatalf("%q not found", s)
		}
		off += i
		if n > 0 {
			off += len(s)
		}
	}
	return off, off + len(s)
}

// sampleDoc is a hand-made extraction of sampleText, so that the formats' golden files do
// not change when the extractor improves.
func sampleDoc(t testing.TB) *document {
	text := sampleText
	ent := func(typ entity.Type, s string, n int, id, name, role, country string) entity.Entity {
		a, b := at(t, text, s, n)
		return entity.Entity{Type: typ, Text: s, Start: a, End: b, ID: id, Name: name, Role: role, Country: country, Source: "test"}
	}
	quote := func(s string, cue string, sp *entity.Speaker) entity.Quote {
		a, b := at(t, text, s, 0)
		return entity.Quote{Text: s, Start: a, End: b, Cue: cue, Speaker: sp}
	}
	putinAt, _ := at(t, text, "Putin", 1)
	iaAt, _ := at(t, text, "Ia", 0)
	putin := &entity.Speaker{Text: "Putin", Start: putinAt, End: putinAt + 5, Name: "Vladimir Putin", ID: "per:vladimir-putin", Type: entity.Leader}
	ia := &entity.Speaker{Text: "Ia", Start: iaAt, End: iaAt + 2, Name: "Vladimir Putin", ID: "per:vladimir-putin", Type: entity.Leader}
	ed := &entity.Document{
		Text:   text,
		Tokens: tokenize.Tokenize(text),
		Entities: []entity.Entity{
			ent(entity.Location, "MOSKOW", 0, "loc:moskow", "Moskow", "", "RU"),
			ent(entity.Country, "Rusia", 0, "RU", "Rusia", "", "RU"),
			ent(entity.Leader, "Vladimir Putin", 0, "per:vladimir-putin", "Vladimir Putin", "Presiden", "RU"),
			ent(entity.Leader, "Sugiono", 0, "per:sugiono", "Sugiono", "Menteri Luar Negeri", "ID"),
			ent(entity.Location, "Kremlin", 0, "loc:kremlin", "Kremlin", "", "RU"),
			ent(entity.Country, "Indonesia", 0, "ID", "Indonesia", "", "ID"),
			ent(entity.Leader, "Putin", 1, "per:vladimir-putin", "Vladimir Putin", "Presiden", "RU"),
			ent(entity.Country, "Rusia", 1, "RU", "Rusia", "", "RU"),
			ent(entity.Organization, "ASEAN", 0, "org:asean", "ASEAN", "", ""),
		},
		Quotes: []entity.Quote{
			quote("“Kami siap bekerja sama dengan Indonesia,”", "kata", putin),
			quote("“Rusia <dan> ASEAN & mitra.”", "kata", putin),
			quote("“tidak ada\nmasalah.”", "menambahkan", ia),
		},
	}
	return &document{item: item{name: "sample.txt", rel: "sample.txt"}, text: text, ent: ed}
}

// golden compares got with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}
