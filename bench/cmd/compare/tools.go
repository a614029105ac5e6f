package main

import (
	"fmt"

	"github.com/entitas-id/entitas/entity"
	"github.com/entitas-id/entitas/internal/conll"
	"github.com/jdkato/prose/v3"
)

// A tool is one extractor under test.
type tool struct {
	name string
	// load builds the tool's models and warms them up; it is timed apart from
	// the throughput runs.
	load func() error
	// run extracts from one document and returns the number of entities found,
	// so that the work cannot be optimised away. It does exactly what a user
	// would call, with no conversion.
	run func(text string) int
	// mentions extracts from one document and maps its types to PER/ORG/LOC,
	// dropping the others. Both tools map with conll.GoldType, conll_eval.py's
	// MAP, so that both are scored as that script scores them. entitas: LEADER
	// and PERSON are PER, COUNTRY and LOCATION are LOC, ORGANIZATION is ORG.
	// prose's model labels people PERSON, countries and cities GPE, and also
	// emits a few LOCATION and ORGANIZATION (never ORG on this data), mapped
	// the same way.
	mentions func(text string) []conll.Mention
}

var tools = map[string]tool{
	"entitas": {
		name: "entitas",
		load: func() error {
			entity.Default().Extract("Presiden Joko Widodo tiba di Jakarta.")
			return nil
		},
		run: func(text string) int {
			return len(entity.Default().Extract(text).Entities)
		},
		mentions: func(text string) []conll.Mention {
			return conll.Mentions(entity.Default().Extract(text).Entities)
		},
	},
	"prose": {
		name: "prose",
		load: func() error {
			// The first document loads the tagger and entity models; prose keeps
			// them for the life of the process.
			_, err := proseDoc("President Joko Widodo arrived in Jakarta.")
			return err
		},
		run: func(text string) int {
			d, err := proseDoc(text)
			if err != nil {
				panic(fmt.Sprintf("prose: %v", err)) // only a cancelled context can fail
			}
			return len(d.Entities())
		},
		mentions: func(text string) []conll.Mention {
			d, err := proseDoc(text)
			if err != nil {
				panic(fmt.Sprintf("prose: %v", err))
			}
			var out []conll.Mention
			for _, e := range d.Entities() {
				if t, ok := conll.GoldType(e.Label); ok {
					out = append(out, conll.Mention{Type: t, Start: e.Start, End: e.End()})
				}
			}
			return out
		},
	},
}

// proseDoc runs the stages prose needs for entities: tokenizing, tagging and
// extraction. Sentence segmentation is not used by its entity model, so it is
// switched off to give prose its best speed.
func proseDoc(text string) (*prose.Document, error) {
	return prose.NewDocument(text, prose.WithSegmentation(false))
}
