package main

// Hostile datasets through the command line (the files are
// data/testdata/hostile; data/hostile_test.go pins each one's load). Every
// command and format is run on each file that loads, as a terminal would
// see it and as a pipe would: on a terminal nothing the data supplies may
// drive the terminal; JSON and YAML escape what is hidden; CSV defuses
// formulas; a pipe gets the data as it is. A file that does not load exits
// 1 with its errors on stderr and nothing on stdout.

import (
	"bytes"
	"encoding/csv"
	"github.com/dossier-dev/dossier/internal/testutil"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
)

const hostileDir = "../../data/testdata/hostile/"

// hostileLoads are the hostile files that are valid datasets.
var hostileLoads = []string{
	"escapes.json", "controls.json", "bidi.json", "zero-width.json",
	"wide.json", "affiliation-cycle.json", "csv-formula.json",
}

// everyOutput is every command that writes a dataset's text: listings in
// each format, each kind alone, every item shown in each format, and the
// export in each format.
func everyOutput(t *testing.T, d *model.Dataset) [][]string {
	t.Helper()
	out := [][]string{{}, {"list"}, {"list", "-f", "json"}, {"list", "-f", "markdown"},
		{"export"}, {"export", "-f", "yaml"}, {"export", "-f", "markdown"}}
	for _, k := range format.KindNames() {
		for _, f := range []string{"table", "json", "csv", "markdown"} {
			out = append(out, []string{"list", k, "-f", f})
		}
	}
	for _, k := range format.ListKinds {
		for i := range d.Count(k) {
			for _, f := range []string{"table", "json", "yaml", "markdown"} {
				out = append(out, []string{"show", d.ID(model.Ref{Kind: k, Index: i}), "-f", f})
			}
		}
	}
	return out
}

func loadHostile(t *testing.T, file string) *model.Dataset {
	t.Helper()
	d, err := data.LoadFile(hostileDir + file)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return d
}

// sgr matches the colour sequences dossier itself writes.
var sgr = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// TestHostileTerminalOutput: on a terminal, with colour and without, no
// output holds a rune that could drive it, once dossier's own colour
// sequences are set aside; tables fit the width and keep their columns.
func TestHostileTerminalOutput(t *testing.T) {
	for _, file := range hostileLoads {
		d := loadHostile(t, file)
		for _, args := range everyOutput(t, d) {
			if len(args) == 0 {
				continue // the explorer: see ui
			}
			for _, e := range []env{terminal(100, "NO_COLOR=1"), terminal(100)} {
				r := runWith(t, e, append([]string{"--data", hostileDir + file}, args...)...)
				name := file + " " + strings.Join(args, " ")
				if r.code != 0 || r.stderr != "" {
					t.Fatalf("%s: exit %d: %s", name, r.code, r.stderr)
				}
				out := sgr.ReplaceAllString(r.stdout, "")
				if e.colorAllowed() == false && out != r.stdout {
					t.Errorf("%s: colour with NO_COLOR", name)
				}
				if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && r != '\t' && testutil.DrivesTerminal(r) }); i >= 0 {
					t.Errorf("%s: terminal output holds %q at %d:\n%s", name, out[i:min(i+12, len(out))], i, out)
				}
				if isTable(args) {
					checkTable(t, name, out, 100)
				}
			}
		}
	}
}

func isTable(args []string) bool {
	return len(args) > 0 && (args[0] == "list" || args[0] == "show") && (len(args) < 3 || args[len(args)-1] == "table")
}

// checkTable checks that every line fits and that in each table the rows'
// columns start where the header rule's do: a wide character miscounted
// would push the cells after it out of line.
func checkTable(t *testing.T, name, out string, width int) {
	t.Helper()
	var starts []int
	for _, line := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(line); w > width {
			t.Errorf("%s: line %d cells wide: %q", name, w, line)
		}
		cells := toCells(line)
		switch {
		case strings.HasPrefix(line, "─"):
			starts = nil
			for i := range cells {
				if cells[i] == '─' && (i == 0 || cells[i-1] == ' ') {
					starts = append(starts, i)
				}
			}
		case line == "":
			starts = nil
		default:
			for _, s := range starts[min(1, len(starts)):] {
				if s < len(cells) && (cells[s-1] != ' ' || cells[s-2] != ' ') {
					t.Errorf("%s: column at cell %d is out of line in %q", name, s, line)
				}
			}
		}
	}
}

// toCells lays a line out one rune per terminal cell, a wide rune followed
// by a filler.
func toCells(line string) []rune {
	var cells []rune
	for _, g := range graphemes(line) {
		cells = append(cells, []rune(g)[0])
		for range ansi.StringWidth(g) - 1 {
			cells = append(cells, 0)
		}
	}
	return cells
}

func graphemes(s string) []string {
	var out []string
	for state := -1; s != ""; {
		var g string
		g, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		out = append(out, g)
	}
	return out
}

