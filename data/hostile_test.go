package data

// Hostile datasets. A dataset file is untrusted input: people load stories
// other people wrote. Every file under testdata/hostile is one way to try to
// break dossier with one; each either fails with one exact error (file,
// line, column, field, message, and no dataset), or loads, and then nothing
// it holds can drive a terminal once it passes through ui/safe.
//
// The huge cases (100,000-character strings, 100,000 levels of nesting, a
// file over MaxFileSize) are built here rather than checked in.

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/dossier-dev/dossier/model"
	"github.com/dossier-dev/dossier/ui/safe"
)

const hostileDir = "testdata/hostile/"

// TestHostileFilesRejected pins the whole error of every file that must be
// refused: a changed position or wording is a change to what an editor sees.
func TestHostileFilesRejected(t *testing.T) {
	cases := []struct{ file, want string }{
		{"empty.json", "empty.json: is empty: expected a dataset (JSON or YAML)"},
		{"empty.yaml", "empty.yaml: is empty: expected a dataset (JSON or YAML)"},
		{"whitespace.yaml", "whitespace.yaml: is empty: expected a dataset (JSON or YAML)"},
		{"comments-only.yaml", "comments-only.yaml:1:1: the file holds no dataset"},
		{"invalid-utf8.json", "invalid-utf8.json:3:26: the file is not valid UTF-8"},
		{"invalid-utf8.yaml", "invalid-utf8.yaml:4:14: the file is not valid UTF-8"},
		// Raw control bytes: neither format allows them, and the error
		// itself must not carry them to the terminal.
		{"raw-escape.json", `raw-escape.json:3:29: story.title: invalid JSON: invalid character '\x1b' in string (expecting non-control character)`},
		{"raw-escape.yaml", "raw-escape.yaml:4:19: invalid YAML: control characters are not allowed (U+001B)"},
		{"schema-wrong.json", "schema-wrong.json:2:3: schema_version: is 2; this build reads schema_version 1"},
		{"schema-missing.yaml", "schema-missing.yaml:1:1: schema_version: missing; this build reads schema_version 1"},
		{"unknown-field.json", `unknown-field.json:5:57: actors[0].colour: unknown field "colour" (see the dataset format in README.md)`},
		{"unknown-field.yaml", `unknown-field.yaml:11:9: actors[0].evidence[0].page: unknown field "page" (see the dataset format in README.md)`},
		// The key is the dataset's own text, and it is printed in the path.
		{"unknown-field-escape.json", `unknown-field-escape.json:4:3: \x1b]0;pwned\a\u202e: unknown field "\x1b]0;pwned\a\u202e" (see the dataset format in README.md)`},
		// Go's encoding/json would silently keep the second title.
		{"duplicate-key.json", "duplicate-key.json:6:5: story.title: duplicate key (first at line 4, column 5)"},
		{"duplicate-key.yaml", `duplicate-key.yaml:10:5: actors[0].name: duplicate key "name" (first at line 7, column 5)`},
		// Refused at the anchors, before any alias could be expanded.
		{"yaml-bomb.yaml", errLines("yaml-bomb.yaml",
			"3:4: a: YAML anchors (&a) are not accepted in a dataset",
			"4:4: b: YAML anchors (&b) are not accepted in a dataset",
			"5:4: c: YAML anchors (&c) are not accepted in a dataset",
			"6:4: d: YAML anchors (&d) are not accepted in a dataset",
			"7:4: e: YAML anchors (&e) are not accepted in a dataset",
			"8:4: f: YAML anchors (&f) are not accepted in a dataset",
			"9:4: g: YAML anchors (&g) are not accepted in a dataset",
			"10:4: h: YAML anchors (&h) are not accepted in a dataset",
			"11:4: i: YAML anchors (&i) are not accepted in a dataset",
			"13:10: story.title: YAML aliases (*i) are not accepted in a dataset")},
		{"yaml-alias.yaml", errLines("yaml-alias.yaml",
			"3:10: story.title: YAML anchors (&t) are not accepted in a dataset",
			"7:11: topics[0].name: YAML aliases (*t) are not accepted in a dataset")},
		{"yaml-merge.yaml", "yaml-merge.yaml:6:5: actors[0]: YAML merge keys (<<) are not accepted in a dataset"},
		{"yaml-tag.yaml", errLines("yaml-tag.yaml",
			"3:10: story.title: explicit YAML tags (!!python/object/apply:os.system) are not accepted in a dataset",
			"4:9: story.text: explicit YAML tags (!shout) are not accepted in a dataset")},
		// A tag's %-escapes decode to an OSC title sequence and a bidi override.
		{"yaml-tag-escape.yaml", `yaml-tag-escape.yaml:3:10: story.title: explicit YAML tags (\x1b]0;pwned\a\u202e) are not accepted in a dataset`},
		{"duplicate-id.json", `duplicate-id.json:6:6: actors[1].id: duplicate id "ana" (first used at actors[0])`},
		{"dangling-ref.json", errLines("dangling-ref.json",
			`5:74: actors[0].affiliations[0]: "council" names no actor in this dataset`,
			`8:17: quotes[0].speaker: "bob" names no actor in this dataset`)},
		{"derived-cycle.json", `derived-cycle.json:5:111: figures[0].derived.inputs: derived figure "a" depends on itself`},
		{"evidence-not-in-text.json", `evidence-not-in-text.json:5:71: actors[0].evidence[0].text: "Ana Ruiz said no" is not in the article text`},
		// start + len(text) overflows int; it must not wrap into range.
		{"evidence-start-overflow.json", `evidence-start-overflow.json:5:91: actors[0].evidence[0].start: the article does not have "Ana Ruiz" at byte 9223372036854775807`},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := LoadFile(hostileDir + c.file)
			want := hostileDir + strings.ReplaceAll(c.want, "\n", "\n"+hostileDir)
			assertRejected(t, d, err, want)
		})
	}
}

