package marked

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	d, err := Parse("⟪Lim Soo-suk|“Ya ⟦COUNTRY|AS⟧,”⟫ kata ⟦PERSON|Lim⟧ dan ⟦?WEAPON|rudal⟧.")
	require.NoError(t, err)
	assert.Equal(t, "“Ya AS,” kata Lim dan rudal.", d.Text)
	assert.Equal(t, []Entity{
		{Type: "COUNTRY", Text: "AS", Start: 6, End: 8},
		{Type: "PERSON", Text: "Lim", Start: 18, End: 21},
		{Type: "WEAPON", Text: "rudal", Start: 26, End: 31, Optional: true},
	}, d.Entities)
	assert.Equal(t, []Quote{{Speaker: "Lim Soo-suk", Start: 0, End: 12}}, d.Quotes)
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"⟦COUNTRY|AS", "AS⟧", "⟦COUNTRY|AS⟫", "⟦COUNTRY AS⟧"} {
		_, err := Parse(in)
		assert.Error(t, err, in)
	}
}
