package data

import (
	"bytes"
	"errors"

	"github.com/dossier-dev/dossier/model"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// decodeStrict decodes a dataset from JSON, rejecting unknown fields and
// duplicate keys (which Go's standard decoder silently accepts, keeping the
// last). It is the fast path: no positions are kept; they are found again
// only when there is an error to report.
func decodeStrict(src []byte, d *model.Dataset) error {
	return json.Unmarshal(src, d, json.RejectUnknownMembers(true))
}

// jsonLocator knows where each JSON pointer's value (or, for an object
// member, its key) starts in a JSON file.
type jsonLocator struct {
	lines *lines
	first map[string]int
}

// maxNesting is deeper than any field of the dataset format goes (the
// deepest, series[i].poll.fieldwork.from.text, is six levels down). Positions
// are recorded no deeper, and YAML nested deeper is refused: a pointer costs
// its depth to build, so 10,000-deep nests cost their depth squared, and a
// 400 KB file of them took 20 s and gigabytes before this limit.
const maxNesting = 16

// newJSONLocator scans src once, recording the first place of every pointer
// down to maxNesting (deeper ones are placed at their ancestor). Duplicate
// keys are allowed here so that both places of one can be named.
func newJSONLocator(src []byte) *jsonLocator {
	l := &jsonLocator{lines: newLines(src), first: map[string]int{}}
	dec := jsontext.NewDecoder(bytes.NewReader(src), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	for {
		start := skipSeparators(src, int(dec.InputOffset()))
		if _, err := dec.ReadToken(); err != nil {
			return l
		}
		if dec.StackDepth() > maxNesting {
			continue
		}
		p := string(dec.StackPointer())
		if _, seen := l.first[p]; !seen {
			l.first[p] = start
		}
	}
}

// skipSeparators moves past the white space, commas and colons that the
// decoder's offset includes before a token.
func skipSeparators(src []byte, i int) int {
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			i++
		default:
			return i
		}
	}
	return i
}

func (l *jsonLocator) locate(pointer string) (position, bool) {
	off, ok := l.first[pointer]
	if !ok {
		return position{}, false
	}
	return l.lines.at(off), true
}

// jsonDecodeError turns a decoder error into a placed error. offsetsAreSource
// says whether the error's byte offsets refer to the user's file (JSON) or to
// a converted form (YAML), in which case the pointer is used instead.
func jsonDecodeError(err error, loc locator, src *lines) (pointer string, pos position, msg string) {
	var sem *json.SemanticError
	var syn *jsontext.SyntacticError
	defer func() { pointer = truncatePointer(pointer, maxNesting) }()
	switch {
	case errors.As(err, &syn):
		pointer = string(syn.JSONPointer)
		msg = syntaxMessage(syn)
		if src != nil {
			pos = src.at(int(syn.ByteOffset))
		} else {
			pos = place(loc, pointer)
		}
		if errors.Is(syn.Err, jsontext.ErrDuplicateName) {
			msg = "duplicate key"
			if first, ok := loc.locate(pointer); ok && first != pos {
				msg += " (first at line " + itoa(first.line) + ", column " + itoa(first.col) + ")"
			}
		}
	case errors.As(err, &sem):
		pointer = string(sem.JSONPointer)
		msg = semanticMessage(sem)
		if src != nil && sem.ByteOffset > 0 {
			pos = src.at(int(sem.ByteOffset))
		} else {
			pos = place(loc, pointer)
		}
	default:
		msg = err.Error()
		pos = position{line: 1, col: 1}
	}
	return pointer, pos, msg
}

// truncatePointer keeps the first n tokens of a pointer: an error 10,000
// levels down is reported at its line and column with a readable path.
func truncatePointer(p string, n int) string {
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			if n == 0 {
				return p[:i]
			}
			n--
		}
	}
	return p
}
