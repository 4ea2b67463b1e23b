package data

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/dossier-dev/dossier/model"
)

// The default story: the article byte for byte, and the dataset that
// describes it.
//
//go:embed story/default.yaml story/article.txt
var storyFS embed.FS

// DefaultName is how the embedded dataset is named in messages.
const DefaultName = "embedded:default.yaml"

var defaultStory = sync.OnceValues(func() (*model.Dataset, error) {
	sub, err := fs.Sub(storyFS, "story")
	if err != nil {
		return nil, err
	}
	src, err := fs.ReadFile(sub, "default.yaml")
	if err != nil {
		return nil, err
	}
	return Load(DefaultName, src, FormatYAML, sub)
})

// Default returns the embedded default story. Callers share one dataset and
// must not change it.
func Default() (*model.Dataset, error) { return defaultStory() }
