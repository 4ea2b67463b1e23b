package format

import (
	"reflect"
	"testing"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
)

// datasets are the stories every round trip is checked on.
func datasets(t *testing.T) map[string]*model.Dataset {
	t.Helper()
	out := map[string]*model.Dataset{}
	ex, err := data.LoadFile("../testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out["example"] = ex
	if def, err := data.Default(); err == nil {
		out["default"] = def
	} else {
		t.Logf("embedded story does not load yet: %v", err)
	}
	return out
}

// TestRoundTrip checks that JSON and YAML exports load back to a dataset
// deep-equal to the one exported, and that exporting again gives the same
// bytes.
func TestRoundTrip(t *testing.T) {
	encoders := map[string]struct {
		enc    func(any) ([]byte, error)
		format data.Format
	}{
		"json": {JSON, data.FormatJSON},
		"yaml": {YAML, data.FormatYAML},
	}
	for name, d := range datasets(t) {
		for ename, e := range encoders {
			t.Run(name+"/"+ename, func(t *testing.T) {
				b, err := e.enc(d)
				if err != nil {
					t.Fatal(err)
				}
				back, err := data.Load("export."+ename, b, e.format, nil)
				if err != nil {
					t.Fatalf("export does not load back: %v\n%s", err, b)
				}
				if !reflect.DeepEqual(d, back) {
					t.Fatalf("loaded export differs from the original")
				}
				again, err := e.enc(back)
				if err != nil {
					t.Fatal(err)
				}
				if string(again) != string(b) {
					t.Fatalf("second export differs from the first")
				}
			})
		}
	}
}
