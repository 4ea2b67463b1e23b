package clipboard

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestParseMode(t *testing.T) {
	for _, s := range []string{"", "auto", "osc52", "native", "tmux", "off"} {
		if _, err := ParseMode(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	if _, err := ParseMode("x11"); err == nil || !strings.Contains(err.Error(), "auto, osc52, native, tmux, off") {
		t.Errorf("bad mode: %v", err)
	}
}

func TestNativeTools(t *testing.T) {
	names := func(ts []Tool) string {
		var n []string
		for _, t := range ts {
			n = append(n, t.Name)
		}
		return strings.Join(n, ",")
	}
	cases := []struct {
		env  Env
		want string
	}{
		{Env{GOOS: "linux", WaylandDisplay: "wayland-0"}, "wl-copy"},
		{Env{GOOS: "linux", Display: ":0"}, "xclip,xsel"},
		{Env{GOOS: "linux", Display: ":0", WaylandDisplay: "w"}, "wl-copy,xclip,xsel"},
		{Env{GOOS: "freebsd"}, "wl-copy,xclip,xsel"},
		{Env{GOOS: "darwin"}, "pbcopy"},
		{Env{GOOS: "windows"}, "clip.exe"},
	}
	for _, c := range cases {
		if got := names(NativeTools(c.env)); got != c.want {
			t.Errorf("%+v: %s, want %s", c.env, got, c.want)
		}
	}
}

func TestHasDisplay(t *testing.T) {
	cases := []struct {
		env  Env
		want bool
	}{
		{Env{GOOS: "linux"}, false},
		{Env{GOOS: "linux", Display: ":0"}, true},
		{Env{GOOS: "linux", WaylandDisplay: "w", SSHConnection: "a b c d"}, true}, // X forwarding
		{Env{GOOS: "darwin"}, true},
		{Env{GOOS: "darwin", SSHConnection: "a b c d"}, false},
		{Env{GOOS: "windows", SSHConnection: "a b c d"}, false},
	}
	for _, c := range cases {
		if got := c.env.HasDisplay(); got != c.want {
			t.Errorf("%+v: %v", c.env, got)
		}
	}
}

func TestEnvFrom(t *testing.T) {
	e := EnvFrom([]string{"DISPLAY=:1", "TMUX=/tmp/t,1,0", "SSH_CONNECTION=1 2 3 4", "WAYLAND_DISPLAY=w"}, "linux")
	if e.Display != ":1" || e.Tmux != "/tmp/t,1,0" || e.SSHConnection != "1 2 3 4" || e.WaylandDisplay != "w" || e.GOOS != "linux" {
		t.Errorf("%+v", e)
	}
}

func TestPlanFor(t *testing.T) {
	full := Env{GOOS: "linux", WaylandDisplay: "w", Tmux: "t"}
	cases := []struct {
		mode     Mode
		env      Env
		n        int
		tty      bool
		osc      bool
		native   bool
		tmux     bool
		hasNotes bool
	}{
		{Auto, full, 10, true, true, true, true, false},
		{Auto, Env{GOOS: "linux"}, 10, true, true, false, false, false},
		{Auto, full, MaxOSC52 + 1, true, false, true, true, true},
		{Auto, full, 10, false, false, true, true, true},
		{OSC52, full, 10, true, true, false, false, false},
		{Native, Env{GOOS: "linux"}, 10, true, false, true, false, false},
		{Tmux, Env{GOOS: "linux"}, 10, true, false, false, true, false},
		{Off, full, 10, true, false, false, false, false},
	}
	for _, c := range cases {
		p := PlanFor(c.mode, c.env, c.n, c.tty)
		if p.OSC52 != c.osc || (len(p.Native) > 0) != c.native || p.Tmux != c.tmux || (len(p.Notes) > 0) != c.hasNotes {
			t.Errorf("%s %+v n=%d tty=%v: %+v", c.mode, c.env, c.n, c.tty, p)
		}
	}
}

type fake struct {
	have  map[string]bool
	fail  map[string]bool
	calls []string
}

func (f *fake) LookPath(n string) error {
	if f.have[n] {
		return nil
	}
	return errors.New("not found")
}

func (f *fake) Run(_ context.Context, t Tool, _ string, _ []string) error {
	f.calls = append(f.calls, t.Name+" "+strings.Join(t.Args, " "))
	if f.fail[t.Name+" "+strings.Join(t.Args, " ")] {
		return errors.New("boom")
	}
	return nil
}

func TestExecute(t *testing.T) {
	env := Env{GOOS: "linux", Display: ":0", Tmux: "t"}
	// The first tool found wins; OSC 52 is recorded as sent.
	f := &fake{have: map[string]bool{"xsel": true, "tmux": true}}
	p := PlanFor(Auto, env, 5, true)
	outs := Execute(context.Background(), f, p, env, "hello")
	got, ok := Summary(p, outs)
	if !ok || got != "OSC 52 sent (unconfirmed) · copied with xsel · copied to tmux buffer" {
		t.Errorf("summary %q", got)
	}
	if strings.Join(f.calls, "|") != "xsel --clipboard --input|tmux load-buffer -w -" {
		t.Errorf("calls %q", f.calls)
	}
	// tmux before 3.2 has no -w: load-buffer without it.
	f = &fake{have: map[string]bool{"tmux": true}, fail: map[string]bool{"tmux load-buffer -w -": true}}
	p = PlanFor(Tmux, env, 5, true)
	got, ok = Summary(p, Execute(context.Background(), f, p, env, "hello"))
	if !ok || got != "copied to tmux buffer" || len(f.calls) != 2 {
		t.Errorf("fallback: %q %v %q", got, ok, f.calls)
	}
	// Nothing worked: not ok, and it says why.
	f = &fake{}
	p = PlanFor(Native, env, 5, true)
	got, ok = Summary(p, Execute(context.Background(), f, p, env, "hello"))
	if ok || got != "native failed: no clipboard tool found (xclip, xsel)" {
		t.Errorf("none: %q %v", got, ok)
	}
}

func TestSize(t *testing.T) {
	for n, want := range map[int]string{0: "0 B", 999: "999 B", 1000: "1 kB", 74_000: "74 kB", 1 << 20: "1.0 MB"} {
		if got := Size(n); got != want {
			t.Errorf("Size(%d) = %q, want %q", n, got, want)
		}
	}
}
