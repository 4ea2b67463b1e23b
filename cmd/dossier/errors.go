package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/fang"
	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/ui/safe"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is a command called wrongly: a bad flag, argument or value.
// It exits 2, where other failures exit 1.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// reportedError is a failure whose details the command already wrote to
// stderr (validate prints each problem); it only sets the exit code.
type reportedError struct{ msg string }

func (e reportedError) Error() string { return e.msg }

// usageArgs makes an argument check's error a usage error.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// flagError is the command tree's FlagErrorFunc: every flag parsing error
// (unknown flag, missing or invalid value) is a usage error.
func flagError(_ *cobra.Command, err error) error { return usageError{err} }

// cobraUsagePrefixes are how cobra words the usage errors it makes without
// going through FlagErrorFunc or an Args check. fang tests the same
// prefixes.
var cobraUsagePrefixes = []string{
	"unknown command", "unknown flag", "unknown shorthand flag",
	"flag needs an argument", "invalid argument", "required flag",
	"accepts ", "requires at least",
}

// exitCode maps an error from the command tree to the process's exit code.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	for _, p := range cobraUsagePrefixes {
		if strings.HasPrefix(err.Error(), p) {
			return exitUsage
		}
	}
	return exitFailure
}

// errorHandler writes an error to stderr plainly, with a hint for usage
// errors. Dataset errors are written one per line as the loader words them
// ("file:line:col: path: message", the form editors jump to); others get a
// "dossier: " prefix. Error text can quote a dataset (a file name, an id),
// so on a terminal it is sanitized.
func errorHandler(errTTY bool) fang.ErrorHandler {
	return func(w io.Writer, _ fang.Styles, err error) {
		var reported reportedError
		if errors.As(err, &reported) || errors.Is(err, context.Canceled) {
			return
		}
		msg := err.Error()
		var dataErrs data.Errors
		if !errors.As(err, &dataErrs) {
			msg = "dossier: " + msg
		}
		if errTTY {
			msg = safe.Text(msg)
		}
		fmt.Fprintln(w, msg)
		if exitCode(err) == exitUsage {
			fmt.Fprintln(w, "Run 'dossier --help' for usage.")
		}
	}
}
