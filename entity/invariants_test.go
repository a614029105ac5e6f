package entity

import (
	"strings"
	"testing"
)

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