// TestHostileJSONAndYAMLEscaped: JSON and YAML output, piped or not, hold
// every hidden character as an escape (Go's encoder writes C1, bidi and
// zero-width characters raw), and read back to the same dataset.
func TestHostileJSONAndYAMLEscaped(t *testing.T) {
	for _, file := range hostileLoads {
		want := loadHostile(t, file)
		for _, f := range []string{"json", "yaml"} {
			r := runPiped(t, "--data", hostileDir+file, "export", "-f", f)
			if r.code != 0 {
				t.Fatalf("%s %s: exit %d: %s", file, f, r.code, r.stderr)
			}
			if i := strings.IndexFunc(r.stdout, func(r rune) bool { return r != '\n' && testutil.DrivesTerminal(r) }); i >= 0 {
				t.Errorf("%s %s: output holds %q raw", file, f, r.stdout[i:min(i+8, len(r.stdout))])
			}
			back, err := data.Load("back."+f, []byte(r.stdout), data.FormatAuto, nil)
			if err != nil {
				t.Fatalf("%s %s: the export does not load: %v", file, f, err)
			}
			if back.Story.Text != want.Story.Text || back.Actors[0].Name != want.Actors[0].Name {
				t.Errorf("%s %s: the export changed the text", file, f)
			}
		}
	}
}

// TestHostileCSVDefused: a CSV cell from the data that a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an
// apostrophe, piped and on a terminal alike.
func TestHostileCSVDefused(t *testing.T) {
	d := loadHostile(t, "csv-formula.json")
	for _, e := range []env{{}, terminal(100, "NO_COLOR=1")} {
		for _, k := range format.ListKinds {
			r := runWith(t, e, "--data", hostileDir+"csv-formula.json", "list", format.Plural(k), "-f", "csv")
			rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
			if r.code != 0 || err != nil || len(rows) != d.Count(k)+1 {
				t.Fatalf("%s: exit %d, %v: %s", k, r.code, err, r.stdout)
			}
			cols := format.Columns(k)
			for _, row := range rows[1:] {
				for j, cell := range row {
					if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) && !cols[j].Number {
						t.Errorf("%s.%s: cell %q would run as a formula", k, cols[j].Name, cell)
					}
				}
			}
		}
	}
	if r := runPiped(t, "--data", hostileDir+"csv-formula.json", "list", "actors", "-f", "csv"); !strings.Contains(r.stdout, "'=1+1") {
		t.Errorf("the formula was not kept behind its apostrophe:\n%s", r.stdout)
	}
}

// TestHostilePipedFaithful: piped, table, Markdown and CSV give the data as
// it is (a file must hold what the dataset holds); only a terminal gets it
// sanitized. This pins the documented rule.
func TestHostilePipedFaithful(t *testing.T) {
	for _, args := range [][]string{{"list", "actors"}, {"list", "actors", "-f", "markdown"}, {"list", "actors", "-f", "csv"}} {
		r := runPiped(t, append([]string{"--data", hostileDir + "escapes.json"}, args...)...)
		// Markdown escapes the "]" of an OSC, so look for the ESC and its payload.
		if !strings.Contains(r.stdout, "\x1b") || !strings.Contains(r.stdout, "52;c;cm0gLXJmIH4K\a") {
			t.Errorf("%v piped is not faithful:\n%q", args, r.stdout)
		}
	}
}

// TestHostileRejectedCLI: a dataset that does not load exits 1, writes its
// errors (and nothing else) to stderr, and nothing to stdout, whatever the
// command; the error text cannot drive the terminal either.
func TestHostileRejectedCLI(t *testing.T) {
	files, err := filepath.Glob(hostileDir + "*")
	if err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(big, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, data.MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	rejected := 0
	for _, file := range append(files, big) {
		_, loadErr := data.LoadFile(file)
		if loadErr == nil {
			continue
		}
		rejected++
		for _, args := range [][]string{{"--data", file}, {"--data", file, "list", "-f", "json"}, {"--data", file, "export"}, {"--data", file, "show", "a"}, {"validate", file}} {
			for _, e := range []env{{}, terminal(100, "NO_COLOR=1")} {
				r := runWith(t, e, args...)
				if r.code != 1 || r.stdout != "" {
					t.Errorf("%v: exit %d, stdout %q", args, r.code, r.stdout)
				}
				if !strings.Contains(r.stderr, loadErr.Error()+"\n") {
					t.Errorf("%v: stderr\n%s\nlacks the load error\n%s", args, r.stderr, loadErr)
				}
				if i := strings.IndexFunc(r.stderr, func(r rune) bool { return r != '\n' && testutil.DrivesTerminal(r) }); i >= 0 {
					t.Errorf("%v: stderr holds %q", args, r.stderr[i:min(i+8, len(r.stderr))])
				}
			}
		}
	}
	if rejected < 20 {
		t.Errorf("only %d hostile files were rejected", rejected)
	}
}

// TestHostileOutputBounded: a dataset of 100,000-character fields gives a
// terminal table that still fits, and output proportional to the data.
func TestHostileOutputBounded(t *testing.T) {
	long := strings.Repeat("Téllez東京\x1b[31m", 10_000)
	src := `{"schema_version": 1, "story": {"title": "` + jsonText(long) + `", "text": "` + jsonText(long) + `"},
 "actors": [{"id": "a", "name": "` + jsonText(long) + `", "kind": "person", "evidence": [{"text": "` + jsonText(long) + `"}]}]}`
	name := filepath.Join(t.TempDir(), "long.json")
	if err := os.WriteFile(name, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	r := runWith(t, terminal(80, "NO_COLOR=1"), "--data", name, "list")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	checkTable(t, "long", r.stdout, 80)
	if bytes.ContainsRune([]byte(r.stdout), 0x1b) {
		t.Error("an escape reached the terminal")
	}
}

func jsonText(s string) string { return strings.ReplaceAll(s, "\x1b", `\u001b`) }
