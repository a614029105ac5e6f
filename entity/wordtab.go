package entity

import (
	"slices"
	"strings"

	"github.com/entitas-id/entitas/internal/swar"
)

// wordTab is the word table's lookup structure: an open-addressing table whose 24-byte
// slots hold the words of up to 15 bytes themselves, packed into two integers, so that a
// lookup reads one slot rather than a map's control word, slot and key bytes, which lie
// apart in memory. It matters because every token is looked up and the table is larger
// than the processor's nearest caches (see the README's Speed section for what it gained).
// Longer words go to a map.
type wordTab struct {
	slots []wordSlot
	shift uint // 64 - log2(len(slots))
	long  map[string]wordInfo
}

// wordSlot is one word of a wordTab: its key (see wordKey; b is 0 in an empty slot),
// its flags, and its cue and first-key position (wordInfo.first) in one integer.
type wordSlot struct {
	a, b  uint64
	flags wordFlag
	cueAt uint32 // cue<<24 | first
}

const (
	// maxInline is the length of the longest word a slot holds.
	maxInline = swar.MaxPacked
	// maxFirst bounds wordInfo.first in a slot; a larger one is left out (0), which only
	// costs the gazetteer a lookup (see Gazetteer.AppendMatchesFromKeys)
	maxFirst = 1<<24 - 1
)

// wordKey packs a word of 1 to maxInline bytes into the two integers of its slot
// (swar.Pack: its bytes zero-padded as two 8-byte loads give them, which is how asciiKey
// computes the key from the text).
func wordKey(s string) (a, b uint64) {
	return swar.Pack(s)
}

// home is the first slot to try for key (a, b).
func (t *wordTab) home(a, b uint64) uint64 {
	// one multiplication: its top bits, which index the table, depend on every bit of
	// a and of b (rotated so that its length byte and tail bytes meet a's low bytes)
	return (a ^ b<<29 ^ b>>35) * 0x9e3779b97f4a7c15 >> t.shift
}

// newWordTab builds the table of m, at most half full.
func newWordTab(m map[string]wordInfo) *wordTab {
	size, shift := 64, uint(58)
	for size < 2*len(m) {
		size, shift = size*2, shift-1
	}
	t := &wordTab{slots: make([]wordSlot, size), shift: shift, long: map[string]wordInfo{}}
	mask := uint64(size - 1)
	// the words of the lists of ordinary words first, which are most of the words looked
	// up, so that they take their first slots and are found in one probe; then the rest,
	// in a fixed order, so that the table is laid out alike in every process
	type entry struct {
		w     string
		info  wordInfo
		other bool // not on a list of ordinary words
	}
	words := make([]entry, 0, len(m))
	for w, info := range m {
		words = append(words, entry{w, info, info.flags&(fCommon|fStop|fPronoun|fDeterminer|fConnector|fParticle) == 0})
	}
	slices.SortFunc(words, func(x, y entry) int {
		if x.other != y.other {
			if x.other {
				return 1
			}
			return -1
		}
		return strings.Compare(x.w, y.w)
	})
	for _, e := range words {
		w, info := e.w, e.info
		if len(w) == 0 || len(w) > maxInline {
			t.long[w] = info
			continue
		}
		a, b := wordKey(w)
		i := t.home(a, b)
		for t.slots[i].b != 0 {
			i = (i + 1) & mask
		}
		first := uint32(info.first)
		if info.first < 0 || info.first > maxFirst {
			first = 0
		}
		t.slots[i] = wordSlot{a: a, b: b, flags: info.flags, cueAt: uint32(info.cue)<<24 | first}
	}
	return t
}

// get returns what the table says of word w, and whether it has w.
func (t *wordTab) get(w string) (wordInfo, bool) {
	if len(w) == 0 || len(w) > maxInline {
		info, ok := t.long[w]
		return info, ok
	}
	return t.getKey(wordKey(w))
}

// getKey returns what the table says of the word whose key (see wordKey) is (a, b), and
// whether it has the word.
func (t *wordTab) getKey(a, b uint64) (wordInfo, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := t.home(a, b); ; i = (i + 1) & mask {
		switch sl := &t.slots[i]; {
		case sl.a == a && sl.b == b:
			return wordInfo{flags: sl.flags, cue: cueKind(sl.cueAt >> 24), first: int32(sl.cueAt & maxFirst)}, true
		case sl.b == 0:
			return wordInfo{}, false
		}
	}
}

// at returns what the table says of word w: the zero wordInfo if it lacks w.
func (t *wordTab) at(w string) wordInfo {
	info, _ := t.get(w)
	return info
}
