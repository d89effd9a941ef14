// diplograph: everything between two actors, with evidence
// :param a => 'RUS'
// :param b => 'USA'
MATCH (s:Actor)<-[:SUBJECT]-(e:Event)-[:OBJECT]->(o:Actor)
WHERE e.relation <> 'REPRESENTS'
  AND ((s.id = $a AND o.id = $b) OR (s.id = $b AND o.id = $a))
MATCH (e)-[:REPORTED_IN]->(art:Article)
RETURN e.date AS date, s.name AS subject, e.relation AS relation, o.name AS object,
       e.negated AS negated, e.modality AS modality, e.sentence AS evidence, art.url AS source
ORDER BY date
