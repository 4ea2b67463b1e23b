package format

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"gopkg.in/yaml.v3"
)

// YAML encodes v as YAML that dossier's loader reads back to the same value:
// the JSON field names and order, two-space indentation, no anchors, aliases
// or tags. It goes through JSON so that one set of tags (the model's json
// tags) names the fields of both formats.
//
// A string holding a Hidden rune is written double-quoted, so that the rune
// can then be written as a \uXXXX escape, as in JSON.
func YAML(v any) ([]byte, error) {
	j, err := json.Marshal(v, marshalOptions)
	if err != nil {
		return nil, err
	}
	node, err := jsonToNode(jsontext.NewDecoder(bytes.NewReader(j)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return Escape(buf.Bytes()), nil
}

// jsonToNode builds the YAML node for the next JSON value, keeping the order
// of object members.
func jsonToNode(dec *jsontext.Decoder) (*yaml.Node, error) {
	tok, err := dec.ReadToken()
	if err != nil {
		return nil, err
	}
	switch tok.Kind() {
	case '{':
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for dec.PeekKind() != '}' {
			tok, err := dec.ReadToken()
			if err != nil {
				return nil, err
			}
			// A token is valid only until the next read.
			key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: tok.String()}
			val, err := jsonToNode(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, key, val)
		}
		_, err := dec.ReadToken()
		return n, err
	case '[':
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for dec.PeekKind() != ']' {
			val, err := jsonToNode(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, val)
		}
		// An empty list reads better, and as plainly, as [].
		n.Style = flowIfEmpty(n)
		_, err := dec.ReadToken()
		return n, err
	case '"':
		s := tok.String()
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if HasHidden(s) || yaml11Special(s) {
			n.Style = yaml.DoubleQuotedStyle
		}
		return n, nil
	case '0':
		// The JSON number text (shortest form) is also a YAML number.
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: numberTag(tok.String()), Value: tok.String()}, nil
	case 't', 'f':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: tok.String()}, nil
	case 'n':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
	}
	return nil, fmt.Errorf("unexpected JSON token %v", tok)
}

func flowIfEmpty(n *yaml.Node) yaml.Style {
	if len(n.Content) == 0 {
		return yaml.FlowStyle
	}
	return 0
}

func numberTag(s string) string {
	if bytes.ContainsAny([]byte(s), ".eE") {
		return "!!float"
	}
	return "!!int"
}

// yaml11Special reports strings that yaml.v3 writes unquoted but that a
// YAML 1.1 reader (PyYAML, many editors' tools) takes for something else: a
// boolean ("yes", "on", "y"), or the value key "=" (PyYAML cannot even load
// it), which is a comparator in this format.
func yaml11Special(s string) bool {
	switch strings.ToLower(s) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "=", "<<":
		return true
	}
	return false
}
