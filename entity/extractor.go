package entity

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// Extractor finds entities and quotes in Indonesian news text. Build one with New or use
// Default; it is immutable and safe for concurrent use. Each Extract call takes its scratch
// state from a pool and returns it when done, so calls share nothing.
type Extractor struct {
	gaz      *gazetteer.Gazetteer
	types    map[Type]bool               // nil: every type
	families map[string]*gazetteer.Entry // weapon family prefixes: "hwasong" → Hwasong-19
	// sources gives "gazetteer:gazetteer/data/orgs.tsv:12" for each entry, made on first use
	sources func() map[*gazetteer.Entry]string
	// lex holds the word lists (lexicon.go)
	lex *lexicons
	// clubs are the gazetteer's sports clubs (gazetteer/data/clubs.tsv), and cityClubs
	// those named by a city and an affix ("Liverpool FC", "SSC Napoli"), by the city's
	// lowercase name; nil for a city two clubs share (see clubNames)
	clubs     map[*gazetteer.Entry]bool
	cityClubs map[string]*gazetteer.Entry
	// clubWords gives, for each lowercase word of a first team's forms, the club whose
	// name holds it, nil for a word two clubs share ("bandung": Persib Bandung, Bandung
	// Raya); see state.clubSides
	clubWords map[string]*gazetteer.Entry
	// clubTypes has bit t&63 set for the type t of each club, so that most spans need not
	// be looked up in clubs
	clubTypes uint64
	// companies are the gazetteer's companies and brands (gazetteer/data/companies*.tsv),
	// whose names a product's may follow: "Google Allo" (see state.productNames)
	companies map[*gazetteer.Entry]bool
	// givenNames are the lowercase first words of the people the gazetteer knows by a name
	// of two words or more, the given names that are ordinary words or places
	// (lexicon/given-words.txt) and the first names of lexicon/first-names.txt (Indonesia's)
	// and lexicon/first-names-intl.txt (other countries'): words that begin personal names
	givenNames map[string]bool
	// holders maps a lowercase Indonesian office ("presiden") to the one entry holding it
	// now, or to nil when several do; what a bare "kata Presiden" refers to
	holders map[string]*gazetteer.Entry
	// pastHolders maps the same offices to the entries that held them before, in the order
	// they left office (the date in their AsOf), for a text from their time (see holderAt)
	pastHolders map[string][]*gazetteer.Entry
	// words is the package's word table with the gazetteer's first keys added (fGazFirst,
	// fGazLower) and its given names (fGiven), so that one lookup per token serves all
	words *wordTab
	// gazBytes marks the bytes that begin some first key, for tokens that are not words
	gazBytes [256]bool
	caseMode Case // how to read the case of letters (unicase.go)
}

type config struct {
	gaz   *gazetteer.Gazetteer
	extra [][]gazetteer.Entry
	types []Type
	// caseMode is WithCase's
	caseMode Case
}

// Option configures an Extractor.
type Option func(*config) error

// WithGazetteer replaces the embedded default gazetteer.
func WithGazetteer(g *gazetteer.Gazetteer) Option {
	return func(c *config) error {
		if g == nil {
			return errors.New("entity: WithGazetteer(nil)")
		}
		c.gaz = g
		return nil
	}
}

// WithEntries adds gazetteer entries (from gazetteer.Parse or ParseFile) to the gazetteer.
func WithEntries(entries []gazetteer.Entry) Option {
	return func(c *config) error {
		c.extra = append(c.extra, entries)
		return nil
	}
}

// WithTypes keeps only entities of the given types in results. Quotes are always returned;
// their speakers keep their type whatever this option says.
func WithTypes(types ...Type) Option {
	return func(c *config) error {
		for _, t := range types {
			if _, err := t.MarshalText(); err != nil {
				return fmt.Errorf("entity: WithTypes: %w", err)
			}
		}
		c.types = append(c.types, types...)
		return nil
	}
}

