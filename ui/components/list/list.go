// Package list is the explorer's item list: rows of items under group
// headings, a cursor that skips the headings, and a window that follows
// the cursor. It draws only the rows in the window, so a list of 100,000
// items costs no more per frame than a list of ten.
package list

import (
	"strings"

	"github.com/dossier-dev/dossier/model"
)

// Row is one line of a list: a group heading or an item.
type Row struct {
	Heading string // set for a heading row
	Ref     model.Ref
}

// IsHeading reports whether the row is a group heading.
func (r Row) IsHeading() bool { return r.Heading != "" }

// Model is the list's state. The zero value is an empty list.
type Model struct {
	rows  []Row
	items int // rows that are items
	// ordinal[i] is the number of items in rows[:i+1], so the cursor's
	// position costs nothing to show.
	ordinal []int
	cursor  int // row index of the selected item, or -1
	offset  int // first row shown
	height  int
}

// SetRows replaces the rows, keeping the selection on keep when it is
// still listed and on the first item otherwise.
func (m *Model) SetRows(rows []Row, keep model.Ref, hasKeep bool) {
	m.rows = rows
	m.items = 0
	m.cursor = -1
	if cap(m.ordinal) >= len(rows) {
		m.ordinal = m.ordinal[:len(rows)]
	} else {
		m.ordinal = make([]int, len(rows))
	}
	for i, r := range rows {
		if r.IsHeading() {
			m.ordinal[i] = m.items
			continue
		}
		m.items++
		m.ordinal[i] = m.items
		if m.cursor < 0 {
			m.cursor = i
		}
		if hasKeep && r.Ref == keep {
			m.cursor = i
			hasKeep = false
		}
	}
	m.offset = 0
	m.follow()
}

// SetHeight sets how many rows the window shows.
func (m *Model) SetHeight(h int) {
	m.height = max(h, 0)
	m.follow()
}

// Len returns the number of items (headings not counted).
func (m *Model) Len() int { return m.items }

// Rows returns every row.
func (m *Model) Rows() []Row { return m.rows }

// Selected returns the selected item.
func (m *Model) Selected() (model.Ref, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return model.Ref{}, false
	}
	return m.rows[m.cursor].Ref, true
}

// Cursor returns the selected row's index, or -1.
func (m *Model) Cursor() int { return m.cursor }

// Position returns the selected item's place among the items, from 1.
func (m *Model) Position() int {
	if m.cursor < 0 {
		return 0
	}
	return m.ordinal[m.cursor]
}

// Select moves the cursor to an item; it reports false when the item is
// not listed.
func (m *Model) Select(r model.Ref) bool {
	for i, row := range m.rows {
		if !row.IsHeading() && row.Ref == r {
			m.cursor = i
			m.follow()
			return true
		}
	}
	return false
}

// Move moves the cursor by delta items, stopping at either end.
func (m *Model) Move(delta int) {
	if m.cursor < 0 {
		return
	}
	step := 1
	if delta < 0 {
		step, delta = -1, -delta
	}
	for i := m.cursor; delta > 0; {
		i += step
		if i < 0 || i >= len(m.rows) {
			break
		}
		if !m.rows[i].IsHeading() {
			m.cursor = i
			delta--
		}
	}
	m.follow()
}

// Page moves by a window's height.
func (m *Model) Page(dir int) { m.Move(dir * max(m.height-1, 1)) }

// Home selects the first item; End the last.
func (m *Model) Home() {
	for i, r := range m.rows {
		if !r.IsHeading() {
			m.cursor = i
			break
		}
	}
	m.offset = 0
	m.follow()
}

// End selects the last item.
func (m *Model) End() {
	for i := len(m.rows) - 1; i >= 0; i-- {
		if !m.rows[i].IsHeading() {
			m.cursor = i
			break
		}
	}
	m.follow()
}

// Click selects the item on window line y; it reports whether there was
// one.
func (m *Model) Click(y int) bool {
	i := m.offset + y
	if y < 0 || y >= m.height || i >= len(m.rows) || m.rows[i].IsHeading() {
		return false
	}
	m.cursor = i
	return true
}

// follow scrolls the window so the cursor, and the heading just above it
// when there is room, stay in view.
func (m *Model) follow() {
	if m.height <= 0 || m.cursor < 0 {
		m.offset = 0
		return
	}
	top := m.cursor
	if top > 0 && m.rows[top-1].IsHeading() {
		top--
	}
	if top < m.offset {
		m.offset = top
	}
	if m.cursor >= m.offset+m.height {
		m.offset = m.cursor - m.height + 1
	}
	m.offset = max(0, min(m.offset, len(m.rows)-1))
}

// Render draws the window: row renders one row at the given width;
// selected is true for the cursor's row.
func (m *Model) Render(width int, row func(r Row, selected bool, width int) string) string {
	if m.height <= 0 {
		return ""
	}
	end := min(m.offset+m.height, len(m.rows))
	var b strings.Builder
	for i := m.offset; i < end; i++ {
		if i > m.offset {
			b.WriteByte('\n')
		}
		b.WriteString(row(m.rows[i], i == m.cursor, width))
	}
	return b.String()
}
