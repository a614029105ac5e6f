package entity

import (
	"math/bits"

	"github.com/entitas-id/entitas/internal/swar"
)

// wordTab is the word table's lookup structure: open-addressing tables whose slots hold
// the words of up to 15 bytes themselves, packed into integers, so that a lookup reads one
// slot rather than a map's control word, slot and key bytes, which lie apart in memory. It
// matters because every token is looked up and the table is larger than the processor's
// nearest caches (see the README's Speed section for what the slots gained over a map),
// so its size counts too: a word of up to 8 bytes without a NUL byte, which most words
// are, has a 16-byte slot, its key one integer, in short; a longer one a 24-byte slot in
// slots (452 KB of slots where 24-byte slots alone took 786 KB; a table twice that size
// made extraction about a tenth slower). Words of more than 15 bytes go to a map.
type wordTab struct {
	// short holds the short words, in a table of any size (see shortHome), so that it
	// grows with the words rather than doubling at a power of two
	short []shortSlot
	// inShort is a Bloom filter of one hash (inShortBit) over the keys in short: a word
	// the table lacks, a name mostly, is answered from these 32 KB, which stay in the
	// processor's caches, rather than by probing the run of full slots of short from its
	// first, long in a table seven eighths full
	inShort *[1 << inShortBits / 64]uint64
	slots   []wordSlot
	shift   uint // 64 - log2(len(slots))
	// inSlots is a Bloom filter of two bits in one word (inSlotsMask) over the keys in
	// slots: a word of 9 to 15 bytes the table lacks, over a quarter of those looked up,
	// is answered from these 8 KB instead of by probing slots, whose runs of full slots a
	// miss reads to their end (about three slots, over two cache lines at times)
	inSlots *[1 << inSlotsWords]uint64
	long    map[string]wordInfo
}

// shortSlot is one word of up to 8 bytes without a NUL byte: its key's first integer, a
// (see wordKey; 0 in an empty slot), which such a word's zero padding makes its whole key,
// and its info (packInfo).
type shortSlot struct {
	a    uint64
	info uint64
}

// wordSlot is one word of a wordTab's slots: its key (see wordKey; b is 0 in an empty
// slot), its flags, and its cue and first-key position (wordInfo.first) in one integer.
type wordSlot struct {
	a, b  uint64
	flags wordFlag
	cueAt uint32 // cue<<24 | first
}

// info returns what slot sl says of its word.
func (sl *wordSlot) info() wordInfo {
	return wordInfo{flags: sl.flags, cue: cueKind(sl.cueAt >> 24), first: int32(sl.cueAt & maxFirst)}
}

