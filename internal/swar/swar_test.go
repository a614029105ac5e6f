package swar

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBytes checks every helper against a byte-at-a-time reading, for every ASCII byte in
// every position.
func TestBytes(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte(strings.Repeat("m", 8))
			b[pos] = byte(c)
			x := Load64(b)
			bit := uint64(0x80) << (8 * pos)
			assert.Equal(t, 'A' <= c && c <= 'Z', Upper(x)&bit != 0, "Upper %q at %d", c, pos)
			assert.Equal(t, 'a' <= c && c <= 'z', Small(x)&bit != 0, "Small %q at %d", c, pos)
			assert.Equal(t, strings.ToLower(string(b)), string(bytesOf(Lower(x))), "Lower %q at %d", c, pos)
		}
	}
	assert.Equal(t, uint64(0x64636261), Load32("abcd"))
	assert.Panics(t, func() { Load64("short") })
}

// TestPack checks that Pack gives what two zero-padded 8-byte loads and the length give,
// and so that no two strings of 1 to MaxPacked bytes pack alike.
func TestPack(t *testing.T) {
	for n := 1; n <= MaxPacked; n++ {
		for c := 0; c < 0x100; c += 7 {
			b := []byte(strings.Repeat("xy", n)[:n])
			b[n/2] = byte(c)
			var padded [16]byte
			copy(padded[:], b)
			a, bb := Pack(string(b))
			assert.Equal(t, Load64(padded[:]), a, "%q", b)
			assert.Equal(t, Load64(padded[8:])|uint64(n)<<56, bb, "%q", b)
		}
	}
	a, b := Pack("")
	assert.Zero(t, a|b)
}

// TestHighMask checks HighMask on every set of high bits.
func TestHighMask(t *testing.T) {
	for m := 0; m < 0x100; m++ {
		var x uint64
		for k := 0; k < 8; k++ {
			if m&(1<<k) != 0 {
				x |= 0x80 << (8 * k)
			}
		}
		assert.Equal(t, uint64(m), HighMask(x), "%08b", m)
	}
}

// bytesOf is the inverse of Load64.
func bytesOf(x uint64) []byte {
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(x >> (8 * i))
	}
	return b
}
