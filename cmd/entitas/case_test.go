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

// TestWrappedInput checks that hard-wrapped text is read through its wraps and says so in
// the JSON: the quote keeps its cue on the next line, and a text with a paragraph a line
// has no "wrapped" key.
func TestWrappedInput(t *testing.T) {
	const wrapped = "Presiden Joko Widodo bertemu Perdana\n" +
		"Menteri Malaysia Anwar Ibrahim di Istana\n" +
		"Bogor pada Senin.\n\n" +
		"“Kami sepakat mempercepat perundingan,”\n" +
		"kata Jokowi seusai pertemuan itu. Ia\n" +
		"menambahkan bahwa kerja sama berlanjut.\n"
	for _, tc := range []struct {
		text, format, want, not string
	}{
		{wrapped, "jsonl", `"cue":"kata","speaker":{"text":"Jokowi"`, ""},
		{wrapped, "jsonl", `,"wrapped":true}`, ""},
		{wrapped, "json", `"wrapped": true`, ""},
		{strings.ReplaceAll(wrapped, "\n", " "), "jsonl", `"cue":"kata"`, `"wrapped"`},
	} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"-format", tc.format, "-"}, strings.NewReader(tc.text), &stdout, &stderr)
		assert.Zero(t, code, stderr.String())
		assert.Contains(t, stdout.String(), tc.want)
		if tc.not != "" {
			assert.NotContains(t, stdout.String(), tc.not)
		}
	}
}
