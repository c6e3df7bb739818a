UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (c:Country {code: row.country})
MERGE (p)-[r:REPRESENTS]->(c)
SET r.role = row.role
RETURN count(r) AS represents
