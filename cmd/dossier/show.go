package main

import (
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/table"
)

func newShowCmd(a *app) *cobra.Command {
	out := newChoice("table", "table", "json", "yaml", "markdown")
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show everything about one item, with its evidence",
		Long: `Show one item: its fields, the items it names and those that name it, and
each evidence span with the whole sentence of the article around it.`,
		Example: `  dossier show lily-tellez
  dossier show fig-firearms-seized --format json`,
		Args:              oneID,
		ValidArgsFunction: a.completeIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := a.dataset()
			if err != nil {
				return err
			}
			r, ok := d.Lookup(args[0])
			if !ok {
				return unknownID(d, args[0])
			}
			det := format.Describe(d, r)
			switch out.value {
			case "json":
				b, err := format.JSON(det)
				if err != nil {
					return err
				}
				a.out.Write(b)
			case "yaml":
				b, err := format.YAML(det)
				if err != nil {
					return err
				}
				a.out.Write(b)
			case "markdown":
				a.out.Write(format.DetailMarkdown(det, a.clean()))
			default:
				a.out.WriteString(table.Detail(det, a.tableOptions()))
			}
			return nil
		},
	}
	cmd.Flags().VarP(out, "format", "f", "output FORMAT: table, json, yaml or markdown")
	_ = cmd.RegisterFlagCompletionFunc("format", completeChoice(out))
	return cmd
}

// oneID checks that show was given exactly one id.
func oneID(_ *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usagef("show takes one item ID (`dossier list` shows them); got %d arguments", len(args))
	}
	return nil
}

// unknownID is the usage error for an id the dataset does not have,
// suggesting ids that contain what was typed.
func unknownID(d *model.Dataset, id string) error {
	var near []string
	for _, k := range format.ListKinds {
		for i := range d.Count(k) {
			if other := d.ID(model.Ref{Kind: k, Index: i}); strings.Contains(other, id) || strings.Contains(id, other) && len(other) > 3 {
				near = append(near, other)
			}
		}
	}
	sort.Strings(near)
	if len(near) > 5 {
		near = append(near[:5], "…")
	}
	if len(near) > 0 {
		return usagef("no item has id %q; did you mean %s?", id, strings.Join(near, ", "))
	}
	return usagef("no item has id %q (`dossier list` shows every id)", id)
}
