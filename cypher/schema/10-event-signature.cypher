CREATE INDEX event_signature IF NOT EXISTS FOR (e:Event) ON (e.signature)
