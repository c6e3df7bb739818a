// Persons whose English name is given, ignoring case.
MATCH (p:Person)
WHERE toLower(p.nameEn) = $name
RETURN p {.*} AS person
ORDER BY p.id
LIMIT $limit
