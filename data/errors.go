package data

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Error is one problem with a dataset file, placed at its line and column
// (both 1-based, columns counted in characters) and named by field path.
type Error struct {
	File string
	Line int
	Col  int
	// Path is the field, as in "figures[3].evidence[0].text"; empty for
	// problems with the file as a whole.
	Path    string
	Message string
}

func (e *Error) Error() string {
	var b strings.Builder
	writeShown(&b, e.File, 300)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Path != "" {
		writeShown(&b, e.Path, 120)
		b.WriteString(": ")
	}
	writeShown(&b, e.Message, 400)
	return b.String()
}

// writeShown writes s for a terminal. A path holds the dataset's own keys,
// and a message may quote a YAML tag ("!<%1B]0;title%07>" decodes to an OSC
// sequence), so every character that strconv does not call printable (ESC
// and other controls, C1, bidi and zero-width characters) is written as its
// Go escape. And one error must not flood the screen: past limit characters
// (a 100,000-character key, a path 10,000 levels deep) the middle is cut.
func writeShown(b *strings.Builder, s string, limit int) {
	if n := utf8.RuneCountInString(s); n > limit {
		r := []rune(s)
		s = string(r[:limit*2/3]) + "…" + string(r[n-limit/3:])
	}
	for _, r := range s {
		if strconv.IsPrint(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRune(r)
		b.WriteString(q[1 : len(q)-1])
	}
}

// Errors is every problem found in one load, in file order. Loading reports
// all of them at once so that an editor can fix a file in one pass.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
