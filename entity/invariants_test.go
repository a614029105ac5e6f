package entity

import (
	"fmt"
	"strings"
	"testing"
)

// CheckInvariants is checkInvariants for the tests of package entity_test.
var CheckInvariants = checkInvariants

// checkInvariants fails the test when d breaks the extractor's contract on text (see
// invariantErrors).
func checkInvariants(t testing.TB, text string, d *Document) {
	t.Helper()
	if errs := invariantErrors(text, d); len(errs) > 0 {
		t.Fatalf("%d broken invariants on %.60q…:\n%s", len(errs), text, strings.Join(errs, "\n"))
	}
}

// invariantErrors lists how d breaks the extractor's contract on text: entities and quotes
// sorted by start, not overlapping, not empty, with offsets in range and Text equal to
// text[Start:End]; entities with an id, a name and a source; speakers with valid offsets.
func invariantErrors(text string, d *Document) []string {
	var errs []string
	spans := func(what string, i, start, end int, got string, prevStart, prevEnd int) {
		switch {
		case i == 0:
		case start < prevStart:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: not sorted, starts before the one before it (%d)", what, i, start, end, prevStart))
		case start < prevEnd:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: overlaps the one before it (ends at %d)", what, i, start, end, prevEnd))
		}
		switch {
		case start < 0 || end > len(text) || start > end:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: offsets out of range (text has %d bytes)", what, i, start, end, len(text)))
		case start == end:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: empty", what, i, start, end))
		case text[start:end] != got:
			errs = append(errs, fmt.Sprintf("%s %d [%d:%d]: Text %q is not the text there, %q", what, i, start, end, got, text[start:end]))
		}
	}
	prevStart, prevEnd := 0, 0
	for i, e := range d.Entities {
		spans("entity", i, e.Start, e.End, e.Text, prevStart, prevEnd)
		if e.ID == "" || e.Name == "" || fmt.Sprint(e.Source) == "" {
			errs = append(errs, fmt.Sprintf("entity %d %+v: missing id, name or source", i, e))
		}
		prevStart, prevEnd = e.Start, max(prevEnd, e.End)
	}
	prevStart, prevEnd = 0, 0
	for i, q := range d.Quotes {
		spans("quote", i, q.Start, q.End, q.Text, prevStart, prevEnd)
		if sp := q.Speaker; sp != nil && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text) {
			errs = append(errs, fmt.Sprintf("quote %d: speaker %+v: bad offsets", i, *sp))
		}
		prevStart, prevEnd = q.Start, max(prevEnd, q.End)
	}
	return errs
}

// TestInvariantErrors feeds invariantErrors documents that break each rule, so that the
// check the golden, fuzz and corpus tests rely on is known to fail when it should.
func TestInvariantErrors(t *testing.T) {
	const text = "Presiden Rusia Vladimir Putin tiba."
	ent := func(start, end int) Entity {
		return Entity{Type: Country, Text: text[start:end], Start: start, End: end, ID: "x", Name: "x", Source: "rule:test"}
	}
	rusia, putin := ent(9, 14), ent(15, 29)
	if errs := invariantErrors(text, &Document{Entities: []Entity{rusia, putin}}); len(errs) != 0 {
		t.Fatalf("a valid document: %v", errs)
	}
	bad := func(e Entity, f func(*Entity)) Entity { f(&e); return e }
	for _, tc := range []struct {
		name string
		ents []Entity
		want string
	}{
		{"unsorted", []Entity{putin, rusia}, "not sorted"},
		{"overlapping", []Entity{rusia, ent(12, 20)}, "overlaps"},
		{"nested", []Entity{ent(9, 29), ent(15, 20)}, "overlaps"},
		{"past the end", []Entity{bad(putin, func(e *Entity) { e.End = len(text) + 1 })}, "out of range"},
		{"negative", []Entity{bad(rusia, func(e *Entity) { e.Start = -1 })}, "out of range"},
		{"empty", []Entity{bad(rusia, func(e *Entity) { e.End, e.Text = e.Start, "" })}, "empty"},
		{"wrong text", []Entity{bad(rusia, func(e *Entity) { e.Text = "Rusiа" })}, "is not the text"},
		{"no id", []Entity{bad(rusia, func(e *Entity) { e.ID = "" })}, "missing id"},
	} {
		errs := invariantErrors(text, &Document{Entities: tc.ents})
		if len(errs) != 1 || !strings.Contains(errs[0], tc.want) {
			t.Errorf("%s: got %q, want one error with %q", tc.name, errs, tc.want)
		}
	}
	q := Quote{Text: text[0:8], Start: 0, End: 8, Speaker: &Speaker{Text: "Rusia", Start: 9, End: 15}}
	if errs := invariantErrors(text, &Document{Quotes: []Quote{q}}); len(errs) != 1 || !strings.Contains(errs[0], "speaker") {
		t.Errorf("speaker offsets: %q", errs)
	}
}
