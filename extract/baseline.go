package extract

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

var (
	baselineOnce  sync.Once
	baselineModel *prose.Model
)

// proseBaseline runs prose the straightforward way (a document with default
// options: segmentation, tagging and named entities, the model reused). It
// is the yardstick of the benchmarks, and is not used to extract.
func proseBaseline(text string) (*prose.Document, error) {
	baselineOnce.Do(func() { baselineModel = prose.ModelFromData("baseline") })
	return prose.NewDocument(text, prose.UsingModel(baselineModel))
}
