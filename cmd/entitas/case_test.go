package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCaseFlag checks -case: auto reads lowercase text caselessly and says so in the JSON,
// sensitive does not, and a bad value is a usage error.
func TestCaseFlag(t *testing.T) {
	const text = "presiden jokowi tiba di moskow."
	for _, tc := range []struct {
		args []string
		code int
		want string // in stdout, or in stderr for a usage error
		not  string // never in stdout
	}{
		{[]string{"-format", "jsonl", "-"}, 0, `"text":"jokowi","start":9,"end":15`, ""},
		{[]string{"-case", "auto", "-format", "json", "-"}, 0, `"unicase": true`, ""},
		{[]string{"-case", "sensitive", "-format", "jsonl", "-"}, 0, `"entities":[]`, `"unicase"`},
		{[]string{"-case", "insensitive", "-format", "jsonl", "-"}, 0, `"unicase":true`, ""},
		{[]string{"-case", "upper", "-"}, 2, `want auto, sensitive or insensitive`, ""},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, strings.NewReader(text), &stdout, &stderr)
		assert.Equal(t, tc.code, code, "%v: %s", tc.args, stderr.String())
		if tc.code == 0 {
			assert.Contains(t, stdout.String(), tc.want, tc.args)
			if tc.not != "" {
				assert.NotContains(t, stdout.String(), tc.not, tc.args)
			}
		} else {
			assert.Contains(t, stderr.String(), tc.want, tc.args)
		}
	}
}
