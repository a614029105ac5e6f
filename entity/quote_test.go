package entity

import "testing"

// TestQuoteExtents checks quote pairing, with offsets: a quoted term nested inside a quote
// with the same mark, ” opening and closing (Kompas style), a quote left open before a
// sub-heading, which ends with its paragraph, and a straight closing mark glued to its cue
// as scraped news writes it (…, "kata Allegri), and titles in quotation marks, which are
// no quotes.
func TestQuoteExtents(t *testing.T) {
	for _, tc := range []struct {
		doc, text string
		want      [][2]int
	}{
		{"nested term", "Budi mengatakan, ”Kami menolak istilah ”darurat” itu. Itu berlebihan,” ujarnya.", [][2]int{{17, 78}}},
		{"” opens and closes", "”Kami siap,” kata Budi. ”Kami juga,” kata Ani.", [][2]int{{0, 16}, {28, 44}}},
		{"open before a sub-heading", "”Kami akan bekerja. Warga harus sabar\n\nSubjudul\n\nAir surut.", [][2]int{{0, 39}}},
		{"a term alone stays a quote", "Ia menyebut ”darurat” sebagai istilah.", [][2]int{{12, 25}}},
		{"a straight mark glued to the cue closes", "“Saya tidak menemukan pemain yang cocok, \"kata Allegri. Ia pergi.", [][2]int{{0, 44}}},
		{"a stray glued closer opens nothing", "Laga usai. Skor 2-1, \"kata pelatih itu. Mereka pulang.", nil},
		{"in text of one case a cue's word after a full stop may open a quote", "ia membeli tabung dari agen resmi. ”katanya barang lebih murah,” ujar cik lan.", [][2]int{{35, 68}}},
		{"“ before a capital word still opens", "Ia membaca naskahnya. “Ceritanya dekat sekali,” kata Duta.", [][2]int{{22, 51}}},
		// a title in quotation marks is no quote (quotedTitle); speech and terms in small letters stay
		{"titles are no quotes", "Film \"Suara dari Sumur Tua\" tayang. Lagu \"Blue Hour\" dan \"Kuyang 2\" laris. “Kami senang,” kata Budi.", [][2]int{{75, 93}}},
		{"terms and punctuated words stay quotes", "Ia menyebut kebijakan itu \"komitmen tegas\" dan \"Tidak!\" jawabnya.", [][2]int{{26, 42}, {47, 55}}},
		{"a sentence in small letters stays a quote", "Tur \"Starlight Road\" dimulai. Ani berkata, \"Kami siap tampil di Jakarta\".", [][2]int{{43, 72}}},
	} {
		d := Default().Extract(tc.text)
		var got [][2]int
		for _, q := range d.Quotes {
			got = append(got, [2]int{q.Start, q.End})
			if tc.text[q.Start:q.End] != q.Text {
				t.Errorf("%s: quote text %q is not text[%d:%d]", tc.doc, q.Text, q.Start, q.End)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: quotes %v, want %v", tc.doc, got, tc.want)
			continue
		}
		for k := range got {
			if got[k] != tc.want[k] {
				t.Errorf("%s: quotes %v, want %v", tc.doc, got, tc.want)
				break
			}
		}
	}
}
