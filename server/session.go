package server

import (
	"context"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/ssh"
)

// State is one session's own state. It travels in the session's context
// (StateFrom) and is never shared: ssh.Context belongs to the connection,
// and one connection may carry several sessions, so each session gets a
// context of its own derived from it.
type State struct {
	ID     string
	User   string
	Remote string
	Start  time.Time
	PTY    bool

	lastInput atomic.Int64 // unix nanoseconds of the last client input

	endOnce sync.Once
	reason  string // why the server ended the session; set once, before ended closes
	ended   chan struct{}
}

type stateKey struct{}

// StateFrom returns the session state carried by ctx, or nil outside a
// session.
func StateFrom(ctx context.Context) *State {
	st, _ := ctx.Value(stateKey{}).(*State)
	return st
}

func newState(id string, s ssh.Session) *State {
	_, _, pty := s.Pty()
	st := &State{
		ID:     id,
		User:   s.User(),
		Remote: s.RemoteAddr().String(),
		Start:  time.Now(),
		PTY:    pty,
		ended:  make(chan struct{}),
	}
	st.touch()
	return st
}

// touch records client input, which is what keeps a session from idling.
func (st *State) touch() { st.lastInput.Store(time.Now().UnixNano()) }

func (st *State) idleSince() time.Time { return time.Unix(0, st.lastInput.Load()) }

// end asks the session to finish, saying why. The first reason wins.
func (st *State) end(reason string) {
	st.endOnce.Do(func() {
		st.reason = reason
		close(st.ended)
	})
}

// Ended is closed once the server has asked the session to finish.
func (st *State) Ended() <-chan struct{} { return st.ended }

// Reason is why the server ended the session, or "" while it has not.
func (st *State) Reason() string {
	select {
	case <-st.ended:
		return st.reason
	default:
		return ""
	}
}

// session is what the server's own middlewares pass along: the SSH session
// with its per-session context, state and logger.
type session struct {
	ssh.Session
	ctx    context.Context
	cancel context.CancelFunc
	st     *State
	log    sessionLog
	// code is the exit status sent when the session closes.
	code int
}

type handler func(*session)

type middleware func(handler) handler

// chain composes middlewares so that the first one listed runs outermost.
func chain(h handler, mws ...middleware) handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// say writes one line for the client. Without a PTY it goes to stderr,
// where ssh shows it even when stdout is piped. With a PTY it goes to
// stdout, as a terminal merges the two anyway, and a single stream keeps it
// in order after the explorer's last frame (ssh clients may copy stdout and
// stderr on separate goroutines). The emulated PTY turns \n into \r\n.
func (s *session) say(line string) {
	var w io.Writer = s.Stderr()
	if s.st.PTY {
		w = s.Session
	}
	_, _ = io.WriteString(w, line+"\n")
}

// refuse tells the client why in one line and ends the session with
// status 1.
func (s *session) refuse(reason, line string) {
	s.log.Warn("refused", "reason", reason)
	s.say(line)
	s.code = 1
}

// activityReader records every read from the client as input, and ends
// the session's context when the client closes its side, so that the
// explorer stops even if the connection stays up (ssh multiplexing).
type activityReader struct{ s *session }

func (r activityReader) Read(p []byte) (int, error) {
	n, err := r.s.Read(p)
	if n > 0 {
		r.s.st.touch()
	}
	if err != nil {
		r.s.cancel()
	}
	return n, err
}

// sessionLog logs with the session's id first. It stands in for
// log.Logger.With, which copies the whole logger (styles included): tens
// of kilobytes per session, for one field.
type sessionLog struct {
	l  *log.Logger
	id string
}

func (sl sessionLog) Info(msg string, kv ...any)  { sl.l.Info(msg, sl.with(kv)...) }
func (sl sessionLog) Warn(msg string, kv ...any)  { sl.l.Warn(msg, sl.with(kv)...) }
func (sl sessionLog) Error(msg string, kv ...any) { sl.l.Error(msg, sl.with(kv)...) }

func (sl sessionLog) with(kv []any) []any { return append([]any{"session", sl.id}, kv...) }
