package data

// Fuzz targets for the loader. Whatever the bytes, Load must not panic; a
// dataset it returns must be one Validate accepts again with every span
// resolved inside the text; an error it returns must be placed in the file
// and printable on a terminal. Seeds are in testdata/fuzz/<FuzzName>/; run
// scripts/fuzz.sh to fuzz for time.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
)

func FuzzLoadJSON(f *testing.F) {
	addSeeds(f, "*.json")
	f.Add([]byte(`{"schema_version": 1, "story": {"title": "T", "text": "Ana said."}, "actors": [{"id": "a", "name": "Ana", "kind": "person", "evidence": [{"text": "Ana"}]}]}`))
	f.Fuzz(func(t *testing.T, src []byte) { checkLoad(t, "f.json", src, FormatJSON) })
}

func FuzzLoadYAML(f *testing.F) {
	addSeeds(f, "*.yaml")
	f.Add([]byte("schema_version: 1\nstory: {title: T, text: Ana said.}\nactors:\n  - {id: a, name: Ana, kind: person, evidence: [{text: Ana}]}\n"))
	f.Fuzz(func(t *testing.T, src []byte) { checkLoad(t, "f.yaml", src, FormatYAML) })
}

// addSeeds adds the example and the hostile files, which reach most rules.
func addSeeds(f *testing.F, pattern string) {
	names, _ := filepath.Glob(filepath.Join("testdata", pattern))
	more, _ := filepath.Glob(filepath.Join("testdata", "hostile", pattern))
	for _, name := range append(names, more...) {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
}

func checkLoad(t *testing.T, name string, src []byte, format Format) {
	d, err := Load(name, src, format, nil)
	if err != nil {
		if d != nil {
			t.Fatal("a dataset was returned with an error")
		}
		checkError(t, name, src, err)
		return
	}
	if problems := model.Validate(d); len(problems) > 0 {
		t.Fatalf("a loaded dataset fails validation again: %v", problems)
	}
	text := d.Story.Text
	for _, ev := range evidenceOf(d) {
		if ev.Start == nil || ev.End == nil || ev.Occurrence != 0 {
			t.Fatalf("span %q not resolved: %+v", ev.Text, ev)
		}
		s, e := *ev.Start, *ev.End
		if s < 0 || s > e || e > len(text) || text[s:e] != ev.Text {
			t.Fatalf("span %q resolved to [%d:%d] of a %d-byte text", ev.Text, s, e, len(text))
		}
	}
}

// checkError: every problem is data.Errors, in this file, at a line and
// column that exist in it, and printable without driving a terminal.
func checkError(t *testing.T, name string, src []byte, err error) {
	es, ok := err.(Errors)
	if !ok || len(es) == 0 {
		t.Fatalf("error %T %v is not data.Errors", err, err)
	}
	for _, e := range es {
		if e.File != name {
			t.Fatalf("error names file %q", e.File)
		}
		if e.Line == 0 && e.Message != "is empty: expected a dataset (JSON or YAML)" {
			t.Fatalf("error without a position: %v", e)
		}
		if e.Line != 0 && !placeExists(src, e.Line, e.Col) {
			t.Fatalf("error at %d:%d, not a place in the file: %v", e.Line, e.Col, e)
		}
	}
	msg := err.Error()
	if !utf8.ValidString(msg) {
		t.Fatalf("error text is not UTF-8: %q", msg)
	}
	for _, r := range msg {
		if r != '\n' && drives(r) {
			t.Fatalf("error text holds %U: %q", r, msg)
		}
	}
}

// placeExists reports whether a 1-based line and column (in characters, one
// past the end allowed) is in src. Lines end at "\n" for dossier's own
// positions, but yaml.v3 also ends them at a lone "\r", NEL, LS and PS
// (found by FuzzLoadYAML: "\r0" put an error on line 2), so either will do.
func placeExists(src []byte, line, col int) bool {
	lf := strings.Split(string(src), "\n")
	yamlBreaks := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")
	for _, ls := range [][]string{lf, strings.Split(yamlBreaks.Replace(string(src)), "\n")} {
		if line >= 1 && line <= len(ls) && col >= 1 && col <= utf8.RuneCountInString(ls[line-1])+1 {
			return true
		}
	}
	return false
}

func evidenceOf(d *model.Dataset) []model.Evidence {
	var all []model.Evidence
	for _, a := range d.Actors {
		all = append(all, a.Evidence...)
	}
	for _, e := range d.Events {
		all = append(all, e.Evidence...)
	}
	for _, f := range d.Figures {
		all = append(all, f.Evidence...)
	}
	for _, q := range d.Quotes {
		all = append(all, q.Evidence...)
	}
	for _, c := range d.Claims {
		all = append(all, c.Evidence...)
	}
	return all
}
