//go:build linux

package main

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui"
)

// program is one command under test and its script: the first step has no
// keys (its time counts from process start); every other step types keys
// and waits for the screen that should follow.
type program struct {
	name  string
	argv  []string
	stdin string // file for standard input, or ""
	steps []step
	quit  string
}

type step struct {
	metric string // "" for a step that is not measured
	keys   string
	// want tells whether the screen shows the step's result; expected
	// describes it, for the error when it never does.
	want     func(screen []string) bool
	expected []string
}

// The keys of the script, as a terminal sends them.
const (
	keyTab    = "\t"
	keyCtrlC  = "\x03"
	keyOpen   = "/"
	keyToTab1 = "1"
)

// dossierProgram scripts the explorer: the first frame, a tab switch
// (Actors to Timeline) and back, then the search opened and the query typed
// a key at a time. The screen each step must show is computed by the same
// explorer run in this process on the same data: a step is done when the
// terminal shows that screen (every line but the footer, which holds
// transient help), which is the step's result and nothing less: the query,
// the counts in the tab bar and the listed rows.
func dossierProgram(bin string, args []string, d *model.Dataset, s *model.Searcher, query string, cols, rows int) (program, error) {
	m, err := ui.New(ui.Options{Data: d, Searcher: s, Theme: ui.ThemeDark, Clipboard: "off"})
	if err != nil {
		return program{}, err
	}
	m.Update(tea.WindowSizeMsg{Width: cols, Height: rows})
	screenOf := func() []string { return plainLines(m.View().Content, rows-1) }
	p := program{name: "dossier", argv: append([]string{bin}, args...), quit: keyCtrlC}
	add := func(metric, keys string, msg tea.KeyPressMsg) {
		if keys != "" {
			m.Update(msg)
		}
		want := screenOf()
		p.steps = append(p.steps, step{metric: metric, keys: keys, want: linesAre(want), expected: want})
	}
	add("first frame", "", tea.KeyPressMsg{})
	add("tab switch", keyTab, tea.KeyPressMsg{Code: tea.KeyTab})
	add("", keyToTab1, textKey('1'))
	add("", keyOpen, textKey('/'))
	for i, r := range query {
		add(keyMetric(i, r), string(r), textKey(r))
	}
	return p, nil
}

func textKey(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

func keyMetric(i int, r rune) string { return fmt.Sprintf("key %d %q", i+1, r) }

// plainLines is a view as the terminal shows it: no styles, n lines,
// trailing blanks dropped.
func plainLines(view string, n int) []string {
	lines := strings.Split(ansi.Strip(view), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// linesAre holds when the screen starts with the wanted lines.
func linesAre(want []string) func([]string) bool {
	return func(screen []string) bool {
		if len(screen) < len(want) {
			return false
		}
		for i, w := range want {
			if screen[i] != w {
				return false
			}
		}
		return true
	}
}

// floorProgram scripts cmd/floor with the same keys: its two lines say
// which tab is shown and what was typed.
func floorProgram(bin string) program {
	p := program{name: "floor", argv: []string{bin}, quit: keyCtrlC}
	add := func(metric, keys string, want ...string) {
		p.steps = append(p.steps, step{metric: metric, keys: keys, want: linesAre(want), expected: want})
	}
	add("first frame", "", "floor · tab 1", "no query · / search")
	add("tab switch", keyTab, "floor · tab 2", "no query · / search")
	add("", keyToTab1, "floor · tab 1", "no query · / search")
	add("", keyOpen, "floor · tab 1", "/")
	return p
}

// withFloorQuery adds the query's keys to the floor's script.
func (p program) withFloorQuery(query string) program {
	typed := ""
	for i, r := range query {
		typed += string(r)
		want := []string{"floor · tab 1", "/ " + typed}
		p.steps = append(p.steps, step{metric: keyMetric(i, r), keys: string(r), want: linesAre(want), expected: want})
	}
	return p
}

// gumProgram scripts `gum filter` (fuzzy, its default) over the items as
// lines: the first frame is the prompt above a full list, and each key is
// done when the prompt shows the query (gum filters in the same update
// that edits the prompt, so the list below is the one for that query).
// gum has no tabs.
func gumProgram(bin, lines string, rows int) program {
	p := program{name: "gum", argv: []string{bin, "filter"}, stdin: lines, quit: keyCtrlC}
	p.steps = append(p.steps, step{metric: "first frame", want: func(s []string) bool {
		return len(s) >= rows-2 && promptLine(s) >= 0 && strings.TrimSpace(s[rows-3]) != ""
	}, expected: []string{"> (prompt)", "(a full screen of items)"}})
	return p
}

func (p program) withGumQuery(query string) program {
	typed := ""
	for i, r := range query {
		typed += string(r)
		want := "> " + typed
		p.steps = append(p.steps, step{metric: keyMetric(i, r), keys: string(r), want: func(s []string) bool {
			i := promptLine(s)
			return i >= 0 && s[i] == want
		}, expected: []string{want}})
	}
	return p
}

func promptLine(s []string) int {
	for i, l := range s {
		if strings.HasPrefix(l, ">") {
			return i
		}
	}
	return -1
}

// writeLines writes the dataset's items as gum's input: one title per
// line, as the explorer's lists show them.
func writeLines(d *model.Dataset, path string) (int, error) {
	var b strings.Builder
	n := 0
	for _, k := range []model.Kind{model.KindActor, model.KindEvent, model.KindFigure, model.KindQuote, model.KindClaim, model.KindSeries} {
		for i := range d.Count(k) {
			b.WriteString(strings.ReplaceAll(d.Title(model.Ref{Kind: k, Index: i}), "\n", " "))
			b.WriteByte('\n')
			n++
		}
	}
	return n, os.WriteFile(path, []byte(b.String()), 0o644)
}
