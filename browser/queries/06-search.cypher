// diplograph: full-text search over actor names and aliases
// :param q => 'Lavrov'
CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.kind AS kind, node.wikidata AS wikidata, score
LIMIT 20
