package server

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

func TestMaxSessionsBusy(t *testing.T) {
	ts := startServer(t, Config{MaxSessions: 2})
	c := dial(t, ts.addr)
	a := openTerm(t, c, 80, 24, nil, "")
	b := openTerm(t, c, 80, 24, nil, "")
	a.waitFor("stub size")
	b.waitFor("stub size")

	busy := openTerm(t, dial(t, ts.addr), 80, 24, nil, "")
	err := busy.wait()
	if out := busy.out.String(); exitStatus(err) != 1 || !strings.Contains(out, "the server is busy (2 sessions open)") {
		t.Errorf("busy: %v %q", err, out)
	}

	// A slot frees when a session ends.
	a.send("q")
	if err := a.wait(); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, func() bool { return ts.Sessions() == 1 })
	openTerm(t, c, 80, 24, nil, "").waitFor("stub size")
}

func TestIdleTimeout(t *testing.T) {
	ts := startServer(t, Config{IdleTimeout: 1500 * time.Millisecond})
	tm := openTerm(t, dial(t, ts.addr), 80, 24, nil, "")
	tm.waitFor("stub size")
	// Input keeps it alive past the timeout...
	for range 25 {
		time.Sleep(100 * time.Millisecond)
		tm.send("j")
	}
	tm.waitFor("key=j")
	// ...and silence ends it, with the message after the screen is restored.
	err := tm.wait()
	out := tm.out.String()
	i, j := strings.LastIndex(out, "\x1b[?1049l"), strings.Index(out, "session ended after 1.5s without input")
	if exitStatus(err) != 1 || j < 0 || i > j {
		t.Errorf("idle: %v %q", err, tail(out, 300))
	}
	if !strings.Contains(ts.logs.String(), "ended=\"session ended after 1.5s") {
		t.Errorf("not logged:\n%s", ts.logs.String())
	}
}

func TestMaxSessionTimeout(t *testing.T) {
	ts := startServer(t, Config{MaxSession: 400 * time.Millisecond})
	tm := openTerm(t, dial(t, ts.addr), 80, 24, nil, "")
	tm.waitFor("stub size")
	stop := time.After(2 * time.Second)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				_, _ = tm.in.Write([]byte("j")) // busy, never idle
			}
		}
	}()
	err := tm.wait()
	if out := tm.out.String(); exitStatus(err) != 1 || !strings.Contains(out, "the 400ms session limit was reached") {
		t.Errorf("max: %v %q", err, tail(out, 300))
	}
}

// A command that ignores its context is closed under after forceClose.
func TestTimeoutClosesStuckCommand(t *testing.T) {
	stuck := make(chan struct{})
	defer close(stuck)
	ts := startServer(t, Config{MaxSession: 200 * time.Millisecond, Command: func(context.Context, CommandRequest) int {
		<-stuck
		return 0
	}})
	start := time.Now()
	_, _, code := run(t, dial(t, ts.addr), "version")
	if code == 0 || time.Since(start) > forceClose+5*time.Second {
		t.Errorf("stuck command: code %d after %v", code, time.Since(start))
	}
}

func TestRateLimitRefusesBurst(t *testing.T) {
	ts := startServer(t, Config{Rate: 0.01, Burst: 3})
	var refused int
	for range 6 {
		c, err := tryDial(ts.addr)
		if err != nil {
			refused++
			continue
		}
		c.Close()
	}
	if refused != 3 {
		t.Errorf("refused %d of 6 with a burst of 3", refused)
	}
	if !strings.Contains(ts.logs.String(), "reason=rate") {
		t.Errorf("not logged:\n%s", ts.logs.String())
	}
}

func TestRateLimiterRefills(t *testing.T) {
	now := time.Unix(0, 0)
	r := newRateLimiter(2, 2)
	r.now = func() time.Time { return now }
	addr := &net.TCPAddr{IP: net.ParseIP("192.0.2.1")}
	if !r.allow(addr) || !r.allow(addr) || r.allow(addr) {
		t.Fatal("burst of 2 not enforced")
	}
	now = now.Add(500 * time.Millisecond)
	if !r.allow(addr) || r.allow(addr) {
		t.Fatal("one token per half second at rate 2")
	}
	// Another address has its own bucket; IPv6 counts per /64.
	if !r.allow(&net.TCPAddr{IP: net.ParseIP("192.0.2.2")}) {
		t.Error("second address refused")
	}
	a, b := net.ParseIP("2001:db8::1"), net.ParseIP("2001:db8::ffff")
	if sourceKey(&net.TCPAddr{IP: a}) != sourceKey(&net.TCPAddr{IP: b}) {
		t.Error("one /64 counted as two sources")
	}
}

