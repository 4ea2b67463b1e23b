package format

import (
	"fmt"
	"unicode/utf8"
)

// Hidden reports the runes that JSON and YAML output write as \uXXXX
// escapes: DEL and C1 controls, which some terminals act on; bidi controls,
// which reorder what a reader sees (Trojan Source); zero-width and other
// invisible characters, which hide text; and the Unicode line and paragraph
// separators, which break JavaScript and some editors. Go's encoders write
// all of these raw.
func Hidden(r rune) bool {
	switch {
	case r == 0x7f || r >= 0x80 && r <= 0x9f: // DEL, C1 (8-bit CSI, NEL...)
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi embeddings, isolates
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c: // LRM RLM ALM
		return true
	case r >= 0x200b && r <= 0x200d, r >= 0x2060 && r <= 0x2064: // ZWSP ZWNJ ZWJ, WJ, invisible operators
		return true
	case r == 0xfeff || r == 0x180e || r == 0x00ad: // BOM/ZWNBSP, Mongolian vowel separator, soft hyphen
		return true
	case r >= 0xfff9 && r <= 0xfffb: // interlinear annotation controls
		return true
	case r == 0x2028 || r == 0x2029: // line and paragraph separators
		return true
	}
	return false
}

// Escape rewrites every Hidden rune in encoded JSON as a \uXXXX escape.
//
// It works on the encoded bytes: outside strings JSON holds only ASCII, so
// any such rune stands inside a string, where the escape means the same
// character. It also works on YAML whose scalars holding such runes were
// written double-quoted (see YAML). It returns src itself when there is
// nothing to escape, which is the common case.
func Escape(src []byte) []byte {
	i := firstHidden(src)
	if i < 0 {
		return src
	}
	out := make([]byte, 0, len(src)+16)
	out = append(out, src[:i]...)
	for i < len(src) {
		r, size := utf8.DecodeRune(src[i:])
		if Hidden(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, src[i:i+size]...)
		}
		i += size
	}
	return out
}

// HasHidden reports whether s holds a Hidden rune.
func HasHidden(s string) bool {
	for _, r := range s {
		if Hidden(r) {
			return true
		}
	}
	return false
}

func firstHidden(src []byte) int {
	for i := 0; i < len(src); {
		if src[i] < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if Hidden(r) {
			return i
		}
		i += size
	}
	return -1
}
