package gazetteer

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/entitas-id/entitas/tokenize"
)

//go:generate go -C internal/gen run . -out ../..
//go:generate go test -run ^TestCompactCurrent$ . -args -update

//go:embed data/*.tsv
var dataFS embed.FS

// Gazetteer is an immutable set of entries with a matcher over tokens. It is safe for
// concurrent use.
type Gazetteer struct {
	entries []*Entry
	// byID maps each entry's ID to it; nil in a gazetteer read back from its compact form
	// until ByID first needs it (see indexIDs), since nothing else does
	byID     map[string]*Entry
	byIDOnce sync.Once
	trie     *trie
	// startLens[c] has bit n set when a token whose text starts with byte c and has n
	// bytes (n capped at 63) may begin a form, if the text is ASCII: for a capital the
	// forms whose first key starts with its small letter, for a small letter those of
	// them a lowercase word can begin, for other ASCII bytes the forms starting with the
	// byte; every bit for bytes that are not ASCII
	startLens [256]uint64
	// firstKeys is a Bloom filter (one hash) of the first keys of all forms
	firstKeys [1 << 17 / 64]uint64
}

// Default returns the gazetteer built from the embedded data files, once on first use
// (read back from its compact form, compact.go, when that is current). The embedded data
// is checked by the package's tests; Default panics only if it is broken, which is a bug
// in this package.
func Default() *Gazetteer {
	return defaultOnce()
}

var defaultOnce = sync.OnceValue(func() *Gazetteer {
	if sum, n, err := dataSum(); err == nil {
		if g, err := decodeCompact(compactDefault, sum, n); err == nil {
			return g
		}
	}
	// the compact form is stale (see compact.go): build from the data files
	g, err := buildDefault()
	if err != nil {
		panic(err)
	}
	return g
})

// buildDefault parses the embedded data files and builds the gazetteer from them with New.
func buildDefault() (*Gazetteer, error) {
	sets, err := embeddedSets()
	if err != nil {
		return nil, err
	}
	return New(sets...)
}

// embeddedSets parses the embedded files: the generated CLDR table first, so that
// countries.tsv can extend it, then the rest in name order.
func embeddedSets() ([][]Entry, error) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	sort.SliceStable(names, func(i, j int) bool {
		return names[i] == "data/countries.cldr.tsv" && names[j] != names[i]
	})
	var sets [][]Entry
	var errs []error
	for _, n := range names {
		f, err := dataFS.Open(n)
		if err != nil {
			return nil, err
		}
		es, err := Parse(f, "gazetteer/"+n)
		f.Close()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sets = append(sets, es)
	}
	return sets, errors.Join(errs...)
}

// DataFiles returns the names of the embedded data files, for tools that list or check them.
func DataFiles() []string {
	names, _ := fs.Glob(dataFS, "data/*.tsv")
	for i, n := range names {
		names[i] = path.Base(n)
	}
	return names
}

