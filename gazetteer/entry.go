package gazetteer

import (
	"fmt"
	"strings"
)

// Type is an entity type, as defined in the annotation conventions.
type Type uint8

// The entity types. The zero Type is invalid.
const (
	Country      Type = iota + 1 // a sovereign state or state-like territory; id is ISO 3166-1 alpha-2
	Location                     // cities, provinces, regions, seas, named places
	Leader                       // a person who holds or held a leading office
	Person                       // any other named person
	Organization                 // institutions, bodies, parties, companies, armed forces, media
	Weapon                       // named weapon classes and systems
	// Other is a known name of none of the entity types — an event, tournament, league,
	// award, holiday or work (Liga Champions, Piala Dunia, Lebaran). It is matched so that
	// its tokens are not guessed as an entity, and is never an entity itself.
	Other
)

var typeNames = [...]string{
	Country:      "COUNTRY",
	Location:     "LOCATION",
	Leader:       "LEADER",
	Person:       "PERSON",
	Organization: "ORGANIZATION",
	Weapon:       "WEAPON",
	Other:        "OTHER",
}

// String returns the type's name as written in data files and output: "COUNTRY", "LEADER"…
func (t Type) String() string {
	if int(t) < len(typeNames) && typeNames[t] != "" {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// ParseType returns the Type named s ("COUNTRY", "LEADER"…, case-insensitive).
func ParseType(s string) (Type, error) {
	for t, n := range typeNames {
		if n != "" && strings.EqualFold(n, s) {
			return Type(t), nil
		}
	}
	return 0, fmt.Errorf("%w %q", ErrType, s)
}

// Types returns every entity type in order. Other, which names no entity, is not among them.
func Types() []Type {
	return []Type{Country, Location, Leader, Person, Organization, Weapon}
}

// Entry is one named thing the gazetteer knows. Entries are shared by every caller and must
// not be modified.
type Entry struct {
	ID      string   // stable id: "KR", "loc:moskow", "org:pbb", "per:vladimir-putin"
	Type    Type     // what kind of thing it is
	Name    string   // canonical name, in its Indonesian news form
	Aliases []string // other surface forms: acronyms, English names, spellings
	Country string   // ISO 3166-1 alpha-2 code of the country it belongs to, if any
	Role    string   // office held, for leaders and officials ("Presiden", "Menteri Luar Negeri")
	Parent  string   // id of the body it is part of, or of the long form an acronym abbreviates
	AsOf    string   // date the facts were true as of (YYYY-MM-DD or YYYY-MM)
	Former  bool     // the office in Role is no longer held
	Source  []string // where the entry was defined, "FILE:LINE": the defining line, then each line that extended it
}

// Forms returns the entry's name followed by its aliases.
func (e *Entry) Forms() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// MarshalText writes the type's name, so types appear as "COUNTRY" in JSON.
func (t Type) MarshalText() ([]byte, error) {
	if int(t) >= len(typeNames) || typeNames[t] == "" {
		return nil, fmt.Errorf("%w %d", ErrType, uint8(t))
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText reads a type's name (see ParseType).
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}
