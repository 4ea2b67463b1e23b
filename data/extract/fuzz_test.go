package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks what a draft promises on any input: no panic, every
// evidence span inside the text and equal to the text at its place, and a
// draft that validates. The seed corpus is in testdata/fuzz/FuzzExtract;
// the test articles are added as seeds too.
func FuzzExtract(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	for _, name := range names {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(string(src))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Extract(text, Options{})
		if err != nil {
			if err != ErrEmpty && err != ErrNotUTF8 {
				t.Fatalf("unexpected error: %v", err)
			}
			if err == ErrNotUTF8 && utf8.ValidString(text) {
				t.Fatal("valid UTF-8 rejected")
			}
			return
		}
		_, pruned := draft(text, Options{})
		if pruned != 0 {
			t.Errorf("the validation guard dropped %d items", pruned)
		}
		checkDraft(t, text, d)
	})
}
