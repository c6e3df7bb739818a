// The stored fingerprint of each article of a batch: unchanged articles are not loaded again.
UNWIND $files AS file
OPTIONAL MATCH (a:Article {id: file})
RETURN file, a.sha256 AS sha256
