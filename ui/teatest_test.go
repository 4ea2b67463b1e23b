package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestTeatestSearchFlow runs the explorer as a real Bubble Tea program
// (teatest): the search typed a key at a time, the results entered, the
// detail opened, a link followed, and the final screen kept as a golden.
func TestTeatestSearchFlow(t *testing.T) {
	m, err := New(Options{Data: story(t), Theme: ThemeDark, Clipboard: "off", Runner: &fakeRunner{}})
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
	wait := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second))
	}
	wait("Actors")
	tm.Send(tea.KeyPressMsg{Code: '/', Text: "/"})
	tm.Type("harfuch")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // open the detail
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter}) // follow the event link
	// Following a link is a command whose message comes back later than
	// the keys: give it time before quitting.
	time.Sleep(500 * time.Millisecond)
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if fm.active != tabTimeline || selected(fm) != "ev-garcia-harfuch-report" {
		t.Errorf("ended on tab %d item %q", fm.active, selected(fm))
	}
	golden.RequireEqual(t, fm.View().Content)
}
