package main

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// textFormatter writes -format text, a listing for people: per document a header line,
// one line per entity and one per quote, and a blank line.
//
//	testdata/articles/01-rudal-korut.txt: 52 entities, 9 quotes
//	  COUNTRY       Korea Utara  [22:33]  id=KP
//	  LEADER        Kim Jong-un  [1021:1032]  id=per:kim-jong-un role=pemimpin country=KP
//	  QUOTE         “Kami menilai rudal ini …”  [925:1080]  speaker=Park Jin-woo ("Park" [1090:1094]) cue=kata
type textFormatter struct {
	w     io.Writer
	first bool
}

func newTextFormatter(c *outputConfig) (formatter, error) {
	return &textFormatter{w: c.stdout, first: true}, nil
}

// quoteWidth is how many characters of a quote the listing shows.
const quoteWidth = 100

// write separates documents by a blank line.
func (f *textFormatter) write(d *document) error {
	if !f.first {
		if _, err := io.WriteString(f.w, "\n"); err != nil {
			return err
		}
	}
	f.first = false
	_, err := f.w.Write(d.out)
	return err
}

func (f *textFormatter) render(d *document) ([]byte, error) {
	var b strings.Builder
	head := d.where()
	if d.name == "-" {
		head = "(standard input)"
	}
	if id := d.idText(); id != "" {
		head += " id=" + id
	}
	fmt.Fprintf(&b, "%s: %s, %s\n", head, plural(len(d.ent.Entities), "entity", "entities"),
		plural(len(d.ent.Quotes), "quote", "quotes"))
	for _, e := range d.ent.Entities {
		fmt.Fprintf(&b, "  %-13s %s  [%d:%d]", typeName(e.Type), oneLine(e.Text, quoteWidth), e.Start, e.End)
		name := e.Name
		if name == e.Text {
			name = ""
		}
		attrs(&b, "id", e.ID, "name", name, "role", e.Role, "country", e.Country)
	}
	for _, q := range d.ent.Quotes {
		fmt.Fprintf(&b, "  %-13s %s  [%d:%d]", "QUOTE", oneLine(q.Text, quoteWidth), q.Start, q.End)
		s := q.Speaker
		if s == nil {
			attrs(&b, "speaker", "none", "cue", q.Cue)
			continue
		}
		name := cmp.Or(s.Name, s.Text)
		mention := fmt.Sprintf("[%d:%d]", s.Start, s.End)
		if s.Text != name {
			mention = fmt.Sprintf("(%q [%d:%d])", s.Text, s.Start, s.End)
		}
		attrs(&b, "speaker", name+" "+mention, "cue", q.Cue, "id", s.ID)
	}
	return []byte(b.String()), nil
}

func (f *textFormatter) close() error { return nil }

// attrs writes the key=value pairs whose value is not empty, after two spaces, and ends
// the line.
func attrs(b *strings.Builder, kv ...string) {
	sep := "  "
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			fmt.Fprintf(b, "%s%s=%s", sep, kv[i], kv[i+1])
			sep = " "
		}
	}
	b.WriteByte('\n')
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// oneLine returns s with runs of white space as one space, cut to at most width characters
// with "…" in the middle, so a long quote shows its start and its end.
func oneLine(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	r := []rune(s)
	head := width * 2 / 3
	tail := width - head - 3
	return strings.TrimSpace(string(r[:head])) + " … " + strings.TrimSpace(string(r[len(r)-tail:]))
}
