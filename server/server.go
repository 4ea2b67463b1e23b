package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/log/v2"
	"charm.land/wish/v2"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Server is the SSH front of dossier. Build it with New, then Serve or
// ListenAndServe until the context ends.
type Server struct {
	cfg     Config
	log     *log.Logger
	ssh     *ssh.Server
	limiter *rateLimiter // nil when rate limiting is off

	nextID atomic.Uint64 // session ids, for the logs

	mu        sync.Mutex
	conns     map[*countedConn]struct{} // every accepted connection, for MaxConns and shutdown
	perSource map[string]int            // open connections per source, for MaxConnsPerSource
	sessions  map[*session]struct{}     // admitted and open, for MaxSessions and shutdown
	closing   bool
	handling  int           // session handlers running, admitted or not
	drained   chan struct{} // closed when handling drops to 0 during shutdown
}

// New checks cfg, loads (or creates) the host key and the authorized keys,
// and builds the server. It does not listen yet.
func New(cfg Config) (*Server, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	srv := &Server{cfg: cfg, log: cfg.Logger, conns: map[*countedConn]struct{}{}, perSource: map[string]int{}, sessions: map[*session]struct{}{}}
	if cfg.Rate > 0 {
		srv.limiter = newRateLimiter(cfg.Rate, cfg.Burst)
	}

	signer, created, err := loadHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	if created {
		srv.log.Info("host key created", "path", cfg.HostKeyPath, "fingerprint", gossh.FingerprintSHA256(signer.PublicKey()))
	}

	opts := []ssh.Option{
		wish.WithVersion("dossier"),
		func(s *ssh.Server) error { s.AddHostKey(signer); return nil },
		func(s *ssh.Server) error {
			s.Handler = srv.handle
			s.ConnCallback = srv.acceptConn
			s.ConnectionFailedCallback = srv.connFailed
			// Backstops at the connection level, for a connection
			// that idles between sessions (ssh multiplexing). The
			// session watchdog, which ends sessions politely, always
			// fires first.
			s.IdleTimeout = cfg.IdleTimeout + forceClose + 5*time.Second
			s.MaxTimeout = cfg.MaxSession + forceClose + 5*time.Second
			return nil
		},
	}
	if cfg.AuthorizedKeysPath != "" {
		ak, err := loadAuthorizedKeys(cfg.AuthorizedKeysPath)
		if err != nil {
			return nil, err
		}
		if ak.ignoredOptions > 0 {
			srv.log.Warn("authorized keys: options before keys are not enforced", "lines", ak.ignoredOptions)
		}
		opts = append(opts, wish.WithPublicKeyAuth(ak.allows))
	}
	srv.ssh, err = wish.NewServer(opts...)
	if err != nil {
		return nil, err
	}
	return srv, nil
}

// ListenAndServe listens on cfg.Addr and serves until ctx ends.
func (srv *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", srv.cfg.Addr)
	if err != nil {
		return err
	}
	return srv.Serve(ctx, ln)
}

// Serve accepts connections on ln until ctx ends, then shuts down
// gracefully: it stops accepting, tells every open session the server is
// going down, gives them cfg.Grace to close, and closes what remains. It
// returns nil after a graceful shutdown.
func (srv *Server) Serve(ctx context.Context, ln net.Listener) error {
	auth := "anyone"
	if srv.cfg.AuthorizedKeysPath != "" {
		auth = "authorized keys"
	}
	srv.log.Info("listening", "addr", ln.Addr().String(), "auth", auth,
		"max-sessions", srv.cfg.MaxSessions, "idle-timeout", srv.cfg.IdleTimeout,
		"max-session", srv.cfg.MaxSession, "rate", srv.cfg.Rate)

	errc := make(chan error, 1)
	go func() { errc <- srv.ssh.Serve(ln) }()
	select {
	case err := <-errc:
		// The listener failed on its own; nothing to drain gracefully.
		_ = srv.ssh.Close()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	return srv.shutdown(ln, errc)
}

// shutdown is the graceful half of Serve.
func (srv *Server) shutdown(ln net.Listener, errc <-chan error) error {
	start := time.Now()
	srv.mu.Lock()
	srv.closing = true
	open := make([]*session, 0, len(srv.sessions))
	for s := range srv.sessions {
		open = append(open, s)
	}
	drained := make(chan struct{})
	if srv.handling == 0 {
		close(drained)
	} else {
		srv.drained = drained
	}
	srv.mu.Unlock()
	srv.log.Info("shutting down", "sessions", len(open), "grace", srv.cfg.Grace)

	// Stop accepting first, so nobody new arrives while the rest go.
	// ssh.Server.Shutdown is not used: its WaitGroup races with a
	// handshake that completes meanwhile (the race detector catches
	// it); closing the listener and, later, every connection we
	// accepted does the same job.
	_ = ln.Close()
	for _, s := range open {
		s.st.end("the server is shutting down; try again later")
	}

	// Sessions end first (each with its message and exit status); then
	// the connections that are left, which no longer carry anything, are
	// closed, including any still in their handshake.
	select {
	case <-drained:
	case <-time.After(srv.cfg.Grace):
		srv.log.Warn("grace period over; closing the remaining sessions")
	}
	_ = srv.ssh.Close()
	srv.closeConns()
	if err := <-errc; err != nil && !errors.Is(err, ssh.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
		srv.log.Warn("listener", "error", err)
	}
	srv.log.Info("stopped", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// handle is the ssh.Handler: it gives each session its own context and
// state, then runs the pipeline.
func (srv *Server) handle(sess ssh.Session) {
	if cc, ok := sess.Context().Value(connKey{}).(*countedConn); ok {
		cc.used.Store(true)
	}
	id := fmt.Sprintf("s%06d", srv.nextID.Add(1))
	st := newState(id, sess)
	ctx, cancel := context.WithCancel(context.WithValue(sess.Context(), stateKey{}, st))
	defer cancel()
	s := &session{Session: sess, ctx: ctx, cancel: cancel, st: st, log: sessionLog{srv.log, id}}
	srv.enter()
	defer srv.leave()
	srv.pipeline()(s)
	// Inside enter/leave, so that shutdown waits for the exit status too.
	_ = sess.Exit(s.code)
}

// enter and leave count running handlers, so that shutdown knows when the
// last one has said goodbye.
func (srv *Server) enter() {
	srv.mu.Lock()
	srv.handling++
	srv.mu.Unlock()
}

func (srv *Server) leave() {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	srv.handling--
	if srv.handling == 0 && srv.drained != nil {
		close(srv.drained)
		srv.drained = nil
	}
}

type admission int

const (
	admitOK admission = iota
	admitBusy
	admitClosing
)

func (srv *Server) register(s *session) admission {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	switch {
	case srv.closing:
		return admitClosing
	case len(srv.sessions) >= srv.cfg.MaxSessions:
		return admitBusy
	}
	srv.sessions[s] = struct{}{}
	return admitOK
}

func (srv *Server) unregister(s *session) {
	srv.mu.Lock()
	delete(srv.sessions, s)
	srv.mu.Unlock()
}

// Sessions is the number of sessions open now.
func (srv *Server) Sessions() int {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return len(srv.sessions)
}
