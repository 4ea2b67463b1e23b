package data

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// position is a 1-based line and column; columns count characters, as
// editors do.
type position struct{ line, col int }

// lines maps byte offsets of a source file to lines and columns. It is built
// only when there are errors to place, and answers each in log time.
type lines struct {
	src    []byte
	starts []int
}

func newLines(src []byte) *lines {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lines{src: src, starts: starts}
}

// at turns a byte offset into a line and column.
func (l *lines) at(offset int) position {
	offset = max(0, min(offset, len(l.src)))
	line := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > offset }) - 1
	start := l.starts[line]
	return position{line: line + 1, col: utf8.RuneCount(l.src[start:offset]) + 1}
}

// pointerOf turns a field path ("figures[3].evidence[0]") into a JSON
// pointer ("/figures/3/evidence/0"), the key the locators use.
func pointerOf(path string) string {
	if path == "" {
		return ""
	}
	var b strings.Builder
	for _, part := range strings.Split(path, ".") {
		name, rest, _ := strings.Cut(part, "[")
		b.WriteString("/" + name)
		for rest != "" {
			i := strings.IndexByte(rest, ']')
			if i < 0 {
				break
			}
			b.WriteString("/" + rest[:i])
			rest = strings.TrimPrefix(rest[i+1:], "[")
		}
	}
	return b.String()
}

// pathOf turns a JSON pointer back into a field path for messages.
func pathOf(pointer string) string {
	var b strings.Builder
	for _, tok := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		if tok == "" {
			continue
		}
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	return b.String()
}

// parentPointer drops the last token of a pointer, so that a field the file
// leaves out can be placed at the object that should hold it.
func parentPointer(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return ""
}

// locator places a JSON pointer in the source file.
type locator interface {
	locate(pointer string) (position, bool)
}

// place finds the nearest position for a pointer: the field itself, or the
// closest enclosing object when the field is absent from the file.
func place(l locator, pointer string) position {
	for p := pointer; ; p = parentPointer(p) {
		if pos, ok := l.locate(p); ok {
			return pos
		}
		if p == "" {
			return position{line: 1, col: 1}
		}
	}
}
