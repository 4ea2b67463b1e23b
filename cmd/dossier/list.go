package main

import (
	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/format"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/table"
)

func newListCmd(a *app) *cobra.Command {
	var f filter
	out := newChoice("table", "table", "json", "csv", "markdown")
	cmd := &cobra.Command{
		Use:   "list [actors|events|figures|quotes|claims|series|topics]",
		Short: "List items, by kind, topic and search",
		Long: `List the items of one kind, or of every kind. --topic keeps the items filed
under any of the given topics; --search narrows further, best match first.

Formats: table (fitted to a terminal; tab-separated when piped), json (the
items as the dataset holds them), csv (one kind only) and markdown.`,
		Example: `  dossier list figures --topic crime-statistics
  dossier list quotes --search tellez --format json
  dossier list actors --format csv > actors.csv`,
		Args:      usageArgs(cobra.MaximumNArgs(1)),
		ValidArgs: format.KindNames(),
		RunE: func(cmd *cobra.Command, args []string) error {
			kinds := format.ListKinds
			if len(args) == 1 {
				k, err := format.ParseKind(args[0])
				if err != nil {
					return usageError{err}
				}
				kinds = []model.Kind{k}
			}
			if out.value == "csv" && len(kinds) != 1 {
				return usagef("csv output is one kind at a time: name it, as in `dossier list figures --format csv`")
			}
			d, err := a.dataset()
			if err != nil {
				return err
			}
			sections, err := f.sections(d, kinds)
			if err != nil {
				return err
			}
			return a.writeListing(d, sections, out.value)
		},
	}
	f.register(cmd, a)
	cmd.Flags().VarP(out, "format", "f", "output FORMAT: table, json, csv or markdown")
	_ = cmd.RegisterFlagCompletionFunc("format", completeChoice(out))
	return cmd
}

// writeListing renders sections in the given format into the output.
func (a *app) writeListing(d *model.Dataset, sections []format.Section, how string) error {
	switch how {
	case "json":
		b, err := format.ListJSON(d, sections)
		if err != nil {
			return err
		}
		a.out.Write(b)
	case "csv":
		b, err := format.CSV(format.Grids(d, sections, format.Columns)[0], a.clean())
		if err != nil {
			return err
		}
		a.out.Write(b)
	case "markdown":
		a.out.Write(format.ListMarkdown(format.Grids(d, sections, format.BriefColumns), a.clean()))
	default:
		o := a.tableOptions()
		grids := format.Grids(d, sections, format.BriefColumns)
		for i, g := range grids {
			if len(grids) > 1 {
				if i > 0 {
					a.out.WriteString("\n")
				}
				a.out.WriteString(table.Title(format.Plural(g.Kind)+" ("+itoa(len(g.Rows))+")", o))
			}
			a.out.WriteString(table.Render(g.Header, g.Rows, o))
		}
	}
	return nil
}
