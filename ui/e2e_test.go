package ui

// The end-to-end test: the real dossier binary in a real tmux, driven with
// send-keys and read with capture-pane, and a copied figure checked in
// tmux's paste buffer, once through OSC 52 (`set-clipboard on`,
// --clipboard osc52) and once through `tmux load-buffer` (tmux's default
// settings, --clipboard tmux). It is skipped when tmux is not installed;
// CI installs it. Each run uses a private tmux server and kills it.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tmuxServer is a private tmux server for one test.
type tmuxServer struct {
	t    *testing.T
	sock string
	path string // the socket file, once the server runs
}

func newTmux(t *testing.T) *tmuxServer {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	s := &tmuxServer{t: t, sock: fmt.Sprintf("dossier-test-%d-%d", os.Getpid(), time.Now().UnixNano()%1e6)}
	t.Cleanup(func() {
		// The server may be gone already (q ended its only session);
		// either way its socket file stays behind: remove it too.
		_, _ = s.run("kill-server")
		if strings.Contains(s.path, s.sock) {
			_ = os.Remove(s.path)
		}
	})
	return s
}

// run runs a tmux command on the private server, with no user config.
func (s *tmuxServer) run(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-L", s.sock, "-f", "/dev/null"}, args...)...)
	cmd.Env = append(os.Environ(), "TMUX=") // not the caller's tmux
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (s *tmuxServer) must(args ...string) string {
	s.t.Helper()
	out, err := s.run(args...)
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// keys sends keys to the pane, one argument per key name (tmux's names:
// "Enter", "Escape", "j").
func (s *tmuxServer) keys(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		s.must("send-keys", "-t", "e2e", k)
		// Let each key land as its own event; a lone ESC needs longer, or
		// ESC and the next key read as alt+key.
		pause := 40 * time.Millisecond
		if k == "Escape" {
			pause = 400 * time.Millisecond
		}
		time.Sleep(pause)
	}
}

// waitFor polls capture-pane until the screen holds want.
func (s *tmuxServer) waitFor(want string) string {
	s.t.Helper()
	var screen string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		screen, _ = s.run("capture-pane", "-p", "-t", "e2e")
		if strings.Contains(screen, want) {
			return screen
		}
	}
	s.t.Fatalf("the screen never showed %q; it shows:\n%s", want, screen)
	return ""
}

// waitBuffer polls tmux's paste buffer until it holds want.
func (s *tmuxServer) waitBuffer(want string) {
	s.t.Helper()
	var got string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		got, _ = s.run("show-buffer")
		if got == want {
			return
		}
	}
	screen, _ := s.run("capture-pane", "-p", "-t", "e2e")
	s.t.Fatalf("paste buffer holds %q, want %q; screen:\n%s", got, want, screen)
}

// buildDossier builds the real command once per test binary.
var builtDossier string

func buildDossier(t *testing.T) string {
	t.Helper()
	if builtDossier != "" {
		return builtDossier
	}
	dir, err := os.MkdirTemp("", "dossier-e2e-")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "dossier")
	out, err := exec.Command("go", "build", "-o", bin, "../cmd/dossier").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	builtDossier = bin
	return bin
}

// start opens the explorer in a 120x40 tmux window.
func (s *tmuxServer) start(bin string, args ...string) {
	s.t.Helper()
	cmd := "env TERM=xterm-256color DOSSIER_THEME=dark " + bin + " " + strings.Join(args, " ")
	s.must("new-session", "-d", "-x", "120", "-y", "40", "-s", "e2e", cmd)
	s.path = strings.TrimSpace(s.must("display-message", "-p", "#{socket_path}"))
	s.waitFor("1 Actors")
}

// copyFirearms selects the firearms figure and copies it with y.
func (s *tmuxServer) copyFirearms() {
	s.t.Helper()
	s.keys("3", "/")
	s.must("send-keys", "-t", "e2e", "-l", "firearms")
	s.keys("Enter")
	s.waitFor("Firearms seized")
	s.keys("j") // past the chart's row, to the figure
	s.waitFor("Value        more than 5,000")
	s.keys("y")
}

func TestTmuxOSC52(t *testing.T) {
	bin := buildDossier(t)
	s := newTmux(t)
	s.start(bin, "--clipboard", "osc52")
	// Set before any copy: tmux then keeps what an application sends by
	// OSC 52 in its paste buffer.
	s.must("set-option", "-g", "set-clipboard", "on")
	screen := s.waitFor("Lily Téllez")
	for _, want := range []string{"[1 Actors 18]", "2 Timeline 11", "3 Numbers", "4 Source", "People · 4", "Role         Senator", "? all keys"} {
		if !strings.Contains(screen, want) {
			t.Errorf("first screen lacks %q:\n%s", want, screen)
		}
	}
	s.keys("2")
	s.waitFor("20 Jan 2025 · year inferred")
	s.keys("?")
	s.waitFor("esc closes this help")
	s.keys("Escape")
	s.copyFirearms()
	s.waitBuffer("more than 5,000 firearms seized")
	s.waitFor("OSC 52 sent (unconfirmed)")
	s.keys("q")
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		if _, err := s.run("has-session", "-t", "e2e"); err != nil {
			break // q quit the explorer, and the session went with it
		}
		if time.Now().After(deadline) {
			t.Fatal("q did not quit")
		}
	}
}

func TestTmuxLoadBuffer(t *testing.T) {
	bin := buildDossier(t)
	s := newTmux(t)
	// tmux's default set-clipboard (external) drops an application's
	// OSC 52; --clipboard tmux goes through load-buffer instead.
	s.start(bin, "--clipboard", "tmux")
	s.copyFirearms()
	s.waitBuffer("more than 5,000 firearms seized")
	s.waitFor("copied to tmux buffer")
	// The search box takes q as text.
	s.keys("/", "q")
	s.waitFor("/ firearmsq")
	s.keys("BSpace", "Enter", "Y")
	s.waitFor("Cited sentence: copied to tmux buffer")
	got := s.must("show-buffer")
	if !strings.HasPrefix(got, "More than 5,000 firearms seized, reported by Omar García Harfuch (Security Minister). Source: “") {
		t.Errorf("cited sentence in the buffer: %q", got)
	}
}