// errLines joins one file's errors as Errors.Error prints them.
func errLines(file string, errs ...string) string {
	for i, e := range errs {
		errs[i] = file + ":" + e
	}
	return strings.Join(errs, "\n")
}

// assertRejected checks that a load failed with exactly want, returned no
// dataset, and that the error text cannot drive a terminal either.
func assertRejected(t *testing.T, d *model.Dataset, err error, want string) {
	t.Helper()
	if d != nil {
		t.Error("a dataset was returned")
	}
	if err == nil {
		t.Fatalf("loaded; want error\n%s", want)
	}
	if _, ok := err.(Errors); !ok {
		t.Errorf("error is %T, want data.Errors", err)
	}
	if got := err.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, r := range err.Error() {
		if r != '\n' && drives(r) {
			t.Errorf("error text holds %U", r)
		}
	}
}

// drives reports the runes that must never reach a terminal from data:
// ESC and the other C0 controls but newline and tab, DEL, C1 controls
// (U+009B is an 8-bit CSI), bidi controls and zero-width characters.
func drives(r rune) bool {
	switch {
	case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x200b, r == 0x200c, r == 0x2060, r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	}
	return false
}

// TestHostileFilesRenderSafely loads the files that are valid datasets full
// of hostile text. The loader must keep the text byte for byte (evidence
// offsets depend on it), so what protects the terminal is ui/safe: every
// string, through Text and Line, must come out harmless.
func TestHostileFilesRenderSafely(t *testing.T) {
	cases := []struct {
		file string
		// holds are sequences the file supplies, which must survive loading.
		holds []string
	}{
		{"escapes.json", []string{"\x1b]52;c;", "\x1b]0;pwned\x07", "\x1b]0;pwned\x1b\\", "\x1b[2J", "\x1b]8;;"}},
		{"controls.json", []string{"\u009b31m", "\u009d0;pwned\u009c", "\u0085", "\x07", "\x00", "\x7f", "\r"}},
		{"bidi.json", []string{"\u202e", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069", "\u202d", "\u202b", "\u200e", "\u200f", "\u061c"}},
		{"zero-width.json", []string{"\u200b", "\u200c", "\u2060", "\ufeff", "\ufff9", "\u0301\u0302\u0303\u0304"}},
		{"wide.json", []string{"東京都", "👩\u200d💻", "🇲🇽", "👍🏽", "ＡＢＣ", "العربية"}},
		// Formulas are harmless to a terminal; CSV output defuses them
		// (cmd/dossier/hostile_test.go).
		{"csv-formula.json", []string{"=HYPERLINK(", "+cmd|", "-2+3", "@SUM(", "\t=1+1", "\r=1+1"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d, err := LoadFile(hostileDir + c.file)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			eachString(d, func(path, _ string, s string) {
				all.WriteString(s)
				assertSafeRender(t, path, s)
			})
			for _, h := range c.holds {
				if !strings.Contains(all.String(), h) {
					t.Errorf("the loaded dataset lost %q", h)
				}
			}
		})
	}
}

// assertSafeRender checks the sanitizer's promises on one dataset string.
func assertSafeRender(t *testing.T, path, s string) {
	t.Helper()
	text, line := safe.Text(s), safe.Line(s)
	for _, r := range text {
		if drives(r) {
			t.Errorf("%s: safe.Text left %U in %q", path, r, text)
			break
		}
	}
	for _, r := range line {
		if drives(r) || r == '\n' || r == '\t' {
			t.Errorf("%s: safe.Line left %U in %q", path, r, line)
			break
		}
	}
	marks := 0
	for _, r := range text {
		if !unicode.Is(unicode.Mn, r) {
			marks = 0
		} else if marks++; marks > 2 {
			t.Errorf("%s: safe.Text kept %d combining marks on one character", path, marks)
			break
		}
	}
	if len(text) > 3*len(s) {
		t.Errorf("%s: safe.Text grew %d bytes to %d", path, len(s), len(text))
	}
	if again := safe.Text(text); again != text {
		t.Errorf("%s: safe.Text is not idempotent: %q then %q", path, text, again)
	}
}

// TestEscapesReachEveryTextField makes escapes.json prove its coverage: every
// free-text field the model has (so also one added later) must hold an
// escape sequence in it, or the file no longer tests that field.
func TestEscapesReachEveryTextField(t *testing.T) {
	d, err := LoadFile(hostileDir + "escapes.json")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	eachString(d, func(path, field, s string) {
		if structured[field] {
			return
		}
		seen++
		if !strings.Contains(s, "\x1b") {
			t.Errorf("%s (%s) holds no escape sequence: add one to escapes.json", path, field)
		}
	})
	if seen < 40 {
		t.Errorf("only %d text fields seen", seen)
	}
}

// structured names the string fields that validation confines to ids,
// references, dates or closed sets, so they cannot hold free text.
var structured = map[string]bool{
	"ID": true, "Kind": true, "Affiliations": true, "Topics": true, "Actors": true,
	"ReportedBy": true, "Inputs": true, "Speaker": true, "Actor": true, "Quotes": true,
	"Figure": true, "Pollster": true, "Precision": true, "Date": true, "Published": true,
	"Retrieved": true, "Currency": true, "Comparator": true, "Direction": true, "TextFile": true,
}

// eachString calls fn with the path, Go field name and value of every string
// in the dataset, reached by reflection so that no field can be forgotten.
func eachString(d *model.Dataset, fn func(path, field, s string)) {
	var walk func(v reflect.Value, path, field string)
	walk = func(v reflect.Value, path, field string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path, field)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				f := v.Type().Field(i)
				walk(v.Field(i), path+"."+f.Name, f.Name)
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), path+"["+itoa(i)+"]", field)
			}
		case reflect.String:
			fn(path, field, v.String())
		}
	}
	walk(reflect.ValueOf(d), "dataset", "")
}

