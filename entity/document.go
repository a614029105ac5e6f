package entity

import (
	"github.com/entitas-id/entitas/gazetteer"
	"github.com/entitas-id/entitas/tokenize"
)

// Type is an entity type; the values are those of package gazetteer.
type Type = gazetteer.Type

// The entity types, re-exported so that most programs need only this package.
const (
	Country      = gazetteer.Country
	Location     = gazetteer.Location
	Leader       = gazetteer.Leader
	Person       = gazetteer.Person
	Organization = gazetteer.Organization
	Weapon       = gazetteer.Weapon
)

// Entity is one mention of a named thing in a text.
type Entity struct {
	Type  Type   `json:"type"`
	Text  string `json:"text"`  // the surface text, always the original text[Start:End]
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset just past the last byte
	// ID is shared by every mention of the same thing in the document: the gazetteer id
	// when the gazetteer knows it ("RU", "per:vladimir-putin"), else a document-local id
	// built from the fullest name ("doc:lim-soo-suk").
	ID      string `json:"id"`
	Name    string `json:"name"`              // canonical or fullest name ("Lim Soo-suk" for "Lim")
	Role    string `json:"role,omitempty"`    // title or office from the text or the gazetteer
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-2 code, where known
	// Source says what produced the entity:
	//   - "gazetteer:FILE:LINE" for a gazetteer entry, naming the line that defines the entry
	//     whose id the entity carries ("gazetteer:gazetteer/data/orgs.tsv:12" for the
	//     embedded files, paths from the repository's root; "user.tsv:3" for a user's file),
	//     followed by ", FILE:LINE" for each line that extended it;
	//   - "rule:NAME" for a rule (rule:title, rule:org-head, rule:place-head,
	//     rule:context-name, rule:context-place, rule:context-speech, rule:context-acronym,
	//     rule:context-age, rule:context-org, rule:dateline, rule:acronym,
	//     rule:acronym-long-form, rule:body-before-place, rule:weapon-family:ID,
	//     rule:title-place, rule:place-direction, rule:place-name, rule:city-club,
	//     rule:domain-name, rule:list, rule:toponym, rule:lineup, rule:credit), with "+acronym" when a long form took its identity
	//     from its acronym's entry, and "model:name-typer+rule:NAME" when the name typer
	//     decided the type of a name that rule proposed;
	//   - "link:NAME" for a later mention linked to an earlier, fuller one ("link:Lim
	//     Soo-suk"), "link:rule:…" for a bare place name linked to a rule's span, and
	//     "link:acronym" for a later use of an acronym defined in the text.
	Source string `json:"source"`
}

// Speaker is who a quote is attributed to.
type Speaker struct {
	Text  string `json:"text"`  // the mention as written: a name, a pronoun, the clitic "nya"
	Start int    `json:"start"` // byte offsets of the mention
	End   int    `json:"end"`
	Name  string `json:"name"`           // the resolved, fullest name ("Lim Soo-suk" for "tambah Lim")
	ID    string `json:"id,omitempty"`   // the entity id when the speaker is an entity
	Type  Type   `json:"type,omitempty"` // the entity type when the speaker is an entity
}

// Quote is a span of directly quoted speech, including its quotation marks.
type Quote struct {
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Cue     string   `json:"cue,omitempty"` // the reporting word: "kata", "ujarnya", "mengatakan"
	Speaker *Speaker `json:"speaker"`       // nil when no speaker can be found
}

// Document is the result of extracting from one text. Entities and Quotes are in text
// order; entities do not overlap.
type Document struct {
	Text     string
	Tokens   *tokenize.Document
	Entities []Entity
	Quotes   []Quote
	// Unicase says the text was read as written in one case only, all small letters or all
	// capitals (see WithCase); a cased text with an ALL-CAPS headline is not, though its
	// headline is read so.
	Unicase bool `json:"unicase,omitempty"`
}
