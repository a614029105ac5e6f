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
