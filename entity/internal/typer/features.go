package typer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is what the typer says a candidate span is.
type Class uint8

// The classes, in the order of the weight columns.
const (
	None         Class = iota // not a name of our types: left out
	Person                    // PERSON
	Organization              // ORGANIZATION
	Location                  // LOCATION
	numClasses
)

var classNames = [numClasses]string{"NONE", "PERSON", "ORGANIZATION", "LOCATION"}

// String returns the class's name: NONE, PERSON, ORGANIZATION or LOCATION.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// ParseClass returns the class named s (NONE, PERSON, ORGANIZATION, LOCATION, or the CoNLL
// tags O, PER, ORG, LOC) and whether s names one.
func ParseClass(s string) (Class, bool) {
	switch s {
	case "NONE", "O":
		return None, true
	case "PERSON", "PER":
		return Person, true
	case "ORGANIZATION", "ORG":
		return Organization, true
	case "LOCATION", "LOC":
		return Location, true
	}
	return None, false
}

// Flag says what the extractor knows about one token.
type Flag uint16

// The token flags.
const (
	Initial        Flag = 1 << iota // the token begins a sentence or a quotation
	Gazetteer                       // the token may begin a gazetteer name
	Common                          // the token is an ordinary word (lexicon/common.txt)
	InPerson                        // the token belongs to a PERSON or LEADER already found
	InOrganization                  // the token belongs to an ORGANIZATION already found
	InLocation                      // the token belongs to a LOCATION or COUNTRY already found
)

// Tokens is the typer's view of a tokenized document. Methods are called with 0 ≤ i < Len().
type Tokens interface {
	Len() int
	Text(i int) string  // the token as written
	Lower(i int) string // the token in lowercase
	Flags(i int) Flag
	// Sentence returns the tokens [first, last) of the sentence holding token i.
	Sentence(i int) (first, last int)
}

// Candidate is a span of tokens to type.
type Candidate struct {
	First, Last int // tokens [First, Last), First < Last
	// Rule names the rule that proposed the span ("context-name"); it is a feature, so it
	// must be one of a few fixed words
	Rule string
	// Guess is the rule's own type for the span, None when the rule left it out
	Guess Class
}

// maxFeatures bounds the hashed features of one candidate; the templates below make fewer
// (19 at most: 33 less the known ones of knownFeatures, which are not hashed). Predict
// zeroes this much on the stack for every candidate.
const maxFeatures = 32

// features holds the hashed features of one candidate. It lives on the caller's stack.
type features struct {
	h [maxFeatures]uint64
	n int
	// named, when set (for training), holds each feature's template and values, from which
	// FeatureNames writes the names; with it, no feature is hashed or scored
	named *[maxFeatures]namedFeature
	// k holds the numbers of the known features found (knownFeatures), which are not
	// hashed, and kpos how many hashed features came before each (for FeatureNames)
	k    [maxKnown]uint16
	kpos [maxKnown]uint8
	nk   int
	// cues is the cue table (cues), looked up once by the caller
	cues *cueTable
}

// namedFeature is a feature t=a, or t=a|b when t has two values, as FeatureNames names it.
type namedFeature struct {
	t    template
	a, b string
}

// Each value of a feature (a word, a shape) is hashed once, eight bytes at a time,
// however many features use it; a feature's hash mixes its template's seed with the hashes
// of its one or two values. Parse computes the same from the feature's name,
// "template=value" or "template=a|b", so that scoring builds no strings.
func hashValue[T string | []byte](s T) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for len(s) >= 8 {
		h = mix(h ^ (uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56))
		s = s[8:]
	}
	// the last one to seven bytes in two loads, not a loop of one a byte, whose end the
	// processor would mispredict for words of every length: with the length in h, bytes
	// [0, 4) and [n-4, n) of a tail of n ≥ 4, or its first, middle and last, tell the tails
	// of one length apart
	var x uint64
	switch n := len(s); {
	case n >= 4:
		x = uint64(le32(s)) | uint64(le32(s[n-4:]))<<32
	case n > 0:
		x = uint64(s[0]) | uint64(s[n/2])<<8 | uint64(s[n-1])<<16
	}
	return mix(h ^ x)
}

