package tokenize

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tok is a compact expected token: text, start, kind.
type tok struct {
	Text  string
	Start int
	Kind  Kind
}

func toks(d *Document) []tok {
	out := make([]tok, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = tok{t.Text(d.Text), int(t.Start), t.Kind}
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"thousands and decimals", "1.000 orang, 1.000.000 dan 2,5 persen",
			[]tok{{"1.000", 0, Number}, {"orang", 6, Word}, {",", 11, Punct}, {"1.000.000", 13, Number}, {"dan", 23, Word}, {"2,5", 27, Number}, {"persen", 31, Word}}},
		{"rupiah", "Rp1.000 dan Rp 4,5 miliar", []tok{{"Rp1.000", 0, Number}, {"dan", 8, Word}, {"Rp", 12, Word}, {"4,5", 15, Number}, {"miliar", 19, Word}}},
		{"time", "pukul 10.30 WIB", []tok{{"pukul", 0, Word}, {"10.30", 6, Number}, {"WIB", 12, Word}}},
		{"dates", "Selasa (19/11/2025) dan 13/10/2023", []tok{{"Selasa", 0, Word}, {"(", 7, Punct}, {"19/11/2025", 8, Number}, {")", 18, Punct}, {"dan", 20, Word}, {"13/10/2023", 24, Number}}},
		{"hyphen date and range", "17-8-1945 dan 30-35", []tok{{"17-8-1945", 0, Number}, {"dan", 10, Word}, {"30", 14, Number}, {"-", 16, Punct}, {"35", 17, Number}}},
		{"percent", "naik 19,5% tahun", []tok{{"naik", 0, Word}, {"19,5%", 5, Number}, {"tahun", 11, Word}}},
		{"a specialist's title and a degree without its last period", "dr. Rina, Sp.M(K), M.Kes, hadir",
			[]tok{{"dr.", 0, Word}, {"Rina", 4, Word}, {",", 8, Punct}, {"Sp.M(K)", 10, Word}, {",", 17, Punct}, {"M.Kes", 19, Word}, {",", 24, Punct}, {"hadir", 26, Word}}},
		{"titles keep period", "Dr. H. Ahmad, S.H., M.Si. di Jl. Merdeka No. 5",
			[]tok{{"Dr.", 0, Word}, {"H.", 4, Word}, {"Ahmad", 7, Word}, {",", 12, Punct}, {"S.H.", 14, Word}, {",", 18, Punct}, {"M.Si.", 20, Word}, {"di", 26, Word}, {"Jl.", 29, Word}, {"Merdeka", 33, Word}, {"No.", 41, Word}, {"5", 45, Number}}},
		{"purn and tbk", "Jenderal (Purn.) Budi, PT Astra Tbk. melapor", []tok{{"Jenderal", 0, Word}, {"(", 9, Punct}, {"Purn.", 10, Word}, {")", 15, Punct}, {"Budi", 17, Word}, {",", 21, Punct}, {"PT", 23, Word}, {"Astra", 26, Word}, {"Tbk.", 32, Word}, {"melapor", 37, Word}}},
		{"abbrev a.n. dll.", "a.n. Budi, dll.", []tok{{"a.n.", 0, Word}, {"Budi", 5, Word}, {",", 9, Punct}, {"dll.", 11, Word}}},
		{"a chain of capitals without its last period", "Rapper T.O.P dirawat, U.S.A, (B.A.P) dan A.B ada",
			[]tok{{"Rapper", 0, Word}, {"T.O.P", 7, Word}, {"dirawat", 13, Word}, {",", 20, Punct}, {"U.S.A", 22, Word}, {",", 27, Punct}, {"(", 29, Punct}, {"B.A.P", 30, Word}, {")", 35, Punct}, {"dan", 37, Word}, {"A.", 41, Word}, {"B", 43, Word}, {"ada", 45, Word}}},
		{"initial", "A. Rahman", []tok{{"A.", 0, Word}, {"Rahman", 3, Word}}},
		{"hyphenated", "Kim Jong-un, negara-negara, Covid-19, ke-13, e-KTP",
			[]tok{{"Kim", 0, Word}, {"Jong-un", 4, Word}, {",", 11, Punct}, {"negara-negara", 13, Word}, {",", 26, Punct}, {"Covid-19", 28, Word}, {",", 36, Punct}, {"ke-13", 38, Word}, {",", 43, Punct}, {"e-KTP", 45, Word}}},
		{"curly quotes multibyte", "“Ya,” kata Lim.", []tok{{"“", 0, OpenQuote}, {"Ya", 3, Word}, {",", 5, Punct}, {"”", 6, CloseQuote}, {"kata", 10, Word}, {"Lim", 15, Word}, {".", 18, Punct}}},
		{"right mark opens", "”Kami siap,” ujarnya.", []tok{{"”", 0, OpenQuote}, {"Kami", 3, Word}, {"siap", 8, Word}, {",", 12, Punct}, {"”", 13, CloseQuote}, {"ujarnya", 17, Word}, {".", 24, Punct}}},
		{"straight quotes", `kata dia, "Baik." Lalu`, []tok{{"kata", 0, Word}, {"dia", 5, Word}, {",", 8, Punct}, {`"`, 10, OpenQuote}, {"Baik", 11, Word}, {".", 15, Punct}, {`"`, 16, CloseQuote}, {"Lalu", 18, Word}}},
		{"apostrophe in name", "Ma'ruf Amin dan Qur’an", []tok{{"Ma'ruf", 0, Word}, {"Amin", 7, Word}, {"dan", 12, Word}, {"Qur’an", 16, Word}}},
		{"url email tags", "lihat https://kompas.com/a?b=1, redaksi@kompas.id #MelajuJauh @jokowi kompas.com.",
			[]tok{{"lihat", 0, Word}, {"https://kompas.com/a?b=1", 6, URL}, {",", 30, Punct}, {"redaksi@kompas.id", 32, Email}, {"#MelajuJauh", 50, Hashtag}, {"@jokowi", 62, Mention}, {"kompas.com", 70, URL}, {".", 80, Punct}}},
		{"ellipsis dashes stars", "tunggu... lalu… – ya — ***", []tok{{"tunggu", 0, Word}, {"...", 6, Punct}, {"lalu", 10, Word}, {"…", 14, Punct}, {"–", 18, Punct}, {"ya", 22, Word}, {"—", 25, Punct}, {"***", 29, Symbol}}},
		{"dateline glued to a domain", "Merdeka.com-Pemain baru", []tok{{"Merdeka.com", 0, URL}, {"-", 11, Punct}, {"Pemain", 12, Word}, {"baru", 19, Word}}},
		{"dateline glued to a domain before an acronym", "Kabarku.com-KPK memeriksa", []tok{{"Kabarku.com", 0, URL}, {"-", 11, Punct}, {"KPK", 12, Word}, {"memeriksa", 16, Word}}},
		{"dateline glued, place in capitals", "JUARA.NET, KUALA LUMPUR-Tim putra", []tok{{"JUARA.NET", 0, URL}, {",", 9, Punct}, {"KUALA", 11, Word}, {"LUMPUR", 17, Word}, {"-", 23, Punct}, {"Tim", 24, Word}, {"putra", 28, Word}}},
		{"dateline glued, outlet named news", "Rimanews-Indonesia menempati", []tok{{"Rimanews", 0, Word}, {"-", 8, Punct}, {"Indonesia", 9, Word}, {"menempati", 19, Word}}},
		{"hyphenated names stay whole", "PDI-Perjuangan dan Kevin-Prince, kata INGGRIS-Arsenal", []tok{{"PDI-Perjuangan", 0, Word}, {"dan", 15, Word}, {"Kevin-Prince", 19, Word}, {",", 31, Punct}, {"kata", 33, Word}, {"INGGRIS-Arsenal", 38, Word}}},
		{"invalid utf8", "a\xffb", []tok{{"a", 0, Word}, {"\xff", 1, Symbol}, {"b", 2, Word}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, toks(Tokenize(tt.in)))
		})
	}
}

