package extract

// ruleConfidence is, for each rule (the construction that found a triple),
// the share of its triples that were right: judged on the annotated
// sentences of the development sets (dev and dev2; a required or optional
// gold reading counts as right) and in two open-text audits of 150 random
// triples each, from two samples of 600 news articles outside the
// evaluation sets (2026-12-01), pooled (422 judged triples), and smoothed
// toward the overall precision (0.75) for rules seen rarely.
// scripts/calibrate measures it and prints this table. A rule missing here
// keeps the raw score its code gives.
var ruleConfidence = map[string]float64{
	"apposition":                         0.80,
	"modifier":                           0.78,
	"noun-adjunct":                       0.73,
	"noun-between":                       0.92,
	"noun-by":                            0.86,
	"noun-light":                         0.63,
	"noun-mod":                           0.75,
	"noun-poss":                          0.73,
	"noun-predicate":                     0.73,
	"noun-received":                      0.80,
	"relational-noun":                    0.75,
	"symmetric-subjects":                 0.65,
	"title":                              0.87,
	"verb-complement":                    0.50,
	"verb-complement-inherited":          0.57,
	"verb-complement-inherited-stranded": 0.80,
	"verb-obj":                           0.78,
	"verb-obj-inherited":                 0.56,
	"verb-passive":                       0.67,
	"verb-pattern":                       0.74,
	"verb-pattern-inherited":             0.80,
	"verb-prep":                          0.76,
	"verb-prep-inherited":                0.74,
	"window":                             0.38, // 23 of 60 right in the first audit; now only for sentences too long to parse
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
