package server

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// CommandPolicy is the gate in front of sessions that run a command
// instead of the explorer. It is an allowlist: the first word must be an
// allowed command, and every word that starts with '-' must be an allowed
// flag. Refused names the words refused with a reason of their own (so
// that `--data` says why rather than just "not allowed"); they are
// refused anywhere in the command, not only first, so that a nested
// subcommand cannot slip through after an allowed one.
type CommandPolicy struct {
	Allowed []string
	Flags   []string
	Refused map[string]string
}

// DefaultCommandPolicy allows the read-only commands on the served story:
// list, show, export, version and help, with their output flags. Every
// command or flag that names a file or acts on the server is refused.
func DefaultCommandPolicy() CommandPolicy {
	const file = "names a file on the server"
	return CommandPolicy{
		Allowed: []string{"list", "show", "export", "version", "help"},
		// The flags of cmd/dossier's list, show and export, and the
		// global ones that only shape output.
		Flags: []string{
			"--topic", "--search", "--format", "-f", "--no-color",
			"--help", "-h", "--version", "-v",
		},
		Refused: map[string]string{
			"--data":     file,
			"-d":         file,
			"--output":   file,
			"-o":         file,
			"validate":   "reads files on the server",
			"extract":    "reads files on the server",
			"serve":      "starts a server",
			"completion": "is for a local shell",
			"man":        "is for a local install",
		},
	}
}

// check returns the one line that refuses args, or nil when they pass.
func (p *CommandPolicy) check(args []string) error {
	allowed := strings.Join(p.Allowed, ", ")
	for _, arg := range args {
		name, _, _ := strings.Cut(arg, "=")
		if why, ok := p.Refused[name]; ok {
			return fmt.Errorf("dossier: %s %s and is not available over SSH (read-only commands: %s)", name, why, allowed)
		}
	}
	if len(args) == 0 || !slices.Contains(p.Allowed, args[0]) {
		first := ""
		if len(args) > 0 {
			first = args[0]
		}
		return fmt.Errorf("dossier: %q is not available over SSH (read-only commands: %s)", printable(first, 64), allowed)
	}
	for _, arg := range args[1:] {
		if strings.ContainsFunc(arg, isControl) || len(arg) > maxOptionValue {
			return fmt.Errorf("dossier: an argument is too long or holds control characters")
		}
		if !strings.HasPrefix(arg, "-") {
			continue
		}
		name, _, _ := strings.Cut(arg, "=")
		if !slices.Contains(p.Flags, name) {
			return fmt.Errorf("dossier: %q is not available over SSH (flags: %s)", printable(name, 64), strings.Join(p.Flags, ", "))
		}
	}
	return nil
}

// runCommand runs a gated command with the session as its output. Its
// context ends when the server ends the session (timeout, shutdown), so a
// command that honours it stops; one that does not is closed under by
// the watchdog.
func (srv *Server) runCommand(s *session, args []string) {
	if srv.cfg.Command == nil {
		s.refuse("commands disabled", "dossier: commands are not available on this server; connect with ssh -t for the explorer")
		return
	}
	if err := srv.cfg.Commands.check(args); err != nil {
		s.refuse("command not allowed", err.Error())
		return
	}
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	go func() {
		select {
		case <-s.st.ended:
			cancel()
		case <-ctx.Done():
		}
	}()
	pty, _, isPTY := s.Pty()
	req := CommandRequest{
		// A fresh slice: a command tree given nil arguments falls back
		// to the server's own os.Args (cobra does).
		Args:   append(make([]string, 0, len(args)), args...),
		Stdout: s.Session,
		Stderr: s.Stderr(),
		PTY:    isPTY,
		Width:  pty.Window.Width,
		Env:    clientEnv(s.Environ(), pty.Term),
	}
	if !isPTY {
		out, errw := &cleanWriter{w: s.Session}, &cleanWriter{w: s.Stderr()}
		defer out.flush()
		defer errw.flush()
		req.Stdout, req.Stderr = out, errw
	}
	s.code = srv.cfg.Command(ctx, req)
}

// commandName is what the log records of a session's command: the command
// word when it is one the gate knows, "explorer" for flags or nothing,
// "other" otherwise. Arguments are never logged (they hold searches).
func (srv *Server) commandName(args []string) string {
	switch {
	case len(args) == 0 || strings.HasPrefix(args[0], "-"):
		return "explorer"
	case slices.Contains(srv.cfg.Commands.Allowed, args[0]):
		return args[0]
	case srv.cfg.Commands.Refused[args[0]] != "":
		return args[0]
	}
	return "other"
}
