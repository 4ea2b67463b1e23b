package data_test

import (
	"fmt"
	"io/fs"
	"os"
	"testing"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/internal/synth"
)

// BenchmarkLoad measures what opening a dataset file costs after reading
// it: strict JSON decoding plus validation, which resolves every evidence
// span. The synthetic datasets give every span's start, so validation
// should be linear in the file's size: compare ns/op across sizes, and MB/s,
// which should stay flat.
func BenchmarkLoad(b *testing.B) {
	for _, n := range synth.BenchSizes {
		src, err := synth.CachedJSON(n)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := data.Load("synth.json", src, data.FormatJSON, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoadDefault is the embedded story as the explorer opens it
// without --data: YAML converted to JSON, then decoded and validated.
// Default() itself loads once per process, so this reads the same files
// from the source tree.
func BenchmarkLoadDefault(b *testing.B) {
	story := os.DirFS("story")
	src, err := fs.ReadFile(story, "default.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := data.Load(data.DefaultName, src, data.FormatYAML, story); err != nil {
			b.Fatal(err)
		}
	}
}
