package entity

import (
	"strings"
	"testing"
)

// TestArabicArticle checks arabicArticle against its definition: the first hyphen after
// one of the articles, and a capital after it.
func TestArabicArticle(t *testing.T) {
	want := func(w string) bool {
		h := strings.IndexByte(w, '-')
		if h < 0 || h+1 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z' {
			return false
		}
		switch w[:h] {
		case "al", "el", "as", "asy", "ash", "ad", "ar", "an", "at", "az", "ath":
			return true
		}
		return false
	}
	words := []string{"", "-", "al", "al-", "al-M", "al-m", "al-Maliki", "asy-Syafii", "ath-Thabari", "a-l-M",
		"-al-M", "al--M", "as-", "asy-", "asy-S", "ash-S-x", "el-Sisi", "xal-M", "Al-Maliki", "al-Maliki-Smith"}
	letters := "al-syMhd"
	for n := 0; n <= 6; n++ {
		k := 1
		for range n {
			k *= len(letters)
		}
		for c := range k {
			b := make([]byte, n)
			for i := range b {
				b[i] = letters[c%len(letters)]
				c /= len(letters)
			}
			words = append(words, string(b))
		}
	}
	for _, w := range words {
		if got := arabicArticle(w); got != want(w) {
			t.Fatalf("arabicArticle(%q) = %v, want %v", w, got, want(w))
		}
	}
}
