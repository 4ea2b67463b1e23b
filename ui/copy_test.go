package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/data"
	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/clipboard"
	"github.com/dossier-dev/dossier/ui/copytext"
)

// example loads the small example dataset: its copy texts are stable.
func example(t testing.TB) *model.Dataset {
	t.Helper()
	d, err := data.LoadFile("../data/testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

const exampleFrom = " From: Harbor town votes on a new ferry (title written for the dataset)."

// TestCopyFormats pins the exact text of every format for every kind.
func TestCopyFormats(t *testing.T) {
	m := newModel(t, 120, 40, Options{Data: example(t)})
	type want map[copytext.Format]string
	cases := []struct {
		kind model.Kind
		want want
	}{
		{model.KindFigure, want{
			copytext.Displayed: "about USD 4,500,000 purchase price of a second ferry",
			copytext.Bare:      "4500000",
			copytext.Cited:     "About USD 4,500,000 purchase price of a second ferry, reported by Ana Ruiz (Mayor). Source: “Mayor Ana Ruiz said the purchase would cost about $4.5 million.”" + exampleFrom,
			copytext.Markdown:  "**About USD 4,500,000 purchase price of a second ferry**, reported by Ana Ruiz (Mayor).\n\n> Mayor Ana Ruiz said the purchase would cost about $4.5 million.\n\n— *Harbor town votes on a new ferry (title written for the dataset)*\n",
			copytext.CSV:       `figure,ferry-cost,"about USD 4,500,000 purchase price of a second ferry",4500000,USD,,reported by Ana Ruiz (Mayor),about $4.5 million`,
		}},
		{model.KindQuote, want{
			copytext.Displayed: "We cannot leave people waiting on the pier,",
			copytext.Cited:     `Ana Ruiz (Mayor) said: “We cannot leave people waiting on the pier”. Source: “"We cannot leave people waiting on the pier," Ruiz said.”` + exampleFrom,
			copytext.CSV:       `quote,q-pier,"We cannot leave people waiting on the pier,",,,,,"We cannot leave people waiting on the pier,"`,
		}},
		{model.KindActor, want{
			copytext.Displayed: "Port Ellis town council",
			copytext.Cited:     "Port Ellis town council. Source: “The town council of Port Ellis voted 7 to 2 on Monday to buy a second ferry.”" + exampleFrom,
			copytext.CSV:       "actor,council,Port Ellis town council,,,,,The town council of Port Ellis",
		}},
		{model.KindEvent, want{
			copytext.Displayed: "Monday · date not stated: The council voted to buy a second ferry.",
			copytext.Cited:     "Monday · date not stated: The council voted to buy a second ferry, involving Port Ellis town council. Source: “The town council of Port Ellis voted 7 to 2 on Monday to buy a second ferry.”" + exampleFrom,
			copytext.CSV:       "event,vote,Monday · date not stated: The council voted to buy a second ferry.,,,Monday · date not stated,involving Port Ellis town council,voted 7 to 2 on Monday to buy a second ferry",
		}},
		{model.KindClaim, want{
			copytext.Displayed: "Ana Ruiz: Ruiz argues that one ferry leaves people waiting.",
			copytext.Cited:     `Ruiz argues that one ferry leaves people waiting, claimed by Ana Ruiz (Mayor). Source: “"We cannot leave people waiting on the pier," Ruiz said.”` + exampleFrom,
		}},
		{model.KindSeries, want{
			copytext.Displayed: "Council vote: For 7; Against 2",
			copytext.Cited:     "Council vote: For 7; Against 2. Source: “The town council of Port Ellis voted 7 to 2 on Monday to buy a second ferry.”" + exampleFrom,
		}},
	}
	for _, c := range cases {
		r := model.Ref{Kind: c.kind, Index: 0}
		for f, w := range c.want {
			got, ok := copytext.Text(m.ctx, r, f)
			if !ok || got != w {
				t.Errorf("%s %s:\n got %q (%v)\nwant %q", c.kind, f.Name(), got, ok, w)
			}
		}
		if _, ok := copytext.Text(m.ctx, r, copytext.Bare); ok != (c.kind == model.KindFigure) {
			t.Errorf("%s: bare number applies = %v", c.kind, ok)
		}
		js, ok := copytext.Text(m.ctx, r, copytext.JSON)
		if !ok || !strings.HasPrefix(js, "{\n  \"type\": \""+string(c.kind)+"\",\n  \"id\": \""+m.ctx.Data.ID(r)+"\"") {
			t.Errorf("%s JSON starts %q", c.kind, js[:min(len(js), 60)])
		}
	}
}

// TestCopyDefaultStory checks the issue's own example.
func TestCopyDefaultStory(t *testing.T) {
	m := newModel(t, 120, 40, Options{})
	r, ok := m.ctx.Searcher.Lookup("fig-firearms-seized")
	if !ok {
		t.Fatal("no firearms figure")
	}
	if got, _ := copytext.Text(m.ctx, r, copytext.Displayed); got != "more than 5,000 firearms seized" {
		t.Errorf("as displayed = %q", got)
	}
	if got, _ := copytext.Text(m.ctx, r, copytext.Bare); got != "5000" {
		t.Errorf("bare = %q", got)
	}
	r, _ = m.ctx.Searcher.Lookup("q-nothing-new")
	if got, _ := copytext.Text(m.ctx, r, copytext.Cited); !strings.HasPrefix(got, "Lily Téllez (Senator) said: “This is nothing new”. Source: ““This is nothing new,” Téllez stated,") {
		t.Errorf("cited quote = %q", got)
	}
}

// clipboardSent returns the texts sent by OSC 52 among recorded messages.
func clipboardSent(msgs []any) []string {
	var out []string
	for _, msg := range msgs {
		v := reflect.ValueOf(msg)
		if v.Type().Name() == "setClipboardMsg" {
			out = append(out, v.String())
		}
	}
	return out
}

func anys[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// TestCopyKeys drives y, Y and the copy menu on a figure and checks what
// reaches the clipboard.
func TestCopyKeys(t *testing.T) {
	fr := &fakeRunner{}
	m := newModel(t, 120, 40, Options{Clipboard: "osc52", Runner: fr})
	send(m, keys("3")...)
	for range 8 {
		send(m, keys("j")...) // to "Firearms seized"
	}
	sent := clipboardSent(anys(send(m, keys("y")...)))
	if len(sent) != 1 || sent[0] != "more than 5,000 firearms seized" {
		t.Fatalf("y sent %q", sent)
	}
	if m.toast != "As displayed: OSC 52 sent (unconfirmed)" {
		t.Errorf("toast = %q", m.toast)
	}
	sent = clipboardSent(anys(send(m, keys("Y")...)))
	if len(sent) != 1 || !strings.HasPrefix(sent[0], "More than 5,000 firearms seized, reported by Omar García Harfuch (Security Minister). Source: “The Sheinbaum administration defends") {
		t.Fatalf("Y sent %q", sent)
	}
	sent = clipboardSent(anys(send(m, keys("c", "2")...)))
	if len(sent) != 1 || sent[0] != "5000" {
		t.Fatalf("c 2 sent %q", sent)
	}
	sent = clipboardSent(anys(send(m, keys("c", "j", "j", "j", "j", "enter")...)))
	if len(sent) != 1 || !strings.HasPrefix(sent[0], "{\n  \"type\": \"figure\",\n  \"id\": \"fig-firearms-seized\"") {
		t.Fatalf("c JSON sent %q", sent)
	}
	send(m, keys("c", "7")...)
	if m.popup != textPopup || !strings.Contains(m.shownText, "Bare number:\n5000") {
		t.Errorf("show on screen: popup %v, text %q", m.popup, m.shownText)
	}
	if v := m.View(); v.MouseMode != 0 {
		t.Errorf("mouse still captured while text is shown for selection")
	}
	if len(fr.calls) != 0 {
		t.Errorf("osc52 mode ran programs: %v", fr.calls)
	}
}

// TestCopyInDetail copies the link under the cursor, not the list's item.
func TestCopyInDetail(t *testing.T) {
	m := newModel(t, 120, 40, Options{Clipboard: "osc52"})
	send(m, keys("enter")...) // Lily Téllez; first link: National Action Party
	sent := clipboardSent(anys(send(m, keys("y")...)))
	if len(sent) != 1 || sent[0] != "National Action Party" {
		t.Errorf("y in detail sent %q", sent)
	}
}

// TestClipboardModes runs a copy under each mode on its own, with the
// programs faked, and checks what ran and what the toast says.
func TestClipboardModes(t *testing.T) {
	wayland := []string{"WAYLAND_DISPLAY=wayland-0", "DISPLAY=:0"}
	cases := []struct {
		mode     string
		environ  []string
		goos     string
		have     []string
		fail     string
		osc52    bool
		ran      []string
		toast    string
		warnWant bool
	}{
		{"auto", append(wayland, "TMUX=/tmp/tmux-0/default,1,0"), "linux", []string{"wl-copy", "tmux"}, "", true,
			[]string{"wl-copy", "tmux load-buffer -w -"}, "As displayed: OSC 52 sent (unconfirmed) · copied with wl-copy · copied to tmux buffer", false},
		{"auto", nil, "linux", nil, "", true, nil, "As displayed: OSC 52 sent (unconfirmed)", false},
		{"auto", []string{"DISPLAY=:0"}, "linux", []string{"xsel"}, "", true,
			[]string{"xsel --clipboard --input"}, "As displayed: OSC 52 sent (unconfirmed) · copied with xsel", false},
		{"auto", []string{"SSH_CONNECTION=1 2 3 4"}, "darwin", []string{"pbcopy"}, "", true, nil, "As displayed: OSC 52 sent (unconfirmed)", false},
		{"auto", nil, "darwin", []string{"pbcopy"}, "", true, []string{"pbcopy"}, "As displayed: OSC 52 sent (unconfirmed) · copied with pbcopy", false},
		{"auto", nil, "windows", []string{"clip.exe"}, "", true, []string{"clip.exe"}, "As displayed: OSC 52 sent (unconfirmed) · copied with clip.exe", false},
		{"osc52", wayland, "linux", []string{"wl-copy"}, "", true, nil, "As displayed: OSC 52 sent (unconfirmed)", false},
		{"native", wayland, "linux", []string{"wl-copy"}, "", false, []string{"wl-copy"}, "As displayed: copied with wl-copy", false},
		{"native", wayland, "linux", []string{"wl-copy"}, "wl-copy", false, []string{"wl-copy"}, "As displayed: not copied · wl-copy failed: exit status 1 · c, then “Show on screen”", true},
		{"native", nil, "linux", nil, "", false, nil, "As displayed: not copied · native failed: no clipboard tool found (wl-copy, xclip, xsel) · c, then “Show on screen”", true},
		{"tmux", wayland, "linux", []string{"tmux"}, "", false, []string{"tmux load-buffer -w -"}, "As displayed: copied to tmux buffer", false},
		{"off", wayland, "linux", []string{"wl-copy", "tmux"}, "", false, nil, "Not copied: the clipboard is off (--clipboard off) · c, then “Show on screen”", true},
	}
	for _, c := range cases {
		t.Run(c.mode+"_"+c.goos+"_"+strings.Join(c.environ, "_"), func(t *testing.T) {
			fr := &fakeRunner{have: map[string]bool{}, fail: map[string]error{}}
			for _, h := range c.have {
				fr.have[h] = true
			}
			if c.fail != "" {
				fr.fail[c.fail] = exitError(t)
			}
			m := newModel(t, 120, 40, Options{Clipboard: c.mode, Environ: c.environ, GOOS: c.goos, Runner: fr})
			sent := clipboardSent(anys(send(m, keys("y")...)))
			if (len(sent) == 1) != c.osc52 {
				t.Errorf("OSC 52 sent: %q, want %v", sent, c.osc52)
			}
			var ran []string
			for _, call := range fr.calls {
				ran = append(ran, strings.TrimSpace(call.Tool.Name+" "+strings.Join(call.Tool.Args, " ")))
				if call.Stdin != "Lily Téllez, Senator" {
					t.Errorf("%s got %q", call.Tool.Name, call.Stdin)
				}
			}
			if strings.Join(ran, "|") != strings.Join(c.ran, "|") {
				t.Errorf("ran %q, want %q", ran, c.ran)
			}
			if m.toast != c.toast || m.toastWarn != c.warnWant {
				t.Errorf("toast = %q (warn %v)\n want %q (warn %v)", m.toast, m.toastWarn, c.toast, c.warnWant)
			}
		})
	}
}

// TestCopySizeCap refuses what no clipboard should take, and skips OSC 52
// for what terminals drop.
func TestCopySizeCap(t *testing.T) {
	m := newModel(t, 120, 40, Options{Clipboard: "auto"})
	run(m, m.copyText(strings.Repeat("a", clipboard.MaxBytes+1), "As displayed"))
	if !strings.HasPrefix(m.toast, "Too large to copy (1.0 MB; the limit is 1.0 MB)") || !m.toastWarn {
		t.Errorf("toast = %q", m.toast)
	}
	fr := &fakeRunner{have: map[string]bool{"wl-copy": true}}
	m = newModel(t, 120, 40, Options{Clipboard: "auto", Environ: []string{"WAYLAND_DISPLAY=w"}, Runner: fr})
	msgs := run(m, m.copyText(strings.Repeat("a", clipboard.MaxOSC52+1), "JSON"))
	if len(clipboardSent(anys(msgs))) != 0 {
		t.Error("OSC 52 sent for a text over its limit")
	}
	if m.toast != "JSON: copied with wl-copy · too large for OSC 52 (74 kB; limit 74 kB)" {
		t.Errorf("toast = %q", m.toast)
	}
}

// TestCopyChartCitation: a chart is cited with the article's sentence of
// its first stated figure; the dataset's caption, with its own quote
// marks and remark, is never inside the quotation but under "Note:".
func TestCopyChartCitation(t *testing.T) {
	m := newModel(t, 120, 40, Options{Clipboard: "osc52"})
	send(m, keys("3")...) // Numbers: the Reforma poll chart is first
	if selected(m) != "poll-split" {
		t.Fatalf("selected %q", selected(m))
	}
	const sentence = "A recent Reforma newspaper poll showed the Mexican public divided on the issue, with 46% supporting U.S.-Mexico collaboration against cartels and 50% opposing it."
	const note = "The remaining 4% is derived (100 - 46 - 50); the article does not say what it is."
	sent := clipboardSent(anys(send(m, keys("Y")...)))
	want := "Reforma poll: U.S.-Mexico collaboration against cartels: Support 46%; Oppose 50%; Not accounted for 4% (derived). Source: “" + sentence + "” Note: " + note + " From: "
	if len(sent) != 1 || !strings.HasPrefix(sent[0], want) {
		t.Fatalf("Y sent %q\nwant prefix %q", sent, want)
	}
	sent = clipboardSent(anys(send(m, keys("c", "4")...)))
	if len(sent) != 1 || !strings.Contains(sent[0], "\n> "+sentence+"\n\nNote: "+note+"\n") || strings.Contains(sent[0], "> “") {
		t.Fatalf("Markdown sent %q", sent)
	}
}
