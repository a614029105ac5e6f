package typer

import (
	_ "embed"
	"fmt"
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

// cueOrder lists the classes with their names as features give them.
var cueOrder = [...]struct {
	c    cueClass
	name value
}{{cueOrg, valueOf("org")}, {cuePlace, valueOf("place")}, {cuePerson, valueOf("person")},
	{cueBeforeOrg, valueOf("org")}, {cueBeforePlace, valueOf("place")}, {cueBeforePerson, valueOf("person")}}

// cues returns the word classes of cues.tsv by the hash of the word, parsed on first use.
var cues = sync.OnceValue(func() map[uint64]cueClass {
	m, err := parseCues(cuesFile)
	if err != nil {
		panic(err) // the embedded file is checked by tests; this is a bug
	}
	byHash := make(map[uint64]cueClass, len(m))
	for w, c := range m {
		byHash[hashString(fnvOffset, w)] = c
	}
	return byHash
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

// addCues records a feature tmpl=class for each class in mask that word w has.
func (f *features) addCues(tmpl template, w value, mask cueClass) {
	c := cues()[w.h] & mask
	if c == 0 {
		return
	}
	for _, o := range cueOrder {
		if c&o.c != 0 {
			f.add(tmpl, o.name)
		}
	}
}
