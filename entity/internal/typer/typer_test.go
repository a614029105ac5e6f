package typer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// words is a Tokens over one sentence of space-separated words.
type words []string

func (w words) Len() int                { return len(w) }
func (w words) Text(i int) string       { return w[i] }
func (w words) Lower(i int) string      { return strings.ToLower(w[i]) }
func (w words) Sentence(int) (int, int) { return 0, len(w) }
func (w words) Flags(i int) Flag {
	if i == 0 {
		return Initial
	}
	if w[i] == "Jakarta" {
		return Gazetteer | InLocation
	}
	return 0
}

// lowered is a Tokens that allocates nothing, for measuring Predict.
type lowered struct{ text, lower []string }

func (w *lowered) Len() int                { return len(w.text) }
func (w *lowered) Text(i int) string       { return w.text[i] }
func (w *lowered) Lower(i int) string      { return w.lower[i] }
func (w *lowered) Sentence(int) (int, int) { return 0, len(w.text) }
func (w *lowered) Flags(i int) Flag        { return words(w.text).Flags(i) }

func TestFeatureNames(t *testing.T) {
	s := words(strings.Fields("Film itu dirilis Pixar Animation Studio di Jakarta"))
	got := FeatureNames(s, Candidate{First: 3, Last: 6, Rule: "context-name", Guess: Person})
	for _, want := range []string{"b=", "rg=context-name|PERSON",
		"w=pixar", "w=animation", "w=studio", "f=pixar", "l=studio", "lc=org",
		"p1=dirilis", "p2=itu", "n1=di", "n2=jakarta", "p2p1=itu|dirilis", "pl=dirilis|studio",
		"sh=XXX", "psh=x", "nsh=x", "len=3", "suf=dio", "gz=0", "cm=0", "ne2=di|LOC"} {
		if !slices.Contains(got, want) {
			t.Errorf("no feature %q in %q", want, got)
		}
	}
	if slices.Contains(got, "ini=3") {
		t.Errorf("ini for a span inside the sentence: %q", got)
	}
	got = FeatureNames(s, Candidate{First: 0, Last: 1, Rule: "none"})
	for _, want := range []string{"p1=<s>", "p2=<s>", "psh=^", "ini=1", "rg=none|NONE"} {
		if !slices.Contains(got, want) {
			t.Errorf("no feature %q in %q", want, got)
		}
	}
}

func TestShapeAndAffixes(t *testing.T) {
	for w, want := range map[string]byte{"Disney": 'X', "PT": 'A', "dari": 'x', "2019": 'd', "iPhone": 'm',
		"Hwasong-20": 'm', "Soo-suk": 'X', "Jin-Woo": 'X', "Éric": 'X', "ÉTÉ": 'A', "": 'm', "-": 'm',
		"R&D": 'A', "O'Neil": 'X', "e-KTP": 'm', "KM-2": 'm', "DKI": 'A', "G20": 'm', "3,5": 'm', "(": 'm'} {
		if got := shape(w); got != want {
			t.Errorf("shape(%q) = %c, want %c", w, got, want)
		}
		if got := shapeRunes(w); w != "" && got != want { // the ASCII path agrees with it
			t.Errorf("shapeRunes(%q) = %c, want %c", w, got, want)
		}
	}
	// the ASCII path agrees with shapeRunes on words of many lengths and kinds of bytes
	r := rand.New(rand.NewPCG(1, 2))
	palettes := []string{"Aa", "AZ", "az", "09", "AMz", "AZ09", "az-", "AZaz09@[`{/:-'\x00\x7f"}
	for range 200000 {
		chars := palettes[r.IntN(len(palettes))]
		b := make([]byte, r.IntN(20)+1)
		for i := range b {
			b[i] = chars[r.IntN(len(chars))]
		}
		if w := string(b); shape(w) != shapeRunes(w) {
			t.Fatalf("shape(%q) = %c, shapeRunes %c", w, shape(w), shapeRunes(w))
		}
	}
	if got := suffix("kafé", 3); got != "fé" { // "é" is two bytes: cut at a rune boundary
		t.Errorf("suffix = %q", got)
	}
}

