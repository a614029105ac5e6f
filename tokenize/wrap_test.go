package tokenize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// wrapped is a news paragraph hard-wrapped at 40 columns, a blank line, and a quote
// wrapped between its closing mark and its cue.
const wrapped = "Presiden Joko Widodo bertemu Perdana\n" + // "\n" at 36
	"Menteri Malaysia Anwar Ibrahim di Istana\n" + // "\n" at 77
	"Bogor pada Senin.\n" + // not full: "\n" at 95 breaks
	"\n" +
	"“Kami sepakat mempercepat perundingan,”\n" + // 45 bytes (the marks are 3 each), "\n" at 140
	"kata Jokowi seusai pertemuan itu. Ia\n" + // "\n" at 177
	"menambahkan bahwa kerja sama berlanjut.\n"

func TestSoftWraps(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []int32
	}{
		{"wrapped news", wrapped, []int32{36, 77, 140, 177}},
		{"wrapped with CRLF", strings.ReplaceAll(wrapped, "\n", "\r\n"), []int32{37, 79, 145, 183}},
		{"a paragraph a line", "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor pada Senin.\n" +
			"“Kami sepakat mempercepat perundingan,” kata Jokowi seusai pertemuan itu.\n" +
			"Ia menambahkan bahwa kerja sama kedua negara berlanjut tahun depan.\n" +
			"Kedua pemimpin juga membahas perbatasan.\n", nil},
		{"too few lines", "Presiden Joko Widodo bertemu Perdana\nMenteri Malaysia Anwar Ibrahim.", nil},
		{"a list of short lines", "Daftar pemain:\nAndi\nBudi\nCahya\nDeni\n", nil},
		{"lines that end sentences", "Jokowi tiba di Bogor pada Senin pagi.\nIa disambut Anwar Ibrahim di Istana.\nKeduanya lalu makan siang bersama.\nMereka membahas perbatasan kedua negara.\n", nil},
		{"items of a list stay lines", "Kesepakatan yang dicapai kedua negara itu\n" + // "\n" at 41
			"meliputi tiga hal penting bagi warga di\n" + // at 81
			"perbatasan, menurut pernyataan bersama\n" + // at 120
			"yang dibacakan di Istana Bogor pada hari\n" + // at 161
			"Senin itu:\n" +
			"1. patroli bersama di Selat Malaka dan\n" +
			"- pertukaran data kapal yang melintas di\n" +
			"• perairan kedua negara sepanjang tahun\n" +
			"  yang sama.\n", []int32{41, 81, 120, 161}},
		{"a year after a wrap is no item", "Pembangunan jalan tol itu ditargetkan selesai\n" +
			"2028. Sambil menunggu, pemerintah daerah\n" +
			"memperbaiki jalan provinsi yang rusak di\n" +
			"sepanjang jalur selatan Jawa Barat itu.\n", []int32{45, 86, 127}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := softWraps(c.text)
			assert.Equal(t, c.want, got)
			for _, o := range got {
				assert.Equal(t, byte('\n'), c.text[o], "offset %d", o)
			}
		})
	}
}

// TestWrappedTokens checks what the soft line breaks change: the quote's cue stays in its
// sentence, the paragraph's sentences do not break at the wraps, and the blank line still
// starts a paragraph.
func TestWrappedTokens(t *testing.T) {
	d := Tokenize(wrapped)
	assert.True(t, d.Wrapped)
	var breaks []string
	for _, tk := range d.Tokens {
		if tk.AfterLineBreak() {
			breaks = append(breaks, tk.Text(wrapped))
		}
	}
	assert.Equal(t, []string{"“"}, breaks, "tokens after a line break")
	var sents []string
	for _, s := range d.Sentences {
		sents = append(sents, wrapped[s.Start:s.End])
	}
	assert.Equal(t, []string{
		"Presiden Joko Widodo bertemu Perdana\nMenteri Malaysia Anwar Ibrahim di Istana\nBogor pada Senin.",
		"“Kami sepakat mempercepat perundingan,”\nkata Jokowi seusai pertemuan itu.",
		"Ia\nmenambahkan bahwa kerja sama berlanjut.",
	}, sents)
	assert.False(t, Tokenize(strings.ReplaceAll(wrapped, "\n", " ")).Wrapped)
}

// TestFlatParagraphs checks that a text with no line break gets paragraph breaks back
// around its quotes, and that a text with line breaks, or too short, is left as it is.
func TestFlatParagraphs(t *testing.T) {
	const flat = "Menteri Budi tiba di Bogor. Ia bertemu warga. “Kami akan membantu,” kata Budi. " +
		"Warga menyambut baik. Camat Ani juga hadir. “Terima kasih,” ujar Ani."
	d := Tokenize(flat)
	assert.True(t, d.Flat)
	var starts []string
	for _, tk := range d.Tokens {
		if tk.AfterLineBreak() {
			starts = append(starts, tk.Text(flat))
		}
	}
	assert.Equal(t, []string{"“", "Warga", "“"}, starts, "tokens after a paragraph break")
	assert.False(t, Tokenize(strings.Replace(flat, " Warga", "\nWarga", 1)).Flat)
	assert.False(t, Tokenize("“Kami akan membantu,” kata Budi. Warga menyambut baik.").Flat)
}

// TestApostropheMark checks that a straight double mark written for an apostrophe between
// letters opens no quote, while a quote glued to the word before it still opens one.
func TestApostropheMark(t *testing.T) {
	for _, c := range []struct {
		text  string
		quote bool // a quotation mark among the tokens
	}{
		{`Tim itu bermain pada Jum"at sore.`, false},
		{`Klub itu mengincar Steven N"Zonzi.`, false},
		{`Pengoleksi trofi Ballon d"Or itu datang.`, false},
		{`Ia menegaskan bahwa"peran utamanya dipegang oleh rakyat."`, true},
	} {
		quote := false
		for _, tk := range Tokenize(c.text).Tokens {
			quote = quote || tk.Kind == OpenQuote || tk.Kind == CloseQuote
		}
		assert.Equal(t, c.quote, quote, c.text)
	}
}
