package ui

import (
	"context"
	"errors"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
)

// Run starts an explorer on a terminal and returns when the reader quits
// or ctx is cancelled.
func Run(ctx context.Context, opts Options) error {
	m, err := New(opts)
	if err != nil {
		return err
	}
	m.runCtx = ctx
	popts, restore, err := m.programOptions(ctx, opts)
	if err != nil {
		return err
	}
	defer restore()
	_, err = tea.NewProgram(m, popts...).Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// ProgramOptions returns the Bubble Tea options an explorer built with
// New needs (for a server that makes its own tea.Program), and a function
// that puts the terminal back afterwards.
func (m *Model) ProgramOptions(ctx context.Context, opts Options) ([]tea.ProgramOption, func(), error) {
	m.runCtx = ctx
	return m.programOptions(ctx, opts)
}

func (m *Model) programOptions(ctx context.Context, opts Options) ([]tea.ProgramOption, func(), error) {
	restore := func() {}
	popts := []tea.ProgramOption{tea.WithContext(ctx)}
	if opts.Environ != nil {
		popts = append(popts, tea.WithEnvironment(opts.Environ))
	}
	if m.set.noColor {
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	in, out := opts.Input, opts.Output
	if m.ctx.Plain {
		// No renderer: Bubble Tea writes nothing of its own, and the
		// narration is all the output. Keys still come one at a time
		// when the input is a terminal, which is put in raw mode here
		// since no renderer does it; from a pipe or file they are read
		// as they are.
		popts = append(popts, tea.WithoutRenderer())
		if in == nil {
			in = os.Stdin
		}
		if out == nil {
			out = os.Stdout
		}
		nl := "\n"
		outTTY := isTerminal(out)
		if f, ok := in.(term.File); ok && term.IsTerminal(f.Fd()) {
			state, err := term.MakeRaw(f.Fd())
			if err != nil {
				return nil, restore, err
			}
			restore = func() { _ = term.Restore(f.Fd(), state) }
			if outTTY {
				nl = "\r\n" // raw mode turns off the terminal's own CR
			}
		}
		m.plain.printer = newPrinter(out, nl)
		// OSC 52 only when a terminal will read it, not into a log.
		m.canOSC52 = outTTY
	}
	if in != nil {
		popts = append(popts, tea.WithInput(in))
	}
	if out != nil {
		popts = append(popts, tea.WithOutput(out))
	}
	popts = append(popts, opts.ProgramOptions...)
	return popts, restore, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(term.File)
	return ok && term.IsTerminal(f.Fd())
}
