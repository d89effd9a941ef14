// diplograph: events per month and the mean Goldstein score of one actor
// :param actor => 'SYR'
MATCH (e:Event)-[:SUBJECT|OBJECT]->(x:Actor {id: $actor})
WHERE e.relation <> 'REPRESENTS' AND NOT e.negated AND e.date <> ''
WITH substring(e.date, 0, 7) AS month, e
RETURN month, count(e) AS events, round(avg(e.goldstein), 2) AS goldstein
ORDER BY month