// TestWideTextKeptWhole checks that the sanitizer leaves CJK, emoji (with
// their joiners, flags and skin tones) and right-to-left scripts alone: the
// protections must not cost readers their languages.
func TestWideTextKeptWhole(t *testing.T) {
	d, err := LoadFile(hostileDir + "wide.json")
	if err != nil {
		t.Fatal(err)
	}
	eachString(d, func(path, _ string, s string) {
		if got := safe.Text(s); got != s {
			t.Errorf("%s: safe.Text changed %q to %q", path, s, got)
		}
		if got := safe.Line(s); got != s {
			t.Errorf("%s: safe.Line changed %q to %q", path, s, got)
		}
	})
}

// TestAffiliationCycleAllowed pins a decision: affiliations may form a cycle
// (parties in one coalition name each other). They are a relation as the
// article states it, not a hierarchy, and dossier shows only an actor's
// direct affiliations, never following them further, so a cycle cannot loop.
// Self-affiliation stays an error. If this changes, change the README too.
func TestAffiliationCycleAllowed(t *testing.T) {
	d, err := LoadFile(hostileDir + "affiliation-cycle.json")
	if err != nil {
		t.Fatalf("an affiliation cycle was refused: %v", err)
	}
	if got := d.Actors[2].Affiliations; len(got) != 2 || got[0] != "morena" {
		t.Errorf("affiliations of pvem = %v", got)
	}
	s := model.NewSearcher(d)
	if n := s.Run(model.Query{Text: "pt"}, nil).Count(model.KindActor); n == 0 {
		t.Error("search over a cyclic dataset found nothing")
	}
}

