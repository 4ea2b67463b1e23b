package ui

import (
	"image/color"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
)

// story loads the embedded default story, shared by the tests.
func story(t testing.TB) *model.Dataset {
	t.Helper()
	d, err := data.Default()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// newModel builds an explorer at a size, with the clipboard programs
// faked and a fixed background.
func newModel(t testing.TB, w, h int, opts Options) *Model {
	t.Helper()
	if opts.Data == nil {
		opts.Data = story(t)
	}
	if opts.Runner == nil {
		opts.Runner = &fakeRunner{}
	}
	if opts.GOOS == "" {
		opts.GOOS = "linux"
	}
	if opts.Theme == "" {
		opts.Theme = ThemeDark
	}
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// send gives a message to the model and runs the commands it returns, in
// order, feeding their messages back, as a program would (but at once and
// on this goroutine). Ticks and terminal commands are dropped; what they
// were is recorded.
func send(m *Model, msgs ...tea.Msg) []tea.Msg {
	var seen []tea.Msg
	for _, msg := range msgs {
		_, cmd := m.Update(msg)
		seen = append(seen, run(m, cmd)...)
	}
	return seen
}

func run(m *Model, cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	if isTick(cmd) {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(m, c)...)
		}
		return out
	case toastExpiredMsg:
		return nil
	}
	if reflect.TypeOf(msg).PkgPath() == "charm.land/bubbletea/v2" {
		// A terminal command (such as OSC 52): record it.
		return []tea.Msg{msg}
	}
	out := []tea.Msg{msg}
	_, next := m.Update(msg)
	return append(out, run(m, next)...)
}

// isTick reports a tea.Tick command without waiting for it: ticks are
// funcs from the tea package, which the test cannot run without sleeping.
func isTick(cmd tea.Cmd) bool {
	name := funcName(cmd)
	return strings.Contains(name, "bubbletea/v2.Tick")
}

// keys turns a string of key names into key presses: "j", "enter",
// "shift+tab", or text typed letter by letter with "type:".
func keys(names ...string) []tea.Msg {
	var out []tea.Msg
	for _, n := range names {
		if s, ok := strings.CutPrefix(n, "type:"); ok {
			for _, r := range s {
				out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
			continue
		}
		out = append(out, press(n))
	}
	return out
}

func press(n string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
		"down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight, "pgup": tea.KeyPgUp,
		"pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd, "backspace": tea.KeyBackspace,
		"space": tea.KeySpace,
	}
	if n == "shift+tab" {
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	if n == "ctrl+c" {
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	if c, ok := special[n]; ok {
		k := tea.KeyPressMsg{Code: c}
		if n == "space" {
			k.Text = " "
		}
		return k
	}
	r := []rune(n)[0]
	return tea.KeyPressMsg{Code: r, Text: n}
}

// screen returns the view without styles, for assertions on text.
func screen(m *Model) string { return ansi.Strip(m.View().Content) }

var (
	dark  = tea.BackgroundColorMsg{Color: color.Black}
	light = tea.BackgroundColorMsg{Color: color.White}
)

func stripANSI(s string) string { return ansi.Strip(s) }
