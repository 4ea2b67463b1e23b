package server

import (
	"bytes"
	"context"
	"fmt"
	"github.com/dossier-dev/dossier/internal/testutil"
	"io"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

// stub is a tiny stand-in for the explorer: it shows its size, its
// options and the last key, quits on q, panics on p, and copies on y.
type stub struct {
	o    ExplorerOptions
	w, h int
	last string
}

func (m *stub) Init() tea.Cmd { return nil }

func (m *stub) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.KeyPressMsg:
		m.last = msg.String()
		switch m.last {
		case "q":
			return m, tea.Quit
		case "p":
			panic("stub panic on purpose")
		case "y":
			return m, tea.SetClipboard("copied text")
		}
	}
	return m, nil
}

func (m *stub) View() tea.View {
	v := tea.NewView(fmt.Sprintf("stub size=%dx%d plain=%v theme=%s topics=%s search=%s key=%s",
		m.w, m.h, m.o.Plain, m.o.Theme, strings.Join(m.o.Topics, ","), m.o.Search, m.last))
	v.AltScreen = true
	return v
}

func stubExplorer(_ context.Context, o ExplorerOptions) (Program, error) {
	return Program{Model: &stub{o: o}}, nil
}

// testServer is a server on 127.0.0.1 with an ephemeral port.
type testServer struct {
	*Server
	addr   string
	logs   *testutil.SyncBuffer
	cancel context.CancelFunc
	done   chan error
}

// startServer starts a server with cfg (Explorer defaults to the stub unless
// Data is given, the
// host key to a temporary file) and stops it when the test ends.
func startServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	if cfg.Explorer == nil && cfg.Data == nil {
		cfg.Explorer = stubExplorer
	}
	if cfg.HostKeyPath == "" {
		cfg.HostKeyPath = filepath.Join(t.TempDir(), "host_key")
	}
	if cfg.Rate == 0 {
		cfg.Rate = -1 // tests open many connections from one address
	}
	logs := &testutil.SyncBuffer{}
	if cfg.Logger == nil {
		cfg.Logger = log.NewWithOptions(logs, log.Options{Level: log.DebugLevel})
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{Server: srv, addr: ln.Addr().String(), logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { ts.done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() { ts.stop(t) })
	return ts
}

// stop shuts the server down and waits for Serve to return.
func (ts *testServer) stop(t testing.TB) error {
	t.Helper()
	ts.cancel()
	select {
	case err := <-ts.done:
		ts.done <- err // for a second stop
		return err
	case <-time.After(30 * time.Second):
		t.Fatal("server did not stop")
		return nil
	}
}

// dial connects as user with the given auth methods (none: the "none"
// method, which an open server accepts).
func dial(t testing.TB, addr string, auth ...gossh.AuthMethod) *gossh.Client {
	t.Helper()
	c, err := tryDial(addr, auth...)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func tryDial(addr string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "reader",
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	})
}

// term is a client session with a PTY whose output is collected.
type term struct {
	t    testing.TB
	sess *gossh.Session
	in   io.WriteCloser
	out  *testutil.SyncBuffer
	done chan error
}

// openTerm requests a PTY of w x h with the given env and starts a shell
// (cmd == "") or the command cmd.
func openTerm(t testing.TB, c *gossh.Client, w, h int, env map[string]string, cmd string) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatalf("setenv %s: %v", k, err)
		}
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatalf("pty: %v", err)
	}
	tm := &term{t: t, sess: sess, out: &testutil.SyncBuffer{}, done: make(chan error, 1)}
	sess.Stdout = tm.out
	sess.Stderr = tm.out
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if cmd == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(cmd)
	}
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	go func() { tm.done <- sess.Wait() }()
	t.Cleanup(func() { sess.Close() })
	return tm
}

// waitFor waits until the output holds want.
func (tm *term) waitFor(want string) {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(tm.out.String(), want) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	tm.t.Fatalf("output never held %q; got:\n%q", want, tail(tm.out.String(), 2000))
}

// wait waits for the session to end and returns its error (an
// *gossh.ExitError for a non-zero status).
func (tm *term) wait() error {
	tm.t.Helper()
	select {
	case err := <-tm.done:
		return err
	case <-time.After(15 * time.Second):
		tm.t.Fatalf("session did not end; output:\n%q", tail(tm.out.String(), 2000))
		return nil
	}
}

func (tm *term) send(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.in, s); err != nil {
		tm.t.Fatalf("send: %v", err)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// exitStatus is the exit status in err from Wait or Run (0 for nil, -1 when
// the session ended without one).
func exitStatus(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*gossh.ExitError); ok {
		return ee.ExitStatus()
	}
	return -1
}

// run runs cmd without a PTY and returns stdout, stderr and the status.
func run(t testing.TB, c *gossh.Client, cmd string) (string, string, int) {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	defer sess.Close()
	var out, errb bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errb
	err = sess.Run(cmd)
	return out.String(), errb.String(), exitStatus(err)
}