// New builds a gazetteer from sets of entries, in order. An entry whose ID an earlier entry
// already has extends it: its aliases are added, its non-empty attributes replace the old
// ones, and a different non-empty name becomes the canonical name (the old one turns into
// an alias). Two entries with the same ID and different types are an error, as are a parent
// that names no entry and an entry left without a name. Nothing is built on error.
func New(sets ...[]Entry) (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]*Entry{}}
	var errs []error
	for _, set := range sets {
		for i := range set {
			if err := g.add(set[i]); err != nil {
				errs = append(errs, err)
			}
		}
	}
	for _, e := range g.entries {
		if e.Name == "" {
			errs = append(errs, fmt.Errorf("%s: %w: %s extends no existing entry and has no name", e.Source[0], ErrReference, e.ID))
		}
		if e.Parent != "" && g.byID[e.Parent] == nil {
			errs = append(errs, fmt.Errorf("%s: %w: parent %q of %s", e.Source[0], ErrReference, e.Parent, e.ID))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	forms := 0
	for _, e := range g.entries {
		forms += 1 + len(e.Aliases)
	}
	tb := newTrieBuilder(forms)
	for i, e := range g.entries {
		for _, f := range withUmlautSpellings(e) {
			g.noteFirstKey(tb.insert(e, int32(i), f))
		}
	}
	g.endFirstKeys()
	g.trie = tb.flatten(g.entries)
	return g, nil
}

// noteFirstKey notes in startLens and firstKeys that a form begins with the key k, which a
// word with a small first letter may begin when lower is set. An empty key is ignored.
func (g *Gazetteer) noteFirstKey(k string, lower bool) {
	if k == "" {
		return
	}
	n := uint64(1) << min(len(k), 63)
	switch c := k[0]; {
	case 'a' <= c && c <= 'z':
		g.startLens[c-'a'+'A'] |= n
		if lower {
			g.startLens[c] |= n
		}
	default:
		g.startLens[c] |= n
	}
	h := keyHash(k)
	g.firstKeys[h/64%uint32(len(g.firstKeys))] |= 1 << (h % 64)
}

// endFirstKeys completes startLens once every first key is noted: any token that is not
// ASCII may begin a form.
func (g *Gazetteer) endFirstKeys() {
	for c := 0x80; c < 0x100; c++ {
		g.startLens[c] = ^uint64(0)
	}
}

// With returns a new gazetteer holding g's entries extended by sets (see New for how an
// entry with a known ID extends it). g itself is not changed.
func (g *Gazetteer) With(sets ...[]Entry) (*Gazetteer, error) {
	own := make([]Entry, len(g.entries))
	for i, e := range g.entries {
		own[i] = *e
		own[i].Aliases = slices.Clone(e.Aliases)
	}
	return New(append([][]Entry{own}, sets...)...)
}

func (g *Gazetteer) add(e Entry) error {
	old := g.byID[e.ID]
	if old == nil {
		c := e
		c.Aliases = slices.Clone(e.Aliases)
		g.entries = append(g.entries, &c)
		g.byID[e.ID] = &c
		return nil
	}
	if old.Type != e.Type {
		return fmt.Errorf("%s: %w id %q: %s here, %s at %s", e.Source[0], ErrDuplicate, e.ID, e.Type, old.Type, old.Source[0])
	}
	forms := old.Forms()
	if e.Name != "" && e.Name != old.Name {
		old.Name = e.Name
	}
	forms = append(forms, e.Aliases...)
	old.Aliases = old.Aliases[:0]
	seen := map[string]bool{old.Name: true}
	for _, f := range forms {
		if !seen[f] {
			seen[f] = true
			old.Aliases = append(old.Aliases, f)
		}
	}
	if e.Country != "" {
		old.Country = e.Country
	}
	if e.Role != "" {
		old.Role = e.Role
	}
	if e.Parent != "" {
		old.Parent = e.Parent
	}
	if e.AsOf != "" {
		old.AsOf = e.AsOf
	}
	old.Former = old.Former || e.Former
	old.Source = append(old.Source, e.Source...)
	return nil
}

// Entries returns all entries in definition order. The slice is a copy; the entries are
// shared and must not be modified.
func (g *Gazetteer) Entries() []*Entry {
	return slices.Clone(g.entries)
}

// ByID returns the entry with the given id, or nil.
func (g *Gazetteer) ByID(id string) *Entry {
	g.byIDOnce.Do(g.indexIDs)
	return g.byID[id]
}

// indexIDs makes byID if the gazetteer has none.
func (g *Gazetteer) indexIDs() {
	if g.byID != nil {
		return
	}
	m := make(map[string]*Entry, len(g.entries))
	for _, e := range g.entries {
		m[e.ID] = e
	}
	g.byID = m
}

// Counts returns the number of entries of each type.
func (g *Gazetteer) Counts() map[Type]int {
	m := map[Type]int{}
	for _, e := range g.entries {
		m[e.Type]++
	}
	return m
}

// Lookup returns the entries that have s as a name or alias, matched as the matcher would
// match s standing alone in a text. It is a convenience for tools and tests.
func (g *Gazetteer) Lookup(s string) []*Entry {
	d := tokenize.Tokenize(s)
	ms := g.Match(d)
	if len(ms) == 1 && ms[0].First == 0 && ms[0].Last == len(d.Tokens) && ms[0].End == int(d.Tokens[len(d.Tokens)-1].End) {
		return ms[0].Entries
	}
	return nil
}

// umlautSpelling writes the German umlauts and ß as news often does without them:
// "Bayern München" as "Bayern Muenchen", "Köln" as "Koeln". Keys fold "ü" to "u" already, so
// "Munchen" matches; this form is the other common one.
var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss")

// withUmlautSpellings returns e's forms and, for an entry of a German-speaking country, the
// spelling without umlauts of each form that has one, when it is not among them already
// (not for "Türkiye": that spelling is German).
func withUmlautSpellings(e *Entry) []string {
	out := e.Forms()
	switch e.Country {
	case "DE", "AT", "CH", "LI", "LU":
	default:
		return out
	}
	for _, f := range out {
		if !strings.ContainsAny(f, "äöüÄÖÜß") {
			continue
		}
		if alt := umlautSpelling.Replace(f); !slices.Contains(out, alt) {
			out = append(out, alt)
		}
	}
	return out
}