// TestHostileLongStrings: 100,000-character strings load, render whole and
// fast, and a long value quoted in an error is clipped so that one field
// cannot flood the terminal.
func TestHostileLongStrings(t *testing.T) {
	long := strings.Repeat("Téllez東京", 12_500) // 100,000 characters
	if n := len([]rune(long)); n != 100_000 {
		t.Fatalf("built %d characters", n)
	}
	hostile := strings.Repeat("\x1b]52;c;AAAA\x07", 10_000) // 120,000 bytes of OSC 52
	src := `{"schema_version": 1, "story": {"title": "` + long + `", "text": "` + long + ` | ` + jsonEscape(hostile) + `"},
 "actors": [{"id": "a", "name": "` + jsonEscape(hostile) + `", "kind": "person", "aliases": ["` + long + `"],
   "evidence": [{"text": "` + long + `"}, {"text": "` + jsonEscape(hostile) + `"}]}]}`
	start := time.Now()
	d, err := Load("long.json", []byte(src), FormatAuto, nil)
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("loading took %v", took)
	}
	if d.Story.Title != long || *d.Actors[0].Evidence[1].Start != len(long)+3 {
		t.Error("long strings were not kept whole")
	}
	eachString(d, func(path, _ string, s string) { assertSafeRender(t, path, s) })

	bad := strings.Replace(src, `{"text": "`+long+`"}`, `{"text": "`+long+`!"}`, 1)
	_, err = Load("long.json", []byte(bad), FormatAuto, nil)
	if err == nil || len(err.Error()) > 300 || !strings.HasSuffix(err.Error(), `…" is not in the article text`) {
		t.Errorf("long value not clipped in the error (%d bytes)", len(err.Error()))
	}
}

func jsonEscape(s string) string {
	return strings.NewReplacer("\x1b", `\u001b`, "\x07", `\u0007`).Replace(s)
}

