package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
)

// checkDraft asserts what every draft promises: it validates, and every
// evidence span lies in the text and equals the text at its place.
func checkDraft(t testing.TB, text string, d *model.Dataset) {
	t.Helper()
	if d.Story.Text != text {
		t.Fatalf("story text differs from the input")
	}
	if ps := model.Validate(d); len(ps) > 0 {
		t.Fatalf("draft does not validate: %v", ps)
	}
	check := func(what string, ev []model.Evidence) {
		for _, e := range ev {
			if e.Start == nil || e.End == nil {
				t.Fatalf("%s: span %q has no offsets", what, e.Text)
			}
			s, en := *e.Start, *e.End
			if s < 0 || en > len(text) || s > en || text[s:en] != e.Text || en-s != len(e.Text) {
				t.Fatalf("%s: span %q at %d..%d is not the text there", what, e.Text, s, en)
			}
			if !utf8.ValidString(e.Text) {
				t.Fatalf("%s: span %q cuts a character", what, e.Text)
			}
		}
	}
	for _, a := range d.Actors {
		check("actor "+a.ID, a.Evidence)
	}
	for _, e := range d.Events {
		check("event "+e.ID, e.Evidence)
	}
	for _, f := range d.Figures {
		check("figure "+f.ID, f.Evidence)
	}
	for _, q := range d.Quotes {
		check("quote "+q.ID, q.Evidence)
	}
}

func articles(t testing.TB) []string {
	names, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	return names
}

func TestDraftsValidate(t *testing.T) {
	for _, name := range articles(t) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		d, pruned := draft(text, Options{})
		if pruned != 0 {
			t.Errorf("%s: the validation guard dropped %d items", name, pruned)
		}
		checkDraft(t, text, d)
	}
}

func TestExtractRejects(t *testing.T) {
	if _, err := Extract("", Options{}); err != ErrEmpty {
		t.Errorf("empty text: err = %v", err)
	}
	if _, err := Extract(" \n\t", Options{}); err != ErrEmpty {
		t.Errorf("blank text: err = %v", err)
	}
	if _, err := Extract("caf\xe9", Options{}); err != ErrNotUTF8 {
		t.Errorf("bad UTF-8: err = %v", err)
	}
}

func TestDeterministic(t *testing.T) {
	src, _ := os.ReadFile(filepath.Join("testdata", "articles", "embedded.txt"))
	a, _ := Extract(string(src), Options{})
	b, _ := Extract(string(src), Options{})
	if len(a.Actors) != len(b.Actors) || len(a.Figures) != len(b.Figures) {
		t.Fatal("two runs differ")
	}
	for i := range a.Actors {
		if a.Actors[i].ID != b.Actors[i].ID {
			t.Fatalf("actor %d: %s vs %s", i, a.Actors[i].ID, b.Actors[i].ID)
		}
	}
}

// megabyte builds about 1 MB of article text from the test articles.
func megabyte(t testing.TB) string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		for _, name := range articles(t) {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(src)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkExtract1MB(b *testing.B) {
	text := megabyte(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Extract(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
