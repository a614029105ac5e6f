package entitytest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	a, err := Parse("⟪Lim Soo-suk|“Ya ⟦COUNTRY|AS⟧,”⟫ kata ⟦PERSON|Lim⟧\r\ndan ⟦?WEAPON|rudal⟧.")
	require.NoError(t, err)
	assert.Equal(t, "“Ya AS,” kata Lim\ndan rudal.", a.Text)
	assert.Equal(t, []GoldEntity{
		{Type: "COUNTRY", Text: "AS", Start: 6, End: 8},
		{Type: "PERSON", Text: "Lim", Start: 18, End: 21},
		{Type: "WEAPON", Text: "rudal", Start: 26, End: 31, Optional: true},
	}, a.Entities)
	assert.Equal(t, []GoldQuote{{Speaker: "Lim Soo-suk", Start: 0, End: 12}}, a.Quotes)
}

func TestParseErrors(t *testing.T) {
	for in, want := range map[string]string{
		"⟦COUNTRY|AS":       "byte 0: markup left open",
		"AS⟧":               "byte 2: closing markup with nothing open",
		"ab ⟦COUNTRY|AS⟫":   "byte 16: markup opened at byte 3 closed with the wrong bracket",
		"⟦COUNTRY AS⟧":      "byte 0: markup without '|'",
		"\r\nok \xff ⟦X|y⟧": "byte 4: not valid UTF-8",
	} {
		_, err := Parse(in)
		var se *SyntaxError
		if assert.True(t, errors.As(err, &se), "%q: %v", in, err) {
			assert.Equal(t, want, err.Error(), in)
		}
	}
}

func TestReadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.marked.txt")
	require.NoError(t, os.WriteFile(p, []byte("⟦LOCATION|Bandung⟧ ⟦PERSON|x"), 0o644))
	_, err := ReadFile(p)
	assert.EqualError(t, err, p+": byte 23: markup left open")
	require.NoError(t, os.WriteFile(p, []byte("di ⟦LOCATION|Bandung⟧."), 0o644))
	a, err := ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, &Article{Name: p, Text: "di Bandung.", Entities: []GoldEntity{{"LOCATION", "Bandung", 3, 10, false}}}, a)
	_, err = ReadFile(filepath.Join(t.TempDir(), "none"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
