package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/format"
)

// newRootCmd builds the whole command tree for one invocation.
func newRootCmd(a *app) *cobra.Command {
	var (
		f         filter
		plain     bool
		noMouse   bool
		theme     = newChoice(defaultTheme, themes...)
		clipboard = newChoice(defaultClipMode, clipboardModes...)
	)
	root := &cobra.Command{
		Use:   "dossier",
		Short: "Explore a news story as structured, sourced facts",
		Long: `Explore a news story as structured, sourced facts: its actors, events,
figures, quotes and claims, each tied to the words of the article it comes from.

With no command, dossier opens the explorer on a terminal; piped, or until
the explorer is built in, it prints every item as a plain listing.`,
		Example: `  dossier
  dossier --data story.yaml --topic cartels
  dossier list figures --topic cartels
  dossier show fig-firearms-seized
  dossier export --format yaml > story.yaml
  dossier validate story.yaml`,
		Args: rootArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			d, err := a.dataset()
			if err != nil {
				return err
			}
			if err := checkTopics(d, f.topics); err != nil {
				return err
			}
			if a.runExplorer != nil && (a.env.tty || plain) {
				err := a.runExplorer(cmd.Context(), d, explorerOptions{
					Topics:    f.topics,
					Search:    f.search,
					Plain:     plain,
					NoMouse:   noMouse,
					NoColor:   a.noColor || a.env.getenv("NO_COLOR") != "",
					Theme:     resolveTheme(theme.value, cmd.Flags().Changed("theme"), a.env),
					Clipboard: clipboard.value,
					In:        a.env.stdin,
					Out:       a.env.stdout,
					Err:       a.env.stderr,
					Environ:   a.env.environ,
				})
				if cmd.Context().Err() != nil {
					// A signal ended the explorer after it restored the
					// terminal; main exits with the signal's code, and
					// there is no error to report.
					return nil
				}
				return err
			}
			sections, err := f.sections(d, format.ListKinds)
			if err != nil {
				return err
			}
			return a.writeListing(d, sections, "table")
		},
	}
	root.SetFlagErrorFunc(flagError)
	root.SuggestionsMinimumDistance = 2
	root.PersistentFlags().StringVar(&a.dataPath, "data", "", "read the story from this dataset FILE (JSON or YAML) instead of the embedded one")
	root.PersistentFlags().BoolVar(&a.noColor, "no-color", false, "no colour in output (as does NO_COLOR)")

	f.register(root, a)
	fl := root.Flags()
	fl.BoolVar(&plain, "plain", false, "explorer: plain line-by-line output, for screen readers and logs")
	fl.BoolVar(&noMouse, "no-mouse", false, "explorer: start without mouse support")
	fl.Var(theme, "theme", "explorer: colour theme: auto, dark or light (also DOSSIER_THEME)")
	fl.Var(clipboard, "clipboard", "explorer: how to copy: auto, osc52, native, tmux or off")
	_ = root.RegisterFlagCompletionFunc("theme", completeChoice(theme))
	_ = root.RegisterFlagCompletionFunc("clipboard", completeChoice(clipboard))

	root.AddCommand(
		newListCmd(a),
		newShowCmd(a),
		newExportCmd(a),
		newValidateCmd(a),
		newExtractCmd(a),
		newServeCmd(a),
		newVersionCmd(a),
	)
	return root
}

// rootArgs refuses anything after `dossier` that is not a command, with
// cobra's suggestions ("did you mean list?").
func rootArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += fmt.Sprintf("; did you mean %q?", s[0])
	}
	return usagef("%s", msg)
}
