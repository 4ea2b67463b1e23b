package server

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui"
	"github.com/dossier-dev/dossier/ui/clipboard"
)

// UIExplorer serves dossier's explorer (package ui) on d, every session
// sharing the search index s.
//
// Copy is OSC 52 alone: the clipboard mode is forced to osc52, the
// explorer sees only the client's allowlisted variables (no DISPLAY,
// WAYLAND_DISPLAY, TMUX or SSH_CONNECTION, whatever the server's own
// environment holds), and its program runner refuses to run anything, so
// that even a future change of policy could not start xclip or tmux on
// the server.
func UIExplorer(d *model.Dataset, s *model.Searcher) ExplorerFunc {
	return uiExplorer(d, s, noPrograms{})
}

func uiExplorer(d *model.Dataset, s *model.Searcher, runner clipboard.Runner) ExplorerFunc {
	return func(ctx context.Context, o ExplorerOptions) (Program, error) {
		if err := knownTopics(d, o.Topics); err != nil {
			return Program{}, err
		}
		opts := ui.Options{
			Data:      d,
			Searcher:  s,
			Topics:    o.Topics,
			Search:    o.Search,
			Plain:     o.Plain,
			NoMouse:   o.NoMouse,
			NoColor:   o.NoColor,
			Theme:     o.Theme,
			Clipboard: string(clipboard.OSC52),
			Environ:   o.Env,
			Input:     o.In,
			Output:    o.Out,
			Runner:    runner,
		}
		m, err := ui.New(opts)
		if err != nil {
			return Program{}, fmt.Errorf("dossier: %w", err)
		}
		popts, restore, err := m.ProgramOptions(ctx, opts)
		if err != nil {
			return Program{}, fmt.Errorf("dossier: %w", err)
		}
		return Program{Model: m, Options: popts, Cleanup: restore}, nil
	}
}

// knownTopics refuses a topic the story does not have, as `dossier list
// --topic` does: a typo must not open an explorer that shows nothing.
func knownTopics(d *model.Dataset, ids []string) error {
	for _, id := range ids {
		if !slices.ContainsFunc(d.Topics, func(t model.Topic) bool { return t.ID == id }) {
			names := make([]string, 0, min(len(d.Topics), 30))
			for i, t := range d.Topics {
				if i == 30 {
					names = append(names, "…")
					break
				}
				names = append(names, t.ID)
			}
			return fmt.Errorf("dossier: unknown topic %q; the topics are: %s", printable(id, 64), strings.Join(names, ", "))
		}
	}
	return nil
}

// noPrograms is the clipboard runner of served explorers: it finds no
// program and runs none.
type noPrograms struct{}

var errNoPrograms = errors.New("programs do not run on the server")

func (noPrograms) LookPath(string) error { return errNoPrograms }

func (noPrograms) Run(context.Context, clipboard.Tool, string, []string) error {
	return errNoPrograms
}
