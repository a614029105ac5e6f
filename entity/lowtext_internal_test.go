package entity

import (
	"reflect"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/internal/newscorpus"
)

// TestLowCopyAll checks the lowercase forms of a text too long to be followed by them in
// lowAll (see lowSpan), where every token's form is copied: with maxLowText lowered to
// none, the testdata articles, their lowercase and capitals mirrors and text beyond ASCII
// give the same entities and quotes as they do with the text in lowAll.
func TestLowCopyAll(t *testing.T) {
	texts, err := newscorpus.Testdata()
	if err != nil || len(texts) == 0 {
		t.Fatal("no testdata articles:", err)
	}
	var all []string
	for _, s := range texts {
		all = append(all, s, strings.ToLower(s), strings.ToUpper(s))
	}
	all = append(all, "ÉCOLE Polytechnique di PARIS, kata İbrahim Çelik dari ÖZTÜRK Holding.",
		"Wali Kota SURABAYA Tri Rismaharini bertemu ÆGIR dan Ⱥlfa di \xff\xfe Jakarta.")
	x := Default()
	want := make([]*Document, len(all))
	for i, s := range all {
		want[i] = x.Extract(s)
	}
	defer func(n int) { maxLowText = n }(maxLowText)
	maxLowText = 0
	for i, s := range all {
		d := x.Extract(s)
		if !reflect.DeepEqual(d.Entities, want[i].Entities) || !reflect.DeepEqual(d.Quotes, want[i].Quotes) {
			t.Errorf("text %d: with every lowercase form copied, the result differs", i)
		}
	}
}
