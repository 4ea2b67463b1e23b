package data

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/dossier-dev/dossier/model"
)

// The default story: the article byte for byte, and the dataset that
// describes it. story/default.yaml is the dataset as edited by hand;
// story/default.json is the same dataset converted to JSON, which is what
// is embedded and loaded, because parsing YAML took a tenth of dossier's
// start-up. TestEmbeddedJSONIsTheYAML keeps the two identical and says how
// to regenerate the JSON.
//
//go:embed story/default.json story/article.txt
var storyFS embed.FS

// DefaultName is how the embedded dataset is named in messages.
const DefaultName = "embedded:default.json (from data/story/default.yaml)"

var defaultStory = sync.OnceValues(func() (*model.Dataset, error) {
	sub, err := fs.Sub(storyFS, "story")
	if err != nil {
		return nil, err
	}
	src, err := fs.ReadFile(sub, "default.json")
	if err != nil {
		return nil, err
	}
	return Load(DefaultName, src, FormatJSON, sub)
})

// Default returns the embedded default story. Callers share one dataset and
// must not change it.
func Default() (*model.Dataset, error) { return defaultStory() }