func TestClitics(t *testing.T) {
	tests := []struct {
		word, stem string
		prefix     uint8
	}{
		{"Rusianya", "Rusia", 0},
		{"katanya", "kata", 0},
		{"rumah-rumahnya", "rumah-rumah", 0},
		{"Tuhan-Nya", "Tuhan", 0},
		{"dialah", "dia", 0},
		{"apakah", "apa", 0},
		{"merekapun", "mereka", 0},
		{"mobilku", "mobil", 0},
		{"rumahmu", "rumah", 0},
		{"kuambil", "kuambil", 2},
		{"kaulihat", "kaulihat", 3},
		{"Rusia", "Rusia", 0},
		{"buku", "buku", 0},
	}
	for _, tt := range tests {
		d := Tokenize(tt.word)
		require.Len(t, d.Tokens, 1, tt.word)
		assert.Equal(t, tt.stem, d.Tokens[0].Stem(d.Text), tt.word)
		assert.Equal(t, tt.prefix, d.Tokens[0].Prefix, tt.word)
	}
}

func sentTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "Ini satu. Ini dua! Tiga?", []string{"Ini satu.", "Ini dua!", "Tiga?"}},
		{"abbreviations never end", "Dr. Budi tiba di Jl. Merdeka No. 5 pukul 10.30 WIB. Ia senang.", []string{"Dr. Budi tiba di Jl. Merdeka No. 5 pukul 10.30 WIB.", "Ia senang."}},
		{"a shortened first name never ends", "Hakim Moh. Ramli dan Abd. Rahman hadir. Ia senang.", []string{"Hakim Moh. Ramli dan Abd. Rahman hadir.", "Ia senang."}},
		{"final abbreviation ends before a new sentence", "Ia membeli buah, sayur, dll. Kemudian pulang.", []string{"Ia membeli buah, sayur, dll.", "Kemudian pulang."}},
		{"chains written before a name, in any case", "Surat A.n. Budi dan S.d. Selasa. U.S. Kemudian pulang.", []string{"Surat A.n. Budi dan S.d. Selasa.", "U.S.", "Kemudian pulang."}},
		{"final abbreviation inside", "PT Bank Central Asia Tbk. melaporkan laba.", []string{"PT Bank Central Asia Tbk. melaporkan laba."}},
		{"quote closes its sentence", "“Kami siap.” Kata itu diulang.", []string{"“Kami siap.”", "Kata itu diulang."}},
		{"attribution after quote", "“Kami siap,” kata Lim. Lalu ia pergi.", []string{"“Kami siap,” kata Lim.", "Lalu ia pergi."}},
		{"exclamation then attribution", "“Hebat!” kata dia.", []string{"“Hebat!” kata dia."}},
		{"line break ends", "Tanpa titik\nBaris baru.", []string{"Tanpa titik", "Baris baru."}},
		{"dateline", "JAKARTA – Presiden tiba. Ia tersenyum.", []string{"JAKARTA –", "Presiden tiba.", "Ia tersenyum."}},
		{"dateline with outlet", "SEOUL, KumpalanNEWS – Korea Selatan mengecam.", []string{"SEOUL, KumpalanNEWS –", "Korea Selatan mengecam."}},
		{"mid-sentence dash is not a dateline", "Ia datang – katanya – kemarin.", []string{"Ia datang – katanya – kemarin."}},
		{"ellipsis pause", "Ia ragu... lalu pergi. Selesai… Besok lagi.", []string{"Ia ragu... lalu pergi.", "Selesai…", "Besok lagi."}},
		{"initials", "Menurut A. Rahman, harga naik.", []string{"Menurut A. Rahman, harga naik."}},
		{"period just before a bracket closes", "Bandara (SSK. II) dibuka. Honje (E. hemisphaerica (Bl.) RM Smith) pedas.", []string{"Bandara (SSK. II) dibuka.", "Honje (E. hemisphaerica (Bl.) RM Smith) pedas."}},
		{"sentence closed inside brackets", "Harga naik. (Foto: Antara.) Lalu turun.", []string{"Harga naik.", "(Foto: Antara.)", "Lalu turun."}},
		{"bracket closing far away", "Ia pergi (lalu. Ia pulang ke rumah lagi) esok.", []string{"Ia pergi (lalu.", "Ia pulang ke rumah lagi) esok."}},
		{"stray closing bracket", "1) Satu. 2) Dua.", []string{"1) Satu.", "2) Dua."}},
		{"case titles", "Ia menemui Tb. Hasanuddin, Ph. D. di Serang. Kapasitasnya 2 TB. Kedua, murah.", []string{"Ia menemui Tb. Hasanuddin, Ph. D. di Serang.", "Kapasitasnya 2 TB.", "Kedua, murah."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentTexts(Tokenize(tt.in)))
		})
	}
}

