package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/entitas-id/entitas/entity"
)

// bratFormatter writes -format brat, the standoff files of the brat annotation tool: for
// FILE.txt a FILE.ann beside it, or with -out DIR a copy of the text and its .ann in DIR
// (with an annotation.conf declaring our types, so the folder opens in brat as it is).
// Standard input goes to standard output.
//
// Offsets in .ann files count characters (code points), not bytes. Entities are T lines of
// their type with an AnnotatorNotes line holding id, name, role and country; a quote is a T
// line of type QUOTE, and a Speaker relation links it to its speaker's entity (or to a T
// line of type SPEAKER when the speaker is a pronoun or a clitic). Spans that run over a
// line break are written as fragments, as brat wants.
type bratFormatter struct {
	stdout io.Writer
	outDir string
	names  outputNames
}

func newBratFormatter(c *outputConfig) (formatter, error) {
	f := &bratFormatter{stdout: c.stdout, outDir: c.outDir}
	if c.outDir != "" {
		if err := os.MkdirAll(c.outDir, 0o755); err != nil {
			return nil, err
		}
		conf := filepath.Join(c.outDir, "annotation.conf")
		if _, err := os.Stat(conf); errors.Is(err, fs.ErrNotExist) {
			if err := writeFile(conf, []byte(bratConf)); err != nil {
				return nil, err
			}
		}
	}
	return f, nil
}

// bratConf declares the types and the relation the .ann files use, and allows quotes to
// contain entities.
const bratConf = `# Written by entitas -format brat.
[entities]
COUNTRY
LOCATION
LEADER
PERSON
ORGANIZATION
WEAPON
QUOTE
SPEAKER

[relations]
Speaker	Arg1:QUOTE, Arg2:<ENTITY>
<OVERLAP>	Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
`

func (f *bratFormatter) render(d *document) ([]byte, error) {
	return []byte(bratAnn(d.text, d.ent.Entities, d.ent.Quotes)), nil
}

func (f *bratFormatter) write(d *document) error {
	ann := d.out
	switch {
	case f.outDir != "":
		base := filepath.Join(f.outDir, f.names.name(d, ""))
		if err := writeFile(base+".txt", []byte(d.text)); err != nil {
			return fmt.Errorf("%s: %w", d.where(), err)
		}
		if err := writeFile(base+".ann", ann); err != nil {
			os.Remove(base + ".txt") // not to leave a text without its annotations
			return fmt.Errorf("%s: %w", d.where(), err)
		}
	case d.name == "-":
		_, err := f.stdout.Write(ann)
		return err
	default:
		p := strings.TrimSuffix(d.name, filepath.Ext(d.name)) + ".ann"
		if err := writeFile(p, ann); err != nil {
			return fmt.Errorf("%s: %w", d.where(), err)
		}
	}
	return nil
}

func (f *bratFormatter) close() error { return nil }

// bratAnn returns the .ann file for text.
func bratAnn(text string, ents []entity.Entity, quotes []entity.Quote) string {
	var b strings.Builder
	chars := runeCounter{text: text}
	t, notes := 0, 0
	textBound := func(typ string, start, end int) int {
		t++
		frags, parts := bratFragments(text, start, end, &chars)
		fmt.Fprintf(&b, "T%d\t%s %s\t%s\n", t, typ, frags, parts)
		return t
	}
	note := func(tid int, fields ...string) {
		var kv []string
		for i := 0; i+1 < len(fields); i += 2 {
			if v := fields[i+1]; v != "" {
				kv = append(kv, fields[i]+"="+oneLine(v, 200))
			}
		}
		if len(kv) > 0 {
			notes++
			fmt.Fprintf(&b, "#%d\tAnnotatorNotes T%d\t%s\n", notes, tid, strings.Join(kv, " "))
		}
	}
	type span struct{ start, end int }
	entityT := map[span]int{}
	for _, e := range ents {
		if !validSpan(text, e.Start, e.End) {
			continue
		}
		id := textBound(typeName(e.Type), e.Start, e.End)
		entityT[span{e.Start, e.End}] = id
		note(id, "id", e.ID, "name", e.Name, "role", e.Role, "country", e.Country)
	}
	rel := 0
	for _, q := range quotes {
		if !validSpan(text, q.Start, q.End) {
			continue
		}
		qid := textBound("QUOTE", q.Start, q.End)
		s := q.Speaker
		if s == nil {
			note(qid, "cue", q.Cue)
			continue
		}
		note(qid, "speaker", s.Name, "cue", q.Cue)
		if !validSpan(text, s.Start, s.End) {
			continue
		}
		sid, ok := entityT[span{s.Start, s.End}]
		if !ok {
			sid = textBound("SPEAKER", s.Start, s.End)
			entityT[span{s.Start, s.End}] = sid
			note(sid, "name", s.Name, "id", s.ID)
		}
		rel++
		fmt.Fprintf(&b, "R%d\tSpeaker Arg1:T%d Arg2:T%d\n", rel, qid, sid)
	}
	return b.String()
}

// validSpan reports whether [start, end) is a non-empty span of text on character
// boundaries.
func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// bratFragments returns the character offsets of text[start:end] for a T line, split at
// line breaks ("0 5;6 10"), and the fragments' texts joined by spaces.
func bratFragments(text string, start, end int, chars *runeCounter) (offsets, joined string) {
	var offs, parts []string
	for i := start; i < end; {
		j := i
		for j < end && text[j] != '\n' && text[j] != '\r' {
			j++
		}
		if j > i {
			offs = append(offs, fmt.Sprintf("%d %d", chars.at(i), chars.at(j)))
			parts = append(parts, text[i:j])
		}
		i = j + 1
	}
	if len(offs) == 0 { // only line breaks: keep the span as it is
		offs = append(offs, fmt.Sprintf("%d %d", chars.at(start), chars.at(end)))
	}
	return strings.Join(offs, ";"), strings.Join(parts, " ")
}

// runeCounter converts byte offsets of a text into character offsets. Offsets asked in
// increasing order cost one pass over the text in all.
type runeCounter struct {
	text        string
	byte, runes int // the last answer: text[:byte] has runes characters
}

func (c *runeCounter) at(off int) int {
	if off < c.byte {
		c.byte, c.runes = 0, 0
	}
	c.runes += utf8.RuneCountInString(c.text[c.byte:off])
	c.byte = off
	return c.runes
}
