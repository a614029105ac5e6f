// Command entitas-beam runs entitas over a corpus as an Apache Beam pipeline: on this
// machine with Beam's prism runner (the default) or the direct runner, or on a cluster
// (Dataflow, Flink, Spark); see beam/README.md.
//
//	entitas-beam -input 'corpus/*.jsonl' -output out/indosum [-text-field text] [-shards 4]
//	             [-input-format jsonl|text] [-gazetteer FILE] [-runner prism|direct|dataflow|…]
//
// It writes OUTPUT-0000i-of-0000N.jsonl, the documents as `entitas -input jsonl -format
// jsonl` writes them (record for record; the order differs), OUTPUT-entities.jsonl,
// OUTPUT-speakers.jsonl and OUTPUT-speaker-entities.jsonl, the summary tables, and
// OUTPUT-malformed.txt, the input lines that are not records, if there are any. Beam's own
// flags (-runner, -project, -endpoint…) are accepted as well.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/entitas-id/entitas/beam/entitasbeam"
)

var (
	input       = flag.String("input", "", "files to read, a glob (local or gs://…) (required)")
	output      = flag.String("output", "", "prefix of the files written (required)")
	inputFormat = flag.String("input-format", "jsonl", "jsonl: a JSON object a line; text: a document a file")
	textField   = flag.String("text-field", "text", "with -input-format jsonl, the field holding the text")
	shards      = flag.Int("shards", 1, "number of files the documents are written to")
	gazFile     = flag.String("gazetteer", "", "a gazetteer file of your own entries (TSV, as entitas -gazetteer); sent with the job")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "entitas-beam: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	if *input == "" || *output == "" {
		flag.Usage()
		return fmt.Errorf("-input and -output are required")
	}
	if *shards < 1 {
		return fmt.Errorf("-shards %d: want at least 1", *shards)
	}
	var opts []entitasbeam.Option
	if *gazFile != "" {
		b, err := os.ReadFile(*gazFile)
		if err != nil {
			return err
		}
		o, err := entitasbeam.WithGazetteer(*gazFile, string(b))
		if err != nil {
			return fmt.Errorf("bad -gazetteer file: %w", err)
		}
		opts = append(opts, o)
	}
	p, s := beam.NewPipelineWithRoot()
	var records, malformed beam.PCollection
	switch *inputFormat {
	case "jsonl":
		records, malformed = entitasbeam.ReadJSONLines(s, *input, *textField)
	case "text":
		records, malformed = entitasbeam.ReadTextFiles(s, *input)
	default:
		return fmt.Errorf("unknown -input-format %q; want jsonl or text", *inputFormat)
	}
	docs := entitasbeam.Extract(s, records, opts...)
	entitasbeam.WriteShards(s, *output, *shards, entitasbeam.JSON(s, docs))
	entitasbeam.WriteSummary(s, *output, entitasbeam.Summarise(s, docs))
	entitasbeam.WriteLines(s, *output+"-malformed.txt", malformed)

	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return err
	}
	if res != nil {
		counts := map[string]int64{}
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Namespace() == "entitas" {
				counts[c.Name()] += c.Result()
			}
		}
		for _, n := range []string{"documents", "bytes", "entities", "quotes", "malformed"} {
			fmt.Fprintf(os.Stderr, "entitas-beam: %s %d\n", n, counts[n])
		}
		if counts["malformed"] > 0 {
			fmt.Fprintf(os.Stderr, "entitas-beam: %d malformed lines, listed in %s-malformed.txt\n", counts["malformed"], *output)
		}
	}
	return nil
}
