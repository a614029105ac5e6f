package entity

// initialCues are the words after which initials stand for unnamed people.
var initialCues = setOf(`berinisial inisial inisialnya`)

// findInitials marks initials that stand for unnamed people: "berinisial RH", "inisial AS",
// the list that follows ("berinisial DS, MF, dan TK"), and any short all-capitals word that is
// listed together with a known initial ("AS dan RH"). In news about suspects these are never
// entities, even when they look like one (AS is also the United States), anywhere in the
// document.
func (s *state) findInitials() {
	if s.cues&fInitialCue == 0 {
		return
	}
	mark := func(i int) {
		if s.notEntity == nil {
			s.notEntity = map[string]bool{}
		}
		s.notEntity[s.toks[i].Text] = true
	}
	isInitial := func(i int) bool {
		return i < len(s.toks) && s.isAllCaps(i) && len(s.toks[i].Text) <= 4
	}
	for i := range s.toks {
		if !s.is(i, fInitialCue) {
			continue
		}
		// the list after the cue: X, Y, dan Z
		for j := i + 1; j < len(s.toks); j++ {
			switch {
			case isInitial(j):
				mark(j)
			case s.toks[j].Text == "," || s.lowAt(j) == "dan" || s.lowAt(j) == "serta" || s.lowAt(j) == "atau":
			default:
				j = len(s.toks)
			}
		}
	}
	if len(s.notEntity) == 0 {
		return
	}
	// spread along lists: "AS dan RH", "AS, RH dan DS"
	for changed := true; changed; {
		changed = false
		for i := range s.toks {
			if !isInitial(i) || s.notEntity[s.toks[i].Text] {
				continue
			}
			for _, j := range []int{i - 2, i + 2} {
				if j < 0 || j >= len(s.toks) || !isInitial(j) || !s.notEntity[s.toks[j].Text] {
					continue
				}
				mid := (i + j) / 2
				if s.toks[mid].Text == "," || s.lowAt(mid) == "dan" || s.lowAt(mid) == "serta" || s.lowAt(mid) == "atau" {
					mark(i)
					changed = true
				}
			}
		}
	}
}
