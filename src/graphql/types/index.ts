// Every type registers itself (and its query and mutation fields) with the builder on import.
import "./scalars.js";
import "./enums.js";
import "./person.js";
import "./country.js";
import "./event.js";
import "./agreement.js";
import "./article.js";
import "./interaction.js";
import "./path.js";
import "./counts.js";
import "./search.js";
import "./resolve.js";
import "./ingest.js";
import "./preview.js";
