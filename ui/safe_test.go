package ui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/data"
)

// ownSGR matches the colour and attribute sequences the explorer itself
// writes; anything else that drives a terminal must not reach it.
var ownSGR = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestHostileData drives the explorer over a dataset whose every string
// carries escape sequences (title changes, OSC 52, cursor moves, screen
// clears, hyperlinks): the screen, the plain output and every copied text
// stay free of them.
func TestHostileData(t *testing.T) {
	d, err := data.LoadFile("../data/testdata/hostile/escapes.json")
	if err != nil {
		t.Fatal(err)
	}
	m := newModel(t, 120, 40, Options{Data: d, Clipboard: "osc52"})
	check := func(where, s string) {
		t.Helper()
		if i := strings.IndexByte(ownSGR.ReplaceAllString(s, ""), 0x1b); i >= 0 {
			t.Errorf("%s holds an escape from the data: %q", where, ownSGR.ReplaceAllString(s, "")[max(0, i-20):][:40])
		}
	}
	for _, k := range []string{"1", "enter", "j", "2", "enter", "3", "enter", "4", "n", "n", "c"} {
		send(m, keys(k)...)
		check("screen after "+k, m.View().Content)
	}
	send(m, keys("esc", "1")...)
	for _, k := range []string{"y", "Y"} {
		for _, text := range clipboardSent(anys(send(m, keys(k)...))) {
			if strings.ContainsRune(text, 0x1b) {
				t.Errorf("%s copies an escape: %q", k, text)
			}
		}
	}
	send(m, keys("c", "7")...)
	check("show on screen", m.View().Content)

	var out bytes.Buffer
	p := newModel(t, 80, 24, Options{Data: d, Plain: true, Output: &out, Clipboard: "off"})
	send(p, keys("j", "enter", "2", "j", "3", "j", "4", "n", "c", "7", "esc")...)
	checkPlain(t, out.String())
}
