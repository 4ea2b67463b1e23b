package main

import (
	"testing"
)

// TestExitCodes checks the exit code contract, and that a failing command
// writes nothing to stdout and something to stderr.
func TestExitCodes(t *testing.T) {
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"list"}, exitOK},
		{[]string{"--data", example, "list", "figures", "--topic", "transport", "--topic", "transport"}, exitOK},
		{[]string{"--data", example, "show", "ana-ruiz"}, exitOK},
		{[]string{"export", "--format", "yaml"}, exitOK},
		{[]string{"version"}, exitOK},
		{[]string{"--version"}, exitOK},
		{[]string{"--help"}, exitOK},
		{[]string{"completion", "bash"}, exitOK},
		{[]string{"validate", example}, exitOK},
		{[]string{"validate"}, exitOK}, // the embedded story

		{[]string{"--data", "testdata/bad/rules.yaml", "list"}, exitFailure},
		{[]string{"--data", "testdata/bad/missing.yaml", "show", "x"}, exitFailure},
		{[]string{"--data", "testdata/bad/syntax.yaml", "export"}, exitFailure},
		{[]string{"validate", "testdata/bad/rules.yaml"}, exitFailure},
		{[]string{"validate", example, "testdata/bad/unknown-field.json"}, exitFailure},

		{[]string{"lst"}, exitUsage},
		{[]string{"list", "--nope"}, exitUsage},
		{[]string{"list", "--format"}, exitUsage},
		{[]string{"list", "--format", "xml"}, exitUsage},
		{[]string{"list", "figures", "quotes"}, exitUsage},
		{[]string{"list", "widgets"}, exitUsage},
		{[]string{"list", "--topic", "no-such-topic"}, exitUsage},
		{[]string{"--topic", "no-such-topic"}, exitUsage},
		{[]string{"list", "--format", "csv"}, exitUsage},
		{[]string{"show"}, exitUsage},
		{[]string{"show", "a", "b"}, exitUsage},
		{[]string{"show", "no-such-item"}, exitUsage},
		{[]string{"export", "extra"}, exitUsage},
		{[]string{"export", "--format", "csv"}, exitUsage},
		{[]string{"version", "extra"}, exitUsage},
		{[]string{"--clipboard", "carrier-pigeon"}, exitUsage},
		{[]string{"--theme", "blue"}, exitUsage},
	}
	for _, c := range cases {
		r := runPiped(t, c.args...)
		if r.code != c.code {
			t.Errorf("dossier %v: exit %d, want %d\nstderr: %s", c.args, r.code, c.code, r.stderr)
		}
		if c.code != exitOK {
			// validate prints its good files; every other failure prints
			// nothing to stdout.
			if r.stdout != "" && c.args[0] != "validate" {
				t.Errorf("dossier %v failed but wrote to stdout:\n%s", c.args, r.stdout)
			}
			if r.stderr == "" {
				t.Errorf("dossier %v failed without a message on stderr", c.args)
			}
		}
	}
}

// TestNoPartialOutput checks that output a command has built is not
// written when the command then fails.
func TestNoPartialOutput(t *testing.T) {
	a := newApp(env{})
	var out, errb = &bufWriter{}, &bufWriter{}
	a.env.stdout, a.env.stderr = out, errb
	a.out.WriteString("half a table\n")
	if code := runApp(t.Context(), a, []string{"show", "no-such-item"}); code != exitUsage {
		t.Fatalf("exit %d", code)
	}
	if out.String() != "" {
		t.Fatalf("stdout has partial output %q", out.String())
	}
}

type bufWriter struct{ b []byte }

func (w *bufWriter) Write(p []byte) (int, error) { w.b = append(w.b, p...); return len(p), nil }
func (w *bufWriter) String() string              { return string(w.b) }
