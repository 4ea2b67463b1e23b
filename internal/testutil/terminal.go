package testutil

// DrivesTerminal reports the runes that must never reach a terminal from
// data: C0 controls (ESC among them), DEL, C1 (U+009B is an 8-bit CSI),
// bidi controls and zero-width characters. Newline and tab are the
// caller's to allow.
//
// It is written apart from ui/safe on purpose: a test that asked the
// sanitizer what it removes could not catch the sanitizer's own gaps.
func DrivesTerminal(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x200b, r == 0x200c, r == 0x2060, r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	}
	return false
}