func TestSentenceOffsets(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Sentence
	}{
		// “ and ” are 3 bytes each
		{"quote", "“Ya.” Lalu.", []Sentence{{Start: 0, End: 9, First: 0, Last: 4}, {Start: 10, End: 15, First: 4, Last: 6}}},
		// Bandara ( SSK . II ) dibuka . | Lalu .
		{"bracket closes after the period", "Bandara (SSK. II) dibuka. Lalu.", []Sentence{{Start: 0, End: 25, First: 0, Last: 8}, {Start: 26, End: 31, First: 8, Last: 10}}},
		// Honje ( E. hemisphaerica ( Bl . ) RM Smith ) pedas .
		{"nested brackets", "Honje (E. hemisphaerica (Bl.) RM Smith) pedas.", []Sentence{{Start: 0, End: 46, First: 0, Last: 13}}},
		// Ya . | ( Foto : Antara . ) | Lalu .
		{"whole sentence in brackets", "Ya. (Foto: Antara.) Lalu.", []Sentence{{Start: 0, End: 3, First: 0, Last: 2}, {Start: 4, End: 19, First: 2, Last: 8}, {Start: 20, End: 25, First: 8, Last: 10}}},
		// oleh Tb . Atet . | Lalu .
		{"case title", "oleh Tb. Atet. Lalu.", []Sentence{{Start: 0, End: 14, First: 0, Last: 5}, {Start: 15, End: 20, First: 5, Last: 7}}},
		// 2 TB . | Kedua .
		{"acronym in capitals ends", "2 TB. Kedua.", []Sentence{{Start: 0, End: 5, First: 0, Last: 3}, {Start: 6, End: 12, First: 3, Last: 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Tokenize(tt.in).Sentences)
		})
	}
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "open_quote", OpenQuote.String())
	assert.Equal(t, "invalid", Kind(0).String())
	assert.Equal(t, "invalid", Kind(200).String())
}

