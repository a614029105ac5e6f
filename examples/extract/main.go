// Command extract finds the entities and quotes in a piece of news text held in a string:
// the shortest program that uses entitas.
//
// Run it from the repository's root:
//
//	go run ./examples/extract
//
// It prints one line per entity — its type, its text, its byte offsets into the string
// and its id (with the role and country when known) — then each quote with the name of its
// speaker. The first lines look like:
//
//	COUNTRY       Rusia           [9:14]  id=RU country=RU
//	LEADER        Vladimir Putin  [15:29]  id=per:vladimir-putin role=Presiden country=RU
package main

import (
	"fmt"

	"github.com/entitas-id/entitas/entity"
)

const text = `Presiden Rusia Vladimir Putin menerima Menteri Luar Negeri Sugiono di Moskow, Kamis.
“Hubungan kita dengan Indonesia sangat penting,” kata Putin.`

func main() {
	doc := entity.Default().Extract(text) // the default extractor is built once and shared
	for _, e := range doc.Entities {
		fmt.Printf("%-13s %-15s [%d:%d]  id=%s", e.Type, e.Text, e.Start, e.End, e.ID)
		if e.Role != "" {
			fmt.Printf(" role=%s", e.Role)
		}
		if e.Country != "" {
			fmt.Printf(" country=%s", e.Country)
		}
		fmt.Println()
	}
	for _, q := range doc.Quotes {
		who := "(no speaker found)"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		fmt.Printf("QUOTE %s — %s\n", q.Text, who)
	}
}
