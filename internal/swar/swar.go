// Package swar holds the byte-parallel helpers ("SIMD within a register") that the
// tokenizer, the gazetteer and the extractor share: eight bytes read into a uint64 at once,
// and ASCII letters found or lowercased eight at a time.
//
// The tests add a constant to each byte of a word whose bytes are all ASCII (below 0x80)
// and read each byte's high bit: no sum carries into the next byte, so each byte answers
// for itself.
package swar

const (
	// LowBits has the lowest bit of each byte of a uint64.
	LowBits = 0x0101010101010101
	// HighBits has the highest bit of each byte of a uint64.
	HighBits = 0x8080808080808080
)

// Load64 returns the first eight bytes of s as a little-endian uint64: s[0] is the lowest
// byte. It panics if s is shorter than eight bytes.
func Load64[S ~string | ~[]byte](s S) uint64 {
	_ = s[7] // one bounds check, and the compiler makes the reads one load
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Load32 returns the first four bytes of s as a little-endian integer. It panics if s is
// shorter than four bytes.
func Load32[S ~string | ~[]byte](s S) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// MaxPacked is the length of the longest string Pack packs.
const MaxPacked = 15

// Pack packs a string of 1 to MaxPacked bytes into two integers that tell it from every
// other such string: a holds its first eight bytes and b the rest, each zero-padded as if
// the string were read with two little-endian 8-byte loads (so that a caller holding 16
// readable bytes from its start may compute it with two Load64 and masks), and b's top
// byte holds the length, which tells "a" from "a\x00". The empty string packs as (0, 0),
// which no other string does.
func Pack[S ~string | ~[]byte](s S) (a, b uint64) {
	n := len(s)
	b = uint64(n) << 56
	switch {
	case n > 8:
		return Load64(s), b | Load64(s[n-8:])>>(8*(16-n))
	case n >= 4: // two reads that overlap, their shared bytes equal
		return Load32(s) | Load32(s[n-4:])<<(8*(n-4)), b
	}
	for i := 0; i < n; i++ {
		a |= uint64(s[i]) << (8 * i)
	}
	return a, b
}

// Upper returns the high bit of each byte of x that is a capital A–Z; the bytes of x must
// all be ASCII. A byte is one when adding 0x3f sets its high bit (it is 'A' or above) and
// adding 0x25 does not (it is 'Z' or below).
func Upper(x uint64) uint64 {
	return (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & HighBits
}

// Small returns the high bit of each byte of x that is a small letter a–z; the bytes of x
// must all be ASCII.
func Small(x uint64) uint64 {
	return (x + 0x1f1f1f1f1f1f1f1f) &^ (x + 0x0505050505050505) & HighBits
}

// Lower returns x with each capital A–Z among its bytes made small (given the bit 0x20);
// the bytes of x must all be ASCII.
func Lower(x uint64) uint64 {
	return x | Upper(x)>>2
}

// HighMask packs the highest bits of x's eight bytes into the lowest byte of the result,
// whose other bits are 0: bit k is the highest bit of byte k (the byte Load64 read from
// s[k]). The other bits of x must be 0. One multiplication moves them all: the bit of byte
// k, at 8k+7, times the bit at 7m of the constant lands at 56+k when m is 7−k; no other
// product reaches the top byte, and no two of the others fall on the same bit, so nothing
// carries into it.
func HighMask(x uint64) uint64 {
	return x * 0x0002040810204081 >> 56
}
