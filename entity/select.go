package entity

import "sort"

// selectSpans keeps flat, outermost spans: among overlapping candidates the one with more
// tokens wins, and at equal length the higher rank (a gazetteer entry over a rule).
func (s *state) selectSpans() {
	c := s.cands
	sort.SliceStable(c, func(a, b int) bool {
		la, lb := c[a].last-c[a].first, c[b].last-c[b].first
		if la != lb {
			return la > lb
		}
		if c[a].rank != c[b].rank {
			return c[a].rank > c[b].rank
		}
		return c[a].first < c[b].first
	})
	for _, sp := range c {
		if !s.covered(sp.first, sp.last) {
			for i := sp.first; i < sp.last; i++ {
				s.owner[i] = 0 // provisional mark; reindexed below
			}
			s.spans = append(s.spans, sp)
		}
	}
	sort.Slice(s.spans, func(a, b int) bool { return s.spans[a].first < s.spans[b].first })
	s.reindex()
	s.cands = nil
}
