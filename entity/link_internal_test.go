package entity

import "testing"

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
}