// le32 reads the first four bytes of s, little-endian, in one load.
func le32[T string | []byte](s T) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// mix scrambles x: a multiplication by an odd constant, then the high half folded into the
// low, both invertible, so that distinct inputs stay distinct and the low bits that index
// the table depend on all of x.
func mix(x uint64) uint64 {
	x *= 0xbf58476d1ce4e5b9
	return x ^ x>>31
}

// value is a feature value and its hash.
type value struct {
	s string
	h uint64
}

func valueOf(s string) value { return value{s, hashValue(s)} }

// featureHash is the hash of feature t=a, or t=a|b when t has two values.
// A value's hash is multiplied by an odd constant first, so that a value whose hash equals
// some template's seed ("w=") gives no hash that another template's feature also gives.
func featureHash(t template, a uint64) uint64 { return mix(seeds[t] ^ a*0x9e3779b97f4a7c15) }
func featureHash2(t template, a, b uint64) uint64 {
	return mix(featureHash(t, a) ^ b*0x9e3779b97f4a7c15)
}

// template names a kind of feature; see extract.
type template uint8

const (
	tB template = iota
	tRg
	tW
	tF
	tL
	tP1
	tP2
	tN1
	tN2
	tP2p1
	tPl
	tLc
	tP1c
	tP2c
	tSh
	tPsh
	tNsh
	tLen
	tSuf
	tIni
	tGz
	tCm
	tPe
	tPe2
	tNe
	tNe2
	numTemplates
)

var templateNames = [numTemplates]string{"b", "rg", "w", "f", "l", "p1", "p2", "n1", "n2", "p2p1", "pl", "lc", "p1c", "p2c", "sh", "psh", "nsh", "len", "suf", "ini", "gz", "cm", "pe", "pe2", "ne", "ne2"}

// twoValues marks the templates whose features have two values, "a|b".
var twoValues = [numTemplates]bool{tRg: true, tP2p1: true, tPl: true, tPe2: true, tNe2: true}

// seeds holds a hash for each template, from its name and "=".
var seeds = func() (s [numTemplates]uint64) {
	for t, name := range templateNames {
		s[t] = hashValue(name + "=")
	}
	return s
}()

// templateOf returns the template named name.
func templateOf(name string) (template, bool) {
	for t, n := range templateNames {
		if n == name {
			return template(t), true
		}
	}
	return 0, false
}

// nameHash returns the hash of the feature named name, as Predict computes it.
func nameHash(name string) (uint64, error) {
	tmpl, v, ok := strings.Cut(name, "=")
	t, known := templateOf(tmpl)
	if !ok || !known {
		return 0, fmt.Errorf("feature %q: unknown template", name)
	}
	if !twoValues[t] {
		return featureHash(t, hashValue(v)), nil
	}
	a, b, ok := strings.Cut(v, "|")
	if !ok {
		return 0, fmt.Errorf("feature %q: want two values a|b", name)
	}
	return featureHash2(t, hashValue(a), hashValue(b)), nil
}

// add records the feature t=v. A feature's name is recorded in place, for training, not
// built; the store of its strings is a call of its own (nameAt), and add is a call, not
// inlined at each of extract's many uses of it: extract's code is the smaller by half, and
// the processor's instruction cache, which holds it beside typeName and the rules for each
// name typed, misses less often than the calls cost.
func (f *features) add(t template, v value) {
	if f.n == maxFeatures {
		return
	}
	if f.named != nil {
		f.nameAt(f.n, namedFeature{t: t, a: v.s})
	}
	f.h[f.n] = featureHash(t, v.h)
	f.n++
}

// nameAt records nf as the name of feature n, for training: a call of its own, so that
// the store of the strings, which prediction never runs, is not compiled into add.
//
//go:noinline
func (f *features) nameAt(n int, nf namedFeature) {
	f.named[n] = nf
}

