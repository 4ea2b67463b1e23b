package data

import (
	"fmt"
	"strings"
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
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
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
