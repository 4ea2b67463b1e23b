package data

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
	"gopkg.in/yaml.v3"
)

// yamlLocator knows where each JSON pointer stands in a YAML file. It is
// filled while the YAML is converted to JSON.
type yamlLocator map[string]position

func (l yamlLocator) locate(pointer string) (position, bool) {
	p, ok := l[pointer]
	return p, ok
}

// yamlToJSON converts a YAML dataset to JSON, so that both formats go
// through one strict decoder, and records where every field stands.
//
// It accepts plain YAML only. Anchors, aliases, merge keys (<<) and explicit
// tags are refused: a dataset has no use for them, and aliases are how YAML
// "billion laughs" bombs expand a small file into gigabytes.
func yamlToJSON(src []byte) ([]byte, yamlLocator, []*Error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, nil, []*Error{placeControl(yamlSyntaxError(err), src)}
	}
	c := &yamlConverter{loc: yamlLocator{}}
	// A file of comments and a lone "---" (or "null") is a null document:
	// say so, rather than list every field as missing.
	if doc.Kind == 0 || len(doc.Content) == 0 || doc.Content[0].ShortTag() == "!!null" {
		return nil, nil, []*Error{{Line: 1, Col: 1, Message: "the file holds no dataset"}}
	}
	c.node(doc.Content[0], "")
	if len(c.errs) > 0 {
		return nil, nil, c.errs
	}
	return c.out, c.loc, nil
}

type yamlConverter struct {
	out   []byte
	loc   yamlLocator
	errs  []*Error
	depth int
}

func (c *yamlConverter) fail(n *yaml.Node, pointer, format string, args ...any) {
	c.errs = append(c.errs, &Error{Line: n.Line, Col: n.Column, Path: pathOf(pointer), Message: fmt.Sprintf(format, args...)})
}

func (c *yamlConverter) node(n *yaml.Node, pointer string) {
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxNesting {
		c.fail(n, pointer, "nested more than %d levels deep, deeper than any dataset field", maxNesting)
		return
	}
	if _, seen := c.loc[pointer]; !seen {
		c.loc[pointer] = position{line: n.Line, col: n.Column}
	}
	if n.Anchor != "" {
		c.fail(n, pointer, "YAML anchors (&%s) are not accepted in a dataset", n.Anchor)
		return
	}
	if n.Style&yaml.TaggedStyle != 0 {
		c.fail(n, pointer, "explicit YAML tags (%s) are not accepted in a dataset", n.Tag)
		return
	}
	switch n.Kind {
	case yaml.AliasNode:
		c.fail(n, pointer, "YAML aliases (*%s) are not accepted in a dataset", n.Value)
	case yaml.MappingNode:
		c.mapping(n, pointer)
	case yaml.SequenceNode:
		c.out = append(c.out, '[')
		for i, item := range n.Content {
			if i > 0 {
				c.out = append(c.out, ',')
			}
			c.node(item, pointer+"/"+strconv.Itoa(i))
		}
		c.out = append(c.out, ']')
	case yaml.ScalarNode:
		c.scalar(n, pointer)
	default:
		c.fail(n, pointer, "unexpected YAML node")
	}
}

func (c *yamlConverter) mapping(n *yaml.Node, pointer string) {
	c.out = append(c.out, '{')
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			c.fail(k, pointer, "a key must be a plain name")
			continue
		}
		if k.Tag == "!!merge" || k.Value == "<<" {
			c.fail(k, pointer, "YAML merge keys (<<) are not accepted in a dataset")
			continue
		}
		child := pointer + "/" + escapePointerToken(k.Value)
		if first, dup := seen[k.Value]; dup {
			c.fail(k, child, "duplicate key %q (first at line %d, column %d)", k.Value, first.Line, first.Column)
			continue
		}
		seen[k.Value] = k
		// A field's position is its key's: that is where an editor looks.
		c.loc[child] = position{line: k.Line, col: k.Column}
		if len(seen) > 1 {
			c.out = append(c.out, ',')
		}
		name, _ := jsontext.AppendQuote(nil, k.Value)
		c.out = append(c.out, name...)
		c.out = append(c.out, ':')
		c.node(v, child)
	}
	c.out = append(c.out, '}')
}

// scalar writes a YAML scalar as the JSON value it stands for. Dates and
// other timestamps stay strings, as the dataset format writes them.
func (c *yamlConverter) scalar(n *yaml.Node, pointer string) {
	switch n.ShortTag() {
	case "!!null":
		c.out = append(c.out, "null"...)
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			c.fail(n, pointer, "invalid boolean %q", n.Value)
			return
		}
		c.out = strconv.AppendBool(c.out, b)
	case "!!int":
		// Whole numbers stay whole: written as floats, offsets past a
		// million would come out as 1.2e+06 and no int field takes that.
		var i int64
		if err := n.Decode(&i); err != nil {
			c.fail(n, pointer, "%q is not a whole number this build can read", n.Value)
			return
		}
		c.out = strconv.AppendInt(c.out, i, 10)
	case "!!float":
		var f float64
		if err := n.Decode(&f); err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			c.fail(n, pointer, "%q is not a finite number", n.Value)
			return
		}
		c.out = strconv.AppendFloat(c.out, f, 'g', -1, 64)
	default:
		quoted, err := jsontext.AppendQuote(nil, n.Value)
		if err != nil {
			c.fail(n, pointer, "text is not valid UTF-8")
			return
		}
		c.out = append(c.out, quoted...)
	}
}

// pointerEscaper escapes a key for use in a JSON pointer (RFC 6901). It is
// built once: a Replacer is costly to build and this runs for every key.
var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

func escapePointerToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return pointerEscaper.Replace(s)
}

// yamlSyntaxError places a yaml.v3 parse error, whose position is only in
// its message ("yaml: line 3: ...").
func yamlSyntaxError(err error) *Error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	e := &Error{Line: 1, Col: 1, Message: "invalid YAML: " + msg}
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ":"); ok {
			if line, convErr := strconv.Atoi(num); convErr == nil {
				e.Line = line
				e.Message = "invalid YAML:" + tail
			}
		}
	}
	return e
}

// placeControl gives yaml.v3's "control characters are not allowed", which
// comes without a line, the place and code of the first such character, so
// that a stray escape sequence can be found and removed.
func placeControl(e *Error, src []byte) *Error {
	if !strings.HasSuffix(e.Message, "control characters are not allowed") {
		return e
	}
	for i, r := range string(src) {
		if !yamlPrintable(r) {
			pos := newLines(src).at(i)
			e.Line, e.Col = pos.line, pos.col
			e.Message += fmt.Sprintf(" (%U)", r)
			break
		}
	}
	return e
}

// yamlPrintable is the set of characters the YAML reader accepts.
func yamlPrintable(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0x7e || r == 0x85 ||
		r >= 0xa0 && r <= 0xd7ff || r >= 0xe000 && r <= 0xfffd || r >= 0x10000
}
