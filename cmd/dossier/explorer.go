package main

import (
	"context"
	"io"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui"
)

// explorerOptions is what `dossier` passes to the explorer: the root's
// explorer flags, already checked, and the session's terminal and
// environment (the explorer reads no globals: a server runs many).
//
// The explorer runs when stdout is a terminal, or with --plain (whose line
// by line output suits logs and pipes); otherwise `dossier` prints the
// plain listing.
type explorerOptions struct {
	// Topics and Search pre-filter the explorer, as in `dossier list`.
	Topics []string
	Search string
	// Plain is --plain: line by line, for screen readers and logs.
	Plain bool
	// NoMouse is --no-mouse.
	NoMouse bool
	// NoColor is --no-color, or NO_COLOR set in the environment.
	NoColor bool
	// Theme is auto, dark or light: --theme, else $DOSSIER_THEME, else auto.
	Theme string
	// Clipboard is auto, osc52, native, tmux or off (--clipboard).
	Clipboard string

	In      io.Reader
	Out     io.Writer
	Err     io.Writer
	Environ []string
}

// The values --theme and --clipboard accept.
var (
	themes          = []string{"auto", "dark", "light"}
	clipboardModes  = []string{"auto", "osc52", "native", "tmux", "off"}
	defaultTheme    = "auto"
	defaultClipMode = "auto"
)

// resolveTheme applies --theme over $DOSSIER_THEME over auto. A bad value
// in the environment is ignored rather than refused: it was not typed for
// this command.
func resolveTheme(flag string, flagSet bool, e env) string {
	if flagSet {
		return flag
	}
	if v := e.getenv("DOSSIER_THEME"); slices.Contains(themes, v) {
		return v
	}
	return defaultTheme
}

// startExplorer runs the interactive explorer on the session's terminal.
func startExplorer(ctx context.Context, d *model.Dataset, o explorerOptions) error {
	return ui.Run(ctx, ui.Options{
		Data:      d,
		Topics:    o.Topics,
		Search:    o.Search,
		Plain:     o.Plain,
		NoMouse:   o.NoMouse,
		NoColor:   o.NoColor,
		Theme:     o.Theme,
		Clipboard: o.Clipboard,
		Environ:   o.Environ,
		Input:     o.In,
		Output:    o.Out,
		// main turns signals into a cancelled context, and so into an
		// exit code of 128 + the signal; Bubble Tea's own handler would
		// race it, quitting as if q were pressed.
		ProgramOptions: []tea.ProgramOption{tea.WithoutSignalHandler()},
	})
}
