package main

import (
	"context"

	"github.com/charmbracelet/fang"
)

// run executes one invocation of dossier with the given env and arguments
// and returns its exit code: 0 ok, 1 failure, 2 usage.
func run(ctx context.Context, e env, args []string) int {
	return runApp(ctx, newApp(e), args)
}

// runApp runs the command tree of a. Output is written to stdout only when
// the command succeeds.
func runApp(ctx context.Context, a *app, args []string) int {
	e := a.env
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(versionString()),
		fang.WithErrorHandler(errorHandler(e.errTTY)),
	)
	if err != nil {
		return exitCode(err)
	}
	if err := a.flush(); err != nil {
		// stdout is gone (a closed pipe); there is no one to tell but stderr.
		errorHandler(e.errTTY)(e.stderr, fang.Styles{}, err)
		return exitFailure
	}
	return exitOK
}
