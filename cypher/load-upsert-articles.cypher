UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.file = row.file, a.title = row.title, a.url = row.url, a.outlet = row.outlet,
    a.publishedAt = row.publishedAt, a.sha256 = row.sha256, a.model = row.model
RETURN count(a) AS articles