// TestHostileDeepNesting: 100,000 nested arrays or mappings give a clean
// error, not a stack overflow, in both formats and in every position.
func TestHostileDeepNesting(t *testing.T) {
	const n = 100_000
	arrays := strings.Repeat("[", n) + strings.Repeat("]", n)
	maps := strings.Repeat("{a: ", n) + strings.Repeat("}", n)
	block := strings.Repeat("- ", n) + "x" // compact nested block sequences
	cases := []struct{ name, src, want string }{
		{"top.json", arrays, "top.json:1:1: expected an object (mapping), got a list"},
		// The path stops at 16 levels; the position is where depth ran out.
		{"field.json", `{"schema_version": 1, "story": {"title": ` + arrays + `}}`,
			"field.json:1:10040: story.title" + strings.Repeat("[0]", 14) + ": invalid JSON: exceeded max depth"},
		{"unknown.json", `{"schema_version": 1, "deep": ` + arrays + `}`,
			`unknown.json:1:23: deep: unknown field "deep" (see the dataset format in README.md)`},
		{"unclosed.json", `{"schema_version": 1, "topics": ` + strings.Repeat("[", n),
			"unclosed.json:1:34: topics[0]: expected an object (mapping), got a list"},
		{"flow.yaml", "schema_version: 1\ntopics: " + arrays + "\n",
			"flow.yaml:2:1: invalid YAML: exceeded max depth of 10000"},
		{"maps.yaml", "schema_version: 1\nstory: " + maps + "\n",
			"maps.yaml:2:1: invalid YAML: exceeded max depth of 10000"},
		{"block.yaml", "schema_version: 1\ntopics:\n" + block + "\n",
			"block.yaml:2:1: invalid YAML: exceeded max depth of 10000"},
		// Under the parser's limit, the converter stops at 16 levels: deeper
		// pointers cost their depth each, squared over a nest.
		{"under.yaml", "schema_version: 1\ntopics: " + strings.Repeat("[", 9_000) + strings.Repeat("]", 9_000) + "\n",
			"under.yaml:2:24: topics" + strings.Repeat("[0]", 15) + ": nested more than 16 levels deep, deeper than any dataset field"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Load(c.name, []byte(c.src), FormatAuto, nil)
			assertRejected(t, d, err, c.want)
		})
	}
}

// TestHostileFileTooLarge: a dataset over MaxFileSize is refused from its
// size alone. The file is sparse, so it costs no disk and the test is quick.
func TestHostileFileTooLarge(t *testing.T) {
	name := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(name, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(name, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	d, err := LoadFile(name)
	assertRejected(t, d, err, name+": is 268435457 bytes; the limit is 268435456 bytes (256 MiB)")
}

// TestHostileTextFileTooLargeNotRead: an article file over the limit is
// refused before a single byte of it is read.
func TestHostileTextFileTooLargeNotRead(t *testing.T) {
	fsys := unreadableFS{size: MaxFileSize + 1, t: t}
	d, err := Load("d.yaml", textFileDataset("a.txt"), FormatAuto, fsys)
	assertRejected(t, d, err, errLines("d.yaml",
		`4:3: story.text_file: cannot read "a.txt": a.txt: is 268435457 bytes; the limit is 268435456 bytes (256 MiB)`,
		"2:1: story.text: is empty: a dataset needs its article text (text or text_file)",
		`6:48: actors[0].evidence[0].text: "Ann" is not in the article text`))
}

func textFileDataset(tf string) []byte {
	return []byte("schema_version: 1\nstory:\n  title: T\n  text_file: " + tf + "\nactors:\n  - {id: a, name: A, kind: person, evidence: [{text: Ann}]}\n")
}

// unreadableFS holds one regular file of the given size whose contents fail
// the test if anything reads them.
type unreadableFS struct {
	size int64
	t    *testing.T
}

func (u unreadableFS) Open(name string) (fs.File, error) { return unreadableFile(u), nil }

type unreadableFile unreadableFS

func (f unreadableFile) Stat() (fs.FileInfo, error) { return sizedInfo(f.size), nil }
func (f unreadableFile) Close() error               { return nil }
func (f unreadableFile) Read([]byte) (int, error) {
	f.t.Error("the oversized file was read")
	return 0, io.EOF
}

// sizedInfo describes a regular file of that many bytes.
type sizedInfo int64

func (s sizedInfo) Name() string       { return "a.txt" }
func (s sizedInfo) Size() int64        { return int64(s) }
func (s sizedInfo) Mode() fs.FileMode  { return 0o644 }
func (s sizedInfo) ModTime() time.Time { return time.Time{} }
func (s sizedInfo) IsDir() bool        { return false }
func (s sizedInfo) Sys() any           { return nil }

// TestHostileManyDeepNests: nests just under the parsers' depth limit, many
// of them, in a 400 KB file. Building a position for every level cost each
// nest its depth squared: 2 GB allocated for the YAML and 20 GB for the
// JSON, tens of seconds, before positions stopped at maxNesting.
func TestHostileManyDeepNests(t *testing.T) {
	nest := strings.Repeat("[", 9_990) + strings.Repeat("]", 9_990)
	var y, j strings.Builder
	y.WriteString("schema_version: 1\n")
	j.WriteString(`{"schema_version": 1`)
	for i := range 20 {
		y.WriteString("k" + itoa(i) + ": " + nest + "\n")
		j.WriteString(`, "k` + itoa(i) + `": ` + nest)
	}
	j.WriteString("}")
	for name, src := range map[string]string{"many.yaml": y.String(), "many.json": j.String()} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := Load(name, []byte(src), FormatAuto, nil)
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Fatalf("%s loaded", name)
		}
		if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 300 {
			t.Errorf("%s: loading a %d KB file allocated %d MB", name, len(src)>>10, mb)
		}
	}
}

