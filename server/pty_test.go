package server

import (
	"context"
	"strings"
	"testing"
)

func TestPTYFirstFrameKeysAndQuit(t *testing.T) {
	ts := startServer(t, Config{})
	tm := openTerm(t, dial(t, ts.addr), 100, 30, nil, "")
	tm.waitFor("stub size=100x30")
	tm.send("j")
	tm.waitFor("key=j")
	tm.send("q")
	if err := tm.wait(); err != nil {
		t.Fatalf("quit: %v", err)
	}
	// The explorer leaves the alternate screen when it quits.
	if out := tm.out.String(); !strings.Contains(out, "\x1b[?1049l") {
		t.Errorf("alternate screen not left: %q", tail(out, 200))
	}
}

func TestPTYResizeRelayouts(t *testing.T) {
	ts := startServer(t, Config{})
	tm := openTerm(t, dial(t, ts.addr), 80, 24, nil, "")
	tm.waitFor("stub size=80x24")
	if err := tm.sess.WindowChange(50, 132); err != nil {
		t.Fatal(err)
	}
	tm.waitFor("stub size=132x50")
}

func TestPTYAllowedFlagsApply(t *testing.T) {
	ts := startServer(t, Config{Themes: []string{"auto", "dark", "light"}})
	tm := openTerm(t, dial(t, ts.addr), 120, 40, nil, "--plain --theme=light --topic cartels --topic polls --search 'garcia harfuch'")
	tm.waitFor("plain=true theme=light topics=cartels,polls search=garcia harfuch")
}

func TestPTYOtherFlagsRefused(t *testing.T) {
	ts := startServer(t, Config{Themes: []string{"auto", "dark", "light"}})
	c := dial(t, ts.addr)
	for _, tc := range []struct{ cmd, want string }{
		{"--data /etc/passwd", `"--data" is not available over SSH; the explorer takes --plain, --no-mouse, --no-color, --theme, --topic, --search`},
		{"--clipboard native", `"--clipboard" is not available over SSH`},
		{"--theme neon", "--theme must be one of auto, dark, light"},
		{"--topic", "--topic needs a value"},
		{"--plain=yes", "--plain takes no value"},
		{"--search \x1b]52;c;eA==\a", "the value of --search is too long or holds control characters"},
	} {
		tm := openTerm(t, c, 80, 24, nil, tc.cmd)
		err := tm.wait()
		out := tm.out.String()
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s: output %q, want %q", tc.cmd, out, tc.want)
		}
		if strings.Count(strings.TrimSpace(out), "\n") > 0 {
			t.Errorf("%s: refusal is not one line: %q", tc.cmd, out)
		}
		if exitStatus(err) != 1 {
			t.Errorf("%s: exit %v, want 1", tc.cmd, err)
		}
	}
}

// The explorer sees only the client's NO_COLOR, COLORTERM, TERM and LANG,
// whatever else the client sends and whatever the server's environment.
func TestPTYEnvironmentAllowlist(t *testing.T) {
	t.Setenv("DISPLAY", ":0")
	t.Setenv("TMUX", "/tmp/tmux-0/default,1,0")
	got := make(chan ExplorerOptions, 1)
	ts := startServer(t, Config{Explorer: func(ctx context.Context, o ExplorerOptions) (Program, error) {
		got <- o
		return stubExplorer(ctx, o)
	}})
	tm := openTerm(t, dial(t, ts.addr), 80, 24, map[string]string{
		"LANG": "es_MX.UTF-8", "COLORTERM": "truecolor", "DISPLAY": ":1",
		"WAYLAND_DISPLAY": "wayland-0", "SSH_CONNECTION": "x", "LD_PRELOAD": "/evil.so",
	}, "")
	tm.waitFor("stub size=80x24")
	o := <-got
	want := []string{"COLORTERM=truecolor", "TERM=xterm-256color", "LANG=es_MX.UTF-8"}
	if strings.Join(o.Env, " ") != strings.Join(want, " ") {
		t.Errorf("env %q, want %q", o.Env, want)
	}
	if o.Profile.String() != "TrueColor" {
		t.Errorf("profile %v, want TrueColor", o.Profile)
	}
}

func TestPTYNoColor(t *testing.T) {
	got := make(chan ExplorerOptions, 2)
	ts := startServer(t, Config{Explorer: func(ctx context.Context, o ExplorerOptions) (Program, error) {
		got <- o
		return stubExplorer(ctx, o)
	}})
	c := dial(t, ts.addr)
	openTerm(t, c, 80, 24, map[string]string{"NO_COLOR": "1"}, "").waitFor("stub")
	openTerm(t, c, 80, 24, map[string]string{"COLORTERM": "truecolor"}, "--no-color").waitFor("stub")
	for range 2 {
		if o := <-got; o.Profile.String() != "Ascii" {
			t.Errorf("profile %v, want Ascii", o.Profile)
		}
	}
}

func TestPTYWithoutTerminalGetsUsage(t *testing.T) {
	ts := startServer(t, Config{})
	c := dial(t, ts.addr)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out strings.Builder
	sess.Stderr = &out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	_ = sess.Wait()
	if !strings.Contains(out.String(), "connect with a terminal for the explorer") {
		t.Errorf("usage not shown: %q", out.String())
	}
	_, stderr, code := run(t, c, "--plain")
	if code != 1 || !strings.Contains(stderr, "needs a terminal") {
		t.Errorf("explorer flags without a PTY: %d %q", code, stderr)
	}
	// A refused flag is refused as such, not sent off to try -t.
	_, stderr, code = run(t, c, "--data /etc/passwd")
	if code != 1 || strings.Contains(stderr, "needs a terminal") || !strings.Contains(stderr, "--data") {
		t.Errorf("--data without a PTY: %d %q", code, stderr)
	}
}
