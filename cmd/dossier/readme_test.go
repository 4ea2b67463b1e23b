package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeExample keeps the README's copy of the example dataset equal to
// data/testdata/example.yaml, which the golden tests load and validate.
func TestReadmeExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Skip("no README.md:", err)
	}
	want, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```yaml\n"+string(want)+"```\n") {
		t.Error("README.md's dataset format section does not hold data/testdata/example.yaml as it is")
	}
}
