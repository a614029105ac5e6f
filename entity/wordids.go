package entity

import (
	"hash/maphash"
	"slices"
	"strings"

	"github.com/entitas-id/entitas/internal/swar"
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

// wordIDSeed seeds the table's hash (wordHash). A word's number does not depend on it:
// numbers are given in the order words are first seen.
var wordIDSeed = newHashSeed()

// wordHash hashes word w with seed for the document's tables of words (wordIDs,
// wordIndex, the ids' cache) and the lexicon's sets of words (textSet): eight bytes at a
// time, each folded into the state by a multiplication, then the last one to seven bytes
// in one or two loads (as the typer hashes its values), and the state scrambled so that
// all of its bits depend on every byte (the finaliser of MurmurHash3). Inlined, it costs a
// short word some twenty instructions, where maphash.String's calls cost some seventy.
// The seed is drawn at start (newHashSeed), as maphash's is, so that no text can be
// written to fill one slot's run of the tables, whose layout, never their answers, it
// sets.
func wordHash(seed uint64, w string) uint64 {
	h := seed ^ uint64(len(w))*0x9e3779b97f4a7c15
	for len(w) >= 8 {
		h = (h ^ swar.Load64(w)) * 0xbf58476d1ce4e5b9
		h ^= h >> 29
		w = w[8:]
	}
	var x uint64
	switch n := len(w); {
	case n >= 4:
		x = swar.Load32(w) | swar.Load32(w[n-4:])<<32
	case n > 0:
		x = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h ^= x
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	return h ^ h>>33
}

// newHashSeed returns a seed for wordHash drawn from maphash's random source.
func newHashSeed() uint64 {
	return maphash.Comparable(maphash.MakeSeed(), 0)
}

// reset empties the table and gives it room for about hint words.
func (t *wordIDs) reset(hint int) {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	if cap(t.slots) >= size && cap(t.slots) <= max(4*size, 1<<10) {
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
	for h := wordHash(wordIDSeed, w) & mask; ; h = (h + 1) & mask {
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
		h := wordHash(wordIDSeed, s.lowAt(int(v-1))) & mask
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

// wordIndex maps the lowercase words of tokens to numbers, for link: an open-addressing
// table of tokens, each standing for its lowercase word (lowAt), with a number, half full
// at most. A word costs 16 bytes of table at most, where a map from the words' strings
// took some 30 and as much again in garbage as it grew.
type wordIndex struct {
	slots []indexSlot
	n     int // the words in the table
}

// indexSlot is a slot of a wordIndex: a token standing for its word, plus one (0 for an
// empty slot), and the word's number.
type indexSlot struct{ tok, val int32 }

// reset empties the index and gives it room for about hint words.
func (x *wordIndex) reset(hint int) {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	if len(x.slots) >= size && len(x.slots) <= max(4*size, 1<<10) {
		clear(x.slots)
	} else {
		x.slots = make([]indexSlot, size)
	}
	x.n = 0
}

// get returns the number of word w, and whether w is in the index.
func (x *wordIndex) get(s *state, w string) (int, bool) {
	if sl := x.slot(s, w); sl != nil {
		return int(sl.val), true
	}
	return 0, false
}

// slot returns the slot of word w, whose number the caller may change, or nil when w is
// not in the index. It holds until the next put.
func (x *wordIndex) slot(s *state, w string) *indexSlot {
	if x.n == 0 {
		return nil
	}
	mask := uint64(len(x.slots) - 1)
	for h := wordHash(wordIDSeed, w) & mask; ; h = (h + 1) & mask {
		sl := &x.slots[h]
		if sl.tok == 0 {
			return nil
		}
		if s.lowAt(int(sl.tok-1)) == w {
			return sl
		}
	}
}

// put gives number v to the word of token k, which is not in the index, growing the
// index, when it is full, to room for want words.
func (x *wordIndex) put(s *state, k, v, want int) {
	if 2*(x.n+1) > len(x.slots) {
		old := x.slots
		size := max(64, 2*len(old))
		for size < 2*want {
			size *= 2
		}
		x.slots = make([]indexSlot, size)
		for _, sl := range old {
			if sl.tok != 0 {
				x.insert(s, sl)
			}
		}
	}
	x.insert(s, indexSlot{tok: int32(k + 1), val: int32(v)})
	x.n++
}

// insert puts sl in the first free slot of its word's probe sequence.
func (x *wordIndex) insert(s *state, sl indexSlot) {
	mask := uint64(len(x.slots) - 1)
	h := wordHash(wordIDSeed, s.lowAt(int(sl.tok-1))) & mask
	for x.slots[h].tok != 0 {
		h = (h + 1) & mask
	}
	x.slots[h] = sl
}

// idCache holds the ids idOf made last, each in the slot of its name's hash: 128 KB, for
// the names of this document and of those to come, which name the same people, places
// and bodies again and again. An id depends on its name alone.
type idCache [1 << 12]struct{ name, id string }

// idOf returns the document id of name (appendDocID), made once for the mentions of one
// name, which often come in numbers, and for the documents after it that name it too:
// kept in the state's cache of ids, where a name whose slot another has taken since gets
// its id made again (the same id, another copy). The name kept is a copy, so that the
// cache holds on to no document's text; the copy and the id are made as one string, one
// allocation rather than two (most of a document's names are new to the cache).
func (s *state) idOf(name string) string {
	if s.ids == nil {
		s.ids = new(idCache)
	}
	c := &s.ids[wordHash(wordIDSeed, name)%uint64(len(s.ids))]
	if c.id == "" || c.name != name {
		// the name, then its id, written on the stack (the id of a name of 48 bytes takes
		// 76 at most) and copied into one string; a longer name's, into a string of their
		// size
		var arr [128]byte
		var both string
		if len(name) <= 48 {
			both = string(appendDocID(append(arr[:0], name...), name))
		} else {
			id := appendDocID(arr[:0], name)
			var b strings.Builder
			b.Grow(len(name) + len(id))
			b.WriteString(name)
			b.Write(id)
			both = b.String()
		}
		c.name, c.id = both[:len(name)], both[len(name):]
	}
	return c.id
}

// reckon returns how many items a list that holds n after the first done of total steps
// (n+1 as one more is added) will hold at the end, if the rest adds them at the same rate;
// twice n while too few steps are done to tell.
func reckon(n, done, total int) int {
	if done < max(64, total/64) {
		return 2*n + 16
	}
	est := int(int64(n+1) * int64(total) / int64(done))
	return max(est+est/16, n+16)
}
