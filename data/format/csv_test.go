package format

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/model"
)

func TestDefuseFormula(t *testing.T) {
	cases := map[string]string{
		"=1+2":              "'=1+2",
		"+1":                "'+1",
		"-2":                "'-2",
		"@SUM(A1)":          "'@SUM(A1)",
		"\tTab":             "'\tTab",
		"\rCR":              "'\rCR",
		"plain":             "plain",
		"":                  "",
		"a=b":               "a=b",
		" =leading space":   " =leading space",
		"'already quoted":   "'already quoted",
		"Téllez; =inside":   "Téllez; =inside",
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
	}
	for in, want := range cases {
		if got := DefuseFormula(in); got != want {
			t.Errorf("DefuseFormula(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCSV checks the header, the quoting of commas, quotes and line breaks,
// the formula rule on text cells, and that number cells are left alone.
func TestCSV(t *testing.T) {
	g := Grid{
		Kind:   model.KindFigure,
		Header: []string{"id", "label", "value"},
		Number: []bool{false, false, true},
		Rows: [][]string{
			{"a", "=cmd|' /C calc'!A0", "-3"},
			{"b", "one, \"two\"\nthree", "4.5"},
		},
	}
	b, err := CSV(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, b)
	}
	want := [][]string{
		{"id", "label", "value"},
		{"a", "'=cmd|' /C calc'!A0", "-3"},
		{"b", "one, \"two\"\nthree", "4.5"},
	}
	for i := range want {
		if strings.Join(records[i], "\x00") != strings.Join(want[i], "\x00") {
			t.Errorf("record %d = %q, want %q", i, records[i], want[i])
		}
	}
}
