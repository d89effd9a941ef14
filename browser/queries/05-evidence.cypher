// diplograph: the events of one relation type, with the sentence that says so
// :param relation => 'VETOED'
MATCH (s:Actor)<-[:SUBJECT]-(e:Event {relation: $relation})-[:OBJECT]->(o:Actor)
MATCH (e)-[:REPORTED_IN]->(art:Article)
RETURN e.date AS date, s.name AS subject, o.name AS object, e.negated AS negated,
       e.trigger AS trigger, e.sentence AS evidence, art.title AS article
ORDER BY date DESC
LIMIT 100
