// One page of persons, optionally of one country, by English name.
MATCH (p:Person)
WHERE $country IS NULL OR p.country = $country
RETURN p {.*} AS person
ORDER BY p.nameEn, p.id
SKIP $offset
LIMIT $limit
