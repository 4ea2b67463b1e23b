package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/data"
)

const extractArticles = "../../data/extract/testdata/articles"

// runExtract runs the extract command on its own, so the test does not
// depend on where the command is registered in the tree.
func runExtract(t *testing.T, args ...string) (string, error) {
	t.Helper()
	a := newApp(env{stdin: strings.NewReader("")})
	cmd := newExtractCmd(a)
	cmd.SetArgs(args)
	cmd.SetOut(&strings.Builder{})
	cmd.SetErr(&strings.Builder{})
	err := cmd.Execute()
	return a.out.String(), err
}

func TestExtractDraftLoadsBack(t *testing.T) {
	for _, f := range []string{"yaml", "json"} {
		out, err := runExtract(t, "--format", f, filepath.Join(extractArticles, "embedded.txt"))
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "story."+f)
		if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := data.LoadFile(path)
		if err != nil {
			t.Fatalf("%s draft does not load: %v", f, err)
		}
		if len(d.Figures) == 0 || len(d.Quotes) == 0 || len(d.Actors) == 0 || len(d.Events) == 0 {
			t.Errorf("%s draft is missing items: %d figures, %d quotes, %d actors, %d events", f, len(d.Figures), len(d.Quotes), len(d.Actors), len(d.Events))
		}
	}
}

func TestExtractScore(t *testing.T) {
	out, err := runExtract(t, "--score", filepath.Join(extractArticles, "embedded.gold.json"), "--details", filepath.Join(extractArticles, "embedded.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"recall", "precision", "figures", "dates", "quotes", "actors", "speaker"} {
		if !strings.Contains(out, want) {
			t.Errorf("score output lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	if _, err := runExtract(t, "--published", "yesterday", filepath.Join(extractArticles, "embedded.txt")); err == nil {
		t.Error("a bad --published was accepted")
	}
	if _, err := runExtract(t, filepath.Join(t.TempDir(), "missing.txt")); err == nil {
		t.Error("a missing file was accepted")
	}
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, []byte("  \n"), 0o644)
	if _, err := runExtract(t, empty); err == nil {
		t.Error("an empty article was accepted")
	}
}
