package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func readExample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExampleLoads(t *testing.T) {
	d, err := LoadFile("testdata/example.yaml")
	if err != nil {
		t.Fatalf("example.yaml: %v", err)
	}
	if got := d.Figures[0].Evidence[0]; got.Text != "about $4.5 million" || *got.Start != 121 || *got.End != 139 {
		t.Errorf("evidence not resolved: %+v", got)
	}
	if got := d.Actors[1].Evidence[1]; *got.Start != 187 {
		t.Errorf("occurrence 2 of Ruiz resolved to %d, want 187", *got.Start)
	}
}

func TestDefaultStoryValidates(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("embedded story: %v", err)
	}
	article, err := os.ReadFile("story/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Story.Text != string(article) {
		t.Fatal("embedded story text differs from story/article.txt")
	}
	shared, err := os.ReadFile("../../shared/story/article.txt")
	if err == nil && string(shared) != d.Story.Text {
		t.Fatal("embedded article is not byte for byte ../shared/story/article.txt")
	}
}

// TestYAMLRules holds one case per rule: the change made to the valid
// example, and the exact error expected (line, column, field, message).
func TestYAMLRules(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"schema version wrong", "schema_version: 1", "schema_version: 2",
			"x.yaml:2:1: schema_version: is 2; this build reads schema_version 1"},
		{"unknown field", "  title_editorial: true", "  title_editorial: true\n  subtitle: x",
			`x.yaml:6:3: story.subtitle: unknown field "subtitle" (see the dataset format in README.md)`},
		{"wrong type", "    value: 4500000", "    value: lots",
			"x.yaml:57:5: figures[0].value: expected a number, got a string"},
		{"duplicate key", "    label: Cost of the second ferry", "    label: Cost of the second ferry\n    label: again",
			`x.yaml:57:5: figures[0].label: duplicate key "label" (first at line 56, column 5)`},
		{"duplicate id", "  - id: votes-cast", "  - id: votes-for",
			"x.yaml:89:5: figures[3].id: duplicate id \"votes-for\" (first used at figures[1])"},
		{"bad id", "  - id: q-pier", "  - id: Q Pier",
			`x.yaml:104:5: quotes[0].id: "Q Pier" is not a valid id (lowercase letters, digits and '-', at most 64, starting with a letter or digit)`},
		{"dangling reference", "    speaker: ana-ruiz", "    speaker: bob",
			`x.yaml:105:5: quotes[0].speaker: "bob" names no actor in this dataset`},
		{"reference of wrong kind", "    affiliations: [council]", "    affiliations: [transport]",
			`x.yaml:35:20: actors[1].affiliations[0]: "transport" is a topic, expected a actor`},
		{"unknown topic", "    topics: [transport]\n    evidence:\n      - text: Mayor", "    topics: [boats]\n    evidence:\n      - text: Mayor",
			`x.yaml:37:14: actors[1].topics[0]: "boats" names no topic in this dataset`},
		{"evidence not in text", "      - text: about $4.5 million", "      - text: about $5 million",
			`x.yaml:66:9: figures[0].evidence[0].text: "about $5 million" is not in the article text`},
		{"ambiguous evidence", "      - text: Ruiz\n        occurrence: 2", "      - text: Ruiz",
			`x.yaml:40:9: actors[1].evidence[1].text: "Ruiz" occurs 2 times in the article: say which with occurrence (1 to 2) or start`},
		{"occurrence too high", "        occurrence: 2", "        occurrence: 3",
			`x.yaml:41:9: actors[1].evidence[1].occurrence: is 3 but "Ruiz" occurs 2 times`},
		{"start wrong", "        occurrence: 2", "        start: 5",
			`x.yaml:41:9: actors[1].evidence[1].start: the article does not have "Ruiz" at byte 5`},
		{"no evidence", "      - text: about $4.5 million", "      []",
			"x.yaml:65:5: figures[0].evidence: is empty: every fact must cite the words of the article it comes from"},
		{"bad comparator", `    comparator: "~"`, `    comparator: "about"`,
			`x.yaml:58:5: figures[0].comparator: "about" is not a comparator (one of = > >= ~ < <=)`},
		{"percent as fraction", "    unit: USD\n", "    unit: \"%\"\n",
			"x.yaml:57:5: figures[0].value: a percentage is written as a number from 0 to 100 (46, not 0.46); got 4.5e+06"},
		{"bad currency", "    currency: USD", "    currency: usd",
			`x.yaml:61:5: figures[0].currency: "usd" is not an ISO 4217 currency code`},
		{"actor kind", "    kind: government", "    kind: council",
			`x.yaml:24:5: actors[0].kind: "council" is not an actor kind (one of person, party, government, country, organization, group)`},
		{"date precision mismatch", "      date: null\n      precision: relative", "      date: \"2025-01\"\n      precision: day",
			`x.yaml:48:7: events[0].when.date: "2025-01" does not match precision "day" (YYYY-MM-DD)`},
		{"inferred without why", "      inferred: false", "      inferred: true",
			"x.yaml:46:5: events[0].when.inferred_why: an inferred date must say why it was inferred"},
		{"when text outside evidence", "      text: Monday", "      text: Friday",
			`x.yaml:47:7: events[0].when.text: "Friday" does not stand inside any of the item's evidence spans`},
		{"quote not its evidence", "    text: We cannot leave people waiting on the pier,\n    topics", "    text: We can leave people waiting,\n    topics",
			"x.yaml:106:5: quotes[0].text: must be the exact words of one of its evidence spans"},
		{"derived input missing", "      inputs: [votes-for, votes-against]", "      inputs: [votes-for, votes-abstain]",
			`x.yaml:99:27: figures[3].derived.inputs[1]: "votes-abstain" names no figure in this dataset`},
		{"derived cycle", "      inputs: [votes-for, votes-against]", "      inputs: [votes-for, votes-cast]",
			`x.yaml:99:7: figures[3].derived.inputs: derived figure "votes-cast" depends on itself`},
		{"series kind", "    kind: split", "    kind: line",
			`x.yaml:121:5: series[0].kind: "line" is not a series kind (split or bars)`},
		{"yaml alias", "    topics: [transport]\n    evidence:\n      - text: The town", "    topics: &t [transport]\n    evidence:\n      - text: The town",
			"x.yaml:28:13: actors[0].topics: YAML anchors (&t) are not accepted in a dataset"},
		{"yaml merge key", "  - id: council\n", "  - <<: {}\n    id: council\n",
			"x.yaml:22:5: actors[0]: YAML merge keys (<<) are not accepted in a dataset"},
		{"yaml custom tag", "  title: Harbor", "  title: !shout Harbor",
			"x.yaml:4:10: story.title: explicit YAML tags (!shout) are not accepted in a dataset"},
		{"yaml syntax", "story:\n", "story: [\n",
			"x.yaml:2:1: invalid YAML: did not find expected ',' or ']'"},
	}
	base := readExample(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(base, c.from) {
				t.Fatalf("example.yaml no longer contains %q", c.from)
			}
			src := strings.Replace(base, c.from, c.to, 1)
			d, err := Load("x.yaml", []byte(src), FormatAuto, nil)
			if d != nil {
				t.Fatal("a dataset was returned along with the error")
			}
			if err == nil {
				t.Fatalf("no error, want %s", c.want)
			}
			if first := strings.Split(err.Error(), "\n")[0]; !strings.HasPrefix(first, c.want) {
				t.Errorf("got  %s\nwant %s", err, c.want)
			}
		})
	}
}

