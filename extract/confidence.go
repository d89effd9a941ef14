package extract

// ruleConfidence is, for each rule (the construction that found a triple),
// the share of its triples that were right: judged on the annotated
// sentences of the development sets (dev and dev2; a required or optional
// gold reading counts as right) and in the three latest open-text audits
// of 180 random triples each (150 of other relations, 30 REPRESENTS) from
// 700 news articles outside the evaluation sets (seeds 91201, 101201,
// 111201), pooled (676 judged triples), and smoothed toward the overall
// precision (0.85) for rules seen rarely. scripts/calibrate measures it and
// prints this table. A rule missing here keeps the raw score its code gives.
var ruleConfidence = map[string]float64{
	"apposition":                         0.80,
	"description":                        0.92,
	"modifier":                           0.88,
	"noun-adjunct":                       0.82,
	"noun-between":                       0.98,
	"noun-by":                            0.77,
	"noun-light":                         0.76,
	"noun-mod":                           0.84,
	"noun-poss":                          0.92,
	"noun-predicate":                     0.84,
	"noun-received":                      0.91,
	"relational-noun":                    0.94,
	"reported-wrong":                     0.88,
	"symmetric-subjects":                 0.75,
	"title":                              0.88,
	"verb-complement":                    0.82,
	"verb-complement-inherited":          0.68,
	"verb-complement-inherited-stranded": 0.88,
	"verb-obj":                           0.83,
	"verb-obj-inherited":                 0.76,
	"verb-obj-inherited-stranded":        0.87,
	"verb-passive":                       0.96,
	"verb-pattern":                       0.92,
	"verb-pattern-inherited":             0.92,
	"verb-prep":                          0.84,
	"verb-prep-inherited":                0.83,
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
