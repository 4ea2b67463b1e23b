package main

import (
	"strings"
	"testing"
)

// TestHelp checks that fang's help lists every command and the global
// --data flag, and that --version and `version` agree.
func TestHelp(t *testing.T) {
	r := runPiped(t, "--help")
	for _, want := range []string{"list", "show", "export", "validate", "version", "completion", "--data", "--topic", "--plain", "--no-mouse", "--no-color", "--theme", "--clipboard"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help does not mention %s:\n%s", want, r.stdout)
		}
	}
	a, b := runPiped(t, "--version"), runPiped(t, "version")
	if a.stdout != b.stdout || !strings.HasPrefix(a.stdout, "dossier version ") {
		t.Errorf("--version %q and version %q differ", a.stdout, b.stdout)
	}
	if r := runPiped(t, "list", "--help"); !strings.Contains(r.stdout, "--format") || !strings.Contains(r.stdout, "--data") {
		t.Errorf("list help lacks --format or the global --data:\n%s", r.stdout)
	}
}

// TestCompletion checks shell completion of kinds, ids and topic ids.
func TestCompletion(t *testing.T) {
	cases := map[string][]string{
		"list fig":         {"__complete", "list", "fig"},
		"show votes-":      {"__complete", "--data", example, "show", "votes-"},
		"list --topic tra": {"__complete", "--data", example, "list", "--topic", "tra"},
		"list --format ma": {"__complete", "list", "--format", "ma"},
		"show (the story)": {"__complete", "show", ""},
	}
	want := map[string]string{
		"list fig":         "figures",
		"show votes-":      "votes-cast",
		"list --topic tra": "transport",
		"list --format ma": "markdown",
		"show (the story)": "\t", // every id, with its title
	}
	for name, args := range cases {
		r := runPiped(t, args...)
		if r.code != 0 || !strings.Contains(r.stdout, want[name]) {
			t.Errorf("%s: exit %d, completions:\n%s", name, r.code, r.stdout)
		}
	}
}
