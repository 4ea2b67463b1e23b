package server

import (
	"io"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/ui/safe"
)

// cleanWriter passes text through safe.Text: no ESC, no other C0 or C1
// control, no bidi control reaches the client. A command's output over SSH
// without a PTY looks piped to the command, which then leaves data as it
// is (right for a file), but on the client's side it usually lands on a
// terminal, and a served story is not the client's to trust.
//
// A rune split across two writes is held back until it is whole.
type cleanWriter struct {
	w     io.Writer
	carry []byte
}

func (c *cleanWriter) Write(p []byte) (int, error) {
	buf := append(append([]byte(nil), c.carry...), p...)
	cut := len(buf)
	for i := len(buf) - 1; i >= 0 && i >= len(buf)-utf8.UTFMax; i-- {
		if utf8.RuneStart(buf[i]) {
			if !utf8.FullRune(buf[i:]) {
				cut = i
			}
			break
		}
	}
	c.carry = append(c.carry[:0], buf[cut:]...)
	if _, err := io.WriteString(c.w, safe.Text(string(buf[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes what is held back (an incomplete rune, shown as U+FFFD).
func (c *cleanWriter) flush() {
	if len(c.carry) > 0 {
		_, _ = io.WriteString(c.w, safe.Text(string(c.carry)))
		c.carry = nil
	}
}
