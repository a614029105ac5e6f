package gazetteer

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPackText checks that packing a token's text as it is lowercased gives what packing
// its key gives, for every ASCII byte at every position of words of every packed length,
// and that words that differ pack differently.
func TestPackText(t *testing.T) {
	seen := map[[2]uint64]string{}
	for n := 1; n <= maxPacked; n++ {
		for c := 1; c < 0x80; c++ {
			for _, at := range []int{0, n / 2, n - 1} {
				w := []byte(strings.Repeat("Ab", n)[:n])
				w[at] = byte(c)
				a, b, ok := packText(string(w))
				assert.True(t, ok, "%q", w)
				k := key(string(w))
				ka, kb := packKey(k)
				assert.Equal(t, [2]uint64{ka, kb}, [2]uint64{a, b}, "%q", w)
				if other, dup := seen[[2]uint64{a, b}]; dup && other != k {
					t.Errorf("%q and %q pack alike", other, k)
				}
				seen[[2]uint64{a, b}] = k
			}
		}
	}
	for _, w := range []string{"", "Erdoğan", "abcdefghijklmnop"} {
		_, _, ok := packText(w)
		assert.False(t, ok, "%q", w)
	}
}
