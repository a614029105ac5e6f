package entity

import (
	"hash/maphash"
	"strings"
	"sync"

	"github.com/entitas-id/entitas/gazetteer"
)

// rule names the rule, or the gazetteer, that made a span.
type rule uint8

const (
	ruleNone            rule = iota // a later mention's span, which takes its source from a link
	ruleGazetteer                   // a gazetteer entry's name
	ruleTitle                       // a name after a title: "Presiden Rusia Vladimir Putin"
	ruleOrgHead                     // a body's name after its head word: "Kementerian …"
	rulePlaceHead                   // a place's name after its head word: "Kabupaten …"
	ruleContextName                 // a capitalised run shaped like a personal name
	ruleContextPlace                // a name after a place preposition: "di Senayan"
	ruleContextSpeech               // a name next to a speech cue: "kata Lim"
	ruleContextAcronym              // an unknown acronym
	ruleContextAge                  // a name followed by an age: "Rahmatia (35)"
	ruleDateline                    // a dateline's place or outlet
	ruleAcronym                     // an acronym defined in the text: "(DK PBB)"
	ruleAcronymLongForm             // a long form read off the words before an acronym
	ruleBodyBeforePlace             // a body named before its place: "Persiba Balikpapan"
	ruleWeaponFamily                // a member of a known weapon family: "Hwasong-20"
	ruleTitlePlace                  // the place of a territorial office: "Camat Cibeber"
	rulePlaceDirection              // a place's name and a direction: "Banjarmasin Utara"
	rulePlaceName                   // a known place and the name after it: "Manchester City"
	ruleCityClub                    // a city's name for its club in a match report: "Liverpool"
	ruleDomainName                  // a body named by its web domain: "Tiket.com"
	ruleContextOrg                  // a name after a noun that introduces a body: "aplikasi Nusatani"
	ruleList                        // a guessed name typed as the known names listed on each side of it
	ruleToponym                     // a Sundanese place's name by its shape: "Cibitung"
	ruleLineup                      // a player in a team's line-up after its formation: "Prancis (4-2-3-1): Lloris; …"
	ruleCredit                      // a news agency credited in brackets at a paragraph's end: "[Antara]"
	// why classify left a name out, for the name typer's features; never a span's rule
	// unless the typer keeps the name (then it reads as rule:context-name)
	ruleDropShortAcronym
	ruleDropLoneWord
	ruleDropNotName
)

// ruleNames are the rules' names in Entity.Source.
var ruleNames = [...]string{
	ruleNone:             "",
	ruleGazetteer:        "gazetteer",
	ruleTitle:            "rule:title",
	ruleOrgHead:          "rule:org-head",
	rulePlaceHead:        "rule:place-head",
	ruleContextName:      "rule:context-name",
	ruleContextPlace:     "rule:context-place",
	ruleContextSpeech:    "rule:context-speech",
	ruleContextAcronym:   "rule:context-acronym",
	ruleContextAge:       "rule:context-age",
	ruleDateline:         "rule:dateline",
	ruleAcronym:          "rule:acronym",
	ruleAcronymLongForm:  "rule:acronym-long-form",
	ruleBodyBeforePlace:  "rule:body-before-place",
	ruleWeaponFamily:     "rule:weapon-family",
	ruleTitlePlace:       "rule:title-place",
	rulePlaceDirection:   "rule:place-direction",
	rulePlaceName:        "rule:place-name",
	ruleCityClub:         "rule:city-club",
	ruleDomainName:       "rule:domain-name",
	ruleContextOrg:       "rule:context-org",
	ruleList:             "rule:list",
	ruleToponym:          "rule:toponym",
	ruleLineup:           "rule:lineup",
	ruleCredit:           "rule:credit",
	ruleDropShortAcronym: "drop:short-acronym",
	ruleDropLoneWord:     "drop:lone-word",
	ruleDropNotName:      "drop:not-a-name",
}

// modelNames are the sources of the name typer's decisions over each rule's proposal,
// made once: "model:name-typer+rule:context-name"; linkNames those of a bare name linked to
// a rule's span ("link:rule:place-head"), and acronymNames and modelAcronymNames those of
// the long forms of acronyms that a rule or the typer made ("rule:org-head+acronym"), so
// that render makes no string for any of them.
var modelNames, linkNames, acronymNames, modelAcronymNames = func() (m, l, a, ma [len(ruleNames)]string) {
	for r, name := range ruleNames {
		m[r] = "model:name-typer+" + name
		l[r] = "link:" + name
		a[r] = name + "+acronym"
		ma[r] = m[r] + "+acronym"
	}
	return m, l, a, ma
}()

// String returns the rule's name as Entity.Source gives it.
func (r rule) String() string { return ruleNames[r] }

// link says how a span refers to another mention.
type link uint8

const (
	linkNone    link = iota
	linkMention      // a later, shorter mention of a fuller one: "link:Lim Soo-suk"
	linkRule         // a bare name of a place found by a rule: "link:rule:place-head"
	linkAcronym      // a later use of an acronym defined earlier: "link:acronym"
)

// source is what made a span: the rule, and what the rule read — the gazetteer entry, the
// weapon family, the fuller mention a short one links to. It becomes the documented
// Entity.Source string only when spans are written out (see render).
type source struct {
	rule    rule
	model   bool // the name typer decided the type: "model:name-typer+rule:…"
	link    link
	acronym bool             // the long form of an acronym whose entry it took: "+acronym"
	family  *gazetteer.Entry // the weapon family, for ruleWeaponFamily
	// the fuller mention's tokens, for linkMention
	linkFirst, linkLast int32
}

// is reports whether the span was made by rule r itself, not linked from another.
func (src source) is(r rule) bool { return src.rule == r && src.link == linkNone }

