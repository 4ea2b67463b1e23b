package ui

import (
	"fmt"
	"io"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/clipboard"
)

// Options are one explorer's settings. Everything the explorer knows of
// its session comes through here, never from the process's globals, so a
// server can run many explorers side by side, each with its own.
type Options struct {
	// Data is the story; it must be validated. Searcher, when not nil, is
	// its search index, which many explorers may share; else it is built.
	Data     *model.Dataset
	Searcher *model.Searcher

	// Topics and Search start the explorer filtered, with the meaning
	// they have in `dossier list --topic --search`.
	Topics []string
	Search string

	// Plain is for screen readers and logs: no alternate screen, no mouse,
	// no colour, no box drawing, no cursor positioning; each action
	// prints its result as lines.
	Plain bool
	// NoMouse starts with the mouse off (m turns it on).
	NoMouse bool
	// NoColor drops colours; NO_COLOR in Environ does the same.
	NoColor bool
	// Theme is auto, dark or light; empty reads DOSSIER_THEME from
	// Environ, then means auto.
	Theme string
	// Clipboard is auto, osc52, native, tmux or off; empty means auto.
	Clipboard string

	// Environ is the session's environment as KEY=value strings: the
	// explorer reads NO_COLOR, DOSSIER_THEME, DISPLAY, WAYLAND_DISPLAY,
	// TMUX and SSH_CONNECTION from it, and Bubble Tea reads TERM.
	Environ []string
	// GOOS is the platform the clipboard tools run on; empty means this
	// one.
	GOOS string

	// Input and Output are the terminal; nil means stdin and stdout.
	Input  io.Reader
	Output io.Writer
	// Width and Height are the terminal's size when it is known before
	// the program starts, so that the first frame is drawn at it rather
	// than drawn at 80x24 and again at the size the first WindowSizeMsg
	// brings. Zero means 80x24 until that message. Run reads them from
	// Output when it is a terminal and they are not set.
	Width, Height int
	// ProgramOptions are added to the Bubble Tea program's options.
	ProgramOptions []tea.ProgramOption

	// Runner runs clipboard programs; nil means os/exec. Tests inject a
	// fake.
	Runner clipboard.Runner
}

// Theme choices.
const (
	ThemeAuto  = "auto"
	ThemeDark  = "dark"
	ThemeLight = "light"
)

// getenv reads one variable from an environment list.
func getenv(environ []string, k string) (string, bool) {
	for i := len(environ) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(environ[i], k+"="); ok {
			return v, true
		}
	}
	return "", false
}

// settings are the options resolved and checked.
type settings struct {
	theme    string
	noColor  bool
	clipMode clipboard.Mode
	clipEnv  clipboard.Env
}

func (o Options) resolve() (settings, error) {
	var s settings
	if o.Data == nil {
		return s, fmt.Errorf("no dataset")
	}
	s.theme = o.Theme
	if s.theme == "" {
		s.theme, _ = getenv(o.Environ, "DOSSIER_THEME")
	}
	if s.theme == "" {
		s.theme = ThemeAuto
	}
	switch s.theme {
	case ThemeAuto, ThemeDark, ThemeLight:
	default:
		return s, fmt.Errorf("unknown theme %q: use auto, dark or light", s.theme)
	}
	// NO_COLOR: "when present and not an empty string" (no-color.org).
	nc, _ := getenv(o.Environ, "NO_COLOR")
	s.noColor = o.NoColor || nc != "" || o.Plain
	mode, err := clipboard.ParseMode(o.Clipboard)
	if err != nil {
		return s, err
	}
	s.clipMode = mode
	goos := o.GOOS
	if goos == "" {
		goos = runtime.GOOS
	}
	s.clipEnv = clipboard.EnvFrom(o.Environ, goos)
	return s, nil
}