// checkInvariants verifies the tokenizer's contract on any input.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	d := Tokenize(text)
	covered := make([]bool, len(text))
	prevEnd := int32(0)
	for i, tk := range d.Tokens {
		if tk.Start < prevEnd || tk.End <= tk.Start || int(tk.End) > len(text) {
			t.Fatalf("token %d %q at [%d,%d) out of order or range (prev end %d)", i, tk.Text(text), tk.Start, tk.End, prevEnd)
		}
		if d.TokenText(i) != tk.Text(text) {
			t.Fatalf("token %d: TokenText %q != Text %q", i, d.TokenText(i), tk.Text(text))
		}
		if int(tk.Suffix) >= len(tk.Text(text)) {
			t.Fatalf("token %q suffix %d too long", tk.Text(text), tk.Suffix)
		}
		for k := tk.Start; k < tk.End; k++ {
			covered[k] = true
		}
		prevEnd = tk.End
	}
	for k := 0; k < len(text); {
		r, w := utf8.DecodeRuneInString(text[k:])
		if r == utf8.RuneError && w == 1 || !IsSpace(r) {
			for m := k; m < k+w; m++ {
				if !covered[m] {
					t.Fatalf("byte %d (%q) not covered by a token", m, text[k:k+w])
				}
			}
		}
		k += w
	}
	next, prev := 0, 0
	for i, s := range d.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d tokens [%d,%d) do not follow %d", i, s.First, s.Last, next)
		}
		if s.Start < prev || s.Start != int(d.Tokens[s.First].Start) || s.End != int(d.Tokens[s.Last-1].End) {
			t.Fatalf("sentence %d span [%d,%d) inconsistent", i, s.Start, s.End)
		}
		next, prev = s.Last, s.End
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	// a line break always ends a sentence (the entity package's titleCaseLines walks a
	// line sentence by sentence)
	for _, s := range d.Sentences {
		for i := s.First + 1; i < s.Last; i++ {
			if d.Tokens[i].AfterLineBreak() {
				t.Fatalf("token %d %q after a line break inside sentence [%d,%d)", i, d.TokenText(i), s.First, s.Last)
			}
		}
	}
	// the scanner notes every token at which a sentence may end: splitting at every token
	// gives the same sentences, over the tokens as the scanner left them (in a text with no
	// line break, markQuoteParagraphs then marks quotes' paragraphs on the sentences' first
	// tokens, which would make a paragraph's start, and its dash a dateline's, of the
	// sentence after one)
	toks := d.Tokens
	if d.Flat {
		toks = slices.Clone(toks)
		for i := range toks {
			toks[i].lineBreak = false
		}
	}
	if all := splitSentences(text, toks, nil, nil); !slices.Equal(all, d.Sentences) {
		t.Fatalf("sentences from the noted tokens %v != from all tokens %v", d.Sentences, all)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "“Ya,” kata Lim.", "Rp1.000,5% 13/10/2023 a.n. S.H.", "JAKARTA – x", "\xff\xfe“”\"'", "...…!!?", "www.x.com/a) b@c.id #x @y", "1-2-3-4", "''``"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s)
	})
}

