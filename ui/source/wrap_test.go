package source

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapText(t *testing.T) {
	text := "The quick brown fox jumps over the lazy dog.\n\nTéllez said “this is nothing new” again and again.\nsupercalifragilisticexpialidocious"
	for _, w := range []int{1, 5, 10, 17, 40, 200} {
		lines := wrapText(text, w)
		var words []string
		for _, l := range lines {
			s := text[l.start:l.end]
			if ansi.StringWidth(s) > w {
				t.Errorf("width %d: line %q is too wide", w, s)
			}
			words = append(words, strings.Fields(s)...)
		}
		if w >= 34 && strings.Join(words, " ") != strings.Join(strings.Fields(text), " ") {
			t.Errorf("width %d: words lost: %q", w, words)
		}
	}
	if got := len(wrapText(text, 200)); got != 4 {
		t.Errorf("paragraph lines at width 200 = %d, want 4", got)
	}
}
