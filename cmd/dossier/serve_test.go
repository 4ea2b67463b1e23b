//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"github.com/dossier-dev/dossier/internal/testutil"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/spf13/cobra"
	gossh "golang.org/x/crypto/ssh"
)

// serveRoot is the command tree, serve included.
func serveRoot(a *app) *cobra.Command { return newRootCmd(a) }

// TestServe runs `dossier serve` in-process on an ephemeral port, uses it
// as an ssh client without a PTY would, then stops it with SIGTERM.
func TestServe(t *testing.T) {
	logs := &testutil.SyncBuffer{}
	var stdout bytes.Buffer
	a := newApp(env{stdin: strings.NewReader(""), stdout: &stdout, stderr: logs})
	root := serveRoot(a)
	root.SetArgs([]string{"--data", example, "serve", "--addr", "127.0.0.1:0",
		"--host-key", filepath.Join(t.TempDir(), "host_key"), "--rate", "0"})
	root.SetOut(&stdout)
	root.SetErr(logs)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(context.Background()) }()

	addr := ""
	listening := regexp.MustCompile(`listening addr=(\S+)`)
	for deadline := time.Now().Add(10 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := listening.FindStringSubmatch(logs.String()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("server never listened:\n%s", logs.String())
	}
	c, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "reader", HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	runSSH := func(cmd string) (string, string, int) {
		t.Helper()
		s, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var out, errb bytes.Buffer
		s.Stdout, s.Stderr = &out, &errb
		code := 0
		if err := s.Run(cmd); err != nil {
			ee, ok := err.(*gossh.ExitError)
			if !ok {
				t.Fatalf("%s: %v", cmd, err)
			}
			code = ee.ExitStatus()
		}
		return out.String(), errb.String(), code
	}

	// The served story (example.yaml), as JSON.
	out, stderr, code := runSSH("list figures --format json")
	var figures []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &figures) != nil || len(figures) == 0 || figures[0]["id"] == nil {
		t.Errorf("list figures --format json: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	// Each session parses its own flags: the last one's --format does
	// not leak into the next.
	if out, _, _ := runSSH("list figures"); strings.HasPrefix(strings.TrimSpace(out), "[") {
		t.Errorf("a previous session's flags leaked: %q", out)
	}
	for cmd, want := range map[string]string{
		"list --data /etc/passwd": "--data names a file on the server",
		"validate /etc/passwd":    "validate reads files on the server",
		"extract /etc/passwd":     "extract reads files on the server",
		"serve":                   "serve starts a server",
		"completion bash":         "completion is for a local shell",
	} {
		out, stderr, code := runSSH(cmd)
		if code != 1 || out != "" || !strings.Contains(stderr, want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want one line with %q", cmd, code, out, stderr, want)
		}
	}
	if out, _, code := runSSH("version"); code != 0 || !strings.HasPrefix(out, "dossier version ") {
		t.Errorf("version: %d %q", code, out)
	}
	if _, stderr, code := runSSH("show no-such-id"); code != 2 || !strings.Contains(stderr, `no item has id "no-such-id"`) {
		t.Errorf("show unknown id: %d %q", code, stderr)
	}

	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v, want nil (exit 0)", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
	if !strings.Contains(logs.String(), "stopped") {
		t.Errorf("no shutdown in the log:\n%s", logs.String())
	}
}
