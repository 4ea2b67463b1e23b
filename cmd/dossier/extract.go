package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-dev/dossier/data/extract"
	"github.com/dossier-dev/dossier/data/format"
)

// maxArticle bounds the article extract reads: far above any news story,
// low enough that a wrong file (a disk image) fails fast.
const maxArticle = 16 << 20

func newExtractCmd(a *app) *cobra.Command {
	out := newChoice("yaml", "yaml", "json")
	var gold, title, published string
	var details bool
	cmd := &cobra.Command{
		Use:   "extract ARTICLE",
		Short: "Draft a dataset from an article's text, or score the draft against a gold file",
		Long: `Draft a dataset from the plain text of an English news article: its figures
(with qualifier, unit, currency and change), dates (normalized, missing years
inferred and marked), quotes with their speakers, and the people,
organizations, parties, governments and countries it names. Every item cites
the exact words it came from, and the draft always passes validate. It is a
draft: review it, add topics and claims, then explore it with --data.

ARTICLE is a UTF-8 text file, or - for standard input.

With --score GOLD.json, print instead how the draft scores against a
hand-made answer key: per kind, recall and precision, and for quotes how
often the speaker is right.`,
		Example: `  dossier extract article.txt > story.yaml
  dossier extract --format json --published 2025-02-05 article.txt > story.json
  dossier extract --score gold.json article.txt`,
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(_ *cobra.Command, args []string) error {
			if published != "" && !validPublished(published) {
				return usagef("--published %q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", published)
			}
			text, err := readArticle(a, args[0])
			if err != nil {
				return err
			}
			d, err := extract.Extract(text, extract.Options{Title: title, Published: published})
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if gold != "" {
				src, err := os.ReadFile(gold)
				if err != nil {
					return err
				}
				g, err := extract.ParseGold(src)
				if err != nil {
					return fmt.Errorf("%s: %w", gold, err)
				}
				r := extract.Score(g, d, text)
				a.out.WriteString(r.Table())
				if details {
					a.out.WriteString("\n" + r.Details())
				}
				return nil
			}
			var b []byte
			if out.value == "json" {
				b, err = format.JSON(d)
			} else {
				b, err = format.YAML(d)
			}
			if err != nil {
				return err
			}
			a.out.Write(b)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.VarP(out, "format", "f", "output FORMAT of the draft: yaml or json")
	fl.StringVar(&gold, "score", "", "score the draft against this gold FILE instead of printing it")
	fl.BoolVar(&details, "details", false, "with --score: also list what was missed and what was extra")
	fl.StringVar(&title, "title", "", "the story's TITLE (else the first line, or the first words marked as a draft)")
	fl.StringVar(&published, "published", "", "the article's DATE, to infer years the text leaves out")
	_ = cmd.RegisterFlagCompletionFunc("format", completeChoice(out))
	return cmd
}

func validPublished(s string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil && len(s) == len(layout) {
			return true
		}
	}
	return false
}

// readArticle reads the article from a file or, for "-", standard input.
func readArticle(a *app, name string) (string, error) {
	var r io.Reader
	if name == "-" {
		r = a.env.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxArticle+1))
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if len(b) > maxArticle {
		return "", fmt.Errorf("%s: larger than %d MB; extract reads one article", name, maxArticle>>20)
	}
	return string(b), nil
}
