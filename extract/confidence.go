package extract

// ruleConfidence is, for each rule (the construction that found a triple),
// the share of its triples that were right: judged on the annotated
// sentences of the development sets (dev and dev2; a required or optional
// gold reading counts as right) and in three open-text audits of 180 random
// triples each (150 of other relations, 30 REPRESENTS) from 700 news
// articles outside the evaluation sets (seeds 61201, 71201, 81201), pooled
// (672 judged triples), and smoothed toward the overall precision (0.80)
// for rules seen rarely. scripts/calibrate measures it and prints this
// table. A rule missing here keeps the raw score its code gives.
var ruleConfidence = map[string]float64{
	"apposition":                  0.62,
	"description":                 0.84,
	"modifier":                    0.68,
	"noun-adjunct":                0.78,
	"noun-between":                0.84,
	"noun-by":                     0.77,
	"noun-light":                  0.89,
	"noun-mod":                    0.80,
	"noun-poss":                   0.80,
	"noun-predicate":              0.65,
	"noun-received":               0.65,
	"relational-noun":             0.80,
	"reported-wrong":              0.64,
	"symmetric-subjects":          0.70,
	"title":                       0.86,
	"verb-complement":             0.68,
	"verb-complement-inherited":   0.84,
	"verb-obj":                    0.86,
	"verb-obj-inherited":          0.70,
	"verb-obj-inherited-stranded": 0.87,
	"verb-passive":                0.71,
	"verb-pattern":                0.89,
	"verb-pattern-inherited":      0.83,
	"verb-prep":                   0.74,
	"verb-prep-inherited":         0.75,
	"window":                      0.38, // 23 of 60 right in the first audit; now only for sentences too long to parse
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
