// One page of persons, optionally of one country, most central first (PageRank from the last
// analysis); persons not analysed yet come last.
MATCH (p:Person)
WHERE $country IS NULL OR p.country = $country
RETURN p {.*} AS person
ORDER BY p.pagerank DESC, p.nameEn, p.id
SKIP $offset
LIMIT $limit
