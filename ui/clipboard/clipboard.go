// Package clipboard decides how the explorer copies text, and does the
// copying that needs a program (wl-copy, xclip, xsel, pbcopy, clip.exe,
// tmux). Methods are layered because each fails somewhere, and OSC 52
// cannot report failure: GNOME Terminal and Konsole ignore it silently,
// and tmux drops it under its default `set-clipboard external`.
//
// The policy and the environment it reads are values handed in when an
// explorer starts, never read from the process's globals, so that a
// server can run many explorers with their own settings.
package clipboard

import (
	"fmt"
	"strings"
)

// Mode is the --clipboard setting.
type Mode string

// The clipboard modes.
const (
	Auto   Mode = "auto"   // every method that applies
	OSC52  Mode = "osc52"  // the terminal's clipboard escape only
	Native Mode = "native" // the platform's clipboard tool only
	Tmux   Mode = "tmux"   // tmux's paste buffer only
	Off    Mode = "off"    // never touch a clipboard
)

// Modes lists the valid modes, for help and errors.
var Modes = []Mode{Auto, OSC52, Native, Tmux, Off}

// ParseMode reads a --clipboard value; empty means auto.
func ParseMode(s string) (Mode, error) {
	if s == "" {
		return Auto, nil
	}
	for _, m := range Modes {
		if string(m) == s {
			return m, nil
		}
	}
	names := make([]string, len(Modes))
	for i, m := range Modes {
		names[i] = string(m)
	}
	return "", fmt.Errorf("unknown clipboard mode %q: use one of %s", s, strings.Join(names, ", "))
}

// Env is what the policy needs to know of the session.
type Env struct {
	Display        string // $DISPLAY
	WaylandDisplay string // $WAYLAND_DISPLAY
	Tmux           string // $TMUX
	SSHConnection  string // $SSH_CONNECTION
	// GOOS is the operating system the tools run on ("linux",
	// "darwin", "windows").
	GOOS string
	// Environ, when not nil, is the environment the tools run with.
	Environ []string
}

// EnvFrom reads an Env from a list of KEY=value strings.
func EnvFrom(environ []string, goos string) Env {
	get := func(k string) string {
		for _, kv := range environ {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v
			}
		}
		return ""
	}
	return Env{
		Display:        get("DISPLAY"),
		WaylandDisplay: get("WAYLAND_DISPLAY"),
		Tmux:           get("TMUX"),
		SSHConnection:  get("SSH_CONNECTION"),
		GOOS:           goos,
		Environ:        environ,
	}
}

// HasDisplay reports whether a native clipboard tool would reach the
// reader's clipboard: a graphical session on Linux and the BSDs, a local
// (not SSH) session on macOS and Windows.
func (e Env) HasDisplay() bool {
	switch e.GOOS {
	case "darwin", "windows":
		return e.SSHConnection == ""
	}
	return e.Display != "" || e.WaylandDisplay != ""
}

// Tool is a clipboard program and its arguments; it reads the text on
// standard input.
type Tool struct {
	Name string
	Args []string
}

func (t Tool) String() string { return t.Name }

// NativeTools lists the clipboard programs to try, in order, for the
// session's platform and display: wl-copy under Wayland, xclip then xsel
// under X, all three when neither is set (--clipboard native insists).
func NativeTools(e Env) []Tool {
	switch e.GOOS {
	case "darwin":
		return []Tool{{Name: "pbcopy"}}
	case "windows":
		return []Tool{{Name: "clip.exe"}}
	}
	var out []Tool
	if e.WaylandDisplay != "" || e.Display == "" {
		out = append(out, Tool{Name: "wl-copy"})
	}
	if e.Display != "" || e.WaylandDisplay == "" {
		out = append(out,
			Tool{Name: "xclip", Args: []string{"-selection", "clipboard"}},
			Tool{Name: "xsel", Args: []string{"--clipboard", "--input"}})
	}
	return out
}

// TmuxTool loads the text into tmux's paste buffer; -w also passes it on
// to the outer terminal's clipboard when tmux is allowed to.
var TmuxTool = Tool{Name: "tmux", Args: []string{"load-buffer", "-w", "-"}}

// Limits on what is copied. OSC 52 travels through the terminal as
// base64; many terminals drop sequences much over 100 kB, so larger texts
// skip it. Nothing larger than MaxBytes is copied at all.
const (
	MaxOSC52 = 74_000  // bytes of text, about 100 kB of base64
	MaxBytes = 1 << 20 // 1 MiB
)

// Plan is what one copy will do.
type Plan struct {
	OSC52 bool
	// Native is the list of tools to try, first found wins; nil when the
	// native clipboard is not used.
	Native []Tool
	Tmux   bool
	// Notes say why a method was left out ("too large for OSC 52").
	Notes []string
}

// Empty reports whether the plan does nothing.
func (p Plan) Empty() bool { return !p.OSC52 && len(p.Native) == 0 && !p.Tmux }

// External reports whether the plan runs a program.
func (p Plan) External() bool { return len(p.Native) > 0 || p.Tmux }

// PlanFor decides how to copy text of size n under a mode. canOSC52 is
// false when the output is not a terminal (a log, in --plain mode).
func PlanFor(mode Mode, e Env, n int, canOSC52 bool) Plan {
	var p Plan
	osc := func() {
		switch {
		case !canOSC52:
			p.Notes = append(p.Notes, "OSC 52 skipped: output is not a terminal")
		case n > MaxOSC52:
			p.Notes = append(p.Notes, fmt.Sprintf("too large for OSC 52 (%s; limit %s)", Size(n), Size(MaxOSC52)))
		default:
			p.OSC52 = true
		}
	}
	switch mode {
	case Off:
		return p
	case OSC52:
		osc()
	case Native:
		p.Native = NativeTools(e)
	case Tmux:
		p.Tmux = true
	default: // auto
		osc()
		if e.HasDisplay() {
			p.Native = NativeTools(e)
		}
		p.Tmux = e.Tmux != ""
	}
	return p
}

// Size writes a byte count for people: "820 B", "74 kB", "1.2 MB".
func Size(n int) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1_000_000:
		return fmt.Sprintf("%d kB", (n+500)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
