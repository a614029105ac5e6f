package entity

import (
	"github.com/entitas-id/entitas/entity/internal/typer"
	"github.com/entitas-id/entitas/tokenize"
)

// findInitials marks initials that stand for unnamed people: "berinisial RH", "inisial AS",
// the list that follows ("berinisial DS, MF, dan TK"), and any short all-capitals word that is
// listed together with a known initial ("AS dan RH"). In news about suspects these are never
// entities, even when they look like one (AS is also the United States), anywhere in the
// document.
func (s *state) findInitials() {
	mark := func(i int) {
		if s.notEntity == nil {
			s.notEntity = map[string]bool{}
		}
		s.notEntity[s.word(i)] = true
	}
	if typer.Trace == nil && s.anyAge() { // (each needs an age after it)
		// initials with an age after them, as reports of suspects and victims give them with
		// no cue: "ditangkapnya RN (18), warga …" (not for the typer's trainer)
		for _, c := range s.caps {
			if i := int(c); s.isAllCaps(i) && s.toks[i].Kind == tokenize.Word && len(s.word(i)) >= 2 && len(s.word(i)) <= 3 && s.ageAfter(i+1) &&
				i > 0 && !s.isCap(i-1) && s.toks[i-1].Kind == tokenize.Word {
				mark(i)
			}
		}
	}
	if s.cues&fInitialCue == 0 {
		return
	}
	isInitial := func(i int) bool {
		if i >= len(s.toks) || s.toks[i].Kind != tokenize.Word {
			return false
		}
		w := s.word(i)
		// (a single capital too, in a list of initials: "berinisial CD, N, D, RA, A, dan S")
		return s.isAllCaps(i) && len(w) <= 4 || len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
	}
	for i := range s.toks {
		if !s.is(i, fInitialCue) {
			continue
		}
		// the list after the cue: X, Y, dan Z
		for j := i + 1; j < len(s.toks); j++ {
			switch {
			case isInitial(j) && len(s.word(j)) == 1 && j+1 < len(s.toks) && s.toks[j+1].Kind == tokenize.Word && s.isCap(j+1) && !s.isAllCaps(j+1):
				j = len(s.toks) // a name's first initial: "terdakwa M Gunawan"
			case isInitial(j):
				mark(j)
				if s.ageAfter(j + 1) {
					j += 3 // an age after the initial: "berinisial RM (31), AS (27), dan HL (35)"
				}
			case s.word(j) == "," || s.lowAt(j) == "dan" || s.lowAt(j) == "serta" || s.lowAt(j) == "atau":
			default:
				j = len(s.toks)
			}
		}
	}
	if len(s.notEntity) == 0 {
		return
	}
	// spread along lists: "AS dan RH", "AS, RH dan DS". Initials listed together are
	// linked by their texts, so one pass builds the links and a search from the marked
	// texts reaches every text linked to them however long the chain.
	var links map[string][]string
	for i := range s.toks {
		m := i + 1 // the word that joins the list's items
		if isInitial(i) && s.ageAfter(m) {
			m += 3 // "AS (27), dan HL"
		}
		if !isInitial(i) || !isInitial(m+1) {
			continue
		}
		if s.word(m) == "," || s.lowAt(m) == "dan" || s.lowAt(m) == "serta" || s.lowAt(m) == "atau" {
			if links == nil {
				links = map[string][]string{}
			}
			a, b := s.word(i), s.word(m+1)
			links[a] = append(links[a], b)
			links[b] = append(links[b], a)
		}
	}
	var todo []string
	for w := range s.notEntity {
		todo = append(todo, w)
	}
	for len(todo) > 0 {
		w := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, v := range links[w] {
			if !s.notEntity[v] {
				s.notEntity[v] = true
				todo = append(todo, v)
			}
		}
	}
}
