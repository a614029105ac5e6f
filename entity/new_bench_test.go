package entity

import (
	"testing"

	"github.com/entitas-id/entitas/gazetteer"
)

// The cost of building the default extractor, which a program pays once (see Default), is
// that of gazetteer.Default (the gazetteer's BenchmarkDefaultLoad), of reading the word
// lists (BenchmarkLexicons) and of New itself (BenchmarkNew).

// BenchmarkNew measures New with the default gazetteer and the word lists already loaded:
// the word table, the clubs, given names and office holders drawn from the gazetteer.
func BenchmarkNew(b *testing.B) {
	gazetteer.Default()
	loadedLexicons()
	wordTable()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLexicons measures reading the embedded word lists and folding them into the
// word table, what loadedLexicons and wordTable do once per process.
func BenchmarkLexicons(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := readyLexicons()
		if err != nil {
			b.Fatal(err)
		}
		buildWordTable(l)
	}
}
