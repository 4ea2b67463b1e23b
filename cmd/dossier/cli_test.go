package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// example is the small complete dataset the README documents.
const example = "../../data/testdata/example.yaml"

// result is what one in-process run of dossier did.
type result struct {
	stdout, stderr string
	code           int
}

// transcript is a result as a golden file shows it: the command, its exit
// code, and both streams.
func (r result) transcript(args []string) string {
	return fmt.Sprintf("$ dossier %s\n--- exit %d\n--- stdout\n%s--- stderr\n%s",
		strings.Join(args, " "), r.code, r.stdout, r.stderr)
}

// runWith runs the command tree in-process on buffers, as a pipe would see
// it unless e says otherwise.
func runWith(t *testing.T, e env, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e.stdin = strings.NewReader("")
	e.stdout, e.stderr = &stdout, &stderr
	code := run(context.Background(), e, args)
	return result{stdout.String(), stderr.String(), code}
}

func runPiped(t *testing.T, args ...string) result {
	t.Helper()
	return runWith(t, env{}, args...)
}

// TestGolden runs each command as a script would (stdout piped) and
// compares everything it wrote, and its exit code, with a golden file.
// Regenerate with: go test ./cmd/dossier -run TestGolden -update
func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"root_plain_listing", []string{"--data", example}},
		{"list_all", []string{"--data", example, "list"}},
		{"list_figures_table", []string{"--data", example, "list", "figures"}},
		{"list_figures_json", []string{"--data", example, "list", "figures", "--format", "json"}},
		{"list_figures_csv", []string{"--data", example, "list", "figures", "--format", "csv"}},
		{"list_figures_markdown", []string{"--data", example, "list", "figures", "--format", "markdown"}},
		{"list_all_json", []string{"--data", example, "list", "--format", "json"}},
		{"list_actors_csv", []string{"--data", example, "list", "actors", "--format", "csv"}},
		{"list_events_csv", []string{"--data", example, "list", "events", "--format", "csv"}},
		{"list_quotes_json", []string{"--data", example, "list", "quotes", "-f", "json"}},
		{"list_search", []string{"--data", example, "list", "--search", "ruiz"}},
		{"list_topic", []string{"--data", example, "list", "claims", "--topic", "transport"}},
		{"show_figure", []string{"--data", example, "show", "ferry-cost"}},
		{"show_actor", []string{"--data", example, "show", "ana-ruiz"}},
		{"show_derived", []string{"--data", example, "show", "votes-cast"}},
		{"show_series", []string{"--data", example, "show", "vote-split"}},
		{"show_topic", []string{"--data", example, "show", "transport"}},
		{"show_json", []string{"--data", example, "show", "q-pier", "--format", "json"}},
		{"show_yaml", []string{"--data", example, "show", "q-pier", "--format", "yaml"}},
		{"show_markdown", []string{"--data", example, "show", "ana-ruiz", "--format", "markdown"}},
		{"export_json", []string{"--data", example, "export"}},
		{"export_yaml", []string{"--data", example, "export", "--format", "yaml"}},
		{"export_markdown", []string{"--data", example, "export", "--format", "markdown"}},
		{"validate_good", []string{"validate", example, "testdata/formula.yaml"}},
		{"validate_bad", []string{"validate", "testdata/bad/rules.yaml", example, "testdata/bad/syntax.yaml", "testdata/bad/unknown-field.json", "testdata/bad/missing.yaml"}},
		{"version", []string{"version"}},
		{"data_bad", []string{"--data", "testdata/bad/rules.yaml", "list"}},
		{"usage_unknown_topic", []string{"--data", example, "list", "--topic", "transport", "--topic", "ferries"}},
		{"usage_unknown_kind", []string{"list", "ferries"}},
		{"usage_unknown_command", []string{"lst"}},
		{"usage_unknown_flag", []string{"list", "--colour"}},
		{"usage_bad_format", []string{"export", "--format", "csv"}},
		{"usage_csv_without_kind", []string{"list", "--format", "csv"}},
		{"usage_show_no_id", []string{"show"}},
		{"usage_show_unknown_id", []string{"--data", example, "show", "ferry"}},
		{"usage_bad_theme", []string{"--theme", "blue"}},
		{"csv_formula", []string{"--data", "testdata/formula.yaml", "list", "actors", "--format", "csv"}},
		{"csv_formula_figures", []string{"--data", "testdata/formula.yaml", "list", "figures", "--format", "csv"}},
		{"json_hidden", []string{"--data", "testdata/hidden.yaml", "list", "actors", "--format", "json"}},
		{"yaml_hidden", []string{"--data", "testdata/hidden.yaml", "export", "--format", "yaml"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			golden.RequireEqual(t, runPiped(t, c.args...).transcript(c.args))
		})
	}
}
