package format

import (
	"reflect"
	"testing"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
)

// tricky are strings that YAML writers commonly get wrong: words and
// numbers a reader would convert, indicators, comments, document markers,
// line breaks and white space at the edges, and characters YAML or a
// terminal cannot take raw.
var tricky = []string{
	"", " lead", "trail ", "   ", "yes", "No", "ON", "y", "~", "null", "Null", "=", "<<", "- dash", "-", "?", ":",
	"a: b", "a #b", "#x", "a#b", "1e3", "0x10", "0o17", "1_000", ".5", "+1", ".inf", "2025-01-20", "46%", "@x", "`x",
	"multi\nline", "multi\nline\n", "multi\nline\n\n", "\nleading newline", "line\n  indented", "a\n\n\nb",
	"tab\tin", "\ttab lead", "line\n\ttab lead", "cr\r\nlf", "lone\rcr", "emoji 🇲🇽", "bidi \u202eevil", "nel\u0085",
	"ls\u2028ps\u2029", "bom\ufeff", "\ufffe", "\uffff", "del\x7f", "esc \x1b[31m", "bell\a", "nul\x00byte",
	"quote \" and \\ backslash", "'single'", "{brace}", "[bracket]", "ends with colon:", "key:value", "!tag",
	"&anchor", "*alias", "|pipe", ">gt", "%pct", "...", "---", "a\n---\nb", "a\n...\nb", "#comment\nline",
	"trailing spaces   \nnext", "Téllez’s “libel”", "  \n  ", "\n", "\n\n",
}

// TestTrickyRoundTrip puts each tricky string in text fields of a dataset
// and requires JSON and YAML exports to load back to the same dataset.
func TestTrickyRoundTrip(t *testing.T) {
	for _, s := range tricky {
		d, err := data.LoadFile("../testdata/example.yaml")
		if err != nil {
			t.Fatal(err)
		}
		d.Story.Title = "T" + s
		d.Story.Text += s // after every span, so offsets still hold
		d.Topics[0].Description = s
		d.Actors[1].Role = s
		d.Actors[1].Aliases = append(d.Actors[1].Aliases, s)
		d.Figures[0].Measure = s
		d.Events[0].When.InferredWhy, d.Events[0].When.Inferred = "x"+s, true
		if problems := model.Validate(d); len(problems) > 0 {
			t.Fatalf("%q: the changed dataset is invalid: %v", s, problems)
		}
		for name, enc := range map[string]func(any) ([]byte, error){"json": JSON, "yaml": YAML} {
			b, err := enc(d)
			if err != nil {
				t.Fatalf("%q %s: %v", s, name, err)
			}
			for _, r := range string(b) {
				if Hidden(r) {
					t.Errorf("%q %s: output holds %U raw", s, name, r)
				}
			}
			back, err := data.Load("x."+name, b, data.FormatAuto, nil)
			if err != nil {
				t.Errorf("%q %s: does not load back: %v\n%s", s, name, err, b)
				continue
			}
			if !reflect.DeepEqual(d, back) {
				t.Errorf("%q %s: loads back different:\n%s", s, name, b)
			}
		}
	}
}
