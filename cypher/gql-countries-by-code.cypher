UNWIND $codes AS code
MATCH (c:Country {code: code})
RETURN c {.*} AS country
