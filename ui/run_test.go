package ui

import (
	"context"
	"github.com/dossier-dev/dossier/internal/testutil"
	"io"
	"strings"
	"testing"
	"time"
)

// TestRunPlainPipe runs the whole program in plain mode with keys from a
// pipe: every key is answered, in order, and the end of the input ends
// the program (nothing waits for keys that will never come).
func TestRunPlainPipe(t *testing.T) {
	for _, input := range []string{"jj3j", "jj3jq"} {
		var out testutil.SyncBuffer
		done := make(chan error, 1)
		go func() {
			done <- Run(context.Background(), Options{Data: story(t), Plain: true, Input: strings.NewReader(input), Output: &out, Clipboard: "off"})
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("%q: %v", input, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%q: the program did not end with its input", input)
		}
		s := out.String()
		checkPlain(t, s)
		for _, want := range []string{"Actors: 3 of 18: Donald Trump", "Numbers: 2 of 13: chart: bars"} {
			if !strings.Contains(s, want) {
				t.Errorf("%q: output lacks %q:\n%s", input, want, s)
			}
		}
	}
}

func TestEOFReader(t *testing.T) {
	r := &eofReader{r: strings.NewReader("jk")}
	got, err := io.ReadAll(r)
	if err != nil || string(got) != "jk\x03" {
		t.Errorf("read %q, %v; want the input then one ctrl+c", got, err)
	}
}
