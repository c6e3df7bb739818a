// Agreements each country is a party to, by date.
UNWIND $codes AS code
MATCH (g:Agreement)-[:BETWEEN]->(:Country {code: code})
WITH code, g
ORDER BY g.dateStart, g.id
WITH code, collect(g {.*}) AS agreements
RETURN code AS id, agreements[..$limit] AS items
