package entity

import (
	"strings"
	"testing"
	"unicode"
)

func TestSpellsCallName(t *testing.T) {
	for _, c := range []struct {
		name, call string
		want       bool
	}{
		{"kartika wirjoatmodjo", "tiko", true},
		{"djadjang nurdjaman", "djanur", true},
		{"sri mulyani indrawati", "mulyani", true},
		{"kartika wirjoatmodjo", "tika", true},
		{"budi santoso", "tiko", false},          // no "tik" in the name
		{"kartika wirjoatmodjo", "tikus", false}, // no "u" after "tik"
		{"kartika wirjoatmodjo", "tik", false},   // too short to tell
	} {
		if got := spellsCallName(c.name, c.call); got != c.want {
			t.Errorf("spellsCallName(%q, %q) = %v, want %v", c.name, c.call, got, c.want)
		}
	}
}

func TestOneLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Budi Hartawan", "Budi Hartawan"},
		{"Institut Kajian Strategis\nHanbit", "Institut Kajian Strategis Hanbit"},
		{"Budi\u00a0Hartawan", "Budi Hartawan"},
		{"George \u00a0 Ramsay", "George Ramsay"},
		{"Dewan\r\nKeamanan", "Dewan Keamanan"},
		{"Kim  Jong-un", "Kim  Jong-un"}, // two plain spaces are as written
		{"São Tomé", "São Tomé"},         // letters outside ASCII are no spaces
		{"Gedung—Timur", "Gedung—Timur"}, // nor is a dash
	} {
		if got := oneLine(c.in); got != c.want {
			t.Errorf("oneLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a break or a wide space at every place of names of every length up to 24 bytes,
	// against the plain reading of every byte that oneLine skips eight at a time
	plain := func(name string) string {
		for _, r := range name {
			if unicode.IsSpace(r) && r != ' ' {
				return strings.Join(strings.Fields(name), " ")
			}
		}
		return name
	}
	for n := 1; n <= 24; n++ {
		name := strings.Repeat("a", n)
		if got := oneLine(name); got != name {
			t.Errorf("oneLine(%q) = %q", name, got)
		}
		for p := 0; p < n; p++ {
			for _, sp := range []string{"\n", "\t", "\u00a0", "\u3000", "\u2009", "é", "\x01"} {
				in := name[:p] + sp + name[p:]
				if got, want := oneLine(in), plain(in); got != want {
					t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
				}
			}
		}
	}
}