// New returns an Extractor configured by opts. Without options it uses the embedded
// default gazetteer and returns every type.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	g := c.gaz
	if g == nil {
		g = gazetteer.Default()
	}
	if len(c.extra) > 0 {
		var err error
		if g, err = g.With(c.extra...); err != nil {
			return nil, fmt.Errorf("entity: %w", err)
		}
	}
	entries := g.Entries()
	x := &Extractor{gaz: g, families: weaponFamilies(g), sources: lazySources(g), caseMode: c.caseMode}
	words := wordTable()
	x.lex = loadedLexicons()
	x.holders = map[string]*gazetteer.Entry{}
	x.givenNames = maps.Clone(x.lex.givenWords)
	for _, names := range []map[string]bool{x.lex.firstNames, x.lex.intlFirstNames} {
		for w := range names {
			x.givenNames[w] = true
		}
	}
	x.clubs, x.cityClubs = map[*gazetteer.Entry]bool{}, map[string]*gazetteer.Entry{}
	clubWords := map[string]*gazetteer.Entry{} // each word of a club's forms, nil if two clubs share it
	x.companies = map[*gazetteer.Entry]bool{}
	for _, e := range entries {
		x.addCityClub(e, clubWords)
		if isCompany(e) {
			x.companies[e] = true
		}
		if e.Type == gazetteer.Leader || e.Type == gazetteer.Person {
			if w, _, ok := strings.Cut(e.Name, " "); ok {
				x.givenNames[strings.ToLower(w)] = true
			}
		}
		if r, ok := strings.CutPrefix(strings.ToLower(e.Role), "mantan "); ok && (e.Type == gazetteer.Leader || e.Type == gazetteer.Person) &&
			e.Country == "ID" && e.Former && len(e.AsOf) == len("2006-01-02") {
			if x.pastHolders == nil {
				x.pastHolders = map[string][]*gazetteer.Entry{}
			}
			x.pastHolders[r] = append(x.pastHolders[r], e)
		}
		if (e.Type == gazetteer.Leader || e.Type == gazetteer.Person) && e.Country == "ID" && !e.Former && e.Role != "" {
			r := strings.ToLower(e.Role)
			if _, seen := x.holders[r]; seen {
				x.holders[r] = nil // two holders: the title alone names nobody
			} else {
				x.holders[r] = e
			}
		}
	}
	x.holdersByShortForm(entries)
	for _, past := range x.pastHolders {
		slices.SortStableFunc(past, func(a, b *gazetteer.Entry) int { return strings.Compare(a.AsOf, b.AsOf) })
	}
	x.clubWords = clubWords
	for city, club := range x.cityClubs {
		for _, w := range strings.Fields(city) {
			if clubWords[w] != club {
				x.cityClubs[city] = nil // the city is in another club's name too
			}
		}
	}
	// the word table: the package's words, the gazetteer's first keys, the given names
	// and the cities of clubs, each word added once with all it is
	adds := make(map[string]wordFlag, len(x.givenNames)+len(x.cityClubs))
	for w := range x.givenNames {
		adds[w] |= fGiven
	}
	for city, club := range x.cityClubs {
		if club != nil && !strings.Contains(city, " ") {
			adds[city] |= fCityClub // (a city of two words is looked up by its span: see state.cityClubs)
		}
	}
	firsts := 0
	for range g.FirstKeys() {
		firsts++
	}
	b := newWordTabBuilder(len(words) + firsts + len(adds))
	firstWords := map[string]bool{} // the package's words that are first keys
	n := int32(0)
	for k, lower := range g.FirstKeys() {
		n++
		info, ok := words[k]
		if ok {
			firstWords[k] = true
		}
		info.flags |= fGazFirst
		info.first = n
		if lower {
			info.flags |= fGazLower
		}
		if f, ok := adds[k]; ok {
			info.flags |= f
			delete(adds, k)
		}
		b.add(k, info)
		x.gazBytes[k[0]] = true
	}
	for w, info := range words {
		if firstWords[w] {
			continue
		}
		if f, ok := adds[w]; ok {
			info.flags |= f
			delete(adds, w)
		}
		b.add(w, info)
	}
	for w, f := range adds {
		b.add(w, wordInfo{flags: f})
	}
	x.words = b.build()
	if len(c.types) > 0 {
		x.types = map[Type]bool{}
		for _, t := range c.types {
			x.types[t] = true
		}
	}
	return x, nil
}

