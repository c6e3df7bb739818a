// Links each pair of countries that are party to an agreement of the batch to it (see
// load-country-pairs).
UNWIND $agreements AS id
MATCH (g:Agreement {id: id})
WITH g, COLLECT { MATCH (g)-[:BETWEEN]->(c:Country) RETURN DISTINCT c.code } AS cs
UNWIND [a IN cs | [b IN cs WHERE a < b | a + ' ' + b]] AS keys
UNWIND keys AS key
MERGE (cp:CountryPair {key: key})
MERGE (cp)-[:HAS]->(g)
RETURN count(*) AS links
