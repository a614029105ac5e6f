// Package gazetteer holds what entitas knows by name — countries, places, leaders and other
// people, organizations and weapons — and finds those names in tokenized text.
//
//	text ──▶ tokenize ──▶ gazetteer.Match ──▶ entity (rules, linking, quotes) ──▶ spans
//
// # Data
//
// The default set is embedded from plain-text files under data/, built once by Default.
// They are the source of truth; so that a program need not parse them at start-up, go
// generate writes the gazetteer built from them to default.bin, which Default reads back
// when its checksum of the files matches them (a test fails when it is stale: after
// editing a file, run go generate ./gazetteer). Each file starts with comments naming its source and as-of date. Every other line is one
// entry, five fields separated by tabs:
//
//	TYPE	ID	NAME	ALIASES	ATTRIBUTES
//	ORGANIZATION	org:dk-pbb	Dewan Keamanan PBB	DK PBB|UNSC	parent=org:pbb
//	LEADER	per:vladimir-putin	Vladimir Putin	Putin	country=RU;role=Presiden
//
// TYPE is COUNTRY, LOCATION, LEADER, PERSON, ORGANIZATION, WEAPON or OTHER. OTHER is a
// known name of none of the entity types — an event, tournament or league, award, holiday
// or work ("Liga Champions", "Piala Dunia", "Lebaran"); it is matched so that its tokens are
// not guessed as an entity, and package entity reports no entity for it. ID is stable: ISO
// 3166-1 alpha-2 for countries ("KR"), a prefixed lowercase slug otherwise ("loc:moskow").
// ALIASES are separated by "|". ATTRIBUTES are key=value pairs separated by ";": country
// (ISO alpha-2), role, parent (an id), asof (a date) and former (1). A line whose ID is
// already defined extends that entry, which is how data/countries.tsv adds the forms the
// Indonesian press uses (Korsel, AS, RRT, DPRK…) to the country table that go generate
// derives from CLDR (data/countries.cldr.tsv, with a test that it is current).
//
// Users add their own entries with Parse or ParseFile and Gazetteer.With. A malformed line
// is reported as file:line with the reason, and nothing from a file with errors is used.
//
// # Matching
//
// Match runs over tokens from package tokenize and returns leftmost-longest, non-overlapping
// matches with byte offsets into the original text. Lookup keys are normalised (lower case,
// diacritics and typographic apostrophes folded: "Erdogan" finds "Erdoğan"); the text never
// is. All-capitals tokens of a name (PBB, AS) match only as written, so "as" is never the
// United States; a capitalised name needs a capitalised or all-capitals first word in the
// text (Jakarta, JAKARTA); later words match in any case ("Kementerian luar negeri"). A
// clitic on the last word is tolerated and left outside the match ("Rusianya" → "Rusia").
// A surface form that names several entries returns them all, in definition order, for the
// entity stage to choose.
//
// Forms live in a token trie, flattened once built into a few slices, so that a long-lived
// gazetteer costs the garbage collector little; its edges are an open-addressing table over
// the parent and the packed token key, and each node carries a one-word filter of its edges,
// so that most words after a name's first find no edge without a probe of the table. In
// front of it a table of first bytes and lengths and a Bloom filter of first keys turn most
// tokens away without a lookup. A caller that looks every word up in its own table
// anyway (package entity does) can add FirstKeys to that table and pass the tokens that may
// start a name to AppendMatchesFrom; AppendMatches reuses a caller's buffer.
//
// A Gazetteer is immutable once built and safe for concurrent use.
package gazetteer
