// Command whosaid lists who said what in a news article: each direct quote with the name
// of its speaker, resolved to the fullest name the article gives ("katanya" or "tambah
// Lim" → "Lim Soo-suk").
//
// Run it from the repository's root, with an article file or without
// (testdata/articles/01-rudal-korut.txt):
//
//	go run ./examples/whosaid
//	go run ./examples/whosaid path/to/article.txt
//
// It prints one line per quote — the speaker's name, the speaker's entity type when the
// speaker is an entity, and the quote, shortened to one line — e.g.
//
//	Park Jin-woo (PERSON): “Analisis yang lebih rinci sedang kami lakukan bersama otoritas AS.”
//	KCNA (ORGANIZATION): “dengan jelas menunjukkan kemampuan serangan balasan nuklir negara kami yang tidak …
//
// A quote whose speaker cannot be found is listed under "(unknown)".
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity"
)

func main() {
	path := "testdata/articles/01-rudal-korut.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	doc := entity.Default().Extract(string(text))
	if len(doc.Quotes) == 0 {
		fmt.Println("no quotes found in", path)
		return
	}
	for _, q := range doc.Quotes {
		who := "(unknown)"
		if s := q.Speaker; s != nil {
			who = s.Name
			if s.Type != 0 {
				who += " (" + s.Type.String() + ")"
			}
		}
		fmt.Printf("%s: %s\n", who, short(q.Text, 90))
	}
}

// short returns s on one line, cut after a word to at most n characters.
func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + " …"
}