// guessed reports whether the span's type is a guess from the words around it (the context
// rules or the name typer) rather than read off a list, a title or a head word.
func (src source) guessed() bool {
	switch src.rule {
	case ruleContextName, ruleContextPlace, ruleContextSpeech, ruleContextAcronym:
		return src.link == linkNone
	}
	return false
}

// render writes the source as Entity.Source documents it: "gazetteer:gazetteer/data/orgs.tsv:12",
// "rule:title", "link:Lim Soo-suk", "rule:org-head+acronym".
func (s *state) render(sp *span) string {
	src := sp.source
	switch src.link {
	case linkMention:
		return s.linkSource(int(src.linkFirst), int(src.linkLast))
	case linkRule:
		return linkNames[src.rule]
	case linkAcronym:
		return "link:acronym"
	}
	var out string
	switch {
	case src.rule == ruleGazetteer:
		if sp.entry != nil {
			out = s.entrySource(sp.entry)
		}
	case src.rule == ruleWeaponFamily:
		out = "rule:weapon-family:" + src.family.ID
	case src.model && src.acronym:
		return modelAcronymNames[src.rule]
	case src.model:
		return modelNames[src.rule]
	case src.acronym:
		return acronymNames[src.rule]
	default:
		return src.rule.String()
	}
	if src.acronym {
		out += "+acronym"
	}
	return out
}

// linkSource returns "link:" and the text of tokens [first, last), made once for the
// mentions of a name, and for the documents after it that link it too: kept in the
// state's table of sources (linkCache), in the slot of the text's hash, where a text whose
// slot another has taken since gets its source made again (the same source, another
// copy). A source holds its text after "link:", which the slot is told by, and is a
// string of its own: the table holds on to no document's text.
func (s *state) linkSource(first, last int) string {
	txt := s.spanText(first, last)
	if s.linkCache == nil {
		s.linkCache = new([linkCacheSize]string)
	}
	c := &s.linkCache[wordHash(wordIDSeed, txt)%linkCacheSize]
	if len(*c) == len(linkPrefix)+len(txt) && (*c)[len(linkPrefix):] == txt {
		return *c
	}
	*c = linkPrefix + txt
	return *c
}

// linkPrefix opens the source of a mention that link gave a name (see linkSource).
const linkPrefix = "link:"

// linkCacheSize is the number of slots of state.linkCache: 16 KB, for the names of this
// document and of those to come, which name the same people again and again.
const linkCacheSize = 1024

// entrySource is x.gazetteerSource(e), remembered in a small table that the state keeps
// from one document to the next (srcCache): a document names an entry about twice (50k
// gazetteer entities a pass over IndoSum, 25k of them distinct within their document),
// documents name the same few entries (countries, capitals, presidents) again and again,
// and the lookup in x.sources mostly misses the processor's caches, where the table's
// one slot for e mostly does not. The table is emptied when the state serves another
// Extractor, whose sources may differ (see newState).
func (s *state) entrySource(e *gazetteer.Entry) string {
	if s.srcCache == nil {
		s.srcCache = new([srcCacheSize]entrySource)
	}
	c := &s.srcCache[maphash.Comparable(srcSeed, e)%srcCacheSize]
	if c.e == e {
		return c.src
	}
	src := s.x.gazetteerSource(e)
	*c = entrySource{e, src}
	return src
}

// srcCacheSize is the number of slots of state.srcCache: 24 KB, for the entries that
// documents name most.
const srcCacheSize = 1024

// srcSeed seeds the hash that picks an entry's slot in state.srcCache.
var srcSeed = maphash.MakeSeed()

// entrySource is an entry and its source (see state.entrySource).
type entrySource struct {
	e   *gazetteer.Entry
	src string
}

// gazetteerSource returns "gazetteer:" and the lines that define entry e, made once when
// the Extractor is built.
func (x *Extractor) gazetteerSource(e *gazetteer.Entry) string {
	if v, ok := x.sources()[e]; ok {
		return v
	}
	return gazetteerSource(e)
}

// gazetteerSource renders an entry's source: "gazetteer:gazetteer/data/countries.cldr.tsv:126,
// gazetteer/data/countries.tsv:14" for an entry that a second line extends.
func gazetteerSource(e *gazetteer.Entry) string {
	return "gazetteer:" + strings.Join(e.Source, ", ")
}

// lazySources returns a function that gives the gazetteerSource of each entry of g, made
// on its first call: a program that extracts nothing does without them.
func lazySources(g *gazetteer.Gazetteer) func() map[*gazetteer.Entry]string {
	return sync.OnceValue(func() map[*gazetteer.Entry]string {
		entries := g.Entries()
		m := make(map[*gazetteer.Entry]string, len(entries))
		gazetteerSources(entries, func(e *gazetteer.Entry, src string) { m[e] = src })
		return m
	})
}

// gazetteerSources calls fn with each entry and its gazetteerSource, all written into
// one string rather than one allocation each.
func gazetteerSources(entries []*gazetteer.Entry, fn func(e *gazetteer.Entry, src string)) {
	size := func(e *gazetteer.Entry) int {
		n := len("gazetteer:")
		for k, s := range e.Source {
			if k > 0 {
				n += len(", ")
			}
			n += len(s)
		}
		return n
	}
	n := 0
	for _, e := range entries {
		n += size(e)
	}
	var b strings.Builder
	b.Grow(n)
	for _, e := range entries {
		b.WriteString("gazetteer:")
		for k, s := range e.Source {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString(s)
		}
	}
	all, start := b.String(), 0
	for _, e := range entries {
		end := start + size(e)
		fn(e, all[start:end])
		start = end
	}
}
