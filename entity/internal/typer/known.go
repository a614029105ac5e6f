package typer

// The features whose templates have few values, each value known beforehand
// (knownValues), are numbered: the bias, the span's length, whether it opens a sentence, how
// many of its words may begin a gazetteer name or are ordinary words, the entity next to
// it, the shapes of the words next to it and, for three words or fewer, of its own words,
// and the cue classes. They are most of a candidate's features found in the table:
// extract records their numbers (features.k) instead of hashing them, and Predict adds the
// weights of each number (Model.known) instead of testing the filter and probing the
// table. Parse fills Model.known through that very lookup (Model.weights), so the sums are
// the ones the lookup gives, false matches of a hash included.

// knownFeature is a known feature t=v.
type knownFeature struct {
	t template
	v value
}

// knownAt holds the number of each template's first known feature, and knownFeatures
// each known feature by its number: the values of knownValues(t), for each template t.
var knownAt, knownFeatures = func() (at [numTemplates]int32, fs []knownFeature) {
	for t := range numTemplates {
		at[t] = int32(len(fs))
		for _, v := range knownValues(t) {
			fs = append(fs, knownFeature{t, v})
		}
	}
	return at, fs
}()

// maxKnown bounds the known features of one candidate (17 at most: b, three of lc and
// of p1c, p2c, sh, psh, nsh, len, ini, gz, cm, pe, ne).
const maxKnown = 24

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
	m.known = make([][numClasses]int32, len(knownFeatures))
	for i, kf := range knownFeatures {
		m.known[i] = m.weights(featureHash(kf.t, kf.v.h))
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
