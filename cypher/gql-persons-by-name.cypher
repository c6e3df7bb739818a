// Persons by a name as given: first those one of whose name keys (folded Arabic or lower-case
// English spelling) is given, then, when $words is set (a Latin-script name), those whose
// English name is $name ignoring case, found through the full-text index on names (its words,
// all required) rather than by reading every person.
CALL () {
  UNWIND $keys AS key
  MATCH (:Name {key: key})-[:NAME_OF]->(p:Person)
  RETURN p, 0 AS rank
  UNION
  WITH 1 AS one
  WHERE $words IS NOT NULL
  WITH one LIMIT 1
  CALL db.index.fulltext.queryNodes('person_names', $words) YIELD node
  WITH node AS p
  WHERE p:Person AND toLower(p.nameEn) = $name
  RETURN p, 1 AS rank
}
WITH p, min(rank) AS rank
RETURN p {.*} AS person
ORDER BY rank, CASE p.source WHEN 'dictionary' THEN 0 ELSE 1 END, p.id
LIMIT $limit
