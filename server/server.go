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
			// Backstops at the connection level, for connections that
			// never open a session (a stalled handshake, an idle
			// multiplexed connection). The session watchdog, which
			// ends sessions politely, always fires first.
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

// acceptConn runs before the SSH handshake: it refuses a connection over
// the source's rate, over MaxConnsPerSource or over MaxConns by closing it
// (returning nil), which costs no key exchange. A connection it accepts
// must open a session within LoginGrace.
func (srv *Server) acceptConn(ctx ssh.Context, c net.Conn) net.Conn {
	remote := c.RemoteAddr()
	if srv.limiter != nil && !srv.limiter.allow(remote) {
		srv.log.Warn("refused", "remote", remote.String(), "reason", "rate")
		return nil
	}
	key := sourceKey(remote)
	srv.mu.Lock()
	defer srv.mu.Unlock()
	switch {
	case srv.closing:
		return nil
	case len(srv.conns) >= srv.cfg.MaxConns:
		srv.log.Warn("refused", "remote", remote.String(), "reason", "connections", "open", len(srv.conns))
		return nil
	case srv.perSource[key] >= srv.cfg.MaxConnsPerSource:
		srv.log.Warn("refused", "remote", remote.String(), "reason", "connections from this address", "open", srv.perSource[key])
		return nil
	}
	cc := &countedConn{Conn: c, srv: srv, key: key}
	srv.conns[cc] = struct{}{}
	srv.perSource[key]++
	// Handlers find their connection through the context, which ssh
	// shares between a connection and its sessions.
	ctx.SetValue(connKey{}, cc)
	cc.grace = time.AfterFunc(srv.cfg.LoginGrace, func() {
		if !cc.used.Load() {
			srv.log.Info("closed", "remote", remote.String(), "reason", "no session within the login grace time")
			_ = cc.Close()
		}
	})
	return cc
}

type connKey struct{}

// closeConns closes every connection still open, at the end of shutdown.
func (srv *Server) closeConns() {
	srv.mu.Lock()
	open := make([]*countedConn, 0, len(srv.conns))
	for c := range srv.conns {
		open = append(open, c)
	}
	srv.mu.Unlock()
	for _, c := range open {
		_ = c.Close()
	}
}

// connFailed logs handshakes that fail, which includes keys that
// --authorized-keys does not list. The error names the failure, not the
// key.
func (srv *Server) connFailed(c net.Conn, err error) {
	srv.log.Info("handshake failed", "remote", c.RemoteAddr().String(), "error", err)
}

// countedConn is an accepted connection: it leaves the server's counts
// once, when it closes, and remembers whether it ever opened a session.
type countedConn struct {
	net.Conn
	srv   *Server
	key   string
	used  atomic.Bool
	grace *time.Timer
	once  sync.Once
	// early counts the bytes read before the first session, which a
	// handshake and a few env and pty requests keep to a few kilobytes.
	early int
}

// maxEarlyBytes bounds what a client may send before its first session
// starts. charmbracelet/ssh keeps every env request a session receives,
// without limit; this stops a client from filling the server's memory
// with them during the login grace time.
const maxEarlyBytes = 1 << 20

func (c *countedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if !c.used.Load() {
		// Read is only ever called by the connection's one reader.
		if c.early += n; c.early > maxEarlyBytes {
			c.srv.log.Warn("closed", "remote", c.RemoteAddr().String(), "reason", "too much data before a session")
			_ = c.Close()
		}
	}
	return n, err
}

func (c *countedConn) Close() error {
	c.once.Do(func() {
		c.srv.mu.Lock()
		delete(c.srv.conns, c)
		if c.srv.perSource[c.key]--; c.srv.perSource[c.key] <= 0 {
			delete(c.srv.perSource, c.key)
		}
		c.srv.mu.Unlock()
		if c.grace != nil {
			c.grace.Stop()
		}
	})
	return c.Conn.Close()
}
