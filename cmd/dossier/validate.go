package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/safe"
)

func newValidateCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check dataset files, reporting every problem",
		Long: `Load and check each dataset file, reporting every problem at once, each as
file:line:col: path.to.field: message. A good file gets one line on stdout
with what it holds. Exits 1 when any file has a problem.

With no FILE, validate checks the --data file, or the embedded story.`,
		Example: `  dossier validate story.yaml other.json`,
		RunE: func(cmd *cobra.Command, files []string) error {
			if len(files) == 0 {
				files = []string{a.dataPath}
			}
			failed := 0
			for _, name := range files {
				d, err := a.loadForValidate(name)
				if err != nil {
					failed++
					a.reportProblems(err)
					continue
				}
				if name == "" {
					name = data.DefaultName
				}
				// Written at once, unlike other commands' output: each line is
				// whole and true even when another file fails.
				fmt.Fprintf(a.env.stdout, "%s: ok (%s)\n", a.display(name), summary(d))
			}
			if failed > 0 {
				return reportedError{fmt.Sprintf("%d of %d files failed", failed, len(files))}
			}
			return nil
		},
	}
}

func (a *app) loadForValidate(name string) (*model.Dataset, error) {
	if name == "" {
		return data.Default()
	}
	return data.LoadFile(name)
}

// reportProblems writes a load error to stderr, one problem per line, as
// data.Errors words them. They are written at once, not held back: each
// line is whole, and a good file's "ok" on stdout is still true.
func (a *app) reportProblems(err error) {
	fmt.Fprintln(a.env.stderr, a.displayErr(err.Error()))
}

// display sanitizes a file name (which came from a user, or a glob) for a
// terminal.
func (a *app) display(s string) string {
	if a.env.tty {
		return safe.Line(s)
	}
	return s
}

func (a *app) displayErr(s string) string {
	if a.env.errTTY {
		return safe.Text(s)
	}
	return s
}

// summary counts what a dataset holds: "18 actors, 11 events, ...".
func summary(d *model.Dataset) string {
	parts := make([]string, 0, len(format.ListKinds))
	for _, k := range format.ListKinds {
		n := d.Count(k)
		name := format.Plural(k)
		if n == 1 && k != model.KindSeries {
			name = string(k)
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, name))
	}
	return strings.Join(parts, ", ")
}
