package format

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// YAML encodes v as block-style YAML that dossier's loader reads back to
// the same value: the JSON field names and order, two-space indentation,
// no anchors, aliases or tags. It goes through JSON so that one set of tags
// (the model's json tags) names the fields of both formats.
//
// It writes YAML itself, from the JSON tokens, in one pass: yaml.v3's
// encoder builds a node per value and took half a minute and gigabytes for
// a dataset of 100,000 items. The writer is conservative: a string is
// written plain only when no YAML reader (1.1 or 1.2) could take it for
// anything else, multi-line text as a literal block when that keeps it
// exactly, and anything else double-quoted, with Hidden runes and
// characters YAML cannot hold raw escaped as \uXXXX.
func YAML(v any) ([]byte, error) {
	j, err := json.Marshal(v, marshalOptions)
	if err != nil {
		return nil, err
	}
	w := &yamlWriter{dec: jsontext.NewDecoder(bytes.NewReader(j)), out: make([]byte, 0, len(j)+len(j)/2)}
	tok, err := w.dec.ReadToken()
	if err != nil {
		return nil, err
	}
	switch tok.Kind() {
	case '{', '[':
		if err := w.block(tok.Kind(), 0, ""); err != nil {
			return nil, err
		}
	default:
		w.scalar(tok, 2)
		w.out = append(w.out, '\n')
	}
	return w.out, nil
}

type yamlWriter struct {
	dec *jsontext.Decoder
	out []byte
}

func (w *yamlWriter) indent(n int) {
	for range n {
		w.out = append(w.out, ' ')
	}
}

// block writes the members of an object or the items of an array (whose
// opening token has been read) at the given indentation. first is written
// instead of the indentation before the first line: "- " when the block is
// an item of a sequence.
func (w *yamlWriter) block(kind jsontext.Kind, indent int, first string) error {
	closing := jsontext.Kind('}')
	if kind == '[' {
		closing = ']'
	}
	if w.dec.PeekKind() == closing {
		if _, err := w.dec.ReadToken(); err != nil {
			return err
		}
		if kind == '[' {
			w.out = append(w.out, first+"[]\n"...)
		} else {
			w.out = append(w.out, first+"{}\n"...)
		}
		return nil
	}
	for n := 0; w.dec.PeekKind() != closing; n++ {
		if n == 0 && first != "" {
			w.out = append(w.out, first...)
		} else {
			w.indent(indent)
		}
		if kind == '{' {
			key, err := w.dec.ReadToken()
			if err != nil {
				return err
			}
			w.str(key.String(), indent)
			w.out = append(w.out, ':')
			if err := w.member(indent); err != nil {
				return err
			}
			continue
		}
		w.out = append(w.out, '-')
		if err := w.item(indent); err != nil {
			return err
		}
	}
	_, err := w.dec.ReadToken()
	return err
}

// member writes the value of an object member after its "key:".
func (w *yamlWriter) member(indent int) error {
	tok, err := w.dec.ReadToken()
	if err != nil {
		return err
	}
	switch k := tok.Kind(); k {
	case '{', '[':
		if w.dec.PeekKind() == '}' || w.dec.PeekKind() == ']' {
			return w.block(k, indent, " ")
		}
		w.out = append(w.out, '\n')
		// A sequence under a key is indented like a mapping: "key:\n  - x".
		return w.block(k, indent+2, "")
	}
	w.out = append(w.out, ' ')
	w.scalar(tok, indent+2)
	w.out = append(w.out, '\n')
	return nil
}

// item writes one item of a sequence after its "-".
func (w *yamlWriter) item(indent int) error {
	tok, err := w.dec.ReadToken()
	if err != nil {
		return err
	}
	switch k := tok.Kind(); k {
	case '{', '[':
		// The first line of the nested block follows the dash; the rest are
		// indented past it.
		return w.block(k, indent+2, " ")
	}
	w.out = append(w.out, ' ')
	w.scalar(tok, indent+2)
	w.out = append(w.out, '\n')
	return nil
}

// scalar writes a string, number, boolean or null. A multi-line string's
// block is indented by indent.
func (w *yamlWriter) scalar(tok jsontext.Token, indent int) {
	switch tok.Kind() {
	case '"':
		w.str(tok.String(), indent)
	case 'n':
		w.out = append(w.out, "null"...)
	default:
		// Numbers (shortest form) and booleans read the same in YAML.
		w.out = append(w.out, tok.String()...)
	}
}

func (w *yamlWriter) str(s string, indent int) {
	switch {
	case plainSafe(s):
		w.out = append(w.out, s...)
	case literalSafe(s):
		w.literal(s, indent)
	default:
		w.quoted(s)
	}
}

// literal writes a multi-line string as a literal block, whose lines are
// kept exactly; the chomping indicator keeps its final line breaks.
func (w *yamlWriter) literal(s string, indent int) {
	body := strings.TrimRight(s, "\n")
	switch trailing := len(s) - len(body); trailing {
	case 0:
		w.out = append(w.out, "|-"...)
	case 1:
		w.out = append(w.out, '|')
	default:
		w.out = append(w.out, "|+"...)
		body = s[:len(s)-1]
	}
	for _, line := range strings.Split(body, "\n") {
		w.out = append(w.out, '\n')
		if line != "" {
			w.indent(indent)
			w.out = append(w.out, line...)
		}
	}
}

// quoted writes a double-quoted string. JSON string syntax is also YAML's
// double-quoted syntax; what YAML cannot hold raw is escaped on top.
func (w *yamlWriter) quoted(s string) {
	q, _ := jsontext.AppendQuote(nil, s)
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRune(q[i:])
		if Hidden(r) || !yamlPrintable(r) {
			w.out = fmt.Appendf(w.out, `\u%04x`, r)
		} else {
			w.out = append(w.out, q[i:i+size]...)
		}
		i += size
	}
}

// yamlPrintable is YAML's set of characters that may appear unescaped.
func yamlPrintable(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0x7e) || r == 0x85 ||
		(r >= 0xa0 && r <= 0xd7ff) || (r >= 0xe000 && r <= 0xfffd && r != 0xfeff) || (r >= 0x10000 && r <= 0x10ffff)
}

// plainSafe reports whether s can be written as a plain scalar and read
// back as the same string by any YAML reader. It errs on the side of
// quoting: a string that starts with a digit or a sign (a number, a date,
// "46%"), a YAML 1.1 boolean or null word, or an indicator is quoted.
func plainSafe(s string) bool {
	if s == "" || s != strings.TrimSpace(s) {
		return false
	}
	if strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`=~<+.0123456789") {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || Hidden(r) || !yamlPrintable(r) {
			return false
		}
	}
	switch strings.ToLower(s) {
	case "null", "true", "false", "yes", "no", "on", "off", "y", "n":
		return false
	}
	return true
}

// literalSafe reports whether s is multi-line text that a literal block
// keeps exactly: printable, no carriage returns, and no line that starts
// with white space (which would confuse the block's indentation).
func literalSafe(s string) bool {
	if !strings.Contains(s, "\n") || strings.TrimSpace(s) == "" {
		return false
	}
	for _, r := range s {
		if r == '\r' || (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || Hidden(r) || !yamlPrintable(r) || r == 0x85 {
			return false
		}
	}
	for _, line := range strings.Split(s, "\n") {
		if line != "" && (line[0] == ' ' || line[0] == '\t') {
			return false
		}
	}
	return !strings.HasPrefix(s, "\n")
}
