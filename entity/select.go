package entity

import (
	"cmp"
	"slices"
)

// selectSpans keeps flat, outermost spans: among overlapping candidates the one with more
// tokens wins, and at equal length the higher rank (a gazetteer entry over a rule).
func (s *state) selectSpans() {
	c := s.cands
	slices.SortStableFunc(c, func(a, b span) int {
		if la, lb := a.last-a.first, b.last-b.first; la != lb {
			return cmp.Compare(lb, la)
		}
		if a.rank != b.rank {
			return cmp.Compare(b.rank, a.rank)
		}
		return cmp.Compare(a.first, b.first)
	})
	for _, sp := range c {
		if !s.covered(sp.first, sp.last) {
			for i := sp.first; i < sp.last; i++ {
				s.owner[i] = 0 // provisional mark; reindexed below
			}
			s.spans = append(s.spans, sp)
		}
	}
	slices.SortFunc(s.spans, func(a, b span) int { return cmp.Compare(a.first, b.first) })
	s.reindex()
}