// add2 records the feature t=a|b.
func (f *features) add2(t template, a, b value) {
	n := f.n
	if n >= maxFeatures {
		return
	}
	if f.named != nil {
		f.named[n] = namedFeature{t, a.s, b.s}
	}
	f.h[n] = featureHash2(t, a.h, b.h)
	f.n = n + 1
}

// addKnown records the feature of a template t of few values, by its value's number i
// (see knownValues): it is not hashed, its number is noted, for Predict to add its weights
// (Model.known).
func (f *features) addKnown(t template, i int) {
	if f.nk == maxKnown {
		return
	}
	f.k[f.nk] = uint16(knownAt[t] + int32(i))
	f.kpos[f.nk] = uint8(f.n)
	f.nk++
}

// addShape records the feature sh= of the shapes of the span's words: for three words or
// fewer, by their number (see shapeIndex), and otherwise hashed as add does.
func (f *features) addShape(sh []byte) {
	if i, ok := shapeIndex(sh); ok {
		f.addKnown(tSh, i)
		return
	}
	if f.n == maxFeatures {
		return
	}
	if f.named != nil {
		f.named[f.n] = namedFeature{t: tSh, a: string(sh)}
	}
	f.h[f.n] = featureHash(tSh, hashValue(sh))
	f.n++
}

// name returns the name of feature nf, "t=a" or "t=a|b", and false for a feature t=a|b
// whose a holds a "|", whose name would be ambiguous.
func (nf namedFeature) name() (string, bool) {
	if !twoValues[nf.t] {
		return templateNames[nf.t] + "=" + nf.a, true
	}
	if strings.Contains(nf.a, "|") {
		return "", false
	}
	return templateNames[nf.t] + "=" + nf.a + "|" + nf.b, true
}

