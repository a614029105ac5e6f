// Command gencountries writes gazetteer/data/countries.cldr.tsv from CLDR. Run it with
// go generate ./gazetteer.
package main

import (
	"log"
	"os"

	"github.com/entitas-id/entitas/gazetteer/internal/cldr"
)

func main() {
	if err := os.WriteFile("data/countries.cldr.tsv", []byte(cldr.Table()), 0o644); err != nil {
		log.Fatal(err)
	}
}
