package entity

import (
	"cmp"
	"math/bits"
	"slices"
)

// selectSpans keeps flat, outermost spans: among overlapping candidates the one with more
// tokens wins, and at equal length the higher rank (a gazetteer entry over a rule).
func (s *state) selectSpans() {
	c := s.cands
	order := s.candOrder()
	chosen := order[:0] // the winners, overwriting order as it is read
	for _, k := range order {
		sp := &c[k]
		if !s.covered(sp.first, sp.last) {
			for i := sp.first; i < sp.last; i++ {
				s.owner[i] = k // provisional: the winner's index (reindexed below)
			}
			chosen = append(chosen, k)
		}
	}
	// chosen spans do not share tokens, so their first tokens tell their order: marked in
	// a bit a token (in s.keys, which candOrder is done with), read in token order, each
	// gives its winner by the provisional owner above, without a sort
	firsts := grow(s.keys, (len(s.toks)+63)/64)
	for _, k := range chosen {
		firsts[c[k].first>>6] |= 1 << (c[k].first & 63)
	}
	chosen = chosen[:0]
	for w, b := range firsts {
		for ; b != 0; b &= b - 1 {
			chosen = append(chosen, s.owner[w<<6+bits.TrailingZeros64(b)])
		}
	}
	s.keys = firsts
	if len(s.spans) == 0 {
		// the chosen candidates become the spans where they are, in the candidates'
		// array: a long document's candidates and spans would otherwise be live side by
		// side, each as large as the spans (the candidates are read no more: see
		// candStarts)
		s.spans, s.cands = keepInPlace(c, chosen), s.spans[:0]
	} else {
		// room for the spans later rules add (titles, context, links) without copying
		s.spans = slices.Grow(s.spans, len(chosen)+len(chosen)*3/4+16)
		for _, k := range chosen {
			s.spans = append(s.spans, c[k])
		}
	}
	s.order = order
	s.reindex()
}

// keepInPlace moves the candidates c[k] for k in chosen, in that order, to the front of c
// and returns them; the others are cleared. chosen's array must have room for an index
// of every candidate, which it is given as scratch.
func keepInPlace(c []span, chosen []int32) []span {
	n := len(chosen)
	// a permutation of all the candidates, the chosen first: the others are those not
	// marked, and the mark (dead, which no candidate has) is taken off again
	for _, k := range chosen {
		c[k].dead = true
	}
	order := chosen
	for k := range c {
		if !c[k].dead {
			order = append(order, int32(k))
		}
	}
	for _, k := range chosen {
		c[k].dead = false
	}
	permute(c, order)
	clear(c[n:]) // their strings and entries
	return c[:n]
}

// candOrder returns the indices of the candidates, in s.order's array, from the longest to
// the shortest, those of one length from the highest rank to the lowest and then in text
// order, and candidates equal in all three in the order they were found.
func (s *state) candOrder() []int32 {
	c := s.cands
	order := slices.Grow(s.order[:0], len(c)) // (not copied as append grows it, nor keys)
	// each candidate as one integer to sort, its length, rank, first token and index in
	// bit fields (20, 2, 20 and 20 bits), when they fit: much faster than a stable sort
	// with a comparison function
	const field = 20
	if len(s.toks) < 1<<field && len(c) < 1<<field {
		keys := slices.Grow(s.keys[:0], len(c))
		for k := range c {
			sp := &c[k]
			if sp.rank < 0 || sp.rank > 3 {
				break
			}
			keys = append(keys, uint64(1<<field-1-(sp.last-sp.first))<<(2*field+2)|
				uint64(3-sp.rank)<<(2*field)|uint64(sp.first)<<field|uint64(k))
		}
		s.keys = keys
		if len(keys) == len(c) {
			return sortIndices(order, keys, 1<<field-1)
		}
	}
	for k := range c {
		order = append(order, int32(k))
	}
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
	return order
}

// sortIndices sorts keys, each an index in the bits of mask under what it is sorted by, and
// appends the indices to order in that order.
func sortIndices(order []int32, keys []uint64, mask uint64) []int32 {
	slices.Sort(keys)
	for _, key := range keys {
		order = append(order, int32(key&mask))
	}
	return order
}
