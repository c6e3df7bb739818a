UNWIND $keys AS key
MATCH (:Name {key: key})-[:NAME_OF]->(p:Person)
RETURN key, p.id AS id
