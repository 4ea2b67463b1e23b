package main

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dossier-dev/dossier/model"
)

// terminal is an env whose stdout is a terminal of the given width.
func terminal(width int, environ ...string) env {
	return env{tty: true, errTTY: true, width: width, environ: environ}
}

// TestTerminalTableFits checks that on a terminal every line of a listing
// fits the width, long cells are cut with "…", and there are no tabs.
func TestTerminalTableFits(t *testing.T) {
	for _, width := range []int{40, 60, 100} {
		r := runWith(t, terminal(width, "NO_COLOR=1"), "list")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		for _, line := range strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n") {
			if w := ansi.StringWidth(line); w > width {
				t.Errorf("width %d: line is %d wide: %q", width, w, line)
			}
		}
		if !strings.Contains(r.stdout, "…") || strings.Contains(r.stdout, "\t") {
			t.Errorf("width %d: expected cut cells and no tabs:\n%s", width, r.stdout)
		}
		if strings.Contains(r.stdout, "\x1b") {
			t.Errorf("width %d: NO_COLOR output has escape sequences", width)
		}
	}
}

// TestTerminalColor checks that colour is used on a terminal and only there,
// and never with NO_COLOR or --no-color.
func TestTerminalColor(t *testing.T) {
	if r := runWith(t, terminal(80), "list", "topics"); !strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("no colour on a terminal:\n%q", r.stdout)
	}
	for name, r := range map[string]result{
		"NO_COLOR":   runWith(t, terminal(80, "NO_COLOR=1"), "list", "topics"),
		"--no-color": runWith(t, terminal(80), "--no-color", "list", "topics"),
		"TERM=dumb":  runWith(t, terminal(80, "TERM=dumb"), "--data", example, "show", "ana-ruiz"),
		"piped":      runPiped(t, "--data", example, "show", "ana-ruiz"),
	} {
		if strings.Contains(r.stdout, "\x1b") {
			t.Errorf("%s: escape sequences in output:\n%q", name, r.stdout)
		}
	}
}

// TestTerminalSanitizes checks that dataset text reaches a terminal
// sanitized in tables, show and Markdown, while JSON keeps it escaped.
func TestTerminalSanitizes(t *testing.T) {
	hidden := []string{"\x1b[31m", "\u202e", "\u2066", "\u200b"}
	for _, args := range [][]string{
		{"list"},
		{"show", "ana"},
		{"list", "actors", "--format", "markdown"},
		{"list", "actors", "--format", "csv"},
		{"export", "--format", "markdown"},
		{"export", "--format", "json"},
		{"export", "--format", "yaml"},
	} {
		r := runWith(t, terminal(120, "NO_COLOR=1"), append([]string{"--data", "testdata/hidden.yaml"}, args...)...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
		for _, h := range hidden {
			if strings.Contains(r.stdout, h) {
				t.Errorf("%v: output holds %q:\n%s", args, h, r.stdout)
			}
		}
	}
	// Piped, Markdown and CSV are faithful to the data.
	r := runPiped(t, "--data", "testdata/hidden.yaml", "list", "actors", "--format", "csv")
	if !strings.Contains(r.stdout, "\x1b[31m") {
		t.Errorf("piped CSV is not faithful:\n%q", r.stdout)
	}
}

// TestExplorerHook checks that `dossier` hands a terminal session to the
// explorer with its flags, and prints the listing when piped.
func TestExplorerHook(t *testing.T) {
	var got *explorerOptions
	hook := func(_ context.Context, d *model.Dataset, o explorerOptions) error {
		if d == nil {
			t.Error("explorer got no dataset")
		}
		got = &o
		return nil
	}
	args := []string{"--data", example, "--topic", "transport", "--search", "ruiz", "--plain", "--no-mouse", "--theme", "light", "--clipboard", "tmux"}

	a := newApp(terminal(80, "NO_COLOR=1"))
	a.env.stdout, a.env.stderr = &bufWriter{}, &bufWriter{}
	a.runExplorer = hook
	if code := runApp(context.Background(), a, args); code != 0 || got == nil {
		t.Fatalf("exit %d, explorer called: %v", code, got != nil)
	}
	want := explorerOptions{Topics: []string{"transport"}, Search: "ruiz", Plain: true, NoMouse: true, NoColor: true, Theme: "light", Clipboard: "tmux"}
	got.In, got.Out, got.Err, got.Environ = nil, nil, nil, nil
	if got.Search != want.Search || got.Plain != want.Plain || got.NoMouse != want.NoMouse || got.NoColor != want.NoColor ||
		got.Theme != want.Theme || got.Clipboard != want.Clipboard || strings.Join(got.Topics, ",") != "transport" {
		t.Errorf("explorer options %+v, want %+v", *got, want)
	}

	// DOSSIER_THEME applies when --theme is not given.
	got = nil
	a = newApp(terminal(80, "DOSSIER_THEME=dark"))
	a.env.stdout, a.env.stderr = &bufWriter{}, &bufWriter{}
	a.runExplorer = hook
	if runApp(context.Background(), a, nil); got == nil || got.Theme != "dark" || got.NoColor {
		t.Errorf("DOSSIER_THEME: got %+v", got)
	}

	// Piped: the listing, not the explorer.
	got = nil
	a = newApp(env{})
	out := &bufWriter{}
	a.env.stdout, a.env.stderr = out, &bufWriter{}
	a.runExplorer = hook
	if code := runApp(context.Background(), a, []string{"--data", example, "--topic", "transport"}); code != 0 || got != nil {
		t.Fatalf("piped: exit %d, explorer called %v", code, got != nil)
	}
	if !strings.Contains(out.String(), "figures (") {
		t.Errorf("piped: no listing:\n%s", out.String())
	}
}
