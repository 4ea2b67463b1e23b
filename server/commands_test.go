package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
)

// echoCommand stands in for the CLI: it writes its arguments as JSON.
func echoCommand(_ context.Context, r CommandRequest) int {
	b, _ := json.Marshal(r.Args)
	fmt.Fprintln(r.Stdout, string(b))
	return 0
}

func TestCommandGate(t *testing.T) {
	p := DefaultCommandPolicy()
	for _, tc := range []struct {
		args []string
		want string // "" passes
	}{
		{[]string{"list", "figures", "--format", "json"}, ""},
		{[]string{"list", "--topic=cartels", "-f", "csv", "figures"}, ""},
		{[]string{"show", "fig-firearms"}, ""},
		{[]string{"export", "--format=yaml"}, ""},
		{[]string{"version"}, ""},
		{[]string{"help", "list"}, ""},
		{[]string{"list", "--data", "/etc/passwd"}, "--data names a file on the server and is not available over SSH"},
		{[]string{"list", "--data=/etc/passwd"}, "--data names a file on the server"},
		{[]string{"validate", "/etc/passwd"}, "validate reads files on the server"},
		{[]string{"help", "serve"}, "serve starts a server"},
		{[]string{"completion", "bash"}, "completion is for a local shell"},
		{[]string{"extract", "x"}, "extract reads files"},
		{[]string{"__complete", "list", ""}, `"__complete" is not available over SSH (read-only commands: list, show, export, version, help)`},
		{[]string{"list", "--clipboard", "native"}, `"--clipboard" is not available over SSH (flags:`},
		{[]string{"list", "-xyz"}, `"-xyz" is not available`},
		{[]string{"show", "a\x1bb"}, "control characters"},
	} {
		err := p.check(tc.args)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q refused: %v", tc.args, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%q: %v, want %q", tc.args, err, tc.want)
		}
	}
}

func TestNonPTYCommands(t *testing.T) {
	ts := startServer(t, Config{Command: echoCommand})
	c := dial(t, ts.addr)

	out, stderr, code := run(t, c, "list figures --format json")
	var args []string
	if code != 0 || json.Unmarshal([]byte(out), &args) != nil || strings.Join(args, " ") != "list figures --format json" {
		t.Errorf("list: code %d out %q err %q", code, out, stderr)
	}

	out, stderr, code = run(t, c, "list --data /etc/passwd")
	if code != 1 || out != "" || !strings.Contains(stderr, "--data names a file on the server") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("--data: code %d out %q err %q", code, out, stderr)
	}
	if !strings.Contains(ts.logs.String(), "command not allowed") {
		t.Errorf("refusal not logged:\n%s", ts.logs.String())
	}
	// The log names the command, never its arguments (searches are private).
	if strings.Contains(ts.logs.String(), "/etc/passwd") {
		t.Errorf("arguments logged:\n%s", ts.logs.String())
	}
}

// With -t and a command word, the command runs on the PTY.
func TestPTYCommand(t *testing.T) {
	ts := startServer(t, Config{Command: echoCommand})
	tm := openTerm(t, dial(t, ts.addr), 80, 24, nil, "version")
	if err := tm.wait(); err != nil {
		t.Fatal(err)
	}
	if out := tm.out.String(); out != "[\"version\"]\r\n" {
		t.Errorf("output %q", out)
	}
}

func TestCommandsDisabled(t *testing.T) {
	ts := startServer(t, Config{})
	_, stderr, code := run(t, dial(t, ts.addr), "list")
	if code != 1 || !strings.Contains(stderr, "commands are not available") {
		t.Errorf("%d %q", code, stderr)
	}
}

// Without a PTY, what could drive the client's terminal is made visible or
// dropped, even when a write splits a rune.
func TestNonPTYOutputIsSanitized(t *testing.T) {
	ts := startServer(t, Config{Command: func(_ context.Context, r CommandRequest) int {
		io.WriteString(r.Stdout, "title\x1b]52;c;aGk=\x07 \u202eevil\n")
		r.Stdout.Write([]byte("caf\xc3"))
		r.Stdout.Write([]byte("\xa9\t\u0085end\n"))
		io.WriteString(r.Stderr, "err\x1b[31m\n")
		return 0
	}})
	out, stderr, code := run(t, dial(t, ts.addr), "version")
	if want := "title␛]52;c;aGk=␇ evil\ncafé\t\ufffdend\n"; out != want || code != 0 {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if stderr != "err␛[31m\n" {
		t.Errorf("stderr %q", stderr)
	}
}
