package main

import (
	"fmt"
	"strings"
	"unicode"
)

// conllFormatter writes -format conll: a "# file = NAME" comment per document (and
// "# id = ID" for JSON Lines records), then one token a line as TOKEN, a tab and its BIO
// tag with our types (B-LEADER, I-LEADER, O), and a blank line after each sentence.
// A token that overlaps an entity takes its tag, so "Rusianya" is B-COUNTRY.
type conllFormatter struct{ stream }

func (conllFormatter) render(d *document) ([]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "# file = %s\n", d.name)
	if id := d.idText(); id != "" {
		fmt.Fprintf(&b, "# id = %s\n", id)
	}
	toks, ents := d.ent.Tokens, d.ent.Entities
	k := 0 // the first entity that ends after the current token starts
	for _, s := range toks.Sentences {
		inside := -1 // the entity the previous token of this sentence belonged to
		for _, t := range toks.SentenceTokens(s) {
			for k < len(ents) && int(ents[k].End) <= int(t.Start) {
				k++
			}
			tag := "O"
			if k < len(ents) && int(ents[k].Start) < int(t.End) {
				prefix := "B-"
				if inside == k {
					prefix = "I-"
				}
				tag = prefix + typeName(ents[k].Type)
				inside = k
			}
			b.WriteString(strings.Map(noSpace, t.Text(toks.Text)))
			b.WriteByte('\t')
			b.WriteString(tag)
			b.WriteByte('\n')
		}
		b.WriteByte('\n')
	}
	return []byte(b.String()), nil
}

// noSpace maps white space to "_" so that a token stays one column.
func noSpace(r rune) rune {
	if unicode.IsSpace(r) {
		return '_'
	}
	return r
}
