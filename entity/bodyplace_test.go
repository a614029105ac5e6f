package entity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/entitas-id/entitas/entity"
)

// TestBodyBeforePlace runs rule:body-before-place, which takes back the gazetteer place
// it has already chosen (removeSpan) and makes one organization of an unknown capitalised
// word and that place: a club, company or branch named after its city. The clubs here are
// made up, so that the gazetteer does not know them.
func TestBodyBeforePlace(t *testing.T) {
	type got struct {
		Type    entity.Type
		Text    string
		Start   int
		End     int
		Country string
		Rule    bool
	}
	for _, tc := range []struct {
		text string
		want []got
	}{
		{"Pemain Persikolo Balikpapan mencetak gol di Samarinda.", []got{
			{entity.Organization, "Persikolo Balikpapan", 7, 27, "ID", true},
			{entity.Location, "Samarinda", 44, 53, "ID", false},
		}},
		{"Suporter Persebara Surabaya memadati stadion.", []got{
			{entity.Organization, "Persebara Surabaya", 9, 27, "ID", true},
		}},
		// after a preposition of place the city stays a city
		{"Ia tinggal di Balikpapan.", []got{
			{entity.Location, "Balikpapan", 14, 24, "ID", false},
		}},
	} {
		var have []got
		for _, e := range entity.Default().Extract(tc.text).Entities {
			have = append(have, got{e.Type, e.Text, e.Start, e.End, e.Country,
				strings.Contains(fmt.Sprint(e.Source), "body-before-place")})
		}
		if fmt.Sprint(have) != fmt.Sprint(tc.want) {
			t.Errorf("%q:\n got  %v\n want %v", tc.text, have, tc.want)
		}
	}
}