func TestInvariantsOnArticle(t *testing.T) {
	checkInvariants(t, strings.Repeat(sampleArticle, 3))
	// more places where a sentence may end than the scanner keeps
	checkInvariants(t, strings.Repeat(sampleArticle, 30))
}

// The quick tests before the lookups of abbreviations and top-level domains assume their
// shape.
func TestLookupTables(t *testing.T) {
	for w, class := range abbrevs {
		require.True(t, len(w) <= 8 && w == strings.ToLower(w) && w[0] >= 'a' && w[0] <= 'z', w)
		require.Equal(t, class, abbrevClass(strings.ToUpper(w)), w)
		require.Equal(t, class, abbrevClass(w), w)
		require.True(t, len(abbrevs) <= len(abbrevTab)/2, "abbrevTab is more than half full")
	}
	for _, w := range []string{"dra\x00", "d", "drx", "Dré", "jan1", "prov.", "jalan"} {
		require.Equal(t, notAbbrev, abbrevClass(w), w)
	}
	for d := range tlds {
		require.True(t, len(d) <= 4 && d == strings.ToLower(d) && d[0] >= 'a' && d[0] <= 'z', d)
		require.True(t, isTLD(strings.ToUpper(d)), d)
	}
}

// alnumRun works on eight bytes at a time; it must agree with a byte loop wherever the run
// ends.
func TestAlnumRun(t *testing.T) {
	const alphabet = "aZk09 .-\xc3\xa9"
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
			if rng.IntN(4) > 0 {
				b[k] = "abcXYZ123"[rng.IntN(9)] // long runs
			}
		}
		s := string(b)
		n, letter := 0, false
		for ; n < len(s); n++ {
			c := s[n]
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				letter = true
			} else if c < '0' || c > '9' {
				break
			}
		}
		gotN, gotLetter := alnumRun(s)
		require.Equal(t, n, gotN, "%q", s)
		require.Equal(t, letter, gotLetter, "%q", s)
	}
}

// word reads words from a window of 64 classified bytes (see classify) and leaves words of
// sixteen bytes or more to wordGeneral: words of any length, across the window's end, near
// the end of the text or not, and as long as the window or longer, must come out whole.
func TestWordLengths(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var text strings.Builder
		var want []tok
		for range rng.IntN(5) + 1 {
			b := make([]byte, rng.IntN(40)+1)
			if rng.IntN(8) == 0 {
				b = make([]byte, rng.IntN(100)+40)
			}
			kind := Number
			for k := range b {
				b[k] = "abcXYZ0123456789"[rng.IntN(16)]
				if b[k] > '9' {
					kind = Word
				}
			}
			want = append(want, tok{string(b), text.Len(), kind})
			text.Write(b)
			if rng.IntN(3) == 0 {
				want = append(want, tok{",", text.Len(), Punct})
				text.WriteString(",")
			}
			text.WriteString(" ")
		}
		s := strings.TrimSuffix(text.String(), " ")
		require.Equal(t, want, toks(Tokenize(s)), "%q", s)
	}
}