func TestJSONRules(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"duplicate key names both places", "{\n  \"schema_version\": 1,\n  \"schema_version\": 1\n}",
			"x.json:3:3: schema_version: duplicate key (first at line 2, column 3)"},
		{"unknown field", `{"schema_version": 1, "storyy": {}}`,
			`x.json:1:23: storyy: unknown field "storyy"`},
		{"syntax", "{\n  \"schema_version\": 1,\n}",
			"x.json:2:22: invalid JSON"},
		{"wrong type", `{"schema_version": "one"}`,
			"x.json:1:20: schema_version: expected a whole number, got a string"},
		{"validation placed at field", "{\"schema_version\": 1,\n \"story\": {\"title\": \"\", \"text\": \"t\"}}",
			"x.json:2:12: story.title: is empty"},
		{"empty", "  \n\t ", "x.json: is empty"},
		{"invalid utf8", "{\"schema_version\": 1,\n \"x\": \"\xff\"}", "x.json:2:8: the file is not valid UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load("x.json", []byte(c.src), FormatAuto, nil)
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got  %v\nwant %s", err, c.want)
			}
		})
	}
}

func TestEveryProblemReportedAtOnce(t *testing.T) {
	src := strings.NewReplacer("speaker: ana-ruiz", "speaker: bob", `comparator: "~"`, `comparator: "?"`).Replace(readExample(t))
	_, err := Load("x.yaml", []byte(src), FormatAuto, nil)
	es, ok := err.(Errors)
	if !ok || len(es) != 2 {
		t.Fatalf("want 2 errors, got %v", err)
	}
}

func TestTextFile(t *testing.T) {
	ds := func(tf string) []byte {
		return []byte("schema_version: 1\nstory:\n  title: T\n  text_file: " + tf + "\nactors:\n  - {id: a, name: A, kind: person, evidence: [{text: Ann}]}\n")
	}
	fsys := fstest.MapFS{"a.txt": {Data: []byte("Ann wrote this.")}}
	if _, err := Load("d.yaml", ds("a.txt"), FormatAuto, fsys); err != nil {
		t.Fatalf("text_file beside the dataset: %v", err)
	}
	for _, bad := range []string{"../etc/passwd", "/etc/passwd", "sub/a.txt"} {
		_, err := Load("d.yaml", ds(bad), FormatAuto, fsys)
		if err == nil || !strings.Contains(err.Error(), "story.text_file: ") || !strings.Contains(err.Error(), "must be a file name in the dataset's own folder") {
			t.Errorf("text_file %q: got %v", bad, err)
		}
	}
}

func TestFileTooLargeRefusedBeforeReading(t *testing.T) {
	name := filepath.Join(t.TempDir(), "big.json")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse file: large on paper, nothing written, so the test is cheap.
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = LoadFile(name)
	if err == nil || !strings.Contains(err.Error(), "the limit is") {
		t.Fatalf("got %v", err)
	}
}

// Whole numbers in YAML must reach the decoder as whole numbers: evidence
// offsets past a million were once written as 1.5e+06, which no int field
// accepts, so large YAML stories failed to load.
func TestYAMLWholeNumbersStayWhole(t *testing.T) {
	out, _, errs := yamlToJSON([]byte("start: 1500000\nvalue: 2.5\nbig: 12345678901\n"))
	if errs != nil {
		t.Fatal(errs)
	}
	if got, want := string(out), `{"start":1500000,"value":2.5,"big":12345678901}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