// TestHostileLongKeys: a 100,000-character key is named in its error, but
// clipped, so that one error cannot flood the terminal.
func TestHostileLongKeys(t *testing.T) {
	key := strings.Repeat("k", 100_000)
	for name, src := range map[string]string{
		"key.json": `{"schema_version": 1, "` + key + `": 1}`,
		// YAML's implicit keys stop at 1024 characters; explicit ones do not.
		"key.yaml": "schema_version: 1\n? " + key + "\n: 1\n? " + key + "\n: 2\n",
	} {
		_, err := Load(name, []byte(src), FormatAuto, nil)
		if err == nil || len(err.Error()) > 1000 || !strings.Contains(err.Error(), "kkk…kkk") {
			t.Errorf("%s: error not clipped: %d bytes", name, len(err.Error()))
		}
	}
}

// TestHostileTextFileSymlink: a dataset folder can hold a symbolic link (git
// keeps them). story.text_file must not follow one out of the folder, or
// "article.txt -> ~/.ssh/id_ed25519" would put a secret on the screen.
func TestHostileTextFileSymlink(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(t.TempDir(), "secret.txt")
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(secret, []byte("Ann's private key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "out.txt")); err != nil {
		t.Skipf("cannot make symlinks here: %v", err)
	}
	write("d.yaml", string(textFileDataset("out.txt")))
	d, err := LoadFile(filepath.Join(dir, "d.yaml"))
	assertRejected(t, d, err, errLines(filepath.Join(dir, "d.yaml"),
		`4:3: story.text_file: cannot read "out.txt": out.txt: openat: path escapes from parent`,
		"2:1: story.text: is empty: a dataset needs its article text (text or text_file)",
		`6:48: actors[0].evidence[0].text: "Ann" is not in the article text`))

	// A link that stays inside the folder is fine.
	write("article.txt", "Ann wrote this.")
	if err := os.Symlink("article.txt", filepath.Join(dir, "in.txt")); err != nil {
		t.Fatal(err)
	}
	write("d.yaml", string(textFileDataset("in.txt")))
	if _, err := LoadFile(filepath.Join(dir, "d.yaml")); err != nil {
		t.Errorf("a link inside the folder was refused: %v", err)
	}
}

// TestHostileTextFileNotRegular: a named pipe as story.text_file would
// block the load for ever; it is refused from its mode, before it is opened.
func TestHostileTextFileNotRegular(t *testing.T) {
	for _, mode := range []fs.FileMode{fs.ModeNamedPipe, fs.ModeDevice | fs.ModeCharDevice, fs.ModeDir} {
		fsys := fstest.MapFS{"a.txt": {Mode: mode}}
		d, err := Load("d.yaml", textFileDataset("a.txt"), FormatAuto, fsys)
		assertRejected(t, d, err, errLines("d.yaml",
			`4:3: story.text_file: "a.txt" is not a regular file`,
			"2:1: story.text: is empty: a dataset needs its article text (text or text_file)",
			`6:48: actors[0].evidence[0].text: "Ann" is not in the article text`))
	}
}
