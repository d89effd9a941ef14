package extract

// ruleConfidence is, for each rule (the construction that found a triple),
// the share of its triples that were right: judged on the annotated
// sentences of the development sets (137 triples; a required or optional
// gold reading counts as right) and in an open-text audit of 120 random
// triples of the news corpus (seed 20261201), pooled, and smoothed toward
// the overall precision (0.76) for rules seen rarely. scripts/calibrate
// measures it and prints this table (2026-12-01). A rule missing here keeps
// the raw score its code gives.
var ruleConfidence = map[string]float64{
	"modifier":               0.75,
	"noun-adjunct":           0.72,
	"noun-between":           0.84,
	"noun-light":             0.75,
	"noun-mod":               0.90,
	"noun-poss":              0.87,
	"relational-noun":        0.86,
	"symmetric-subjects":     0.73,
	"title":                  0.85,
	"verb-complement":        0.81,
	"verb-obj":               0.86,
	"verb-obj-inherited":     0.50,
	"verb-passive":           0.75,
	"verb-pattern":           0.84,
	"verb-pattern-inherited": 0.89,
	"verb-prep":              0.73,
	"verb-prep-inherited":    0.89,
	"window":                 0.66,
}

// confidence is the calibrated confidence of r.
func confidence(r relation) float64 {
	c, ok := ruleConfidence[r.rule]
	if !ok {
		return r.confidence // appendPairs has counted unknown actors
	}
	if !r.subj.Known || !r.obj.Known {
		c -= 0.1 // an actor no dictionary knows: more often a wrong span
	}
	return min(max(c, 0.05), 0.99)
}