func TestMaxConnsBeforeHandshake(t *testing.T) {
	ts := startServer(t, Config{MaxConns: 2})
	dial(t, ts.addr)
	dial(t, ts.addr)
	if c, err := tryDial(ts.addr); err == nil {
		c.Close()
		t.Fatal("third connection admitted over MaxConns 2")
	}
}

func TestMaxConnsPerSource(t *testing.T) {
	ts := startServer(t, Config{MaxConnsPerSource: 2})
	a := dial(t, ts.addr)
	dial(t, ts.addr)
	if c, err := tryDial(ts.addr); err == nil {
		c.Close()
		t.Fatal("third connection from one address admitted over MaxConnsPerSource 2")
	}
	// A slot frees when a connection closes.
	a.Close()
	waitUntil(t, func() bool {
		c, err := tryDial(ts.addr)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
}

// A connection that never opens a session (no handshake, or a handshake
// and nothing after) is closed after the login grace time.
func TestLoginGrace(t *testing.T) {
	ts := startServer(t, Config{LoginGrace: 300 * time.Millisecond})
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	raw.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.Copy(io.Discard, raw); err != nil {
		t.Errorf("silent connection not closed: %v", err)
	}
	c := dial(t, ts.addr)
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Error("connection without a session not closed")
	}
	if !strings.Contains(ts.logs.String(), "no session within the login grace time") {
		t.Errorf("not logged:\n%s", ts.logs.String())
	}
	// One that opens a session stays.
	tm := openTerm(t, dial(t, ts.addr), 80, 24, nil, "")
	time.Sleep(500 * time.Millisecond)
	tm.send("j")
	tm.waitFor("key=j")
}

// A client cannot pile up env requests (kept without limit by the ssh
// library) before its session starts.
func TestEarlyDataBounded(t *testing.T) {
	ts := startServer(t, Config{})
	c := dial(t, ts.addr)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("x", 32<<10)
	var sent int
	for sent = 0; sent < 4<<20; sent += len(big) {
		if err := sess.Setenv("LANG", big); err != nil {
			break
		}
	}
	if sent >= 4<<20 {
		t.Errorf("server took %d bytes of env requests before a session", sent)
	}
	if !strings.Contains(ts.logs.String(), "too much data before a session") {
		t.Errorf("not logged:\n%s", ts.logs.String())
	}
}

func TestAuthorizedKeys(t *testing.T) {
	dir := t.TempDir()
	good, goodSigner := newKey(t)
	_, badSigner := newKey(t)
	path := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(path, append([]byte("# readers\n\n"), gossh.MarshalAuthorizedKey(good)...), 0o600); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{AuthorizedKeysPath: path})

	if c, err := tryDial(ts.addr); err == nil {
		c.Close()
		t.Error("admitted without a key")
	}
	if c, err := tryDial(ts.addr, gossh.PublicKeys(badSigner)); err == nil {
		c.Close()
		t.Error("admitted an unlisted key")
	}
	c := dial(t, ts.addr, gossh.PublicKeys(goodSigner))
	openTerm(t, c, 80, 24, nil, "").waitFor("stub size")

	logs := ts.logs.String()
	if !strings.Contains(logs, "handshake failed") || !strings.Contains(logs, "key=SHA256:") {
		t.Errorf("auth not logged:\n%s", logs)
	}
	// Fingerprints only: no key material in the logs.
	if strings.Contains(logs, strings.Fields(string(gossh.MarshalAuthorizedKey(good)))[1]) {
		t.Error("public key material in the logs")
	}
}

