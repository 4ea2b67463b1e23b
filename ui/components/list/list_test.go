package list

import (
	"strings"
	"testing"

	"github.com/dossier-dev/dossier/model"
)

func ref(i int) model.Ref { return model.Ref{Kind: model.KindActor, Index: i} }

func rows() []Row {
	return []Row{{Heading: "A"}, {Ref: ref(0)}, {Ref: ref(1)}, {Heading: "B"}, {Ref: ref(2)}, {Ref: ref(3)}, {Ref: ref(4)}}
}

func TestMoveSkipsHeadings(t *testing.T) {
	var m Model
	m.SetHeight(3)
	m.SetRows(rows(), model.Ref{}, false)
	if r, _ := m.Selected(); r != ref(0) || m.Position() != 1 || m.Len() != 5 {
		t.Fatalf("start: %v at %d of %d", r, m.Position(), m.Len())
	}
	m.Move(2)
	if r, _ := m.Selected(); r != ref(2) || m.Position() != 3 {
		t.Fatalf("down 2: %v at %d", r, m.Position())
	}
	m.Move(-10)
	if r, _ := m.Selected(); r != ref(0) {
		t.Fatalf("up past the top: %v", r)
	}
	m.End()
	if r, _ := m.Selected(); r != ref(4) {
		t.Fatalf("end: %v", r)
	}
	m.Home()
	if r, _ := m.Selected(); r != ref(0) || m.offset != 0 {
		t.Fatalf("home: %v offset %d", r, m.offset)
	}
}

func TestWindowFollowsCursor(t *testing.T) {
	var m Model
	m.SetHeight(3)
	m.SetRows(rows(), model.Ref{}, false)
	m.End()
	out := m.Render(10, func(r Row, sel bool, _ int) string {
		if r.IsHeading() {
			return r.Heading
		}
		if sel {
			return ">" + string(rune('0'+r.Ref.Index))
		}
		return string(rune('0' + r.Ref.Index))
	})
	if out != "2\n3\n>4" {
		t.Errorf("window at the end: %q", out)
	}
	// Selecting the first item of a group brings its heading into view.
	m.Select(ref(2))
	m.Move(0)
	if !strings.HasPrefix(m.Render(10, func(r Row, _ bool, _ int) string {
		if r.IsHeading() {
			return r.Heading
		}
		return "x"
	}), "B") {
		t.Errorf("heading above the cursor is hidden")
	}
}

func TestSetRowsKeepsSelection(t *testing.T) {
	var m Model
	m.SetHeight(5)
	m.SetRows(rows(), model.Ref{}, false)
	m.Select(ref(3))
	m.SetRows(rows()[3:], ref(3), true)
	if r, _ := m.Selected(); r != ref(3) {
		t.Errorf("kept %v", r)
	}
	m.SetRows(rows()[:3], ref(3), true)
	if r, _ := m.Selected(); r != ref(0) {
		t.Errorf("gone: %v, want the first item", r)
	}
	m.SetRows(nil, ref(0), true)
	if _, ok := m.Selected(); ok || m.Len() != 0 || m.Render(10, nil) != "" {
		t.Error("empty list selects something")
	}
}

func TestClick(t *testing.T) {
	var m Model
	m.SetHeight(4)
	m.SetRows(rows(), model.Ref{}, false)
	if m.Click(0) {
		t.Error("a click on a heading selected it")
	}
	if !m.Click(2) {
		t.Fatal("a click on an item did nothing")
	}
	if r, _ := m.Selected(); r != ref(1) {
		t.Errorf("click selected %v", r)
	}
	if m.Click(9) {
		t.Error("a click below the list selected something")
	}
}
