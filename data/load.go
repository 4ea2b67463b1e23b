// Package data loads story datasets from JSON and YAML files and holds the
// embedded default story. It reports every problem with its file, line,
// column and field.
//
// Like package model, it never imports a terminal library.
package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/dossier-dev/dossier/model"
)

// MaxFileSize is the largest dataset or article file dossier reads. It is
// checked before the file is read, so a huge file costs nothing.
const MaxFileSize = 256 << 20

// Format is a dataset file's syntax.
type Format int

// The formats a dataset can be written in.
const (
	FormatAuto Format = iota
	FormatJSON
	FormatYAML
)

// LoadFile reads, decodes and validates the dataset at name. A story.text_file
// is read from the dataset's own folder.
func LoadFile(name string) (*model.Dataset, error) {
	dir := filepath.Dir(name)
	src, err := readLimited(os.DirFS(dir), filepath.Base(name), name)
	if err != nil {
		return nil, err
	}
	// The text file is read through an os.Root, not os.DirFS: DirFS follows
	// a symbolic link anywhere, so a dataset folder holding
	// "article.txt -> /etc/passwd" (git keeps symlinks) would read that
	// file into the explorer. A Root refuses links that leave the folder.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fileError(name, cleanOSError(err))
	}
	defer root.Close()
	return Load(name, src, FormatAuto, root.FS())
}

// readLimited reads one file from fsys, refusing it whole when it is larger
// than MaxFileSize. display is the name used in errors.
func readLimited(fsys fs.FS, name, display string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fileError(display, cleanOSError(err))
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil {
		if info.IsDir() {
			return nil, fileError(display, "is a directory, not a dataset file")
		}
		if info.Size() > MaxFileSize {
			return nil, fileError(display, fmt.Sprintf("is %d bytes; the limit is %d bytes (%d MiB)", info.Size(), MaxFileSize, MaxFileSize>>20))
		}
		if info.Mode().IsRegular() {
			size = info.Size()
		}
	}
	// Read at most one byte past the limit, in case the size lied (a pipe).
	src, err := readAll(io.LimitReader(f, MaxFileSize+1), size)
	if err != nil {
		return nil, fileError(display, cleanOSError(err))
	}
	if len(src) > MaxFileSize {
		return nil, fileError(display, fmt.Sprintf("is larger than the limit of %d MiB", MaxFileSize>>20))
	}
	return src, nil
}

// readAll is io.ReadAll starting with room for size bytes when size is
// known (not -1). io.ReadAll grows its buffer step by step, which for a
// 40 MB file allocates and copies several times the file; fresh memory is
// a large part of what opening a big dataset costs.
func readAll(r io.Reader, size int64) ([]byte, error) {
	if size < 0 {
		return io.ReadAll(r)
	}
	// One byte more than the size, so that the read that finds the end
	// needs no new buffer (and a file that grew still reads whole).
	b := make([]byte, 0, size+1)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func fileError(name, msg string) error {
	return Errors{{File: name, Message: msg}}
}

// cleanOSError drops the path that os errors repeat, since the message
// already starts with the file name.
func cleanOSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// Load decodes and validates a dataset held in src. name is used in errors
// and to guess the format; textFS, if not nil, is where story.text_file is
// read from. On any problem it returns Errors and no dataset.
func Load(name string, src []byte, format Format, textFS fs.FS) (*model.Dataset, error) {
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, fileError(name, "is empty: expected a dataset (JSON or YAML)")
	}
	if !utf8.Valid(src) {
		pos := newLines(src).at(firstInvalidUTF8(src))
		return nil, Errors{{File: name, Line: pos.line, Col: pos.col, Message: "the file is not valid UTF-8"}}
	}
	if format == FormatAuto {
		format = detectFormat(name, src)
	}

	var d model.Dataset
	var loc locator
	var srcLines *lines
	jsonSrc := src
	if format == FormatYAML {
		converted, yloc, errs := yamlToJSON(src)
		if errs != nil {
			for _, e := range errs {
				e.File = name
			}
			return nil, Errors(errs)
		}
		jsonSrc, loc = converted, yloc
	}
	if err := decodeStrict(jsonSrc, &d); err != nil {
		if loc == nil {
			loc = newJSONLocator(src)
			srcLines = newLines(src)
		}
		pointer, pos, msg := jsonDecodeError(err, loc, srcLines)
		return nil, Errors{{File: name, Line: pos.line, Col: pos.col, Path: pathOf(pointer), Message: msg}}
	}

	var errs Errors
	if d.Story.TextFile != "" {
		if e := readStoryText(&d, textFS, name); e != nil {
			errs = append(errs, e)
		}
	}
	problems := model.Validate(&d)
	if len(problems) == 0 && len(errs) == 0 {
		return &d, nil
	}
	if loc == nil {
		loc = newJSONLocator(src)
	}
	for _, p := range problems {
		pos := place(loc, pointerOf(p.Path))
		errs = append(errs, &Error{File: name, Line: pos.line, Col: pos.col, Path: p.Path, Message: p.Message})
	}
	for _, e := range errs {
		if e.Line == 0 {
			pos := place(loc, "/story/text_file")
			e.Line, e.Col = pos.line, pos.col
		}
	}
	return nil, errs
}

// readStoryText fills the story text from story.text_file, which must name
// a file in the dataset's own folder: a dataset from someone else must not
// be able to read /etc/passwd into the explorer.
func readStoryText(d *model.Dataset, textFS fs.FS, name string) *Error {
	tf := d.Story.TextFile
	bad := func(msg string) *Error { return &Error{File: name, Path: "story.text_file", Message: msg} }
	switch {
	case d.Story.Text != "":
		return bad("give text or text_file, not both")
	case textFS == nil:
		return bad("this dataset was not loaded from a folder, so text_file cannot be read; put the article in story.text")
	case !fs.ValidPath(tf) || strings.Contains(tf, "/") || strings.Contains(tf, `\`) || tf != path.Clean(tf):
		return bad(fmt.Sprintf("%q must be a file name in the dataset's own folder", tf))
	}
	// Only a regular file: opening a named pipe would block the load for
	// ever, and a device has no end.
	if info, err := fs.Stat(textFS, tf); err == nil && !info.Mode().IsRegular() {
		return bad(fmt.Sprintf("%q is not a regular file", tf))
	}
	text, err := readLimited(textFS, tf, tf)
	if err != nil {
		return bad(fmt.Sprintf("cannot read %q: %v", tf, err))
	}
	if !utf8.Valid(text) {
		return bad(fmt.Sprintf("%q is not valid UTF-8", tf))
	}
	d.Story.Text = string(text)
	d.Story.TextFile = ""
	return nil
}

func detectFormat(name string, src []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return FormatJSON
	case ".yaml", ".yml":
		return FormatYAML
	}
	if t := bytes.TrimLeft(src, " \t\r\n\ufeff"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return FormatJSON
	}
	return FormatYAML
}

func firstInvalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(src)
}
