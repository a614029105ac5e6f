package entitytest

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

// Article is an article read from its markup.
type Article struct {
	Name     string       // where it came from: the path for ReadFile, "" for Parse
	Text     string       // the plain text, the markup removed
	Entities []GoldEntity // in the order their markup closes
	Quotes   []GoldQuote  // in the order their markup closes
}

// GoldEntity is an entity the markup asks for: byte offsets into the article's Text,
// half-open, Text[Start:End] == Text.
type GoldEntity struct {
	Type       string // as written: "COUNTRY", "PERSON"…
	Text       string
	Start, End int
	Optional   bool // ⟦?TYPE|…⟧: neither credited nor penalised
}

// GoldQuote is a quote the markup asks for, with the name of its speaker.
type GoldQuote struct {
	Speaker    string
	Start, End int // byte offsets into the article's Text, quotation marks included
}

// SyntaxError is markup that cannot be read: a bracket without its label's "|", a closing
// bracket with nothing open or of the other kind, markup left open, or text that is not
// UTF-8.
type SyntaxError struct {
	Offset int    // byte offset into the marked text, after line ends are read as "\n"
	Msg    string // what is wrong
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("byte %d: %s", e.Offset, e.Msg) }

// Parse strips the markup from s and returns the plain text with its annotations; the
// error is a *SyntaxError. "\r\n" and "\r" are read as "\n" first.
func Parse(s string) (*Article, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, &SyntaxError{i, "not valid UTF-8"}
		}
		i += n
	}
	type open struct {
		label  string
		pos    int
		entity bool
		at     int
	}
	var (
		out   strings.Builder
		stack []open
		a     Article
	)
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "⟦") || strings.HasPrefix(s[i:], "⟪"):
			bar := strings.IndexByte(s[i:], '|')
			if bar < 0 {
				return nil, &SyntaxError{i, "markup without '|'"}
			}
			stack = append(stack, open{s[i+len("⟦") : i+bar], out.Len(), strings.HasPrefix(s[i:], "⟦"), i})
			i += bar + 1
		case strings.HasPrefix(s[i:], "⟧") || strings.HasPrefix(s[i:], "⟫"):
			if len(stack) == 0 {
				return nil, &SyntaxError{i, "closing markup with nothing open"}
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if o.entity != strings.HasPrefix(s[i:], "⟧") {
				return nil, &SyntaxError{i, fmt.Sprintf("markup opened at byte %d closed with the wrong bracket", o.at)}
			}
			text := out.String()[o.pos:]
			if o.entity {
				a.Entities = append(a.Entities, GoldEntity{Type: strings.TrimPrefix(o.label, "?"), Text: text,
					Start: o.pos, End: out.Len(), Optional: strings.HasPrefix(o.label, "?")})
			} else {
				a.Quotes = append(a.Quotes, GoldQuote{Speaker: o.label, Start: o.pos, End: out.Len()})
			}
			i += len("⟧")
		default:
			out.WriteByte(s[i])
			i++
		}
	}
	if len(stack) > 0 {
		return nil, &SyntaxError{stack[len(stack)-1].at, "markup left open"}
	}
	a.Text = out.String()
	return &a, nil
}

// ReadFile reads an article in markup from a file; see Parse. Errors name the file.
func ReadFile(path string) (*Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, err := Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a.Name = path
	return a, nil
}
