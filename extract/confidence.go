package extract

// ruleConfidence is, for each rule (the construction that found a triple),
// the share of its triples that were right on annotated sentences: the
// development sets' gold triples (required or optional readings count as
// right), smoothed toward the overall precision for rules seen rarely.
// scripts/calibrate measures it and prints this table; a rule missing here
// keeps the raw score its code gives.
var ruleConfidence = map[string]float64{}

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
