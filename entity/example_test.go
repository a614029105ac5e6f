package entity_test

import (
	"fmt"
	"strings"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/gazetteer"
)

func ExampleExtractor_Extract() {
	text := `“Kami akan terus memantau,” kata juru bicara kementerian Lim Soo-suk kepada Presiden Rusia Vladimir Putin.`
	d := entity.Default().Extract(text)
	for _, e := range d.Entities {
		fmt.Printf("%-8s %-15s %d-%d %s\n", e.Type, e.Text, e.Start, e.End, e.ID)
	}
	for _, q := range d.Quotes {
		fmt.Printf("%s said by %s (cue %q)\n", q.Text, q.Speaker.Name, q.Cue)
	}
	// Output:
	// PERSON   Lim Soo-suk     61-72 per:lim-soo-suk
	// COUNTRY  Rusia           89-94 RU
	// LEADER   Vladimir Putin  95-109 per:vladimir-putin
	// “Kami akan terus memantau,” said by Lim Soo-suk (cue "kata")
}

func ExampleNew() {
	mine, err := gazetteer.Parse(strings.NewReader(
		"ORGANIZATION\torg:ktm\tKumpulan Tani Makmur\tKTM\tcountry=ID\n"), "mine.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	x, err := entity.New(entity.WithEntries(mine), entity.WithTypes(entity.Organization))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range x.Extract("Ketua KTM bertemu Presiden Prabowo Subianto di Jakarta.").Entities {
		fmt.Println(e.Type, e.Text, e.ID)
	}
	// Output:
	// ORGANIZATION KTM org:ktm
}
