// One page of articles, newest first; articles without a publication date last.
MATCH (a:Article)
RETURN a {.*} AS article
ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
SKIP $offset
LIMIT $limit
