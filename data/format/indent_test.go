package format

import (
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// TestIndentMatchesEncoder checks indentJSON against json v2's own
// indenting encoder.
func TestIndentMatchesEncoder(t *testing.T) {
	values := []any{
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{1, "x", nil, true, map[string]any{"d": "e\"}{],:[\\"}}},
		[]any{},
		"just a string, with: colons",
		[]any{[]any{[]any{}}, map[string]any{"k": []any{map[string]any{}}}},
	}
	for _, d := range datasets(t) {
		values = append(values, d)
	}
	for _, v := range values {
		compact, err := json.Marshal(v, json.Deterministic(true))
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(v, json.Deterministic(true), jsontext.WithIndent("  "))
		if err != nil {
			t.Fatal(err)
		}
		if got := indentJSON(compact); string(got) != string(want) {
			t.Errorf("indentJSON differs from the encoder:\n%s\nwant:\n%s", got, want)
		}
	}
}
