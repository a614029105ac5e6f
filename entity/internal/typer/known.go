package typer

// knownWeights holds the weights of the features whose templates have few values, each
// value known beforehand (knownValues): the bias, the span's length, whether it opens a
// sentence, how many of its words may begin a gazetteer name or are ordinary words, the
// entity next to it, the shapes of the words next to it and, for three words or fewer, of
// its own words, and the cue classes. They are most of a candidate's features found in the
// table, and Predict adds their weights by the value's number instead of hashing the
// feature, testing the filter and probing the table. Parse fills it through that very
// lookup (Model.weights), so the sums are the ones the lookup gives, false matches of a hash
// included.
type knownWeights struct {
	at [numTemplates]int32 // the index in w of each known template's first value
	w  [][numClasses]int32 // the weights of each value of each known template, 0 if none
}

// shapeLetters are the shapes shape gives a word, in the order of their digits in
// shapeIndex.
const shapeLetters = "XAxdm"

// maxKnownShapes is the number of words up to which the shapes of a span's words are a
// known value (see shapeIndex): 5 + 25 + 125 values.
const maxKnownShapes = 3

// shapeDigit holds the digit of each byte of shapeLetters, plus one (0 for other bytes).
var shapeDigit = func() (t [256]uint8) {
	for i := range len(shapeLetters) {
		t[shapeLetters[i]] = uint8(i + 1)
	}
	return t
}()

// shapeIndex returns the number of the shapes sh of one to maxKnownShapes words, each a
// letter of shapeLetters: the shapes of fewer words first, and those of one length in the
// order of their letters' digits; ok is false for other shapes.
func shapeIndex(sh []byte) (int, bool) {
	if len(sh) == 0 || len(sh) > maxKnownShapes {
		return 0, false
	}
	i, base := 0, 0
	for n := 1; n < len(sh); n++ {
		base = base*len(shapeLetters) + len(shapeLetters) // 5, 30: the shapes of fewer words
	}
	for _, c := range sh {
		d := shapeDigit[c]
		if d == 0 {
			return 0, false
		}
		i = i*len(shapeLetters) + int(d-1)
	}
	return base + i, true
}

// oneByte holds the one-byte values, a byte each, as the shapes of the words next to a
// span are.
var oneByte = func() (t [256]value) {
	for c := range t {
		t[c] = valueOf(string([]byte{byte(c)}))
	}
	return t
}()

// knownValues returns the values of template t, in the order of their numbers, when t is
// a template of known values, or nil.
func knownValues(t template) []value {
	switch t {
	case tB:
		return []value{valueEmpty}
	case tLen, tIni, tGz, tCm:
		return lengths[:]
	case tPe, tNe:
		return entities[:]
	case tPsh, tNsh:
		return oneByte[:]
	case tLc, tP1c, tP2c:
		vs := make([]value, len(cueOrder))
		for i, o := range cueOrder {
			vs[i] = o.name
		}
		return vs
	case tSh:
		var vs []value
		for n := 1; n <= maxKnownShapes; n++ {
			sh := make([]byte, n)
			var fill func(k int)
			fill = func(k int) {
				if k == n {
					vs = append(vs, valueOf(string(sh)))
					return
				}
				for i := range len(shapeLetters) {
					sh[k] = shapeLetters[i]
					fill(k + 1)
				}
			}
			fill(0)
		}
		return vs
	}
	return nil
}

// setKnown fills m.known from m's table.
func (m *Model) setKnown() {
	for t := range numTemplates {
		vs := knownValues(t)
		m.known.at[t] = int32(len(m.known.w))
		for _, v := range vs {
			m.known.w = append(m.known.w, m.weights(featureHash(t, v.h)))
		}
	}
}

// weights returns what Predict adds for the feature of hash h: its weights when the filter
// and then the table hold it, and 0 otherwise.
func (m *Model) weights(h uint64) (s [numClasses]int32) {
	k := slotKey(h)
	if b := filterBit(k); m.filter[b/64]&(1<<(b%64)) == 0 {
		return s
	}
	if w := m.probe(h, k); w != nil {
		for c := range s {
			s[c] = int32(w[c])
		}
	}
	return s
}
