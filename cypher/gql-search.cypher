// Full-text search over persons, agreements and articles, best match first.
CALL db.index.fulltext.queryNodes('kg_search', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, __typename: head([l IN labels(node) WHERE l IN ['Person', 'Agreement', 'Article']])} AS node,
       score
ORDER BY score DESC