// Default returns the Extractor with the embedded gazetteer and every type, built once.
func Default() *Extractor {
	return defaultExtractor()
}

var defaultExtractor = sync.OnceValue(func() *Extractor {
	x, err := New()
	if err != nil {
		panic(err) // the embedded data is checked by tests; this is a bug
	}
	return x
})

// Gazetteer returns the gazetteer the extractor uses.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Extract finds the entities and quotes in text. It never fails and never panics; any text,
// including invalid UTF-8, gives a Document whose offsets index text.
func (x *Extractor) Extract(text string) *Document {
	d := &Document{Text: text, Tokens: tokenize.Tokenize(text)}
	s := newState(x, d)
	s.run()
	s.release()
	return d
}

// addCityClub notes e in x.clubs if it is a club, and in x.cityClubs under the city its
// name holds, when one of its forms is that city and a club affix: "Liverpool FC", "SSC
// Napoli", "AS Roma". It also notes in words which club each word of a club's forms belongs
// to (nil for several), so that a city in the names of two clubs ("Paris FC", "Paris
// Saint-Germain") is left out.
func (x *Extractor) addCityClub(e *gazetteer.Entry, words map[string]*gazetteer.Entry) {
	if !isClub(e) {
		return
	}
	x.clubs[e] = true
	x.clubTypes |= 1 << (e.Type & 63)
	if e.Parent != "" {
		return // a reserve side leaves its first team the city: "Barcelona Atlètic"
	}
	for _, f := range e.Forms() {
		for _, w := range strings.Fields(strings.ToLower(f)) {
			if prev, seen := words[w]; seen && prev != e {
				words[w] = nil
			} else if !seen {
				words[w] = e
			}
		}
		fields := strings.Fields(f)
		if len(fields) < 2 || len(fields) > 3 {
			continue
		}
		city := ""
		switch {
		case x.lex.clubAffixes[strings.ToLower(fields[0])]:
			city = strings.Join(fields[1:], " ")
		case x.lex.clubAffixes[strings.ToLower(fields[len(fields)-1])] || len(fields) == 2 && fields[1] == "City":
			city = strings.Join(fields[:len(fields)-1], " ") // "Liverpool FC", "Nam Dinh FC", "Leicester City"
		default:
			continue
		}
		k := strings.ToLower(city)
		if prev, seen := x.cityClubs[k]; seen && prev != e {
			x.cityClubs[k] = nil
		} else if !seen {
			x.cityClubs[k] = e
		}
	}
}

// holdersByShortForm adds to x.holders the offices that a body's short form names: an
// office held in a body of the country whose long name ends its role ("Ketua Komisi
// Pemberantasan Korupsi", "Kepala Badan Nasional Penanggulangan Bencana") is held by the
// same one when the title is written with the body's acronym or other form ("Ketua KPK",
// "Kepala BNPB"), which "kata Ketua KPK" with no holder named before then names. An office
// two holders' roles give is no one's.
func (x *Extractor) holdersByShortForm(entries []*gazetteer.Entry) {
	forms := map[string][]string{} // a body's long name in small letters: its other forms
	for _, e := range entries {
		if e.Type == gazetteer.Organization && e.Country == "ID" && len(e.Aliases) > 0 {
			for _, a := range e.Aliases {
				forms[strings.ToLower(e.Name)] = append(forms[strings.ToLower(e.Name)], strings.ToLower(a))
			}
		}
	}
	added := map[string]*gazetteer.Entry{}
	for r, e := range x.holders {
		if e == nil {
			continue
		}
		for i := strings.IndexByte(r, ' '); i > 0; {
			for _, a := range forms[r[i+1:]] {
				k := r[:i] + " " + a
				if _, known := x.holders[k]; known {
					continue
				}
				if prev, seen := added[k]; seen && prev != e {
					added[k] = nil
				} else {
					added[k] = e
				}
			}
			j := strings.IndexByte(r[i+1:], ' ')
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	for k, e := range added {
		x.holders[k] = e
	}
}
