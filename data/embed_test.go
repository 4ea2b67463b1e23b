package data

import (
	"bytes"
	"os"
	"testing"
)

// TestEmbeddedJSONIsTheYAML checks that the embedded default.json is
// exactly default.yaml converted, so that an edit to the YAML cannot be
// silently left out of the binary. After editing the YAML, regenerate with
//
//	DOSSIER_UPDATE_EMBED=1 go test ./data -run TestEmbeddedJSONIsTheYAML
func TestEmbeddedJSONIsTheYAML(t *testing.T) {
	src, err := os.ReadFile("story/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, _, errs := yamlToJSON(src)
	if errs != nil {
		t.Fatalf("default.yaml: %v", Errors(errs))
	}
	if os.Getenv("DOSSIER_UPDATE_EMBED") != "" {
		if err := os.WriteFile("story/default.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("story/default.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("story/default.json is not story/default.yaml converted: run DOSSIER_UPDATE_EMBED=1 go test ./data -run TestEmbeddedJSONIsTheYAML")
	}
}