// toy makes examples where the last word decides the class.
func toy() []Example {
	var ex []Example
	s := words(strings.Fields("kata Budi Santoso dan Leicester City di Kota Medan dan Rapat Besar"))
	for range 3 {
		for _, c := range []struct {
			first, last int
			label       Class
		}{{1, 3, Person}, {4, 6, Organization}, {7, 9, Location}, {10, 12, None}} {
			ex = append(ex, Example{FeatureNames(s, Candidate{First: c.first, Last: c.last, Rule: "context-name", Guess: Person}), c.label, 1})
		}
	}
	return ex
}

func TestTrainAndPredict(t *testing.T) {
	table := Train(toy(), DefaultTrainConfig)
	if table != Train(toy(), DefaultTrainConfig) {
		t.Fatal("training is not deterministic")
	}
	m, err := Parse(table)
	if err != nil {
		t.Fatal(err)
	}
	s := words(strings.Fields("kata Budi Santoso dan Leicester City di Kota Medan dan Rapat Besar"))
	for _, c := range []struct {
		first, last int
		want        Class
	}{{1, 3, Person}, {4, 6, Organization}, {7, 9, Location}, {10, 12, None}} {
		p := m.Predict(s, Candidate{First: c.first, Last: c.last, Rule: "context-name", Guess: Person})
		if p.Class != c.want || p.Margin <= 0 {
			t.Errorf("%v: got %v margin %d, want %v", s[c.first:c.last], p.Class, p.Margin, c.want)
		}
	}
	// a word only the training data's organizations ended with types a new span
	p := m.Predict(words(strings.Fields("pemain Manchester City itu")), Candidate{First: 1, Last: 3, Rule: "context-name", Guess: Person})
	if p.Class != Organization {
		t.Errorf("Manchester City: got %v (%v)", p.Class, p.Scores)
	}
	low := &lowered{s, strings.Fields(strings.ToLower(strings.Join(s, " ")))}
	if n := testing.AllocsPerRun(100, func() {
		m.Predict(low, Candidate{First: 4, Last: 6, Rule: "context-name", Guess: Person})
	}); n != 0 {
		t.Errorf("Predict allocates %v times", n)
	}
}

func TestPredictBadCandidate(t *testing.T) {
	m, err := Parse("b=\t1 0 0 0\n")
	if err != nil {
		t.Fatal(err)
	}
	s := words{"A", "B"}
	for _, c := range []Candidate{{First: -1, Last: 1}, {First: 1, Last: 1}, {First: 0, Last: 3}, {First: 2, Last: 1}} {
		if p := m.Predict(s, c); p.Class != None || p.Margin != 0 {
			t.Errorf("%+v: got %+v", c, p)
		}
	}
	if p := m.Predict(s, Candidate{First: 0, Last: 2}); p.Class != None || p.Margin != 1 {
		t.Errorf("bias only: got %+v", p)
	}
}

func TestParseErrors(t *testing.T) {
	for _, table := range []string{"", "# only a comment\n", "b=\t1 2 3\n", "b=\t1 2 3 x\n", "\t1 2 3 4\n",
		"b= 1 2 3 4\n", "b=\t1 2 3 4\nb=\t1 2 3 4\n", "zz=a\t1 2 3 4\n", "fl=a\t1 2 3 4\n"} {
		if _, err := Parse(table); err == nil {
			t.Errorf("Parse(%q): no error", table)
		}
	}
}

func TestParseClass(t *testing.T) {
	for _, c := range []Class{None, Person, Organization, Location} {
		if got, ok := ParseClass(c.String()); !ok || got != c {
			t.Errorf("ParseClass(%q) = %v, %v", c.String(), got, ok)
		}
	}
	if _, ok := ParseClass("MISC"); ok {
		t.Error("ParseClass(MISC) ok")
	}
	if s := Class(9).String(); s != "Class(9)" {
		t.Errorf("Class(9) = %q", s)
	}
}

