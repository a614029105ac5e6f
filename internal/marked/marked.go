// Package marked reads articles with inline gold annotations, the markup of the project's
// annotation conventions: ⟦TYPE|surface⟧ is an entity, ⟦?TYPE|surface⟧ an optional one, and
// ⟪Speaker Name|“quote”⟫ a quote with its speaker. Removing the markup gives the article's
// plain text byte for byte; offsets refer to that plain text.
package marked

import (
	"fmt"
	"strings"
)

// Entity is a gold entity.
type Entity struct {
	Type       string
	Text       string
	Start, End int
	Optional   bool
}

// Quote is a gold quote with the name of its speaker.
type Quote struct {
	Speaker    string
	Start, End int
}

// Doc is a parsed article.
type Doc struct {
	Text     string
	Entities []Entity
	Quotes   []Quote
}

// Parse strips the markup from s and returns the plain text with its annotations, or an
// error naming the byte offset of unbalanced or mismatched markup.
func Parse(s string) (*Doc, error) {
	type open struct {
		label  string
		pos    int
		entity bool
		at     int
	}
	var (
		out   strings.Builder
		stack []open
		d     Doc
	)
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "⟦") || strings.HasPrefix(s[i:], "⟪"):
			bar := strings.IndexByte(s[i:], '|')
			if bar < 0 {
				return nil, fmt.Errorf("marked: byte %d: markup without '|'", i)
			}
			stack = append(stack, open{s[i+len("⟦") : i+bar], out.Len(), strings.HasPrefix(s[i:], "⟦"), i})
			i += bar + 1
		case strings.HasPrefix(s[i:], "⟧") || strings.HasPrefix(s[i:], "⟫"):
			if len(stack) == 0 {
				return nil, fmt.Errorf("marked: byte %d: closing markup with nothing open", i)
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.entity != strings.HasPrefix(s[i:], "⟧") {
				return nil, fmt.Errorf("marked: byte %d: markup opened at byte %d closed with the wrong bracket", i, o.at)
			}
			text := out.String()[o.pos:]
			if o.entity {
				d.Entities = append(d.Entities, Entity{Type: strings.TrimPrefix(o.label, "?"), Text: text,
					Start: o.pos, End: out.Len(), Optional: strings.HasPrefix(o.label, "?")})
			} else {
				d.Quotes = append(d.Quotes, Quote{Speaker: o.label, Start: o.pos, End: out.Len()})
			}
			i += len("⟧")
		default:
			out.WriteByte(s[i])
			i++
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("marked: byte %d: markup left open", stack[len(stack)-1].at)
	}
	d.Text = out.String()
	return &d, nil
}
