UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.*} AS article
