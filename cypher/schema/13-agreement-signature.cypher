CREATE INDEX agreement_signature IF NOT EXISTS FOR (a:Agreement) ON (a.signature)
