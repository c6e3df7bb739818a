// The paragraph each quoted sentence lies in, found by its article and offset: the context to
// read the quote in, and to check its offsets against.
UNWIND $keys AS key
MATCH (p:Paragraph {article: key.article})
WHERE p.start <= key.start AND key.start < p.end
RETURN key.article + ':' + toString(toInteger(key.start)) AS key, p {.start, .end, .text} AS paragraph
