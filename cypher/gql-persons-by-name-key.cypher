// Persons one of whose name keys (folded Arabic or lower-case English spelling) is given.
UNWIND $keys AS key
MATCH (:Name {key: key})-[:NAME_OF]->(p:Person)
WITH DISTINCT p
RETURN p {.*} AS person
ORDER BY CASE p.source WHEN 'dictionary' THEN 0 ELSE 1 END, p.id
LIMIT $limit
