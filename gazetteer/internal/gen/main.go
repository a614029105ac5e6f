// Command gen writes the gazetteer's generated files from data in golang.org/x/text:
// data/countries.cldr.tsv, the countries with their CLDR names, and fold_table.go, the
// base letters of accented Latin letters for lookup keys. It is a module of its own so
// that the library does not depend on x/text; run it with go generate ./gazetteer. Its
// test checks that the checked-in files are current.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "../..", "the gazetteer package's folder")
	flag.Parse()
	for name, data := range map[string][]byte{
		"data/countries.cldr.tsv": []byte(countryTable()),
		"fold_table.go":           foldTable(),
	} {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
