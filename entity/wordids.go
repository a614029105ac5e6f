package entity

import (
	"hash/maphash"
	"slices"
)

// wordIDs numbers the distinct lowercase words of a document's tokens, for countCaps: an
// open-addressing table of token indices, each standing for its lowercase word (lowAt),
// half full at most. A token costs 4 bytes of table at most, where a map from the words'
// strings took some 30, and a document of many distinct words (names no list knows) keeps
// no string in it.
type wordIDs struct {
	slots []int32 // a token whose word has a number, plus one; 0 for an empty slot
	n     int     // the words numbered
}

// wordIDSeed seeds the table's hash. A word's number does not depend on it: numbers are
// given in the order words are first seen.
var wordIDSeed = maphash.MakeSeed()

// reset empties the table and gives it room for about hint words.
func (t *wordIDs) reset(hint int) {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	if cap(t.slots) >= size && cap(t.slots) <= 4*size {
		t.slots = t.slots[:cap(t.slots)]
		clear(t.slots)
	} else {
		t.slots = make([]int32, size)
	}
	t.n = 0
}

// find returns the token that stands for word w in the table, or -1 after taking token
// k as the one that stands for w (k's lowercase word must be w). s gives the tokens' words.
func (t *wordIDs) find(s *state, w string, k int) int {
	if 2*(t.n+1) > len(t.slots) {
		t.grow(s)
	}
	mask := uint64(len(t.slots) - 1)
	for h := maphash.String(wordIDSeed, w) & mask; ; h = (h + 1) & mask {
		v := t.slots[h]
		if v == 0 {
			t.slots[h] = int32(k + 1)
			t.n++
			return -1
		}
		if s.lowAt(int(v-1)) == w {
			return int(v - 1)
		}
	}
}

// grow doubles the table.
func (t *wordIDs) grow(s *state) {
	old := t.slots
	t.slots = make([]int32, 2*len(old))
	mask := uint64(len(t.slots) - 1)
	for _, v := range old {
		if v == 0 {
			continue
		}
		h := maphash.String(wordIDSeed, s.lowAt(int(v-1))) & mask
		for t.slots[h] != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = v
	}
}

// pairCount returns how often the capitalised word numbered w stands before the word
// numbered next in the document (see countCaps).
func (s *state) pairCount(w, next int32) int32 {
	key := uint64(w)<<32 | uint64(next)
	lo, found := slices.BinarySearch(s.capPairs, key)
	if !found {
		return 0
	}
	hi, _ := slices.BinarySearch(s.capPairs[lo:], key+1)
	return int32(hi)
}
