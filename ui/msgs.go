package ui

import "github.com/dossier-dev/dossier/ui/clipboard"

// Messages the root sends itself.

// toastExpiredMsg ends toast id, unless a newer one replaced it.
type toastExpiredMsg struct{ id int }

// copyDoneMsg reports what the clipboard programs of copy id did.
type copyDoneMsg struct {
	id       int
	what     string
	plan     clipboard.Plan
	outcomes []clipboard.Outcome
}

// printedMsg reports that plain-mode lines were written.
type printedMsg struct{}
