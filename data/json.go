package data

import (
	"bytes"
	"errors"
	"reflect"

	"github.com/dossier-dev/dossier/model"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// decodeStrict decodes a dataset from JSON, rejecting unknown fields and
// duplicate keys (which Go's standard decoder silently accepts, keeping the
// last). It is the fast path: no positions are kept; they are found again
// only when there is an error to report.
func decodeStrict(src []byte, d *model.Dataset) error {
	presize(src, d)
	return json.Unmarshal(src, d, json.RejectUnknownMembers(true))
}

// presize gives the dataset's item slices the capacity of the arrays in
// src before decoding. The decoder appends to the capacity it finds; left
// to grow a slice of 25,000 figures step by step, it allocates and copies
// about five times the final slice, which at 100,000 items was more than
// half of all the memory a load allocated.
func presize(src []byte, d *model.Dataset) {
	for _, a := range topArrays(src) {
		switch a.key {
		case "topics":
			withCap(&d.Topics, a)
		case "actors":
			withCap(&d.Actors, a)
		case "events":
			withCap(&d.Events, a)
		case "figures":
			withCap(&d.Figures, a)
		case "quotes":
			withCap(&d.Quotes, a)
		case "claims":
			withCap(&d.Claims, a)
		case "series":
			withCap(&d.Series, a)
		}
	}
}

// withCap makes *s an empty slice with room for the array's elements,
// unless that would take more memory than a few times the array's text: a
// file of a million "{}" must cost no more than decoding it would.
func withCap[T any](s *[]T, a topArray) {
	size := int(reflect.TypeFor[T]().Size())
	if a.n == 0 || *s != nil || a.n > 4*a.span/size {
		return
	}
	*s = make([]T, 0, a.n)
}

// topArray is an array that is the value of a top-level object member:
// its key (as written), element count and length in bytes.
type topArray struct {
	key     string
	n, span int
}

// topArrays scans src for the arrays held directly by its top-level
// object, counting their elements without decoding them. Strings are
// skipped with bytes.IndexByte, so the scan costs little even on long
// article texts. On malformed input it stops early and returns what it
// has: the decoder reports the error; this only sizes slices.
func topArrays(src []byte) []topArray {
	var out []topArray
	var cur topArray
	depth, commas := 0, 0
	key, expectKey, nonEmpty := "", false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		case '"':
			end := stringEnd(src, i)
			if end < 0 {
				return out
			}
			if depth == 1 && expectKey {
				key, expectKey = string(src[i+1:end]), false
			}
			i = end
		case '{', '[':
			depth++
			if depth == 1 {
				expectKey = c == '{'
			}
			if depth == 2 && c == '[' {
				cur, commas, nonEmpty = topArray{key: key, span: -i}, 0, false
				continue
			}
		case '}', ']':
			depth--
			if depth == 1 && c == ']' {
				cur.span += i
				if nonEmpty {
					cur.n = commas + 1
				}
				out = append(out, cur)
			}
			if depth < 0 {
				return out
			}
			continue
		case ',':
			switch depth {
			case 1:
				expectKey = true
			case 2:
				commas++
			}
			continue
		case ':':
			continue
		}
		if depth == 2 || (depth == 3 && (c == '{' || c == '[')) {
			nonEmpty = true
		}
	}
	return out
}

// stringEnd returns the index of the quote that closes the string opened
// at src[open], or -1.
func stringEnd(src []byte, open int) int {
	for i := open + 1; ; {
		j := bytes.IndexByte(src[i:], '"')
		if j < 0 {
			return -1
		}
		i += j
		backslashes := 0
		for k := i - 1; k > open && src[k] == '\\'; k-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return i
		}
		i++
	}
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