// extract computes the features of candidate c in t. Every feature is a readable
// "template=value" string; the templates are:
//
//	b          bias
//	rg         the proposing rule and its guess ("context-name|PERSON")
//	w          each word of the span, lowercased (the first six)
//	f, l       the first and last word
//	p1, p2     the words before the span (<s> at the sentence start); n1, n2 after it
//	p2p1       the two words before ("dikutip|dari")
//	lc         the class in cues.tsv of the last word: org (City, FC, Studio, Tbk), place
//	           (Selatan), person (bin)
//	p1c, p2c   the class of the word before (before-org: klub, perusahaan; before-place: di;
//	           before-person: kata) and of the one before that (before-org: "dikutip dari")
//	pl         the word before and the last word ("klub|city")
//	sh         the span's shape: one letter a word (X Xxx, A ALLCAPS, x lower, d digits,
//	           m other); psh, nsh: the shape of the word before and after
//	len        words in the span (5 for five or more)
//	suf        the last word's last three letters
//	ini        the span starts a sentence or quotation (with its length)
//	gz         how many words of the span may begin a gazetteer name (0, 1, 2+)
//	cm         how many words of the span are ordinary words
//	pe, ne     the type of an entity right before or after the span (PER, ORG, LOC);
//	           pe2, ne2: one word further, with the word between ("pe2=,|LOC")
//
// Fewer templates (r and g alone, first|last pairs, prefixes, cue classes of inner words)
// scored no better on dev and in cross-validation on train, and cost time.
func extract(f *features, t Tokens, c Candidate) {
	n := t.Len()
	first, last := c.First, c.Last
	if first < 0 || last > n || first >= last {
		return
	}
	lo, hi := t.Sentence(first)
	rule, guess := valueOf(c.Rule), classValue(c.Guess)
	f.addKnown(tB, 0)
	f.add2(tRg, rule, guess)
	size := last - first
	lf := valueOf(t.Lower(first))
	ll := lf // most spans are one word
	if size > 1 {
		ll = valueOf(t.Lower(last - 1))
	}
	for i := first; i < last && i < first+6; i++ {
		switch i {
		case first:
			f.add(tW, lf)
		case last - 1:
			f.add(tW, ll)
		default:
			w := valueOf(t.Lower(i))
			f.add(tW, w)
		}
	}
	f.add(tF, lf)
	f.add(tL, ll)
	p1, p2, n1, n2 := valueBefore, valueBefore, valueAfter, valueAfter
	if first-1 >= lo {
		p1 = valueOf(t.Lower(first - 1))
		if first-2 >= lo {
			p2 = valueOf(t.Lower(first - 2))
		}
	}
	if last < hi {
		n1 = valueOf(t.Lower(last))
		if last+1 < hi {
			n2 = valueOf(t.Lower(last + 1))
		}
	}
	f.add(tP1, p1)
	f.add(tP2, p2)
	f.add(tN1, n1)
	f.add(tN2, n2)
	f.add2(tP2p1, p2, p1)
	if c := f.cues.get(ll.h) & (cueOrg | cuePlace | cuePerson); c != 0 {
		f.addCues(tLc, c)
	}
	if c := f.cues.get(p1.h) & (cueBeforeOrg | cueBeforePlace | cueBeforePerson); c != 0 {
		f.addCues(tP1c, c)
	}
	if c := f.cues.get(p2.h) & cueBeforeOrg; c != 0 {
		f.addCues(tP2c, c)
	}
	f.add2(tPl, p1, ll)
	var sh [8]byte
	k := 0
	for i := first; i < last && k < len(sh); i++ {
		sh[k] = shape(t.Text(i))
		k++
	}
	f.addShape(sh[:k])
	if first-1 >= lo {
		sh[0] = shape(t.Text(first - 1))
	} else {
		sh[0] = '^'
	}
	f.addKnown(tPsh, int(sh[0]))
	if last < hi {
		sh[0] = shape(t.Text(last))
	} else {
		sh[0] = '$'
	}
	f.addKnown(tNsh, int(sh[0]))
	f.addKnown(tLen, min(size, 5))
	f.add(tSuf, valueOf(suffix(ll.s, 3)))
	gz, cm := 0, 0
	ini := first == lo
	for i := first; i < last; i++ {
		fl := t.Flags(i)
		if i == first && fl&Initial != 0 {
			ini = true
		}
		if fl&Gazetteer != 0 {
			gz++
		}
		if fl&Common != 0 {
			cm++
		}
	}
	if ini {
		f.addKnown(tIni, min(size, 5))
	}
	f.addKnown(tGz, min(gz, 2))
	f.addKnown(tCm, min(cm, 2))
	if first-1 >= lo {
		if _, k, ok := entityOf(t.Flags(first - 1)); ok {
			f.addKnown(tPe, k)
		} else if first-2 >= lo {
			if e, _, ok := entityOf(t.Flags(first - 2)); ok {
				f.add2(tPe2, p1, e) // "Aksu , Xinjiang": "pe2=,|LOC"
			}
		}
	}
	if last < hi {
		if _, k, ok := entityOf(t.Flags(last)); ok {
			f.addKnown(tNe, k)
		} else if last+1 < hi {
			if e, _, ok := entityOf(t.Flags(last + 1)); ok {
				f.add2(tNe2, n1, e)
			}
		}
	}
}

var (
	lengths     = [...]value{valueOf("0"), valueOf("1"), valueOf("2"), valueOf("3"), valueOf("4"), valueOf("5")}
	valueEmpty  = valueOf("")
	valueBefore = valueOf("<s>")
	valueAfter  = valueOf("</s>")
	entities    = [...]value{valueOf("PER"), valueOf("ORG"), valueOf("LOC")}
	classValues = [numClasses]value{valueOf(None.String()), valueOf(Person.String()),
		valueOf(Organization.String()), valueOf(Location.String())}
)

// classValue is the value of class k's name, hashed once for the four classes.
func classValue(k Class) value {
	if k < numClasses {
		return classValues[k]
	}
	return valueOf(k.String())
}