func TestAuthorizedKeysMustParse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "authorized_keys")
	os.WriteFile(path, []byte("ssh-ed25519 not-base64\n"), 0o600)
	quiet := log.New(io.Discard)
	_, err := New(Config{Explorer: stubExplorer, HostKeyPath: filepath.Join(t.TempDir(), "k"), AuthorizedKeysPath: path, Logger: quiet})
	if err == nil || !strings.Contains(err.Error(), "authorized_keys:1:") {
		t.Errorf("bad file accepted: %v", err)
	}
	os.WriteFile(path, []byte("# nobody\n"), 0o600)
	if _, err := New(Config{Explorer: stubExplorer, HostKeyPath: filepath.Join(t.TempDir(), "k"), AuthorizedKeysPath: path, Logger: quiet}); err == nil {
		t.Error("empty allowlist accepted")
	}
}

func TestPanicEndsOnlyThatSession(t *testing.T) {
	boom := func(ctx context.Context, o ExplorerOptions) (Program, error) {
		if o.Search == "boom" {
			panic("explorer construction failed on purpose")
		}
		return stubExplorer(ctx, o)
	}
	ts := startServer(t, Config{Explorer: boom})
	c := dial(t, ts.addr)
	other := openTerm(t, c, 80, 24, nil, "")
	other.waitFor("stub size")

	// A panic in the server's own code for the session...
	tm := openTerm(t, c, 80, 24, nil, "--search boom")
	err := tm.wait()
	if exitStatus(err) != 1 || !strings.Contains(tm.out.String(), msgInternal) {
		t.Errorf("construction panic: %v %q", err, tm.out.String())
	}
	// ...and one inside the explorer's Update (caught by Bubble Tea).
	tm = openTerm(t, c, 80, 24, nil, "")
	tm.waitFor("stub size")
	tm.send("p")
	err = tm.wait()
	if exitStatus(err) != 1 || !strings.Contains(tm.out.String(), msgInternal) {
		t.Errorf("update panic: %v %q", err, tail(tm.out.String(), 300))
	}

	// The other session and the server carry on.
	other.send("j")
	other.waitFor("key=j")
	openTerm(t, dial(t, ts.addr), 80, 24, nil, "").waitFor("stub size")
	if !strings.Contains(ts.logs.String(), "explorer construction failed on purpose") {
		t.Errorf("panic not logged:\n%s", ts.logs.String())
	}
}

func TestGracefulShutdown(t *testing.T) {
	ts := startServer(t, Config{Grace: 5 * time.Second})
	c := dial(t, ts.addr)
	a := openTerm(t, c, 80, 24, nil, "")
	b := openTerm(t, dial(t, ts.addr), 80, 24, nil, "")
	a.waitFor("stub size")
	b.waitFor("stub size")

	start := time.Now()
	if err := ts.stop(t); err != nil {
		t.Fatalf("Serve returned %v, want nil", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("shutdown took %v", took)
	}
	for _, tm := range []*term{a, b} {
		err := tm.wait()
		if out := tm.out.String(); exitStatus(err) != 1 || !strings.Contains(out, "the server is shutting down") {
			t.Errorf("session not told: %v %q", err, tail(out, 200))
		}
	}
	if c, err := tryDial(ts.addr); err == nil {
		c.Close()
		t.Error("still accepting after shutdown")
	}
}

func TestHostKey(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "host_key")
	s1, created, err := loadHostKey(path)
	if err != nil || !created {
		t.Fatalf("create: %v %v", created, err)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	s2, created, err := loadHostKey(path)
	if err != nil || created || string(s1.PublicKey().Marshal()) != string(s2.PublicKey().Marshal()) {
		t.Fatalf("reload: %v %v", created, err)
	}
	os.Chmod(path, 0o640)
	if _, _, err := loadHostKey(path); err == nil || !strings.Contains(err.Error(), "must not be accessible by group or others") {
		t.Errorf("group-readable key accepted: %v", err)
	}
	// A symlink planted where a new key would go is not followed.
	target := filepath.Join(dir, "elsewhere")
	link := filepath.Join(dir, "link")
	os.Symlink(target, link)
	if _, _, err := loadHostKey(link); err == nil {
		t.Error("dangling symlink followed")
	}
	if _, err := os.Stat(target); err == nil {
		t.Error("key written through a symlink")
	}
}

func newKey(t *testing.T) (gossh.PublicKey, gossh.Signer) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, _ := gossh.NewSignerFromKey(priv)
	sshPub, _ := gossh.NewPublicKey(pub)
	return sshPub, signer
}

func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("condition never held")
}
