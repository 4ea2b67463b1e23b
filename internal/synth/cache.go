package synth

import (
	"sync"

	"github.com/dossier-dev/dossier/model"
)

// BenchSeed is the seed of every dataset the benchmarks measure, so that
// figures from different packages and runs describe the same data.
const BenchSeed = 1

// BenchSizes are the dataset sizes the benchmarks measure: the cost at each
// should be ten times the one before (linear growth).
var BenchSizes = []int{1_000, 10_000, 100_000}

// cached holds one generated dataset and its JSON. Generating 100,000 items
// takes about a second, so each size is made once per test binary however
// many benchmarks use it.
type cached struct {
	once sync.Once
	d    *model.Dataset
	src  []byte
	err  error
}

var (
	mu    sync.Mutex
	cache = map[int]*cached{}
)

func get(n int) *cached {
	mu.Lock()
	c, ok := cache[n]
	if !ok {
		c = &cached{}
		cache[n] = c
	}
	mu.Unlock()
	c.once.Do(func() {
		c.d, c.err = Generate(n, BenchSeed)
		if c.err == nil {
			c.src, c.err = Encode(c.d)
		}
	})
	return c
}

// Cached returns the dataset of n items with BenchSeed as generated (its
// spans give start but not yet end). It is shared: callers may validate it,
// which only fills in the same ends again, but must not change it otherwise.
func Cached(n int) (*model.Dataset, error) {
	c := get(n)
	return c.d, c.err
}

// CachedJSON returns the JSON of Cached(n). Callers must not change it.
func CachedJSON(n int) ([]byte, error) {
	c := get(n)
	return c.src, c.err
}
