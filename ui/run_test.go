package ui

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the program's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestRunPlainPipe runs the whole program in plain mode with keys from a
// pipe: every key is answered, in order, and the end of the input ends
// the program (nothing waits for keys that will never come).
func TestRunPlainPipe(t *testing.T) {
	for _, input := range []string{"jj3j", "jj3jq"} {
		var out syncBuffer
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
