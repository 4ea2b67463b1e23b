package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
)

// TestExportRoundTrip loads a dataset, exports it as JSON and as YAML with
// the CLI, loads each export back (as `--data` would) and requires a
// dataset deep-equal to the first; then checks that the export validates.
func TestExportRoundTrip(t *testing.T) {
	sources := map[string][]string{
		"example":  {"--data", example},
		"embedded": {},
		"hidden":   {"--data", "testdata/hidden.yaml"},
		"formula":  {"--data", "testdata/formula.yaml"},
	}
	for name, dataArgs := range sources {
		var want *model.Dataset
		var err error
		if len(dataArgs) == 0 {
			want, err = data.Default()
		} else {
			want, err = data.LoadFile(dataArgs[1])
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, f := range []string{"json", "yaml"} {
			t.Run(name+"/"+f, func(t *testing.T) {
				r := runPiped(t, append(dataArgs, "export", "--format", f)...)
				if r.code != 0 {
					t.Fatalf("export: exit %d: %s", r.code, r.stderr)
				}
				path := filepath.Join(t.TempDir(), "export."+f)
				if err := os.WriteFile(path, []byte(r.stdout), 0o600); err != nil {
					t.Fatal(err)
				}
				got, err := data.LoadFile(path)
				if err != nil {
					t.Fatalf("export does not load back: %v", err)
				}
				if !reflect.DeepEqual(want, got) {
					t.Fatal("the loaded export differs from the dataset exported")
				}
				if v := runPiped(t, "validate", path); v.code != 0 {
					t.Fatalf("validate of the export: exit %d: %s", v.code, v.stderr)
				}
				again := runPiped(t, "--data", path, "export", "--format", f)
				if again.stdout != r.stdout {
					t.Fatal("exporting the export changed it")
				}
			})
		}
	}
}
