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
	if !opts.Plain && (opts.Width <= 0 || opts.Height <= 0) {
		opts.Width, opts.Height = terminalSize(opts.Output)
	}
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
	if m.plain != nil {
		m.plain.printer.flush()
	}
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
		m.plain.printer.w, m.plain.printer.nl = out, nl
		// OSC 52 only when a terminal will read it, not into a log.
		m.canOSC52 = outTTY
		if !isTerminal(in) {
			// Keys from a pipe or file: the session ends with them.
			m.eof = &eofReader{r: in}
			in = m.eof
		}
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

// terminalSize returns the size of the terminal out (nil means stdout)
// writes to, or zeros when it is not a terminal or has no size.
func terminalSize(out io.Writer) (w, h int) {
	if out == nil {
		out = os.Stdout
	}
	f, ok := out.(term.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0, 0
	}
	w, h, err := term.GetSize(f.Fd())
	if err != nil || w <= 0 || h <= 0 {
		return 0, 0
	}
	return w, h
}

func isTerminal(v any) bool {
	f, ok := v.(term.File)
	return ok && term.IsTerminal(f.Fd())
}

// eofReader ends the program when its input ends, which Bubble Tea does
// not: it would wait for keys that a pipe will never send. At the end of
// the input it reads one ctrl+c, so the quit comes after every key before
// it, through the same parser.
type eofReader struct {
	r     io.Reader
	ended bool
}

func (e *eofReader) Read(p []byte) (int, error) {
	if e.ended {
		if len(p) == 0 {
			return 0, nil
		}
		p[0] = 0x03 // ctrl+c
		e.r = eof{}
		e.ended = false
		return 1, nil
	}
	n, err := e.r.Read(p)
	if errors.Is(err, io.EOF) {
		if _, done := e.r.(eof); !done {
			e.ended = true
			return n, nil
		}
	}
	return n, err
}

// eof is a reader at its end.
type eof struct{}

func (eof) Read([]byte) (int, error) { return 0, io.EOF }
