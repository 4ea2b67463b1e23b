package format

import (
	"bytes"
	"encoding/csv"
)

// CSV writes a grid as RFC 4180 CSV with a header row.
//
// Spreadsheets run a cell that starts with =, +, - or @ as a formula (and
// some also after a leading tab or carriage return), so a dataset could
// make a spreadsheet fetch a URL or run a command when its CSV is opened.
// Such a text cell gets a leading apostrophe, which spreadsheets hide and
// treat as "this is text". Number columns, which dossier writes itself, are
// left as they are. clean, when not nil, is applied to every cell first
// (for a terminal).
func CSV(g Grid, clean func(string) string) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(g.Header); err != nil {
		return nil, err
	}
	record := make([]string, len(g.Header))
	for _, row := range g.Rows {
		for j, cell := range row {
			if clean != nil {
				cell = clean(cell)
			}
			if !g.Number[j] {
				cell = DefuseFormula(cell)
			}
			record[j] = cell
		}
		if err := w.Write(record); err != nil {
			return nil, err
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// DefuseFormula prefixes a cell that a spreadsheet would read as a formula
// with an apostrophe.
func DefuseFormula(cell string) string {
	if cell == "" {
		return cell
	}
	switch cell[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + cell
	}
	return cell
}
