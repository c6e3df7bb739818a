// The stored fingerprint of each article of a batch (its text's hash and the graph model it was
// drawn with): unchanged articles are not loaded again.
UNWIND $files AS file
OPTIONAL MATCH (a:Article {id: file})
RETURN file, a.sha256 AS sha256, a.model AS model
