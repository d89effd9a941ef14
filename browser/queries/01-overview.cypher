// diplograph: the relations between actors (aggregates), strongest first
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) <> 'REPRESENTS'
RETURN a, r, b
ORDER BY r.count DESC
LIMIT 200
