MATCH (p:Person)
WHERE $country IS NULL OR p.country = $country
RETURN count(p) AS total
