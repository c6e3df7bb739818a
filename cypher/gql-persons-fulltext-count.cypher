CALL db.index.fulltext.queryNodes('person_names', $query) YIELD node
WHERE $country IS NULL OR node.country = $country
RETURN count(node) AS total