// TestDatelineSentence checks that a dateline split off at a paragraph's start is marked,
// and that no other sentence is.
func TestDatelineSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []bool
	}{
		{"JAKARTA – Presiden tiba. Ia tersenyum.", []bool{true, false, false}},
		{"SEOUL, KumpalanNEWS – Korea Selatan mengecam.", []bool{true, false}},
		{"Presiden tiba – lalu pergi. Ia tersenyum.", []bool{false, false}},
		{"Merdeka.com-Pemain baru tiba. Ia tersenyum.", []bool{true, false, false}},
		{"TERMAS DE RIO HONDO, JUARA.net-Pebalap tiba.", []bool{true, false}},
		{"Omen 880-015d tiba. Ia tersenyum.", []bool{false, false}},
		{"Cal Crutchlow (LCR Honda) - finis 4", []bool{false}},
		{"Menurut Benny , Bibit - Chandra juga bisa menempuh upaya itu.", []bool{false}},
	} {
		var got []bool
		for _, s := range Tokenize(tc.text).Sentences {
			got = append(got, s.Dateline)
		}
		assert.Equal(t, tc.want, got, tc.text)
	}
}

// TestJunkRuns checks that a run of bytes that are not UTF-8 and of control characters is
// one Symbol token, with its offsets, and that white space still separates runs.
func TestJunkRuns(t *testing.T) {
	text := "a \x00\x01\xff\xfe b\x00 \x7f\x80"
	var got []string
	for _, tok := range Tokenize(text).Tokens {
		got = append(got, fmt.Sprintf("%q@%d-%d/%v", tok.Text(text), tok.Start, tok.End, tok.Kind))
	}
	assert.Equal(t, []string{`"a"@0-1/word`, `"\x00\x01\xff\xfe"@2-6/symbol`, `"b"@7-8/word`, `"\x00"@8-9/symbol`, `"\x7f\x80"@10-12/symbol`}, got)
}

// TestEstimateTokens: the count that sizes a long text's token slice is close to the number
// of tokens, and not below it, for text of each kind the estimate reads differently.
func TestEstimateTokens(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int // estimateTokens
	}{
		{"", 0},
		{"   \n\t ", 0},
		{"Presiden Joko Widodo hadir.", 5},
		{"“Ya,” ujarnya.", 6},      // 5 tokens; each curly mark counts once
		{"A.S. dan Hwasong-20", 8}, // 3 tokens; dots and hyphens inside words count
		{"\x00\x01\x02 abc \xff\xfe", 3},
		{"((()))", 6},
		{"Türkiye — Erdoğan…", 4}, // 4 tokens
	} {
		got := estimateTokens(tc.text)
		assert.Equal(t, tc.want, got, "%q", tc.text)
		assert.GreaterOrEqual(t, got, len(Tokenize(tc.text).Tokens), "%q: fewer than the tokens", tc.text)
	}
}

// TestLongTextAllocatedOnce: a long text dense in tokens gets its token slice at its
// final size, without growing (which copied it, with a write barrier per pointer).
func TestLongTextAllocatedOnce(t *testing.T) {
	text := strings.Repeat("Presiden Joko Widodo hadir. “Ya,” ujarnya. ", 2*estimateFrom/45)
	d := Tokenize(text)
	assert.Equal(t, estimateTokens(text)+8, cap(d.Tokens))
	assert.LessOrEqual(t, float64(cap(d.Tokens)), 1.3*float64(len(d.Tokens)))
}

// TestTokensShareNoRoom: the tokens of short texts, which may lie in one chunk (see
// tokenBuf), have no room after them, and their sentences room of their own, so that
// appending to one document's leaves the next document's as they were; and a text too
// long for a chunk gets its own.
func TestTokensShareNoRoom(t *testing.T) {
	a := Tokenize("Presiden Joko Widodo tiba di Jakarta.")
	b := Tokenize("Menteri Luar Negeri Retno Marsudi mengatakan hal itu.")
	want, wantSents := slices.Clone(b.Tokens), slices.Clone(b.Sentences)
	require.Equal(t, len(a.Tokens), cap(a.Tokens))
	require.Equal(t, len(b.Tokens), cap(b.Tokens))
	_ = append(a.Tokens, Token{Start: 1, End: 2, Kind: Punct})
	more := a.Sentences
	for range cap(a.Sentences) + 1 {
		more = append(more, Sentence{Start: 1, End: 2, First: 3, Last: 4})
	}
	assert.Equal(t, want, b.Tokens)
	assert.Equal(t, wantSents, b.Sentences)
	long := Tokenize(strings.Repeat("kata Budi di Jakarta. ", chunkTokens/4))
	assert.Greater(t, len(long.Tokens), chunkTokens/4)
	assert.Equal(t, Tokenize(strings.Repeat("kata Budi di Jakarta. ", chunkTokens/4)).Tokens, long.Tokens)
}
