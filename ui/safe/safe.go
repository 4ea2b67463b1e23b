// Package safe makes text from a dataset harmless to print on a terminal.
//
// A dataset is untrusted input: its strings may hold escape sequences that
// would recolour the screen, set the window title, write the clipboard
// (OSC 52) or move the cursor, and bidi controls that reorder what a reader
// sees (Trojan Source). Every string that comes from a dataset passes
// through Text or Line before it reaches a terminal.
package safe

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxMarks caps the combining marks kept on one character, so "zalgo" text
// cannot pile marks into neighbouring lines.
const maxMarks = 2

// Text returns s with everything that could drive a terminal made visible
// or removed. Newlines and tabs are kept. The result never holds ESC, other
// C0 or C1 controls, DEL, bidi controls or zero-width characters, and is at
// most three times as long as s.
func Text(s string) string { return clean(s, false) }

// Line is Text for one-line places (list rows, table cells): newlines and
// tabs become spaces as well.
func Line(s string) string { return clean(s, true) }

// IsClean reports whether s would pass through Text unchanged, so callers
// on a hot path can skip the copy.
func IsClean(s string) bool {
	marks := 0
	for _, r := range s {
		if r == utf8.RuneError || r != '\n' && r != '\t' && disallowed(r) {
			return false
		}
		if unicode.Is(unicode.Mn, r) {
			if marks++; marks > maxMarks {
				return false
			}
		} else {
			marks = 0
		}
	}
	return true
}

func clean(s string, oneLine bool) string {
	if !oneLine && IsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	marks := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError) // invalid UTF-8
			marks = 0
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			if marks++; marks > maxMarks {
				continue
			}
			b.WriteRune(r)
			continue
		}
		if invisible(r) {
			// Bidi controls and zero-width characters are dropped, and do
			// not end a run of combining marks (or the cap could be
			// dodged by putting one between marks).
			continue
		}
		marks = 0
		switch {
		case r == '\n' || r == '\t':
			if oneLine {
				b.WriteByte(' ')
			} else {
				b.WriteRune(r)
			}
		case r < 0x20:
			// C0 controls, ESC among them, become their visible pictures
			// (␛, ␇...), so a reader sees that the data held one.
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('␡')
		case r >= 0x80 && r <= 0x9f:
			b.WriteRune(utf8.RuneError) // C1 controls, such as the 8-bit CSI
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// disallowed reports runes that Text changes.
func disallowed(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || invisible(r)
}

// invisible reports bidi controls and zero-width characters: they change
// how text reads without showing themselves.
func invisible(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e: // LRE RLE PDF LRO RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI RLI FSI PDI
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c: // LRM RLM ALM
		return true
	case r == 0x200b || r == 0x200c || r == 0x2060 || r == 0xfeff: // ZWSP ZWNJ WJ BOM
		return true
	case r >= 0xfff9 && r <= 0xfffb: // interlinear annotation controls
		return true
	}
	return false
}
