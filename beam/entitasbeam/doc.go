// Package entitasbeam runs entitas inside Apache Beam pipelines, for corpora larger than
// one machine reads in good time: a newsroom archive, a national news crawl.
//
//	files ──▶ ReadJSONLines / ReadTextFiles ──▶ Extract ──▶ Document ──▶ JSON (as entitas -format jsonl)
//	                       │                                   └──────▶ Summarise ──▶ entity, speaker and
//	                       └──▶ malformed lines, "FILE:LINE: why"                    speaker→entity tables
//
// Extract builds its extractor once per worker process (entity.Default, or the default
// gazetteer with a user gazetteer whose contents travel with the job), and never panics on
// bad input. A Document's JSON is byte for byte the line the entitas command line writes
// for the same record. Every DoFn is registered, so the transforms run on the portable
// runners (prism, Flink, Spark) and Dataflow as well as on the direct runner.
//
// Counters in namespace "entitas": documents, bytes (of text), entities, quotes and
// malformed (lines that are not records).
package entitasbeam
