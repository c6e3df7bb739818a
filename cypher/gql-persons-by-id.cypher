// Persons by id, for the per-request Person loader.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.*} AS person
