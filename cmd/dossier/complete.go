package main

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/safe"
)

func itoa(n int) string { return strconv.Itoa(n) }

// Completions show dataset text (names, titles) in the shell, so they are
// sanitized like any terminal output.

// completeTopics offers the dataset's topic ids, with their names.
func (a *app) completeTopics(_ *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	d, err := a.dataset()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []cobra.Completion
	for _, t := range d.Topics {
		if strings.HasPrefix(t.ID, prefix) {
			out = append(out, cobra.CompletionWithDesc(t.ID, safe.Line(t.Name)))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeIDs offers every item id, with its title.
func (a *app) completeIDs(_ *cobra.Command, args []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	d, err := a.dataset()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	var out []cobra.Completion
	for _, k := range format.ListKinds {
		for i := range d.Count(k) {
			r := model.Ref{Kind: k, Index: i}
			if id := d.ID(r); strings.HasPrefix(id, prefix) {
				out = append(out, cobra.CompletionWithDesc(id, safe.Line(d.Title(r))))
			}
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
