// Package format writes a dataset, or items of it, as JSON, YAML, CSV,
// Markdown and plain rows.
//
// It is pure Go: no terminal library. Callers that print to a terminal pass
// a sanitizer (ui/safe) in Options; output for files and pipes is faithful
// to the data, except that JSON and YAML always write C1 controls, bidi
// controls and zero-width characters as \uXXXX escapes (see Escape), so
// that what a reader sees in an editor or a pager is what the data holds.
package format
