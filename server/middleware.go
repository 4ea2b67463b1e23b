package server

import (
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// The session pipeline, outermost first:
//
//	logged -> recovered -> admitted -> watched -> dispatch
//
// logged sees every outcome, including a panic; recovered keeps a panic
// inside its session; admitted enforces --max-sessions and shutdown
// before any work is done; watched enforces the timeouts around the work.
func (srv *Server) pipeline() handler {
	return chain(srv.dispatch, srv.logged, srv.recovered, srv.admitted, srv.watched)
}

// logged writes one line when a session starts and one when it ends. It
// records who and how (address, user, key fingerprint, terminal, which
// command), never what they searched for, and never key material.
func (srv *Server) logged(next handler) handler {
	return func(s *session) {
		kv := []any{"remote", s.st.Remote, "user", printable(s.st.User, 64), "pty", s.st.PTY}
		if pty, _, ok := s.Pty(); ok {
			kv = append(kv, "term", printable(pty.Term, 64), "size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height))
		}
		if k := s.PublicKey(); k != nil {
			kv = append(kv, "key", gossh.FingerprintSHA256(k))
		}
		kv = append(kv, "command", srv.commandName(s.Command()))
		s.log.Info("connect", kv...)
		defer func() {
			kv := []any{"duration", time.Since(s.st.Start).Round(time.Millisecond), "exit", s.code}
			if r := s.st.Reason(); r != "" {
				kv = append(kv, "ended", r)
			}
			s.log.Info("disconnect", kv...)
		}()
		next(s)
	}
}

// recovered ends a session that panics with a message to its client and a
// stack in the log, and lets the server carry on. The explorer's own
// panics are caught by Bubble Tea and reported by runExplorer; this
// catches everything else on the session's goroutine.
func (srv *Server) recovered(next handler) handler {
	return func(s *session) {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("panic", "value", fmt.Sprint(r), "stack", string(debug.Stack()))
				s.say(msgInternal)
				s.code = 1
			}
		}()
		next(s)
	}
}

// admitted counts the session against --max-sessions and registers it for
// shutdown, or turns it away with one line.
func (srv *Server) admitted(next handler) handler {
	return func(s *session) {
		switch srv.register(s) {
		case admitBusy:
			s.refuse("busy", fmt.Sprintf("dossier: the server is busy (%d sessions open); try again in a minute", srv.cfg.MaxSessions))
			return
		case admitClosing:
			s.refuse("shutting down", msgShutdown)
			return
		}
		defer srv.unregister(s)
		next(s)
	}
}

// watched ends the session with a message after IdleTimeout without input
// or MaxSession in all. Ending asks the session's work to stop (the
// explorer quits and gives the terminal back); if it has not within
// forceClose, the channel is closed under it, which unblocks any write to a
// client that stopped reading.
func (srv *Server) watched(next handler) handler {
	return func(s *session) {
		done := make(chan struct{})
		go srv.watch(s, done)
		defer close(done)
		next(s)
		if r := s.st.Reason(); r != "" {
			s.say("dossier: " + r)
			s.code = 1
		}
	}
}

// forceClose is how long a session has to finish after being asked.
const forceClose = 2 * time.Second

func (srv *Server) watch(s *session, done <-chan struct{}) {
	deadline := s.st.Start.Add(srv.cfg.MaxSession)
	t := time.NewTimer(srv.nextCheck(s, deadline))
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-s.st.ended:
			select {
			case <-done:
			case <-time.After(forceClose):
				s.log.Warn("forced close", "after", forceClose)
				_ = s.Close()
			}
			return
		case now := <-t.C:
			switch {
			case !now.Before(deadline):
				s.st.end(fmt.Sprintf("session ended: the %s session limit was reached", short(srv.cfg.MaxSession)))
			case now.Sub(s.st.idleSince()) >= srv.cfg.IdleTimeout:
				s.st.end(fmt.Sprintf("session ended after %s without input", short(srv.cfg.IdleTimeout)))
			default:
				t.Reset(srv.nextCheck(s, deadline))
			}
		}
	}
}

// nextCheck is the time until the earlier of the idle and max deadlines.
func (srv *Server) nextCheck(s *session, deadline time.Time) time.Duration {
	idle := s.st.idleSince().Add(srv.cfg.IdleTimeout)
	return max(time.Until(earlier(idle, deadline)), time.Millisecond)
}

// earlier is min for two times (time.Time is not ordered by <).
func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// dispatch sends a session to the explorer or to the command gate.
//
// A first word that is not a flag is a command, with or without a PTY
// (`ssh -t host list` works too); otherwise a PTY gets the explorer, with
// the words as explorer flags, and a session without one gets usage.
func (srv *Server) dispatch(s *session) {
	args := s.Command()
	if len(args) == 0 && strings.TrimSpace(s.RawCommand()) != "" {
		s.refuse("unparsable command", "dossier: could not parse the command (check its quotes)")
		return
	}
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		srv.runCommand(s, args)
		return
	}
	pty, winch, ok := s.Pty()
	if !ok {
		if len(args) > 0 {
			// A refused flag (--data) is named as refused, not as needing
			// a terminal, which would suggest -t would let it through.
			if _, err := parseExplorerArgs(args, srv.cfg.Themes); err != nil {
				s.refuse("explorer option", err.Error())
				return
			}
			s.refuse("explorer without terminal", "dossier: the explorer needs a terminal: connect with ssh -t")
			return
		}
		s.say(usage)
		return
	}
	srv.runExplorer(s, pty, winch, args)
}

const (
	msgInternal = "dossier: internal error; this session has ended (the server carries on)"
	msgShutdown = "dossier: the server is shutting down; try again later"
	usage       = `dossier over SSH: connect with a terminal for the explorer (ssh -t HOST),
or run a read-only command on the served story:
  ssh HOST list [actors|events|figures|quotes|claims|topics] [--topic ID] [--search TEXT] [--format FORMAT]
  ssh HOST show ID
  ssh HOST export --format json|yaml|markdown
  ssh HOST version
  ssh HOST help [COMMAND]`
)

// short prints a duration without trailing zero units (10m, not 10m0s).
func short(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// printable makes client-supplied text safe for a log line: control
// characters become '?', and it is cut to at most n bytes.
func printable(s string, n int) string {
	if len(s) > n {
		s = s[:n]
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return '?'
		}
		return r
	}, s)
}
