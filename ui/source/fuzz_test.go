package source

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/ui/safe"
	"github.com/rivo/uniseg"
)

// FuzzWrap checks the Source tab's wrapping on any text and width. Lines are
// ascending byte ranges of one paragraph each, cut between characters; a
// line as drawn (through the sanitizer, as drawLine does) fits the width
// unless it is one character wider than the width; and no text is lost:
// only the newlines and the one space at each break fall between lines.
// Measured raw, ESC (zero cells raw, "␛" drawn), C1 controls and "0" with
// U+FE0F (one cell by runes, two as a cluster) overflowed the pane.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{
		"", "\n", "\n\n", "The quick brown fox jumps over the lazy dog.",
		"Téllez said “this is nothing new” again.\n\nsupercalifragilisticexpialidocious",
		"東京都の小池百合子知事は述べた。 👩‍💻 🇲🇽 👍🏽 ☺\ufe0f",
		"a\x1b[31mred\x1b[0m and \x1b]52;c;ZXZpbA==\x07 b", "x\u009b31m \u202eevil\u202c",
		"e\u0301\u0301\u0301\u0301 zalgo", "   leading and   many   spaces  ", "a\tb\r\nc",
		"invalid \xff\xfe bytes",
	} {
		for _, w := range []int{-1, 0, 1, 2, 5, 17, 80} {
			f.Add(s, w)
		}
	}
	f.Fuzz(func(t *testing.T, text string, width int) {
		width = max(-5, min(width, 500))
		lines := wrapText(text, width)
		w := max(width, 1)
		covered := make([]bool, len(text))
		prev := 0
		for i, l := range lines {
			if l.start < prev || l.end < l.start || l.end > len(text) {
				t.Fatalf("line %d = [%d:%d] after %d, text of %d bytes", i, l.start, l.end, prev, len(text))
			}
			prev = l.end
			s := text[l.start:l.end]
			if strings.Contains(s, "\n") {
				t.Fatalf("line %d %q holds a newline", i, s)
			}
			if utf8.ValidString(text) && !utf8.ValidString(s) {
				t.Fatalf("line %d %q cuts a character", i, s)
			}
			drawn := safe.Line(s)
			if cells := ansi.StringWidth(drawn); cells > w && uniseg.GraphemeClusterCount(drawn) > 1 {
				t.Fatalf("width %d: line %d %q is drawn %q, %d cells wide", width, i, s, drawn, cells)
			}
			for j := l.start; j < l.end; j++ {
				covered[j] = true
			}
		}
		for j, c := range covered {
			if !c && text[j] != '\n' && text[j] != ' ' {
				t.Fatalf("width %d: byte %d (%q) of %q is on no line", width, j, text[j], text)
			}
		}
		if n := strings.Count(text, "\n") + 1; len(lines) < n {
			t.Fatalf("%d paragraphs gave %d lines", n, len(lines))
		}
	})
}
