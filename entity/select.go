package entity

import (
	"cmp"
	"slices"
)

// selectSpans keeps flat, outermost spans: among overlapping candidates the one with more
// tokens wins, and at equal length the higher rank (a gazetteer entry over a rule).
func (s *state) selectSpans() {
	c := s.cands
	order := s.order[:0]
	for k := range c {
		order = append(order, int32(k))
	}
	// sort indices, not the spans themselves: spans are large and sorting moves them a lot
	slices.SortStableFunc(order, func(x, y int32) int {
		a, b := &c[x], &c[y]
		if la, lb := a.last-a.first, b.last-b.first; la != lb {
			return cmp.Compare(lb, la)
		}
		if a.rank != b.rank {
			return cmp.Compare(b.rank, a.rank)
		}
		return cmp.Compare(a.first, b.first)
	})
	chosen := order[:0] // the winners, overwriting order as it is read
	for _, k := range order {
		sp := &c[k]
		if !s.covered(sp.first, sp.last) {
			for i := sp.first; i < sp.last; i++ {
				s.owner[i] = 0 // provisional mark; reindexed below
			}
			chosen = append(chosen, k)
		}
	}
	// chosen spans do not share tokens, so their first tokens tell their order
	slices.SortFunc(chosen, func(x, y int32) int { return cmp.Compare(c[x].first, c[y].first) })
	// room for the spans later rules add (titles, context, links) without copying
	s.spans = slices.Grow(s.spans, len(chosen)+len(chosen)/2+16)
	for _, k := range chosen {
		s.spans = append(s.spans, c[k])
	}
	s.order = order
	s.reindex()
}
