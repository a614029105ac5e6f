package typer

import (
	_ "embed"
	"fmt"
	"math/bits"
	"strings"
	"sync"
)

//go:embed cues.tsv
var cuesFile string

// cueClass is a bit set of the word classes of cues.tsv.
type cueClass uint8

const (
	cueOrg cueClass = 1 << iota
	cuePlace
	cuePerson
	cueBeforeOrg
	cueBeforePlace
	cueBeforePerson
)

var cueNames = map[string]cueClass{"org": cueOrg, "place": cuePlace, "person": cuePerson,
	"before-org": cueBeforeOrg, "before-place": cueBeforePlace, "before-person": cueBeforePerson}

// cueOrder lists the classes with their names as features give them, class i being
// 1<<i.
var cueOrder = [...]struct {
	c    cueClass
	name value
}{{cueOrg, valueOf("org")}, {cuePlace, valueOf("place")}, {cuePerson, valueOf("person")},
	{cueBeforeOrg, valueOf("org")}, {cueBeforePlace, valueOf("place")}, {cueBeforePerson, valueOf("person")}}

// cueTable holds the word classes of cues.tsv by the hash of the word (hashValue), in an
// open-addressing table at most half full; a zero key marks an empty slot. A slot holds a
// key and its classes together, so that a lookup reads one cache line.
type cueTable struct {
	slots []cueSlot
	mask  uint64
}

// cueSlot is one entry of a cueTable: a word's hash, with its low bit set, and its classes.
type cueSlot struct {
	key   uint64
	class cueClass
}

func (t *cueTable) get(h uint64) cueClass {
	h |= 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch sl := &t.slots[i]; sl.key {
		case h:
			return sl.class
		case 0:
			return 0
		}
	}
}

// cues returns the table of cues.tsv, parsed on first use.
var cues = sync.OnceValue(func() *cueTable {
	m, err := parseCues(cuesFile)
	if err != nil {
		panic(err) // the embedded file is checked by tests; this is a bug
	}
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &cueTable{slots: make([]cueSlot, size), mask: uint64(size - 1)}
	for w, c := range m {
		h := hashValue(w) | 1
		i := h & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = cueSlot{h, c}
	}
	return t
})

// parseCues reads lines of a lowercase word, a tab and a class name; # starts a comment.
func parseCues(text string) (map[string]cueClass, error) {
	m := map[string]cueClass{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		w, name, ok := strings.Cut(line, "\t")
		c, known := cueNames[name]
		if !ok || !known || w == "" || w != strings.ToLower(strings.TrimSpace(w)) {
			return nil, fmt.Errorf("typer/cues.tsv:%d: want WORD<tab>CLASS, a lowercase word and one of org, place, person, before-org, before-place, before-person: %q", n+1, line)
		}
		if m[w]&c != 0 {
			return nil, fmt.Errorf("typer/cues.tsv:%d: %q %s twice", n+1, w, name)
		}
		m[w] |= c
	}
	return m, nil
}

// addCues records a feature tmpl=class for each cue class in c, in the order of cueOrder
// (the order of their bits). extract asks the cue table itself, which most words are not
// in, so that a word of no class costs no call.
func (f *features) addCues(tmpl template, c cueClass) {
	for ; c != 0; c &= c - 1 {
		f.addKnown(tmpl, bits.TrailingZeros8(uint8(c)))
	}
}
