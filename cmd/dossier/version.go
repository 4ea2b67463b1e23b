package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is the release, set when building one:
//
//	go build -ldflags "-X main.version=v1.0.0" ./cmd/dossier
//
// It is a build setting, not state: every invocation reads the same value.
var version = ""

// versionString is what `dossier version` and `dossier --version` print:
// the ldflags version, else the module version `go install` records, else
// "devel".
func versionString() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintf(&a.out, "dossier version %s\n", cmd.Root().Version)
			return nil
		},
	}
}
