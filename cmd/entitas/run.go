package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/entitas-id/entitas/tokenize"
)

const usage = `usage: entitas [flags] [FILE...]

Reads each FILE (or standard input when there is none, or for "-") as one document and
prints what it finds.

Example:
  entitas -format tokens testdata/articles/01-rudal-korut.txt

Flags:
`

// formats lists the output formats and the functions that write them.
var formats = map[string]func(w io.Writer, name, text string) error{
	"tokens": writeTokens,
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("entitas", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "tokens", "output format: tokens")
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	write, ok := formats[*format]
	if !ok {
		fmt.Fprintf(stderr, "entitas: unknown format %q\n", *format)
		return 2
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for _, f := range files {
		var data []byte
		var err error
		if f == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(f)
		}
		if err != nil {
			fmt.Fprintf(stderr, "entitas: %v\n", err)
			status = 1
			continue
		}
		if err := write(out, f, string(data)); err != nil {
			fmt.Fprintf(stderr, "entitas: %s: %v\n", f, err)
			status = 1
		}
	}
	return status
}

type jsonToken struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

func writeTokens(w io.Writer, name, text string) error {
	d := tokenize.Tokenize(text)
	v := struct {
		File      string      `json:"file"`
		Tokens    []jsonToken `json:"tokens"`
		Sentences []jsonSpan  `json:"sentences"`
	}{File: name, Tokens: make([]jsonToken, len(d.Tokens)), Sentences: make([]jsonSpan, len(d.Sentences))}
	for i, t := range d.Tokens {
		v.Tokens[i] = jsonToken{t.Text, t.Start, t.End, t.Kind.String()}
	}
	for i, s := range d.Sentences {
		v.Sentences[i] = jsonSpan{s.Start, s.End}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}
