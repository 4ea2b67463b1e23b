package synth

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// slug turns a name into the lowercase ASCII form ids use: "José Núñez"
// becomes "jose-nunez". Decomposing first lets the accent marks be dropped
// and the bare letters kept.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
			dash = false
		case 'A' <= r && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
			dash = false
		case r < 0x80 && b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
