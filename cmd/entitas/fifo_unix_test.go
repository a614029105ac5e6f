//go:build unix

package main

import (
	"syscall"
	"testing"
)

// mkfifo makes a named pipe, or skips the test where that is not possible.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
}
