package format

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	in := map[string]string{
		"c1":   "a\u0085b\u009bc",
		"bidi": "x\u202ey\u2066z\u200e",
		"zw":   "zero\u200bwidth\ufeff\u2060",
		"ok":   "Téllez – “libel” 🇲🇽",
		"del":  "a\x7fb",
		"sep":  "line\u2028para\u2029",
	}
	b, err := JSON(in)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, r := range out {
		if Hidden(r) {
			t.Errorf("output holds %U raw:\n%s", r, out)
		}
	}
	for _, want := range []string{`\u0085`, `\u009b`, `\u202e`, `\u2066`, `\u200e`, `\u200b`, `\ufeff`, `\u2060`, `\u007f`, `\u2028`, "Téllez – “libel” 🇲🇽"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	// The escapes decode to the same strings.
	var back map[string]string
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	for k, v := range in {
		if back[k] != v {
			t.Errorf("%s: decoded %q, want %q", k, back[k], v)
		}
	}
}

func TestEscapeNothingToDo(t *testing.T) {
	src := []byte(`{"a": "plain ascii and é"}`)
	if got := Escape(src); &got[0] != &src[0] {
		t.Error("Escape copied input that needed no escapes")
	}
}

// TestYAMLQuoting checks that strings a YAML 1.1 reader would misread are
// quoted, and that hidden runes are escaped inside double quotes.
func TestYAMLQuoting(t *testing.T) {
	b, err := YAML(map[string]any{"eq": "=", "yes": "yes", "on": "On", "tilde": "~", "hidden": "a\u202eb", "num": "1e3"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`eq: "="`, `"yes": "yes"`, `"on": "On"`, `tilde: "~"`, `hidden: "a\u202eb"`, `num: "1e3"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("YAML lacks %s:\n%s", want, b)
		}
	}
}
