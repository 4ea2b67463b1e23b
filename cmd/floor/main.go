// Command floor is the smallest Bubble Tea v2 program the performance
// benchmarks compare dossier with: alternate screen, two lines of text, the
// same frame rate as dossier. Its first frame and its keystroke-to-frame
// times are what any Bubble Tea program pays for process start and the
// renderer's ticker; what dossier adds is measured against them.
//
// It answers the benchmark's script (cmd/ptybench) with dossier's keys:
// Tab switches between two tabs and 1 goes to the first, / opens the query
// and typed characters then appear in it, Ctrl+C quits.
package main

import (
	"flag"
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct {
	tab       int
	searching bool
	query     string
}

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	key, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	switch k := key.String(); {
	case k == "ctrl+c":
		return m, tea.Quit
	case m.searching && k == "backspace":
		if m.query != "" {
			m.query = m.query[:len(m.query)-1]
		}
	case m.searching:
		m.query += key.Text
	case k == "tab":
		m.tab = 1 - m.tab
	case k == "1":
		m.tab = 0
	case k == "/":
		m.searching = true
	}
	return m, nil
}

func (m model) View() tea.View {
	line := "no query · / search"
	if m.searching {
		line = "/ " + m.query
	}
	v := tea.NewView(fmt.Sprintf("floor · tab %d\n%s", m.tab+1, line))
	v.AltScreen = true
	return v
}

func main() {
	// 60 is Bubble Tea's default, which dossier keeps.
	fps := flag.Int("fps", 60, "renderer frame rate")
	flag.Parse()
	if _, err := tea.NewProgram(model{}, tea.WithFPS(*fps)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
}
