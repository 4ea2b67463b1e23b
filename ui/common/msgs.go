package common

import "github.com/dossier-dev/dossier/model"

// JumpMsg asks the root to show an item in the tab that lists it: actors
// in Actors, events in Timeline, figures and series in Numbers, quotes and
// claims (which have no list of their own) at their words in Source.
type JumpMsg struct{ Ref model.Ref }

// SourceMsg asks the root to show an item's evidence in the Source tab.
type SourceMsg struct{ Ref model.Ref }

// ToastMsg asks the root to show a short message in the footer.
type ToastMsg struct {
	Text string
	Warn bool
}
