//go:build !linux

package main

// prepareHeap does nothing outside Linux; see heap_linux.go.
func prepareHeap() {}
