package safe

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSanitize checks the sanitizer's promises for any input: nothing that
// can drive a terminal survives, the output is valid UTF-8 and at most three
// times as long, sanitizing twice changes nothing, and text IsClean calls
// clean passes through untouched.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain Téllez", "a\nb\tc\r\n",
		"\x1b[31mred\x1b[0m", "\x1b]52;c;ZXZpbA==\x07", "\x1b]0;title\x1b\\", "\x1bP+q\x1b\\",
		"a\u009b31mb", "\u009d0;t\u009c", "\x7f\x00\x85",
		"admin\u202e\u2066 evil\u2069", "te\u200bllez\ufeff\u2060", "\ufff9a\ufffab\ufffb",
		"e\u0301\u0301\u0301\u0301", "\u0301\u0301\u0301 leading marks",
		"a\xffb\xc3", "\xed\xa0\x80", "東京 👩‍💻 🇲🇽 👍🏽",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, c := range []struct {
			name    string
			out     string
			oneLine bool
		}{{"Text", Text(in), false}, {"Line", Line(in), true}} {
			out := c.out
			if !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = %q is not UTF-8", c.name, in, out)
			}
			if len(out) > 3*len(in) {
				t.Fatalf("%s grew %d bytes to %d", c.name, len(in), len(out))
			}
			marks := 0
			for _, r := range out {
				if forbidden(r) || c.oneLine && (r == '\n' || r == '\t') {
					t.Fatalf("%s(%q) = %q holds %U", c.name, in, out, r)
				}
				if !unicode.Is(unicode.Mn, r) {
					marks = 0
				} else if marks++; marks > maxMarks {
					t.Fatalf("%s(%q) kept %d combining marks on one character", c.name, in, marks)
				}
			}
		}
		out := Text(in)
		if again := Text(out); again != out {
			t.Fatalf("Text is not idempotent: %q then %q", out, again)
		}
		if Line(out) != Line(in) {
			t.Fatalf("Line(Text(s)) = %q, Line(s) = %q", Line(out), Line(in))
		}
		if IsClean(in) && out != in {
			t.Fatalf("IsClean(%q) but Text changed it to %q", in, out)
		}
	})
}

// forbidden is written out here rather than taken from disallowed, so that
// a change to the sanitizer's own list cannot weaken its test: ESC and the
// other C0 controls but newline and tab, DEL, C1 (U+009B is an 8-bit CSI),
// bidi controls and zero-width characters.
func forbidden(r rune) bool {
	switch {
	case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x200b, r == 0x200c, r == 0x2060, r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	}
	return false
}
