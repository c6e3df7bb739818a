// Persons of each country, by English name.
UNWIND $codes AS code
MATCH (p:Person {country: code})
WITH code, p
ORDER BY p.nameEn, p.id
WITH code, collect(p {.*}) AS people
RETURN code AS id, people[..$limit] AS items
