package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/dossier-dev/dossier/ui/clipboard"
	"github.com/dossier-dev/dossier/ui/common"
	"github.com/dossier-dev/dossier/ui/copytext"
)

// Copy is a request that ends in commands: the root never touches a
// clipboard inside Update. OSC 52 goes out as tea.SetClipboard; the
// clipboard programs run in a command whose report comes back as a
// copyDoneMsg, and the toast then says what happened.

// copyCurrent copies the active tab's current item in a format.
func (m *Model) copyCurrent(f copytext.Format) tea.Cmd {
	r, ok := m.activeTab().Current()
	if !ok {
		return m.showToast("Nothing selected to copy", true)
	}
	text, ok := copytext.Text(m.ctx, r, f)
	if !ok {
		return m.showToast(f.Name()+" does not apply to this item", true)
	}
	return m.copyText(text, f.Name())
}

// copyText copies text by every method the policy allows.
func (m *Model) copyText(text, what string) tea.Cmd {
	if len(text) > clipboard.MaxBytes {
		return m.showToast("Too large to copy ("+clipboard.Size(len(text))+"; the limit is "+clipboard.Size(clipboard.MaxBytes)+") · c, then “Show on screen”", true)
	}
	plan := clipboard.PlanFor(m.set.clipMode, m.set.clipEnv, len(text), m.canOSC52)
	if plan.Empty() {
		why := "the clipboard is off (--clipboard off)"
		if len(plan.Notes) > 0 {
			why = strings.Join(plan.Notes, " · ")
		}
		return m.showToast("Not copied: "+why+" · c, then “Show on screen”", true)
	}
	m.copyID++
	var cmds []tea.Cmd
	if plan.OSC52 {
		cmds = append(cmds, tea.SetClipboard(text))
	}
	if !plan.External() {
		outs := clipboard.Execute(m.runCtx, m.runner, plan, m.set.clipEnv, text)
		cmds = append(cmds, m.copyDone(copyDoneMsg{id: m.copyID, what: what, plan: plan, outcomes: outs}))
		return tea.Batch(cmds...)
	}
	id, runner, ctx, env := m.copyID, m.runner, m.runCtx, m.set.clipEnv
	cmds = append(cmds, func() tea.Msg {
		return copyDoneMsg{id: id, what: what, plan: plan, outcomes: clipboard.Execute(ctx, runner, plan, env, text)}
	})
	cmds = append(cmds, m.showToast(what+": copying…", false))
	return tea.Batch(cmds...)
}

// copyDone reports a copy in the toast, honestly: OSC 52 is "sent
// (unconfirmed)", since no terminal says whether it took it.
func (m *Model) copyDone(msg copyDoneMsg) tea.Cmd {
	summary, ok := clipboard.Summary(msg.plan, msg.outcomes)
	if !ok {
		return m.showToast(msg.what+": not copied · "+summary+" · c, then “Show on screen”", true)
	}
	return m.showToast(msg.what+": "+summary, false)
}

// textForScreen is what "Show on screen" shows: every format of the item,
// labelled, for selecting by hand.
func (m *Model) textForScreen() string {
	var b strings.Builder
	for _, e := range m.copyMenu.Entries() {
		if e.Show || !e.OK {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		// Tabs would throw the shown lines out of line.
		b.WriteString(e.Format.Name() + ":\n" + strings.ReplaceAll(e.Text, "\t", "    "))
	}
	return b.String()
}

// Toasts last long enough to read; warnings a little longer.
const (
	toastTime     = 5 * time.Second
	toastWarnTime = 8 * time.Second
)

// showToast puts a message in the footer for a while.
func (m *Model) showToast(text string, warn bool) tea.Cmd {
	m.toastID++
	m.toast, m.toastWarn = common.Safe(text), warn
	id := m.toastID
	d := toastTime
	if warn {
		d = toastWarnTime
	}
	return tea.Tick(d, func(time.Time) tea.Msg { return toastExpiredMsg{id: id} })
}
