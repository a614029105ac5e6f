package typer

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Model holds a weight per feature and class. It is immutable and safe for concurrent use.
type Model struct {
	// slots is an open-addressing table from a feature's hash to its weights, at most half
	// full. A slot is found by the hash's low bits and holds its high 32 bits, never 0,
	// which marks an empty slot, next to the feature's weights: a found feature costs one
	// cache line, not one for its key and one for its weights. A false match happens about
	// once in four billion lookups of features the table lacks. (A table of half the size,
	// a little over half full, was no faster: its longer probes cost what the smaller size
	// saved.)
	slots []slot
	mask  uint64
	n     int // features
	// filter is a Bloom filter of one hash (filterBit) over the slot keys: most features of
	// a candidate (its words, mostly) are not in the table, and these 4 KB, which stay in
	// the processor's nearest cache, answer for most of them without probing the table.
	// Being a function of the slot key, it never rules out a key the table holds, so the
	// answers are the table's, false matches included.
	filter [1 << filterBits / 64]uint64
	// known holds the weights of each known feature, by its number (see knownFeatures)
	known [][numClasses]int32
	// cues is the cue table (cues), kept here so that Predict need not ask for it
	cues *cueTable
}

// filterBits is log2 of the number of bits of Model.filter: about 15 bits a feature, so
// that about 6% of the features the table lacks pass the filter.
const filterBits = 15

// filterBit is the bit of Model.filter for slot key k.
func filterBit(k uint32) uint32 { return k * 0x9e3779b1 >> (32 - filterBits) }

// slot is one entry of the table: a key (slotKey) and its weights.
type slot struct {
	key uint32
	w   [numClasses]int16
}

// slotKey is what the table keeps of hash h.
func slotKey(h uint64) uint32 { return uint32(h>>32) | 1 }

// Prediction is the typer's answer for one candidate.
type Prediction struct {
	Class Class
	// Margin is the best score less the second best: 0 is a tie, and larger is surer. It is
	// in the table's integer units (see weights.go).
	Margin int32
	Scores [numClasses]int32
}

// Predict returns the best class for candidate c in t and its margin over the next best. It
// allocates nothing. A candidate out of range gets None with margin 0.
func (m *Model) Predict(t Tokens, c Candidate) Prediction {
	f := features{cues: m.cues}
	extract(&f, t, c)
	// the four sums live in registers: a loop over p.Scores would load and store each
	// one for every feature; they start from the known features' (see knownFeatures)
	var none, person, org, loc int32
	for _, k := range f.k[:f.nk] {
		w := &m.known[k]
		none += w[None]
		person += w[Person]
		org += w[Organization]
		loc += w[Location]
	}
	for _, h := range f.h[:f.n] {
		// the filter answers for most features, without a call
		k := slotKey(h)
		if b := filterBit(k); m.filter[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		if w := m.probe(h, k); w != nil {
			none += int32(w[None])
			person += int32(w[Person])
			org += int32(w[Organization])
			loc += int32(w[Location])
		}
	}
	scores := [numClasses]int32{none, person, org, loc}
	if f.n == 0 {
		return Prediction{Scores: scores}
	}
	// the best class, the first of the highest scores, and the highest of the others, from
	// the sums in registers: loops over p.Scores cost a tenth of the scoring
	best, top, second := None, none, person
	if person > top {
		best, top, second = Person, person, none
	}
	if org > top {
		best, top, second = Organization, org, top
	} else {
		second = max(second, org)
	}
	if loc > top {
		best, top, second = Location, loc, top
	} else {
		second = max(second, loc)
	}
	return Prediction{Class: best, Margin: top - second, Scores: scores}
}

// Name returns the best of PERSON, ORGANIZATION and LOCATION, and by how much its score
// leads NONE's: below 0 the typer thinks the span more likely no name of ours.
func (p Prediction) Name() (Class, int32) {
	best, top := Person, p.Scores[Person]
	if p.Scores[Organization] > top {
		best, top = Organization, p.Scores[Organization]
	}
	if p.Scores[Location] > top {
		best, top = Location, p.Scores[Location]
	}
	return best, top - p.Scores[None]
}

// probe returns the weights of the feature with hash h and slot key k (slotKey(h)), or
// nil. Predict tests the filter first.
func (m *Model) probe(h uint64, k uint32) *[numClasses]int16 {
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		switch sl := &m.slots[i]; sl.key {
		case k:
			return &sl.w
		case 0:
			return nil
		}
	}
}

// Parse reads a weights table: one feature a line, its name, a tab, and one integer weight
// per class in the order NONE, PERSON, ORGANIZATION, LOCATION, separated by spaces. Blank
// lines and lines starting with # are skipped.
func Parse(table string) (*Model, error) {
	lines := strings.Split(table, "\n")
	size := 16
	for size < 2*len(lines) {
		size *= 2
	}
	m := &Model{slots: make([]slot, size), mask: uint64(size - 1)}
	for n, line := range lines {
		if line == "" || line[0] == '#' {
			continue
		}
		name, ws, ok := strings.Cut(line, "\t")
		if !ok || name == "" {
			return nil, fmt.Errorf("typer: line %d: want NAME<tab>WEIGHTS: %q", n+1, line)
		}
		var row [numClasses]int16
		fields := strings.Fields(ws)
		if len(fields) != int(numClasses) {
			return nil, fmt.Errorf("typer: line %d: want %d weights, got %d", n+1, numClasses, len(fields))
		}
		for k, s := range fields {
			v, err := strconv.ParseInt(s, 10, 16)
			if err != nil {
				return nil, fmt.Errorf("typer: line %d: %w", n+1, err)
			}
			row[k] = int16(v)
		}
		h, err := nameHash(name)
		if err != nil {
			return nil, fmt.Errorf("typer: line %d: %w", n+1, err)
		}
		i, k := h&m.mask, slotKey(h)
		for ; m.slots[i].key != 0; i = (i + 1) & m.mask {
			if m.slots[i].key == k {
				return nil, fmt.Errorf("typer: line %d: feature %q twice, or two features with one hash", n+1, name)
			}
		}
		m.slots[i] = slot{k, row}
		b := filterBit(k)
		m.filter[b/64] |= 1 << (b % 64)
		m.n++
	}
	if m.n == 0 {
		return nil, errors.New("typer: empty weights table")
	}
	m.setKnown()
	m.cues = cues()
	return m, nil
}

// Len returns the number of features in the model.
func (m *Model) Len() int { return m.n }