func TestCuesFile(t *testing.T) {
	m, err := parseCues(cuesFile)
	if err != nil {
		t.Fatal(err)
	}
	if m["city"] != cueOrg || m["media"] != cueOrg|cueBeforeOrg || m["kata"] != cueBeforePerson {
		t.Errorf("city %b, media %b, kata %b", m["city"], m["media"], m["kata"])
	}
	for _, bad := range []string{"City\torg\n", "city\tteam\n", "city\n", "city\torg\ncity\torg\n", " city\torg\n"} {
		if _, err := parseCues(bad); err == nil {
			t.Errorf("parseCues(%q): no error", bad)
		}
	}
}

func TestPredictionName(t *testing.T) {
	p := Prediction{Class: None, Scores: [numClasses]int32{50, -10, 20, 5}}
	if c, lead := p.Name(); c != Organization || lead != -30 {
		t.Errorf("Name() = %v, %d; want ORGANIZATION, -30", c, lead)
	}
}

// TestNoHashCollisions checks that the features of the generated table all hash apart, as
// Parse requires, and so do names whose value is a template's name ("suf=suf", "l=l").
func TestNoHashCollisions(t *testing.T) {
	if _, err := Parse(weightsTable); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for k, name := range templateNames {
		v, empty := name, ""
		if twoValues[k] {
			v, empty = name+"|"+name, "|"
		}
		b.WriteString(name + "=" + v + "\t1 0 0 0\n" + name + "=" + empty + "\t0 1 0 0\n")
	}
	if _, err := Parse(b.String()); err != nil {
		t.Error(err)
	}
}

// BenchmarkParse measures what the first use of Default costs.
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(weightsTable)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(weightsTable); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPredict measures one candidate, "Leicester City" in a short sentence.
func BenchmarkPredict(b *testing.B) {
	s := words(strings.Fields("Klub sepak bola Leicester City menang 2-1 atas tuan rumah"))
	low := &lowered{s, strings.Fields(strings.ToLower(strings.Join(s, " ")))}
	m := Default()
	c := Candidate{First: 3, Last: 5, Rule: "context-name", Guess: Person}
	b.ReportAllocs()
	for b.Loop() {
		m.Predict(low, c)
	}
}

// TestKnownWeights checks that Predict, which adds the weights of the features of few
// values by their numbers (knownFeatures), scores every span of a few sentences as the
// lookup of each hashed feature does, and that the shapes' numbers are those of their
// values.
func TestKnownWeights(t *testing.T) {
	m := Default()
	for _, text := range []string{
		"Film itu dirilis Pixar Animation Studio di Jakarta",
		"kata pelatih klub Manchester City FC , John Williams , kepada PT Garuda Indonesia Tbk di Jakarta",
		"Presiden Joko Widodo bertemu CEO Apple Tim Cook dan iPhone 2019 di Hwasong-20 O'Neil R&D KM-2 3,5 ( Éric ÉTÉ )",
		"DKI JAKARTA — Gubernur DKI Anies Baswedan menurut Kepala Dinas Jakarta Selatan",
	} {
		s := words(strings.Fields(text))
		for first := range len(s) {
			for last := first + 1; last <= min(len(s), first+9); last++ {
				for _, rule := range []string{"context-name", "lone-word", "place-name"} {
					c := Candidate{First: first, Last: last, Rule: rule, Guess: Class(last % int(numClasses))}
					f := features{cues: cues()}
					extract(&f, s, c)
					var want [numClasses]int32
					hs := f.h[:f.n]
					for _, k := range f.k[:f.nk] {
						kf := knownFeatures[k]
						hs = append(hs, featureHash(kf.t, kf.v.h))
					}
					for _, h := range hs {
						w := m.weights(h)
						for k := range want {
							want[k] += w[k]
						}
					}
					if got := m.Predict(s, c).Scores; got != want {
						t.Errorf("%q [%d, %d) %s: scores %v, want %v", text, first, last, rule, got, want)
					}
				}
			}
		}
	}
	for i, v := range knownValues(tSh) {
		if k, ok := shapeIndex([]byte(v.s)); !ok || k != i {
			t.Errorf("shapeIndex(%q) = %d, %v; want %d", v.s, k, ok, i)
		}
	}
	for _, sh := range []string{"", "XXXX", "X^", "?"} {
		if k, ok := shapeIndex([]byte(sh)); ok {
			t.Errorf("shapeIndex(%q) = %d, want none", sh, k)
		}
	}
}
