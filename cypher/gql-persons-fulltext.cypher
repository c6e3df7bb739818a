// Persons by full-text match on their Arabic and English names and aliases.
CALL db.index.fulltext.queryNodes('person_names', $query) YIELD node, score
WHERE $country IS NULL OR node.country = $country
RETURN node {.*} AS person, score
ORDER BY score DESC, node.id
SKIP $offset
LIMIT $limit
