package main

import (
	"bytes"
	"context"
	"io"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/safe"
	"github.com/dossier-dev/dossier/ui/table"
)

// app is the state of one invocation: its env, the values of its flags and
// the output it has built. Flags bind to fields here, never to package
// variables, so each command tree (one per run, or per SSH session) is
// independent.
type app struct {
	env env

	// dataPath is --data: a dataset file, or "" for the embedded story.
	dataPath string
	// story, when set, is the dataset already loaded (by `serve`, once for
	// all its sessions); --data is then not read.
	story *model.Dataset
	// noColor is --no-color.
	noColor bool

	// runExplorer starts the interactive explorer; tests replace it. When
	// stdout is not a terminal (and --plain is not given), `dossier`
	// prints the plain listing instead.
	runExplorer func(ctx context.Context, d *model.Dataset, o explorerOptions) error

	// out collects a command's output. It is written to stdout only when
	// the command succeeds, so a failure never leaves partial output.
	out bytes.Buffer
}

// newApp makes the state of one invocation.
func newApp(e env) *app {
	return &app{
		env:         e,
		runExplorer: startExplorer,
	}
}

// dataset loads the dataset named by --data, or the embedded story.
func (a *app) dataset() (*model.Dataset, error) {
	if a.story != nil {
		return a.story, nil
	}
	if a.dataPath == "" {
		return data.Default()
	}
	return data.LoadFile(a.dataPath)
}

// tableOptions say how tables are drawn: fitted and styled on a terminal,
// tab-separated when piped.
func (a *app) tableOptions() table.Options {
	return table.Options{
		Plain: !a.env.tty,
		Width: a.env.width,
		Color: a.env.colorAllowed() && !a.noColor,
	}
}

// clean is the sanitizer for dataset text in Markdown and CSV: safe.Text
// on a terminal, nothing for a file or pipe, which get the data as it is.
func (a *app) clean() func(string) string {
	if a.env.tty {
		return safe.Text
	}
	return nil
}

// flush writes the collected output to stdout.
func (a *app) flush() error {
	_, err := io.Copy(a.env.stdout, &a.out)
	return err
}
