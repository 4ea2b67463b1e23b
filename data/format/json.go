package format

import (
	"bytes"

	"github.com/dossier-dev/dossier/model"
	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// JSON encodes v with two-space indentation and a final newline. Field order
// is the order of the model's struct fields (their json tags are the stable
// names); map keys, if any, are sorted. Hidden runes are escaped (Escape);
// <, > and & are not, since this output is never embedded in HTML.
func JSON(v any) ([]byte, error) {
	b, err := json.Marshal(v, marshalOptions)
	if err != nil {
		return nil, err
	}
	b = Escape(indentJSON(b))
	return append(b, '\n'), nil
}

// marshalOptions are shared by JSON and YAML. The model's tags use
// omitempty in the encoding/json sense (a zero occurrence is left out, so
// evidence reads {"text", "start", "end"}); json v2 alone would write
// "occurrence": 0, since it omits only empty JSON values.
var marshalOptions = json.JoinOptions(
	json.Deterministic(true),
	jsonv1.OmitEmptyWithLegacySemantics(true),
)

// ListJSON writes listed items as the dataset holds them. One section is a
// JSON array of its items; several are an object with a member per kind
// ("actors", "events", ...), in section order.
func ListJSON(d *model.Dataset, sections []Section) ([]byte, error) {
	items := func(s Section) []any {
		out := make([]any, len(s.Refs))
		for i, r := range s.Refs {
			out[i] = itemAt(d, r)
		}
		return out
	}
	if len(sections) == 1 {
		return JSON(items(sections[0]))
	}
	var buf bytes.Buffer
	enc := jsontext.NewEncoder(&buf)
	if err := enc.WriteToken(jsontext.BeginObject); err != nil {
		return nil, err
	}
	for _, s := range sections {
		if err := enc.WriteToken(jsontext.String(Plural(s.Kind))); err != nil {
			return nil, err
		}
		if err := json.MarshalEncode(enc, items(s), marshalOptions); err != nil {
			return nil, err
		}
	}
	if err := enc.WriteToken(jsontext.EndObject); err != nil {
		return nil, err
	}
	// The encoder ends the top-level value with a newline.
	return append(Escape(indentJSON(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))), '\n'), nil
}
