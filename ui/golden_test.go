package ui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// The golden files hold View().Content, escape codes and all, so they pin
// colours (dark and light) as well as layout. Regenerate with
// `go test ./ui -update` and review them: `cat` shows them in colour.

// tabSetups put each tab in a state worth looking at.
var tabSetups = []struct {
	name string
	keys []string
}{
	{"actors", nil},
	{"timeline", []string{"2", "j"}},
	{"numbers", []string{"3", "j"}},
	{"source", []string{"4", "n", "n", "n"}},
}

func TestGoldenTabs(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		for _, theme := range []string{ThemeDark, ThemeLight} {
			for _, s := range tabSetups {
				name := fmt.Sprintf("%s_%dx%d_%s", s.name, size[0], size[1], theme)
				t.Run(name, func(t *testing.T) {
					m := newModel(t, size[0], size[1], Options{Theme: theme})
					send(m, keys(s.keys...)...)
					golden.RequireEqual(t, m.View().Content)
				})
			}
		}
	}
}

// TestGoldenStates covers the popups, the search and the small layouts.
func TestGoldenStates(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		keys []string
	}{
		{"help", 80, 24, []string{"?"}},
		{"help_120x40", 120, 40, []string{"?"}},
		{"topic_picker", 80, 24, []string{"t", "j", "space", "j", "space"}},
		{"topics_applied", 120, 40, []string{"t", "j", "space", "enter"}},
		{"search_tellez", 120, 40, []string{"/", "type:tellez"}},
		{"search_tellez_80x24", 80, 24, []string{"/", "type:tellez", "enter"}},
		{"search_garcia_harfuch", 120, 40, []string{"/", "type:garcia harfuch", "enter", "enter"}},
		{"search_11600", 120, 40, []string{"3", "/", "type:11600", "enter"}},
		{"search_empty", 80, 24, []string{"/", "type:zzzz", "enter"}},
		{"copy_menu", 80, 24, []string{"3", "j", "j", "j", "j", "j", "j", "j", "j", "c"}},
		{"copy_menu_actor", 120, 40, []string{"c"}},
		{"show_on_screen", 80, 24, []string{"3", "j", "j", "j", "j", "j", "j", "j", "j", "c", "7"}},
		{"detail_focused", 120, 40, []string{"enter", "j", "j", "j"}},
		{"narrow_open", 80, 24, []string{"2", "j", "enter"}},
		{"usable_60x20", 60, 20, []string{"3", "j", "j", "j", "j", "j", "j", "j", "j"}},
		{"too_small", 59, 20, nil},
		{"jump_to_source", 120, 40, []string{"3", "j", "j", "j", "j", "j", "j", "j", "j", "s"}},
		{"mouse_off", 80, 24, []string{"m"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := newModel(t, c.w, c.h, Options{})
			send(m, keys(c.keys...)...)
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

// TestGoldenPlain drives --plain mode through a session and keeps what it
// printed. Plain output must hold no escape sequence at all (so no colour
// and no cursor movement) and no box drawing.
func TestGoldenPlain(t *testing.T) {
	var out bytes.Buffer
	m := newModel(t, 80, 24, Options{Plain: true, Output: &out, Clipboard: "off"})
	send(m, keys("j", "j", "enter", "j", "esc", "2", "j", "3", "j", "j", "4", "n", "n", "N",
		"/", "type:tellez", "enter", "1", "y", "c", "j", "esc", "t", "j", "space", "enter", "x", "?", "esc", "q")...)
	s := out.String()
	golden.RequireEqual(t, s)
	checkPlain(t, s)
}

// checkPlain fails on anything --plain must not print.
func checkPlain(t *testing.T, s string) {
	t.Helper()
	if strings.ContainsRune(s, '\x1b') {
		t.Errorf("plain output holds an escape sequence")
	}
	for i, r := range s {
		if r >= 0x2500 && r <= 0x259f {
			t.Errorf("plain output holds box drawing %q at byte %d", r, i)
			break
		}
		if r < 0x20 && r != '\n' {
			t.Errorf("plain output holds control %q at byte %d", r, i)
			break
		}
	}
}