const (
	// maxInline is the length of the longest word a slot holds.
	maxInline = swar.MaxPacked
	// maxShort is the length of the longest word a short slot holds.
	maxShort = 8
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

// isShort reports whether the word of key (a, b) has a short slot: 1 to maxShort bytes,
// none of them NUL. Then b holds only the length, and a, whose bytes past the word are 0,
// tells the word from every other such word.
func isShort(a, b uint64) bool {
	n := b >> 56
	if b != n<<56 || n > maxShort || n == 0 {
		return false
	}
	x := a | ^uint64(0)<<(8*n) // the bytes past the word set, so that only a NUL is 0
	return (x-swar.LowBits)&^x&swar.HighBits == 0
}

// packInfo packs info into a short slot's integer: its flags, its cue and its first-key
// position, which must be 0 to maxFirst.
func packInfo(info wordInfo) uint64 {
	return uint64(info.flags) | uint64(info.cue)<<32 | uint64(info.first)<<40
}

// unpackInfo is the inverse of packInfo.
func unpackInfo(x uint64) wordInfo {
	return wordInfo{flags: wordFlag(x), cue: cueKind(x >> 32), first: int32(x >> 40)}
}

// home is the first slot of slots to try for key (a, b).
func (t *wordTab) home(a, b uint64) uint64 {
	return keyHome(a, b, t.shift)
}

// keyHome is the first slot to try for key (a, b) (see wordKey) in a table of 2^(64-shift)
// slots: one multiplication, whose top bits, which index the table, depend on every bit
// of a and of b (rotated so that its length byte and tail bytes meet a's low bytes).
func keyHome(a, b uint64, shift uint) uint64 {
	return (a ^ b<<29 ^ b>>35) * 0x9e3779b97f4a7c15 >> shift
}

// inShortBit is the bit of inShort for a short word's key a.
func inShortBit(a uint64) uint64 {
	return a * 0xd6e8feb86659fd93 >> (64 - inShortBits)
}

// inSlotsMask returns the word of wordTab.inSlots for key (a, b) and the mask of its two
// bits in it: from the top bits of one multiplication, which depend on every bit of a and
// of b (see home, whose multiplier and rotations differ).
func inSlotsMask(a, b uint64) (uint64, uint64) {
	h := (a ^ b<<21 ^ b>>43) * 0xd6e8feb86659fd93
	return h >> (64 - inSlotsWords), 1<<(h>>20&63) | 1<<(h>>26&63)
}

// inSlotsWords is log2 of the number of words of wordTab.inSlots: 1,024 words, 64 Kbit,
// about 14 bits a word of slots today, so that about 2% of the words it lacks pass.
const inSlotsWords = 10

// inShortBits is log2 of the number of bits of wordTab.inShort: 2^18, about 20 bits a
// short word, so that about 5% of the words the table lacks pass the filter.
const inShortBits = 18

// shortHome is the first slot of short to try for a short word's key a: the top bits of
// one multiplication, scaled to the table's size by another (its high half), where a
// shift would need a power of two.
func (t *wordTab) shortHome(a uint64) uint64 {
	hi, _ := bits.Mul64(a*0x9e3779b97f4a7c15, uint64(len(t.short)))
	return hi
}

// shortSize returns the number of slots of short for n words: at most seven eighths full,
// a multiple of four (a cache line of slots), and 64 at least.
func shortSize(n int) int {
	return max(64, (n*8/7+4)&^3)
}

// tableSize returns the number of slots, a power of two, and its shift (64 minus its
// log2) for a table of n words that is at most num/den full.
func tableSize(n, num, den int) (int, uint) {
	size, shift := 64, uint(58)
	for size*num < n*den {
		size, shift = size*2, shift-1
	}
	return size, shift
}

// newWordTab builds the table of m: short at most seven eighths full (see shortSize),
// slots at most three fifths (short words are most of the words, and a probe past a short
// slot mostly stays in its cache line; the words short lacks mostly stop at inShort). For
// the words of today (14,528 short and 4,456 others, with the gazetteer's first keys)
// short has 16,604 slots, 259 KB, and slots 8,192: short, a power of two four fifths full
// at most, had doubled to 32,768 slots, 512 KB, at 13,108 words, which cost extraction
// about 7% of its time on a busy machine, whose other programs leave it less cache.
func newWordTab(m map[string]wordInfo) *wordTab {
	b := newWordTabBuilder(len(m))
	for w, info := range m {
		b.add(w, info)
	}
	return b.build()
}

// wordTabBuilder gathers the words of a wordTab, each added once, without a map.
type wordTabBuilder struct {
	// words holds the short words from its start, ns of them, and the others from its
	// end, from nl on
	words  []wordEntry
	ns, nl int
	long   map[string]wordInfo
}

// newWordTabBuilder returns a builder with room for n words.
func newWordTabBuilder(n int) *wordTabBuilder {
	return &wordTabBuilder{words: make([]wordEntry, n), nl: n, long: map[string]wordInfo{}}
}

// add adds the word w, which must not have been added before.
func (b *wordTabBuilder) add(w string, info wordInfo) {
	if len(w) == 0 || len(w) > maxInline {
		b.long[w] = info
		return
	}
	if b.ns == b.nl {
		n := 2*len(b.words) + 64
		words := make([]wordEntry, n)
		copy(words, b.words[:b.ns])
		tail := copy(words[n-(len(b.words)-b.nl):], b.words[b.nl:])
		b.words, b.nl = words, n-tail
	}
	e := wordEntry{info: packInfo(clampFirst(info))}
	e.a, e.b = wordKey(w)
	if isShort(e.a, e.b) {
		b.words[b.ns] = e
		b.ns++
	} else {
		b.nl--
		b.words[b.nl] = e
	}
}

// build builds the table of the words added (see newWordTab).
func (b *wordTabBuilder) build() *wordTab {
	// the words of the lists of ordinary words first, which are most of the words looked
	// up, so that they take their first slots and are found in one probe; then the rest.
	// Each class goes in the order of its words' first slots, and of their keys for one
	// slot: a fixed order, so that the table is laid out alike in every process, which a
	// counting sort gives at once, and one that fills each table from its start to its
	// end. (The order within a class does not change how many probes the class's words
	// take in all, only which of them take them.)
	t := &wordTab{long: b.long}
	short, slots := b.words[:b.ns], b.words[b.nl:]
	size := shortSize(len(short))
	t.short = make([]shortSlot, size)
	t.inShort = new([1 << inShortBits / 64]uint64)
	// scratch for orderWords, for both tables
	slotsSize, slotsShift := tableSize(len(slots), 3, 5)
	order, start := make([]int32, max(len(short), len(slots))), make([]int32, 2*max(size, slotsSize)+1)
	for _, k := range orderWords(short, order, start, size, func(e *wordEntry) uint64 { return t.shortHome(e.a) }) {
		e := &short[k]
		i := t.shortHome(e.a)
		for t.short[i].a != 0 {
			if i++; i == uint64(size) {
				i = 0
			}
		}
		t.short[i] = shortSlot{a: e.a, info: e.info}
		h := inShortBit(e.a)
		t.inShort[h/64] |= 1 << (h % 64)
	}
	t.slots, t.shift = make([]wordSlot, slotsSize), slotsShift
	t.inSlots = new([1 << inSlotsWords]uint64)
	mask := uint64(len(t.slots) - 1)
	for _, k := range orderWords(slots, order, start, slotsSize, func(e *wordEntry) uint64 { return t.home(e.a, e.b) }) {
		e := &slots[k]
		i := t.home(e.a, e.b)
		for t.slots[i].b != 0 {
			i = (i + 1) & mask
		}
		info := unpackInfo(e.info)
		t.slots[i] = wordSlot{a: e.a, b: e.b, flags: info.flags, cueAt: uint32(info.cue)<<24 | uint32(info.first)}
		k, m := inSlotsMask(e.a, e.b)
		t.inSlots[k] |= m
	}
	return t
}

// wordEntry is a word on its way into a wordTab.
type wordEntry struct {
	a, b uint64 // the word's key (wordKey)
	info uint64 // packInfo of its info, its first-key position clamped (clampFirst)
}

// other reports whether e is not on a list of ordinary words.
func other(e *wordEntry) bool {
	return wordFlag(e.info)&(fCommon|fStop|fPronoun|fDeterminer|fConnector|fParticle) == 0
}

// orderWords returns the indices of words, in order (which it uses for them), in the
// order newWordTab adds them to a table of size slots, where home gives a word's first
// slot: the ordinary words, then the others, each by first slot and then by key.
func orderWords(words []wordEntry, order, start []int32, size int, home func(*wordEntry) uint64) []int32 {
	order = order[:len(words)]
	bucket := func(e *wordEntry) int {
		if other(e) {
			return size + int(home(e))
		}
		return int(home(e))
	}
	start = start[:2*size+1]
	clear(start)
	for i := range words {
		start[bucket(&words[i])+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	for i := range words {
		k := bucket(&words[i])
		order[start[k]] = int32(i)
		start[k]++
	}
	// the words of one bucket by key; buckets hold one or two words mostly
	for i := 1; i < len(order); i++ {
		for j := i; j > 0; j-- {
			x, y := &words[order[j-1]], &words[order[j]]
			if bucket(x) != bucket(y) || x.a < y.a || x.a == y.a && x.b < y.b {
				break
			}
			order[j-1], order[j] = order[j], order[j-1]
		}
	}
	return order
}

// clampFirst returns info without its first-key position when a slot cannot hold it.
func clampFirst(info wordInfo) wordInfo {
	if info.first < 0 || info.first > maxFirst {
		info.first = 0
	}
	return info
}

// get returns what the table says of word w, and whether it has w.
func (t *wordTab) get(w string) (wordInfo, bool) {
	if len(w) == 0 || len(w) > maxInline {
		info, ok := t.long[w]
		return info, ok
	}
	return t.getKey(wordKey(w))
}

// shortProbe is getKey's first step for a short word's key a (see isShort): the Bloom
// filter and the word's first slot settle most words, and then it returns the word's info
// (packInfo; 0 when the table lacks the word, as an empty slot holds) and done; otherwise
// getKey must probe further. Small enough to be inlined, so that lowercase calls getKey
// for few of its words.
func (t *wordTab) shortProbe(a uint64) (info uint64, done bool) {
	if h := inShortBit(a); t.inShort[h/64]&(1<<(h%64)) == 0 {
		return 0, true
	}
	sl := &t.short[t.shortHome(a)]
	return sl.info, sl.a == a || sl.a == 0
}

// shortAfter is getKey's probe of short for a short word's key a past its first slot,
// which shortProbe found taken by another word: the word's info (packInfo), or 0 when the
// table lacks the word.
func (t *wordTab) shortAfter(a uint64) uint64 {
	for i := t.shortHome(a); ; {
		if i++; i == uint64(len(t.short)) {
			i = 0
		}
		switch sl := &t.short[i]; sl.a {
		case a:
			return sl.info
		case 0:
			return 0
		}
	}
}

// slotProbe is getKey's first step for the key (a, b) of a word of maxShort+1 to maxInline
// bytes, as shortProbe is for a short one, but without the Bloom filter: the word's first
// slot settles most words the table has, and an empty one some it lacks, and then it
// returns the word's info (packInfo; 0 for an empty slot) and done; otherwise getKey must
// probe further. Small enough to be inlined.
func (t *wordTab) slotProbe(a, b uint64) (info uint64, done bool) {
	sl := &t.slots[t.home(a, b)]
	// (packInfo(sl.info()), written out: the calls would make it too large to inline)
	return uint64(sl.flags) | uint64(sl.cueAt>>24)<<32 | uint64(sl.cueAt&maxFirst)<<40, sl.a == a && sl.b == b || sl.b == 0
}

// getKey returns what the table says of the word whose key (see wordKey) is (a, b), and
// whether it has the word.
func (t *wordTab) getKey(a, b uint64) (wordInfo, bool) {
	if isShort(a, b) {
		if h := inShortBit(a); t.inShort[h/64]&(1<<(h%64)) == 0 {
			return wordInfo{}, false
		}
		for i := t.shortHome(a); ; {
			switch sl := &t.short[i]; sl.a {
			case a:
				return unpackInfo(sl.info), true
			case 0:
				return wordInfo{}, false
			}
			if i++; i == uint64(len(t.short)) {
				i = 0
			}
		}
	}
	if k, m := inSlotsMask(a, b); t.inSlots[k]&m != m {
		return wordInfo{}, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.home(a, b); ; i = (i + 1) & mask {
		switch sl := &t.slots[i]; {
		case sl.a == a && sl.b == b:
			return sl.info(), true
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