// entityOf names the type of entity a token belongs to, with its index in entities.
func entityOf(fl Flag) (value, int, bool) {
	switch {
	case fl&InPerson != 0:
		return entities[0], 0, true
	case fl&InOrganization != 0:
		return entities[1], 1, true
	case fl&InLocation != 0:
		return entities[2], 2, true
	}
	return value{}, 0, false
}

// shape sums up how a word is written: X (Capitalised), A (ALL CAPS), x (lower), d (digits),
// m (anything else: iPhone, Hwasong-20, punctuation).
func shape(w string) byte {
	if w == "" {
		return 'm'
	}
	// most words are ASCII: note the classes of their bytes, and leave a word with other
	// bytes to shapeRunes once all are read, which spares a test a byte
	var seen charClass
	upper := 0
	for i := 0; i < len(w); i++ {
		c := byteClass[w[i]]
		seen |= c
		upper += int(c & isUpper)
	}
	if seen&notASCII != 0 {
		return shapeRunes(w)
	}
	return shapeOf(seen, upper, 'A' <= w[0] && w[0] <= 'Z')
}

// charClass is a set of the kinds of characters that shape tells apart.
type charClass uint8

const (
	isUpper charClass = 1 << iota // an upper case letter (1, so that it counts as one)
	isLower
	isDigit // an ASCII digit
	isOther
	notASCII // a byte of a character other than ASCII (shape only)
)

// byteClass holds the class of each ASCII character, and notASCII for the other bytes.
var byteClass = func() (t [256]charClass) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = notASCII
		case 'A' <= c && c <= 'Z':
			t[c] = isUpper
		case 'a' <= c && c <= 'z':
			t[c] = isLower
		case '0' <= c && c <= '9':
			t[c] = isDigit
		default:
			t[c] = isOther
		}
	}
	return t
}()

// shapeRunes is shape for a word with other than ASCII characters.
func shapeRunes(w string) byte {
	var seen charClass
	upper := 0
	for _, r := range w {
		switch {
		case 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			seen |= isUpper
			upper++
		case 'a' <= r && r <= 'z', r >= utf8.RuneSelf && unicode.IsLetter(r):
			seen |= isLower
		case '0' <= r && r <= '9':
			seen |= isDigit
		default:
			seen |= isOther
		}
	}
	r0, _ := utf8.DecodeRuneInString(w)
	return shapeOf(seen, upper, 'A' <= r0 && r0 <= 'Z' || r0 >= utf8.RuneSelf && unicode.IsUpper(r0))
}

// shapeOf is the shape of a non-empty word with the classes of characters seen, so many
// upper case letters, and a capital first when capital is set.
func shapeOf(seen charClass, upper int, capital bool) byte {
	switch {
	case seen == isDigit:
		return 'd'
	case seen&isOther != 0 && !capital:
		return 'm'
	case upper == 0 && seen&isLower != 0 && seen&isDigit == 0:
		return 'x'
	case upper >= 2 && seen&(isLower|isDigit) == 0:
		return 'A'
	case capital && seen&isDigit == 0 && (upper == 1 || seen&isOther != 0):
		return 'X'
	}
	return 'm'
}

// suffix returns the last n bytes of w, moved forward to a rune boundary.
func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	k := len(w) - n
	for k < len(w) && !utf8.RuneStart(w[k]) {
		k++
	}
	return w[k:]
}

// FeatureNames returns the names of the features of candidate c in t, as they appear in
// the weights table. The trainer uses it; it allocates.
func FeatureNames(t Tokens, c Candidate) []string {
	var named [maxFeatures]namedFeature
	f := features{named: &named, cues: cues()}
	extract(&f, t, c)
	// the known features are named in their places among the others
	var names []string
	j := 0
	for i := 0; i <= f.n; i++ {
		for ; j < f.nk && int(f.kpos[j]) == i; j++ {
			kf := knownFeatures[f.k[j]]
			names = append(names, templateNames[kf.t]+"="+kf.v.s)
		}
		if i < f.n {
			if name, ok := named[i].name(); ok {
				names = append(names, name)
			}
		}
	}
	return names
}
