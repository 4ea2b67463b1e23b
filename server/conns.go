package server

import (
	"net"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
)

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
