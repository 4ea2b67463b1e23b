package main

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/term"
)

// env is everything one invocation may touch of the outside world. No
// command reads os.Stdout, os.Environ or the terminal directly, so that a
// server can run one command tree per session with its own env, and tests
// can run commands in-process with buffers.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// environ is the environment, as os.Environ gives it.
	environ []string
	// tty says stdout is a terminal; width is its width in columns (0 when
	// unknown or not a terminal).
	tty   bool
	width int
	// errTTY says stderr is a terminal.
	errTTY bool
}

// osEnv is the env of the running process.
func osEnv() env {
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, environ: os.Environ()}
	e.tty = term.IsTerminal(os.Stdout.Fd())
	e.errTTY = term.IsTerminal(os.Stderr.Fd())
	if e.tty {
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil {
			e.width = w
		}
	}
	return e
}

// getenv looks a variable up in the env's environment.
func (e env) getenv(key string) string {
	for _, kv := range e.environ {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}

// colorAllowed follows https://no-color.org: NO_COLOR set to anything
// non-empty turns colour off, as does a dumb terminal.
func (e env) colorAllowed() bool {
	return e.tty && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
}
