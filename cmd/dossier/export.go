package main

import (
	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/format"
)

func newExportCmd(a *app) *cobra.Command {
	out := newChoice("json", "json", "yaml", "markdown")
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole dataset as JSON, YAML or a Markdown report",
		Long: `Write the whole dataset. JSON and YAML exports are datasets: they load back
(--data, validate) to the same story, with the article text inline and every
evidence span's start and end. Markdown is a readable report.`,
		Example: `  dossier export > story.json
  dossier export --format yaml > story.yaml
  dossier export --format markdown > story.md`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(*cobra.Command, []string) error {
			d, err := a.dataset()
			if err != nil {
				return err
			}
			var b []byte
			switch out.value {
			case "yaml":
				b, err = format.YAML(d)
			case "markdown":
				b = format.ReportMarkdown(d, a.clean())
			default:
				b, err = format.JSON(d)
			}
			if err != nil {
				return err
			}
			a.out.Write(b)
			return nil
		},
	}
	cmd.Flags().VarP(out, "format", "f", "output FORMAT: json, yaml or markdown")
	_ = cmd.RegisterFlagCompletionFunc("format", completeChoice(out))
	return cmd
}
